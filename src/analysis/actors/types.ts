import type { Token } from '../tokens.ts';

/** Actors and their mentions, as extraction finds them in one document. */
export type ActorType = 'pays' | 'organisation' | 'personne';

export interface ExtractedActor {
  /** Stable key across documents: `pays:RU`, `org:geic`, `pers:houlin zhao`. */
  key: string;
  name: string;
  type: ActorType;
  /** Other names found for the same actor (acronym, long form, surname). */
  aliases: string[];
  /** Country code of an organisation or person, when the text gives it. */
  country?: string;
  /** Roles the text gives a person (`secrétaire général de l'UIT`). */
  roles: string[];
}

export interface Mention {
  key: string;
  /** 0-based paragraph index. */
  paragraph: number;
  start: number;
  end: number;
}

export interface Entities {
  actors: ExtractedActor[];
  mentions: Mention[];
  /** Keys of the organisations named with an explicit sign (known form, head word, cue, acronym definition, name word). */
  explicit: Set<string>;
  /** Keys of news media (`l'AFP`, `Der Spiegel`): actors only as parties to an agreement. */
  media: Set<string>;
  /** Names read and set aside: media cited as sources, places, dateline credits (no actor). */
  ignored: Mention[];
  /** The tokens of each paragraph (cut at sentence starts), for the stages that follow. */
  tokens: Token[][];
}
