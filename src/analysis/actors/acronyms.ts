/**
 * Acronym definitions: `Groupe Empresarial de Informática et Communications (GEIC)`,
 * `l'Organisation iranienne des technologies de l'information (ITO)`. The long form is found by
 * the initials of the capitalised words before the brackets, else from the nearest head word.
 */
import type { Gazetteer } from '../gazetteer.ts';
import {
  CALENDAR,
  EVENT_HEADS,
  LOWER_ORG_HEADS,
  NOT_ORG_ACRONYMS,
  ORG_CONNECTORS,
  ORG_HEADS,
} from '../lexicon.ts';
import { isStopword } from '../normalize.ts';
import { isTight, type Token } from '../tokens.ts';
import { type Collector, orgKey, type ParagraphState } from './collector.ts';
import { countryAfter, matchCountry } from './countries.ts';

export function isAcronym(t: Token, g: Gazetteer): boolean {
  return (
    t.upper &&
    /^[\p{Lu}][\p{Lu}\d-]{1,9}$/u.test(t.text) &&
    !NOT_ORG_ACRONYMS.has(t.key) &&
    !g.lookup(t.phrase) &&
    !isStopword(t.key) &&
    !CALENDAR.has(t.key)
  );
}

/** Start of the long form whose initials spell the acronym at token j, or -1. */
function byInitials(tokens: Token[], j: number, acronym: string): number {
  const letters = acronym.replace(/[^\p{Lu}]/gu, '');
  const initials: string[] = [];
  for (let s = j - 1; s >= 0 && j - s <= 10 && initials.length < letters.length; s--) {
    const w = tokens[s] as Token;
    if (w.cap) initials.unshift(w.text[0] ?? '');
    else if (!ORG_CONNECTORS.has(w.key)) break;
    if (initials.join('') === letters) return s;
    if (!isTight(w.gap)) break;
  }
  return -1;
}

/** Start of the long form from the nearest head word before the brackets, or -1. */
function byHead(tokens: Token[], j: number): number {
  for (let k = j - 1; k >= 0 && j - k <= 12; k--) {
    const w = tokens[k] as Token;
    if (ORG_HEADS.has(w.key) && (w.cap || LOWER_ORG_HEADS.has(w.key))) return k;
    if (!isTight(w.gap) || w.sentenceStart) break;
  }
  return -1;
}

export function findAcronymDefinitions(c: Collector, s: ParagraphState, g: Gazetteer): void {
  const { tokens } = s;
  tokens.forEach((t, j) => {
    if (!/\(\s*$/.test(t.gap) || !isAcronym(t, g) || !/^\s*\)/.test(tokens[j + 1]?.gap ?? ')'))
      return;
    let start = byInitials(tokens, j, t.text);
    if (start < 0) start = byHead(tokens, j);
    // `LA HAVANE, le 6 octobre (DDC)`: a credit in a dateline, not an actor.
    let sentence = j;
    while (sentence > 0 && !tokens[sentence]?.sentenceStart) sentence--;
    if (
      start < 0 &&
      j - sentence <= 10 &&
      tokens.slice(sentence, j).some((x) => x.upper && x.text.length > 2)
    ) {
      s.claim(j, j + 1);
      c.ignore('credit', s.index, t.start, t.end);
      return;
    }
    // `Conférence mondiale de développement des télécommunications de 2017 (CMDT-17)`: an event.
    if (start >= 0 && EVENT_HEADS.has(tokens[start]?.key ?? '')) {
      c.ignore('event', s.index, (tokens[start] as Token).start, t.end);
      s.claim(start, j + 1);
      return;
    }
    const key = orgKey(t.text);
    const long = start >= 0 ? s.textOf(start, j).replace(/[\s(]+$/, '') : '';
    const actor = c.actor(key, long || t.text, 'organisation');
    if (long && actor.name === t.text) actor.name = long;
    if (long && !actor.aliases.includes(t.text)) actor.aliases.push(t.text);
    const country = countryAfter(g, tokens, j + 1);
    if (country) actor.country ??= country;
    // Explicit only with its long form: `(DNSSEC)` after a technical phrase is no organisation
    // unless it acts in the story.
    if (start >= 0) c.explicit.add(key);
    if (start >= 0) {
      for (let x = start; x < j; x++) {
        const m = matchCountry(g, tokens, x);
        if (m?.[0]) actor.country ??= m[0].code;
      }
      c.mention(key, s.index, (tokens[start] as Token).start, t.end);
      s.claim(start, j + 1);
    } else {
      c.mention(key, s.index, t.start, t.end);
      s.claim(j, j + 1);
    }
  });
}
