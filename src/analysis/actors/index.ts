/**
 * Actors of a document: countries, organisations and people, with the exact place of each
 * mention. No French NER model is available offline (see the notes); the stages below are
 * rules tuned for precision: an uncertain capitalised word is dropped rather than reported.
 *
 * Per paragraph, in this order (a token belongs to the first stage that claims it):
 * 1. `acronyms.ts`: acronym definitions, `Groupe Empresarial … (GEIC)`;
 * 2. `known.ts`: international organisations, news media and places known in advance;
 *    `things.ts`: media and things named after a cue (`le quotidien X`, `le projet Y`): no actor;
 * 3. `heads.ts`: organisations opened by a capitalised head word (`Banque mondiale`);
 * 4. `cues.ts`: organisations after a cue (`la société russe RITE`);
 * 5. `countries.ts`: countries by the gazetteer;
 * 6. `heads.ts`: organisations opened by a lower-case head (`le ministère iranien des …`);
 * 7. `runs.ts`: capitalised runs, people (with their roles) and named organisations.
 * Then, for the whole document: `loose.ts` (single capitalised words), `aliases.ts` (one
 * actor for its variants) and the country of each person from their role.
 */
import { type Gazetteer, gazetteer } from '../gazetteer.ts';
import { sentenceSpans } from '../sentences.ts';
import { type Token, tokenize } from '../tokens.ts';
import { findAcronymDefinitions } from './acronyms.ts';
import { bracketAliases, mergeAliases } from './aliases.ts';
import { Collector, ParagraphState } from './collector.ts';
import { findCountries, matchCountry } from './countries.ts';
import { findCuedOrganisations } from './cues.ts';
import { findHeadedOrganisations } from './heads.ts';
import { findKnown } from './known.ts';
import { decideLoose } from './loose.ts';
import { findRuns, type Loose } from './runs.ts';
import { findCuedThings } from './things.ts';
import type { Entities } from './types.ts';

export type { ActorType, Entities, ExtractedActor, Mention } from './types.ts';

/** Tokens of a paragraph, split at the sentences it holds (glued sentences included). */
export function paragraphTokens(text: string): Token[] {
  // A sentence starts at its first word (`- Consultations "intenses" -` starts at `Consultations`).
  const starts = new Set(
    sentenceSpans(text).map(([s, e]) => {
      const word = text.slice(s, e).search(/[\p{L}\p{N}]/u);
      return word < 0 ? s : s + word;
    }),
  );
  return tokenize(text, starts);
}

/** The country a person's role names: `Premier ministre israélien`, `président de la Russie`. */
function roleCountry(role: string, g: Gazetteer): string | undefined {
  const tokens = tokenize(role);
  for (let i = 0; i < tokens.length; i++) {
    const m = matchCountry(g, tokens, i);
    if (m?.[0] && m[0].kind !== 'prefix') return m[0].code;
  }
  return undefined;
}

/** Extracts the actors of a document's paragraphs. */
export function extractEntities(
  paragraphs: readonly string[],
  g: Gazetteer = gazetteer(),
  /** Paragraphs that are not the document's own text (see boilerplate.ts): no actor there. */
  skip: ReadonlySet<number> = new Set(),
): Entities {
  const c = new Collector();
  const all: Token[][] = [];
  const loose: Loose = new Map();
  paragraphs.forEach((p, pi) => {
    const s = new ParagraphState(pi, p, paragraphTokens(p));
    all.push(s.tokens);
    if (skip.has(pi)) return;
    findAcronymDefinitions(c, s, g);
    findKnown(c, s);
    findCuedThings(c, s);
    findHeadedOrganisations(c, s, g, true);
    findCuedOrganisations(c, s, g);
    findCountries(c, s, g);
    findHeadedOrganisations(c, s, g, false);
    findRuns(c, s, g, loose);
  });
  decideLoose(c, loose, all, g);
  bracketAliases(c, all);
  c.dropNotActors();
  mergeAliases(c);
  for (const a of c.actors.values()) {
    if (a.type !== 'personne' || a.country) continue;
    for (const r of a.roles) {
      const code = roleCountry(r, g);
      if (code) {
        a.country = code;
        break;
      }
    }
  }
  c.mentions.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  return {
    actors: [...c.actors.values()],
    mentions: c.mentions,
    explicit: c.explicit,
    media: c.media,
    ignored: c.ignored,
    tokens: all,
  };
}
