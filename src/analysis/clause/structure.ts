/**
 * The structure of a clause around a trigger, as far as party finding needs it: the subject of
 * a verb (the coordinated names before it: `La Russie et l'Indonésie ont signé`), and the
 * coordinated names after a preposition (`avec X et Y`, `entre X et Y`, `par X`). No French
 * parser is available offline; these readings rest on function words, punctuation, the parts
 * of speech of the Lefff and the actor mentions already found, and stop at anything they do
 * not understand.
 */

import { AUXILIARIES, PERSON_NOUNS, ROLE_WORDS } from '../lexicon.ts';
import { fold } from '../normalize.ts';
import { onlyVerb, POS, pos } from '../pos.ts';
import {
  commaBefore,
  hardBreakBefore,
  type MentionRef,
  mentionAt,
  type SentenceView,
  sameSpan,
  surface,
  word,
} from './view.ts';

const set = (words: string): Set<string> => new Set(words.trim().split(/\s+/).map(fold));

/** Words that may stand between a subject and its verb: clitics, negation, `à leur tour`. */
const VERB_GROUP = set(`
  se s ne n y en pas plus jamais leur tour fini par meme lui-meme eux-memes elles-memes
  chacun chacune tous toutes
  `);

/** Words that open a subordinate clause: the subject does not reach over them. */
export const SUBORDINATORS = set(`
  que qu qui dont ou lorsque lorsqu quand si mais car puisque puisqu tandis alors comme
  afin tant ni soit
  `);

/** Prepositions that close a noun phrase: a name after them is no subject (`pour X`, `contre Y`). */
const PREPOSITIONS = set(`
  a au aux avec pour par sur sous dans contre vers chez entre depuis selon sans malgre lors
  apres avant pendant envers via outre parmi
  `);

/** Words that open an adverbial phrase before the subject: `En janvier, …`, `Au nom du …, …`. */
const ADVERBIAL_OPENERS = set(`
  en au aux a dans depuis lors apres avant face selon pour par sur sous mi fin debut des malgre
  outre suite grace vendredi lundi mardi mercredi jeudi samedi dimanche hier comme ainsi enfin
  actuellement desormais aujourd toutefois cependant pourtant
  `);

/** Connectors inside a list of names. */
const LIST_WORDS = set('et ou ainsi que qu');

/** An adverb (`déjà`, `fermement`, `également`: `-ment` words are adverbs here, not nouns). */
const isAdverb = (w: string) => {
  const p = pos(w);
  return (p & POS.adverb) !== 0 && ((p & (POS.noun | POS.adjective)) === 0 || /ment$/.test(w));
};

/** Descriptor words allowed between list connectors and a name: `l'horloger suisse Breitling`. */
function isDescriptor(v: SentenceView, k: number): boolean {
  const t = v.tokens[k];
  if (!t || mentionAt(v, k)) return false;
  const w = t.key;
  if (SUBORDINATORS.has(w) || AUXILIARIES.has(w) || PREPOSITIONS.has(w) || onlyVerb(t.text))
    return false;
  return (
    !t.cap || t.sentenceStart || (pos(t.text) & (POS.noun | POS.adjective | POS.determiner)) !== 0
  );
}

/**
 * The index of the first token of the clause that ends at token `end` (exclusive): after the
 * last hard break or subordinator, and after leading adverbial phrases closed by a comma.
 */
export function clauseStart(v: SentenceView, end: number): number {
  let start = 0;
  for (let k = end - 1; k > 0; k--) {
    if (hardBreakBefore(v, k)) {
      start = k;
      break;
    }
    if (SUBORDINATORS.has(word(v, k)) && !v.tokens[k]?.cap && !mentionAt(v, k)) {
      start = k + 1;
      break;
    }
  }
  for (;;) {
    if (!ADVERBIAL_OPENERS.has(word(v, start))) break;
    let comma = -1;
    for (let k = start + 1; k < end && k - start <= 14; k++) {
      if (commaBefore(v, k)) {
        comma = k;
        break;
      }
    }
    if (comma < 0) break;
    start = comma;
  }
  return start;
}

