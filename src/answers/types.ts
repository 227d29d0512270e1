/**
 * Answers as plain objects: what the bot says, with its sources, and nothing about how it is
 * shown. Discord and the terminal render the same objects; `--json` prints them.
 */
import type { ActorType } from '../analysis/actors/index.ts';
import type { Period } from './filters.ts';

/** A verbatim passage of a document, and where it stands. */
export interface Citation {
  /** Document id: its path in the corpus. */
  document: string;
  title: string;
  /** 1-based paragraph number. */
  paragraph: number;
  /** Verbatim text of that paragraph (or of a window of it, see `cut`). */
  excerpt: string;
  /** [start, end) offsets in `excerpt` of the words that matched. */
  highlights: [number, number][];
  /** True on a side where the excerpt is a window of a longer paragraph. */
  cut?: { before: boolean; after: boolean };
  /** The document's source (front matter `source`, a web page's canonical link): a web address or a name. */
  source?: string;
}

export interface PartyRef {
  key: string;
  name: string;
  type: ActorType;
}

export interface AgreementResult extends Citation {
  kind: string;
  /** `signé`, `annoncé`, `en négociation`, `discussions`, `adhésion`, `financement`, `prolongé`, `rompu`, `mentionné`. */
  status: string;
  parties: string[];
  /** The instrument joined, supported or named (`Appel de Paris`). */
  instrument?: string;
  signatories: { name: string; role?: string }[];
  place?: string;
  /** Date as written (`le 9 juillet`), its ISO form if known, and whether the year was inferred. */
  date?: { text: string; iso?: string; uncertain: boolean };
  /** Set by a curator's front matter rather than extraction. */
  curated?: boolean;
}

export interface AccordAnswer {
  command: 'accord';
  query: string;
  party?: PartyRef;
  results: AgreementResult[];
  /** Agreements found; `results` holds the first MAX_AGREEMENTS of them. */
  total: number;
  /** Documents citing the party without reporting an agreement it is party to (most citing first, at most 20). */
  alsoMentioned: { document: string; title: string; mentions: number }[];
  /** The status asked for (`statut`), or `tous`. */
  status?: string;
  /** Agreements only recalled in passing, left out by default (shown with `statut:tous`). */
  recalled?: number;
  /** The second party (`avec`, or a second name in `partie`): only agreements binding both. */
  with?: PartyRef;
  /** The period asked for (`depuis`, `jusqua`). */
  since?: Period;
  until?: Period;
  /** The nature asked for, as typed. */
  nature?: string;
  /** Agreements without a date, left out because a period was asked. */
  undated?: number;
  /** The filters applied, in words (`avec l’Iran`, `depuis 2017`, `tous les statuts sauf « mentionné »`). */
  filters?: string[];
  message?: string;
  suggestions?: string[];
}

export interface SearchAnswer {
  command: 'recherche';
  query: string;
  /** exact: every word matched; partial: some words; approx: typo-tolerant fallback. */
  mode: 'exact' | 'partial' | 'approx' | 'none';
  results: (Citation & { score: number })[];
  total: number;
  message?: string;
}

export interface ActorResult {
  key: string;
  name: string;
  type: ActorType;
  roles: string[];
  aliases: string[];
  country?: string;
  documents: string[];
  mentions: number;
}

export interface ActorsAnswer {
  command: 'acteurs';
  filters: { type?: ActorType; document?: string; pays?: string };
  /** The most important actors first; at most MAX_ACTORS of them. */
  actors: ActorResult[];
  /** Actors matching the filters. */
  total: number;
  message?: string;
}

export interface DocumentCard {
  id: string;
  title: string;
  date?: { text: string; iso?: string; uncertain: boolean };
  source?: string;
  paragraphs: number;
  words: number;
  bytes: number;
  agreements: DocumentAgreement[];
  actors: { name: string; type: ActorType; mentions: number }[];
}

/** An agreement as `document` shows it: names, not keys; the sentence that states it. */
export interface DocumentAgreement {
  kind: string;
  status: string;
  parties: string[];
  /** What is joined or supported (`Appel de Paris`), null when the text names none. */
  instrument: string | null;
  signatories: string[];
  place: string | null;
  date: { text: string; iso?: string; uncertain: boolean } | null;
  /** The sentence that states it, verbatim, and its 1-based paragraph. */
  sentence: string;
  paragraph: number;
}

export interface DocumentAnswer {
  command: 'document';
  query: string;
  document?: DocumentCard;
  message?: string;
  suggestions?: { id: string; title: string }[];
}

export interface CorpusAnswer {
  command: 'corpus';
  documents: number;
  paragraphs: number;
  actors: { pays: number; organisation: number; personne: number };
  agreements: number;
  lastIndexedAt?: string;
  origin: string;
  running: boolean;
  skipped: { id: string; reason: string; keptPrevious?: boolean }[];
  /** Files indexed with some header fields left out. */
  warnings: { id: string; reason: string }[];
  /** Faults a reader must know of: the folder unreadable, the index not saved… (French). */
  alerts: string[];
}

export interface ReindexAnswer {
  command: 'reindexer';
  added: { id: string; title: string }[];
  updated: { id: string; title: string }[];
  removed: string[];
  skipped: { id: string; reason: string; keptPrevious?: boolean }[];
  unchanged: number;
  durationMs: number;
  message?: string;
}

export interface HelpAnswer {
  command: 'aide';
  commands: {
    name: string;
    description: string;
    options: { name: string; description: string; required: boolean; choices?: string[] }[];
    examples: string[];
  }[];
  /** Options of every command in Discord. */
  common: { name: string; description: string }[];
}

export type Answer =
  | AccordAnswer
  | SearchAnswer
  | ActorsAnswer
  | DocumentAnswer
  | CorpusAnswer
  | ReindexAnswer
  | HelpAnswer;
