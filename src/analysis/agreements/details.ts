/**
 * The details of an agreement read in its sentence: the named instrument (`l'Appel de Paris`,
 * `les accords de paix d'Oslo`, `le projet « Gaia X »`), the place of signing, the date, and
 * the people who signed.
 */

import { mentionAt, type SentenceView, word } from '../clause/view.ts';
import {
  type DateMention,
  findDates,
  type ResolvedDate,
  resolveDate,
  resolveWeekday,
} from '../dates.ts';
import { gazetteer } from '../gazetteer.ts';
import { fold } from '../normalize.ts';
import { onlyVerb, POS, pos } from '../pos.ts';
import type { NounTrigger, VerbTrigger } from './triggers.ts';

export interface Instrument {
  name: string;
  /** Token range [from, to): its words are not parties. */
  from: number;
  to: number;
}

const CONNECTORS = new Set([
  'de',
  'du',
  'des',
  'd',
  'la',
  'le',
  'les',
  'l',
  'sur',
  'pour',
  'et',
  'of',
  'the',
  'for',
  'on',
]);

/** Generic nouns whose name follows them in quotes or capitals: `le projet "Gaia X"`. */
const NAMED_AFTER = new Set([
  'projet',
  'programme',
  'initiative',
  'plan',
  'mecanisme',
  'coalition',
]);

/** Heads that make a capitalised phrase an instrument rather than an actor. */
export const INSTRUMENT_HEADS = new Set([
  'accord',
  'accords',
  'appel',
  'traite',
  'traites',
  'convention',
  'charte',
  'pacte',
  'protocole',
  'initiative',
  'charter',
  'accord-cadre',
  'coalition',
  'partenariat',
]);

function text(v: SentenceView, from: number, to: number): string {
  const a = v.tokens[from];
  const b = v.tokens[to - 1];
  if (!a || !b) return '';
  const p = v.text;
  return p.slice(a.start - v.start, b.end - v.start);
}

/**
 * Extends a name rightwards over capitalised words and connectors; with `adjectives`, over
 * lower-case adjectives too (`Accord de partenariat économique global régional`).
 */