/** Skips the verb group leftwards from token i: returns the last token before it. */
/** Adverbial phrases that may stand between a subject and its verb. */
const ADVERBIALS = [
  'par ailleurs',
  'd ailleurs',
  'de plus',
  'en effet',
  'en outre',
  'en revanche',
  'de leur cote',
  'de son cote',
  'pour leur part',
  'pour sa part',
  'quant a eux',
  'quant a elle',
  'quant a lui',
  'elles aussi',
  'eux aussi',
  'lui aussi',
  'elle aussi',
  'a leur tour',
  'a son tour',
].map((p) => p.split(' '));

function beforeVerbGroup(v: SentenceView, i: number): number {
  let k = i - 1;
  while (k >= 0) {
    const w = word(v, k);
    if (mentionAt(v, k)) break;
    if (
      VERB_GROUP.has(w) ||
      AUXILIARIES.has(w) ||
      w === 'ete' ||
      (isAdverb(surface(v, k)) && !v.tokens[k]?.cap)
    ) {
      k--;
      continue;
    }
    // `ont par ailleurs signé`, `ont pour leur part signé`: an adverbial phrase.
    const phrase = ADVERBIALS.find((p) => p.every((x, j) => word(v, k - p.length + 1 + j) === x));
    if (phrase) {
      k -= phrase.length;
      continue;
    }
    // `ont annoncé la prolongation du partenariat`: the event is a noun, the object of the verb.
    if (/^(la|le|l|les|un|une|des|du|d|sa|son|leur|ses|leurs)$/.test(w) && k + 1 === i) {
      // Only verbs that make the event theirs (`ont annoncé la prolongation`), not verbs of
      // opinion (`regrettent le retrait des Etats-Unis`: the subject regrets, it does not withdraw).
      if (
        /^(annonc|officialis|confirm|decid|approuv|acte|lanc|celebr|finalis|conclu)/.test(
          word(v, k - 1),
        ) &&
        !mentionAt(v, k - 1)
      ) {
        k -= 2;
        continue;
      }
    }
    // `ne se sent plus tenu`: a verb after a clitic belongs to the verb group.
    if (onlyVerb(surface(v, k)) && /^(se|s|ne|n)$/.test(word(v, k - 1))) {
      k--;
      continue;
    }
    // `ont décidé de signer`, `se sont engagés à travailler`, `est disposé à coopérer`
    if (
      /^(de|d|a)$/.test(w) &&
      (pos(surface(v, k - 1)) & (POS.verb | POS.participle)) !== 0 &&
      !mentionAt(v, k - 1)
    ) {
      k -= 2;
      continue;
    }
    if ((pos(surface(v, k)) & POS.participle) !== 0 && AUXILIARIES.has(word(v, k - 1))) {
      k--;
      continue;
    }
    // An incise between commas: `…, le 6 octobre, ont signé`, `…, jeudi, …`.
    if (commaBefore(v, k + 1) && k + 1 < i) {
      let j = k;
      while (j > 0 && !commaBefore(v, j) && k - j < 8 && !mentionAt(v, j)) j--;
      if (commaBefore(v, j) && j < k) {
        k = j - 1;
        continue;
      }
    }
    break;
  }
  return k;
}

/** Mentions of a noun-phrase group read leftwards from token `last` down to `start`. */
function groupLeftwards(v: SentenceView, last: number, start: number): MentionRef[] {
  return group(v, last, start).mentions;
}

/** A noun-phrase group read leftwards: its mentions, and whether its head names a person. */
function group(v: SentenceView, last: number, start: number): Subject {
  const out: MentionRef[] = [];
  let personal = false;
  let k = last;
  let sinceName = 0;
  while (k >= start) {
    const m = mentionAt(v, k);
    if (m) {
      for (const x of sameSpan(v, m).reverse()) if (!out.includes(x)) out.unshift(x);
      k = m.from - 1;
      sinceName = 0;
      continue;
    }
    const w = word(v, k);
    if (!(isDescriptor(v, k) || LIST_WORDS.has(w) || (/^(de|du|des|d)$/.test(w) && k > start)))
      break;
    // `le maire sortant`, `l'artiste`: a person named by a title or a trade.
    if ((ROLE_WORDS.has(w) || PERSON_NOUNS.has(w)) && !out.length) personal = true;
    if (++sinceName > 7) break;
    k--;
  }
  return { mentions: out, firstPerson: false, personal };
}

export interface Subject {
  mentions: MentionRef[];
  /** The subject is `nous` (a quotation: the speaker is the subject). */
  firstPerson: boolean;
  /** The subject is a person without a name here: `il`, `le maire sortant`. */
  personal?: boolean;
}

/**
 * The subject of the verb at token i: the mentions of the coordinated noun phrases that end
 * right before its verb group. `Éthiopie, Tchad, République du Congo et Pakistan ont obtenu`
 * gives four; `regrettent … et vont travailler` takes the subject of the first verb; `la
 * décision américaine de sortir` gives the agent of the decision.
 */
/**
 * `la Turquie, frappée par plusieurs attentats commis par l'EI, a rejoint …`: the subject ends
 * before an apposition set between commas (a participle or a relative clause), not inside it.
 */
function beforeApposition(v: SentenceView, last: number): number {
  if (last < 1 || !/,/.test(v.tokens[last + 1]?.gap ?? '')) return last;
  let open = last;
  while (open > 0 && !/,/.test(v.tokens[open]?.gap ?? '')) open--;
  if (open <= 0 || last - open > 14) return last;
  const w = word(v, open);
  const participle = (pos(surface(v, open)) & POS.participle) !== 0 && !mentionAt(v, open);
  if (!(participle || w === 'qui')) return last;
  return mentionAt(v, open - 1) ? open - 1 : last;
}

export function subjectOf(v: SentenceView, i: number): Subject {
  // `elle a sécurisé son approvisionnement en concluant un accord`: a gerund's subject is the
  // nearest name before it that a verb follows.
  const en = word(v, i) === 'en' ? i : i - 1;
  if (word(v, en) === 'en' && /ant$/.test(word(v, en + 1))) {
    for (let k = en - 1; k >= 0; k--) {
      const m = mentionAt(v, k);
      if (m && m.from === k && (AUXILIARIES.has(word(v, m.to)) || onlyVerb(surface(v, m.to))))
        return { mentions: sameSpan(v, m), firstPerson: false };
    }
  }
  const last = beforeApposition(v, beforeVerbGroup(v, i));
  if (last < 0) return { mentions: [], firstPerson: false };
  const w = word(v, last);
  if (w === 'nous' || w === 'on') return { mentions: [], firstPerson: w === 'nous' };
  // `Il pourrait s'allier au RN`: a pronoun no earlier name resolved stands for a person.
  // (One resolved to a name, `lorsqu'elle a rejoint` after `Chypre`, is that name.)
  if (/^(il|elle|ils|elles)$/.test(w) && !mentionAt(v, last))
    return { mentions: [], firstPerson: false, personal: true };
  // `X s'est associé à Y pour explorer une collaboration`: the subject of the main clause.
  if (w === 'pour' || (w === 'de' && word(v, last - 1) === 'afin')) return leading(v, last);
  // `Elle a enregistré son premier album avant de signer un contrat`: the subject of the main
  // clause; a pronoun no name resolved there is a person.
  if (w === 'de' && word(v, last - 1) === 'avant') {
    const start = clauseStart(v, last);
    if (/^(il|elle)$/.test(word(v, start)) && !mentionAt(v, start))
      return { mentions: [], firstPerson: false, personal: true };
    return leading(v, last);
  }
  // `…, qui réunit…`: the antecedent before the relative pronoun.
  if (w === 'qui')
    return { mentions: groupLeftwards(v, last - 1, Math.max(0, last - 12)), firstPerson: false };
  // `X regrettent … et vont travailler`: two verbs share the subject of the clause.
  if (w === 'et') {
    const start = clauseStart(v, last);
    let verb = false;
    for (let k = start; k < last; k++)
      if (onlyVerb(surface(v, k)) || AUXILIARIES.has(word(v, k))) verb = true;
    if (verb || !mentionAt(v, last - 1)) return leading(v, last);
  }
  // `la décision américaine de sortir de l'accord`: the agent qualifies the decision.
  if (/^(de|d)$/.test(w)) {
    const agent: MentionRef[] = [];
    for (let k = last - 1; k >= Math.max(0, last - 4); k--) {
      const m = mentionAt(v, k);
      if (m) agent.unshift(...sameSpan(v, m));
      else if (!isDescriptor(v, k)) break;
    }
    if (agent.length) return { mentions: agent, firstPerson: false };
  }
  const start = clauseStart(v, last + 1);
  return group(v, last, start);
}