function nameEnd(v: SentenceView, i: number, adjectives = false): number {
  let end = i;
  for (let k = i; k < v.tokens.length && k - i < 10; k++) {
    const t = v.tokens[k];
    if (!t || (k > i && /[,;:()«»"“”]/.test(t.gap))) break;
    if (t.cap || (/^\d/.test(t.text) && !/^(19|20)\d\d$/.test(t.text))) end = k + 1;
    else if (adjectives && (pos(t.text) & POS.adjective) !== 0 && !onlyVerb(t.text)) end = k + 1;
    else if (!CONNECTORS.has(t.key)) break;
  }
  return end;
}

/** Civilities before a person's name: `Monsieur`, `Mme`, `M.`. */
const CIVILITY = /^(monsieur|madame|mademoiselle|m|mme|mlle|me|maitre|dr|docteur)$/;

/** The instrument a noun names, if it is a named one. */
/** Agreements named after the place they were signed in, in the plural: `les accords d'Évian`. */
const PLACE_NAMED = new Set(['accord', 'traité', 'protocole', 'convention']);

export function instrumentOf(v: SentenceView, n: NounTrigger): Instrument | undefined {
  const next = v.tokens[n.to];
  // `le projet "Gaia X"`, `l'initiative « … »`
  if (NAMED_AFTER.has(word(v, n.from)) && next && /["«“]\s*$/.test(next.gap) && next.cap) {
    const end = nameEnd(v, n.to);
    // A name, closed by its quote: `"Gaia X"`, not a quoted sentence (`"Je fais appel…`).
    const closed = /^\s*["»”]/.test(v.tokens[end]?.gap ?? '"');
    return end - n.to <= 4 && closed
      ? { name: text(v, n.to, end), from: n.from, to: end }
      : undefined;
  }
  // `l'Appel de Paris`, `la Charte des Nations Unies`: a capitalised agreement word.
  if (n.capitalised) {
    const end = Math.max(n.to, nameEnd(v, n.to, true));
    let to = end;
    while (to > n.to && CONNECTORS.has(word(v, to - 1))) to--;
    if (to > n.to) return { name: text(v, n.from, to), from: n.from, to };
  }
  // `l'accord de Paris`, `les accords d'Oslo`, `le traité de Lisbonne` (not `les négociations
  // du Liban`, `un prêt de la Banque mondiale`: talks and loans are of someone)
  if (
    !n.cls &&
    /^(de|d|du|des)$/.test(word(v, n.to)) &&
    v.tokens[n.to + 1]?.cap &&
    !mentionAt(v, n.to + 1)?.adjective &&
    // (`le contrat de Monsieur Manigold`: a person's contract, no named instrument.)
    !CIVILITY.test(word(v, n.to + 1))
  ) {
    const m = mentionAt(v, n.to + 1);
    const end = nameEnd(v, n.to + 1);
    // A place names an instrument (`l'accord de Paris`); a name that goes on in lower case
    // (`la Convention de La France insoumise`) is an organisation's event, not an instrument.
    const after = v.tokens[end];
    const goesOn =
      !!after &&
      /^\p{Ll}/u.test(after.text) &&
      /^\s*$/.test(after.gap) &&
      (pos(after.text) & POS.adjective) !== 0;
    // A capitalised name no actor stage claimed is a place too when treaties are named after
    // it (`les accords du Touquet`), not when one party consents (`l'accord du Parlement`).
    const placeName =
      !!m?.provisional && PLACE_NAMED.has(n.kind) && /[sx]$/.test(word(v, n.to - 1));
    if ((!m || m.type === 'pays' || placeName) && !goesOn)
      return { name: text(v, n.from, end), from: n.from, to: end };
  }
  return undefined;
}

/** A named frame: `dans le cadre de l'Initiative quadripartite de coopération (QUAD)`. */
export function framedInstrument(
  v: SentenceView,
  from: number,
  to: number,
): Instrument | undefined {
  for (let k = from; k < to - 2; k++) {
    if (word(v, k) !== 'cadre' || !/^(de|du|des|d)$/.test(word(v, k + 1))) continue;
    let h = k + 2;
    if (/^(la|le|les|l)$/.test(word(v, h))) h++;
    const t = v.tokens[h];
    if (!INSTRUMENT_HEADS.has(word(v, h))) continue;
    // `dans le cadre de l'initiative Charter of Trust`: a head word in lower case, then the name.
    if (!t?.cap) {
      const name = v.tokens[h + 1];
      if (!name?.cap || !/^\s*$/.test(name.gap)) continue;
      const end = nameEnd(v, h + 1);
      return { name: text(v, h + 1, end), from: h, to: end };
    }
    let end = nameEnd(v, h, true);
    while (end > h + 1 && CONNECTORS.has(word(v, end - 1))) end--;
    return { name: text(v, h, end), from: h, to: end };
  }
  return undefined;
}

/**
 * The object of a join verb: what is joined or supported (`l'Appel de Paris`, `la coalition
 * antijihadiste`, `l'Union européenne`).
 */
export function joinedInstrument(
  v: SentenceView,
  verb: VerbTrigger,
  limit: number,
): Instrument | undefined {
  for (let k = verb.to; k < limit && k - verb.to < 24; k++) {
    const w = word(v, k);
    if (k > verb.to && /[;:]/.test(v.tokens[k]?.gap ?? '')) break;
    const m = mentionAt(v, k);
    // `rejoint le groupe PS`, `rejoint la liste LR`, `rejoint le club`: a person's political or
    // sports move, nothing an organisation or a state joins.
    if (
      /^(groupe|parti|liste|equipe|club|gouvernement|cabinet|majorite|opposition)$/.test(w) &&
      k - verb.to < 3
    )
      return undefined;
    // Near the verb, an organisation joined (`a rejoint l'OTAN`); farther, only a named instrument.
    if (m && m.type === 'organisation' && !m.provisional && k - verb.to < 8) {
      return { name: text(v, m.from, m.to), from: m.from, to: m.to };
    }
    const t = v.tokens[k];
    if (INSTRUMENT_HEADS.has(w) && (t?.cap || k - verb.to < 8)) {
      let end = k + 1;
      if (t?.cap) end = Math.max(end, nameEnd(v, k));
      else {
        // `la coalition antijihadiste`: the noun and its adjectives.
        while (
          end < limit &&
          end - k < 3 &&
          !v.tokens[end]?.cap &&
          !/[,;:()]/.test(v.tokens[end]?.gap ?? '') &&
          /^\p{Ll}{4,}$/u.test(v.tokens[end]?.text ?? '') &&
          !['pour', 'avec', 'dans', 'contre', 'depuis'].includes(word(v, end))
        )
          end++;
        if (/^(de|d)$/.test(word(v, end)) && v.tokens[end + 1]?.cap) end = nameEnd(v, end + 1);
      }
      let to = end;
      while (to > k + 1 && CONNECTORS.has(word(v, to - 1))) to--;
      return { name: text(v, k, to), from: k, to };
    }
  }
  return undefined;
}

/** Where it was signed: `signé à Jakarta`, `dans la capitale cubaine`, `lors du Salon IAA de Francfort`. */
export function placeOf(v: SentenceView): string | undefined {
  const g = gazetteer();
  for (let k = 0; k < v.tokens.length - 1; k++) {
    const w = word(v, k);
    if (!/^sign|^paraph|^conclu|^officialis/.test(w)) continue;
    for (let j = k + 1; j < v.tokens.length && j - k <= 6; j++) {
      const t = v.tokens[j];
      if (!t) break;
      if (/^(a|dans)$/.test(t.key) && v.tokens[j + 1]?.cap) {
        const end = nameEnd(v, j + 1);
        const name = text(v, j + 1, end);
        if (name && name.split(' ').length <= 3) return name;
      }
      if (t.key === 'capitale') {
        const adj = v.tokens[j + 1];
        const form = adj && g.lookup(adj.key);
        const capital = form && CAPITAL_NAMES[form.code];
        if (capital) return capital;
      }
    }
  }
  return undefined;
}

/** The capital to name when the text says `la capitale cubaine`. */
const CAPITAL_NAMES: Record<string, string> = {
  CU: 'La Havane',
  RU: 'Moscou',
  ID: 'Jakarta',
  IR: 'Téhéran',
  KM: 'Moroni',
  US: 'Washington',
  CN: 'Pékin',
  FR: 'Paris',
  DE: 'Berlin',
  GB: 'Londres',
  JP: 'Tokyo',
  IN: 'New Delhi',
};

/**
 * Words before a date that make it another time than the agreement's: a deadline (`d'ici
 * 2025`, `jusqu'en 2030`), a start (`à partir de`, `depuis 2003`: the relation's history) or
 * a comparison (`avant`, `après`).
 */
const NOT_ITS_DATE =
  /(?:\bd['’]ici|\bjusqu['’](?:en|au|à|a)|\bà partir d[eu]|\bdepuis|\bdès|\bavant|\baprès|\bhorizon|\bd['’]ici à|\bpour)\s+(?:le\s+|la\s+fin\s+|l['’]an\s+)?$/i;

/**
 * The date of the agreement: the most precise date its sentence gives for it (not a deadline,
 * a start or a comparison), a weekday resolved against the document's date, else the
 * document's own date.
 */
export function dateOf(
  v: SentenceView,
  reference: { year?: number; certain: boolean },
  documentDate?: DateMention,
  recalled = false,
): ResolvedDate | undefined {
  const own = (d: { start: number }) => {
    const before = v.text.slice(Math.max(0, d.start - 24), d.start);
    // (`LA HAVANE, le 6 octobre (DDC) …`: the dateline dates the report, not the event.)
    return !NOT_ITS_DATE.test(before) && !/\p{Lu}{2,}\s*,\s*(?:le\s+)?$/u.test(before);
  };
  const dates = findDates(v.text).filter(own);
  const precise = dates.find((d) => d.day && d.month) ?? dates.find((d) => d.month && d.year);
  if (precise) return resolveDate(precise, reference);
  for (const m of v.text.matchAll(/\b(?:en|de)\s+((?:19|20)\d\d)\b/g)) {
    if (m[1] && own({ start: m.index ?? 0 })) return { text: m[0], iso: m[1], uncertain: false };
  }
  const month = dates.find((d) => d.month);
  if (month) return resolveDate(month, reference);
  // `ont signé jeudi`: the last Thursday before the document's date.
  const weekday = dates.find((d) => d.weekday);
  if (weekday?.weekday) {
    const iso = resolveWeekday(weekday.weekday, documentDate, reference.year);
    if (iso)
      return { text: weekday.text, iso, uncertain: !documentDate?.year && !reference.certain };
  }
  if (!recalled && documentDate?.year)
    return resolveDate(documentDate, { year: documentDate.year, certain: true });
  return undefined;
}

/** The people who sign in this sentence: `signé par X et Y`, `X et Y ont signé`. */
export function signatoriesIn(v: SentenceView): string[] {
  const signs = v.tokens.findIndex((t) =>
    /^(signe|signee|signees|signes|signent|signer|signera|officialise|officialisee|paraphe)$/.test(
      fold(t.text),
    ),
  );
  if (signs < 0) return [];
  return v.mentions.filter((m) => m.type === 'personne').map((m) => m.key);
}