/** The subject list at the start of the clause ending at `anchor`. */
export function leading(v: SentenceView, anchor: number): Subject {
  let start = clauseStart(v, anchor);
  // `Quant à l'Union européenne, elle a …`: the subject follows the topic set apart.
  if (word(v, start) === 'quant') {
    let k = start + 1;
    while (k < anchor && !/,/.test(v.tokens[k]?.gap ?? '')) k++;
    if (k < anchor && mentionAt(v, k)) start = k;
  }
  if (/^(nous|on)$/.test(word(v, start)))
    return { mentions: [], firstPerson: word(v, start) === 'nous' };
  return { mentions: listAfter(v, start, anchor), firstPerson: false };
}

/**
 * The coordinated names after token i (after a preposition such as `avec`, `entre`, `par`):
 * `avec le britannique GSK`, `entre la République islamique et les cinq membres`,
 * `avec les institutions européennes ainsi qu'avec les gouvernements français et allemand`.
 */
const COUNTS = set('deux trois quatre cinq six sept huit neuf dix 2 3 4 5 6 7 8 9 10');
const GROUP_NOUNS = set(`
  pays etats nations puissances voisins membres partenaires entreprises societes groupes
  compagnies operateurs constructeurs organisations institutions banques fabricants geants
  `);

/**
 * After a counted group (`deux pays du Golfe impliqués dans la guerre, …`), the token where the
 * apposition naming its members starts; else k.
 */
function countedGroup(v: SentenceView, k: number, limit: number): number {
  let j = k;
  if (/^(les|des|ses|leurs)$/.test(word(v, j))) j++;
  if (!COUNTS.has(word(v, j)) || !GROUP_NOUNS.has(word(v, j + 1))) return k;
  for (let x = j + 2; x < Math.min(limit, j + 16); x++) {
    if (hardBreakBefore(v, x)) return k;
    if (commaBefore(v, x) || /[:(–-]/.test(v.tokens[x]?.gap ?? '')) {
      const at = /^(l|la|le|les)$/.test(word(v, x)) ? x + 1 : x;
      return mentionAt(v, at) ? x : k;
    }
  }
  return k;
}

export function listAfter(v: SentenceView, i: number, limit = v.tokens.length): MentionRef[] {
  const out: MentionRef[] = [];
  let k = i;
  let sinceName = 0;
  while (k < limit) {
    // A dash opens a parenthesis of names: `les cinq membres permanents -Royaume-Uni, Chine-`.
    const dashList = /\s[-–]$/.test(v.tokens[k]?.gap ?? '') && !!mentionAt(v, k);
    if (k > i && hardBreakBefore(v, k) && !dashList) break;
    const m = mentionAt(v, k);
    if (m) {
      for (const x of sameSpan(v, m)) if (!out.includes(x)) out.push(x);
      k = m.to;
      sinceName = 0;
      // A list goes on after `,`, `et`, `ou`, `ainsi que`, `et avec`; after a demonym
      // (`le chinois CMEC`); else it ends.
      const w = word(v, k);
      const next = mentionAt(v, k);
      const goesOn =
        LIST_WORDS.has(w) ||
        commaBefore(v, k) ||
        next?.adjective ||
        (m.adjective && next) ||
        /[-–]/.test(v.tokens[k]?.gap ?? '');
      // A demonym inside a noun phrase (`la société russe de technologie … RITE`) is a descriptor.
      if (!goesOn && !(m.adjective && (isDescriptor(v, k) || /^(de|du|des|d)$/.test(w)))) break;
      sinceName = m.adjective ? 1 : 0;
      continue;
    }
    const w = word(v, k);
    // `entre la France et deux pays du Golfe […], l'Arabie saoudite et les Emirats`: a counted
    // group named by the apposition that follows.
    const group = countedGroup(v, k, limit);
    if (group > k) {
      k = group;
      continue;
    }
    // `deux spécialistes de la mobilité que sont Bosch Engineering et BENTELER`
    if (w === 'que' && word(v, k + 1) === 'sont') {
      k += 2;
      continue;
    }
    // `ainsi qu'avec`: the list goes on (`et avec X` is another list: `respectivement avec X et avec Y`).
    if (w === 'avec' && out.length && /^(qu|que)$/.test(word(v, k - 1))) {
      k++;
      continue;
    }
    if (k > i && commaBefore(v, k) && out.length === 0) break;
    if (!(isDescriptor(v, k) || LIST_WORDS.has(w) || (/^(de|du|des|d)$/.test(w) && k > i))) break;
    if (++sinceName > 7) break;
    k++;
  }
  return out;
}
