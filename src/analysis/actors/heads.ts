/**
 * Organisations opened by a head word: `Banque mondiale`, `Conseil de sécurité de la
 * Fédération de Russie`, `le ministère iranien des Communications`, `Club de Paris`. The name
 * runs over adjectives and complements; a country inside it is the organisation's country
 * (its key leaves the country words out, so `… de la Russie` and `… de la Fédération de
 * Russie` are one organisation).
 */

import { isFirstName } from '../first-names.ts';
import type { Gazetteer } from '../gazetteer.ts';
import {
  CALENDAR,
  EVENT_HEADS,
  FIRST_NAMES,
  LOWER_ORG_HEADS,
  ORG_CONNECTORS,
  ORG_HEADS,
} from '../lexicon.ts';
import { fold, isStopword } from '../normalize.ts';
import { isCommonWord, nominal, onlyVerb, POS, pos } from '../pos.ts';
import { isTight, type Token } from '../tokens.ts';
import { type Collector, orgKey, type ParagraphState } from './collector.ts';
import { matchCountry } from './countries.ts';

/**
 * Extends a name from its head word. Lower-case words are accepted right after the head or
 * after a connector, when they can be an adjective or a noun (`mondiale`, not `mène`); after a
 * capitalised word, adjectives only (`Affaires étrangères`), which close the name.
 */
export function orgTail(tokens: Token[], head: number, claimed?: Uint8Array): number {
  let end = head + 1;
  let content = 0;
  // `de la Santé français`: an adjective after a capitalised noun closes the name; only more
  // adjectives may follow (not `… pour les données de recherche`).
  let closed = false;
  for (let j = head + 1; j < tokens.length && j - head <= 12; j++) {
    const t = tokens[j] as Token;
    const prev = tokens[j - 1] as Token;
    if (closed && (t.cap || (pos(t.text) & POS.adjective) === 0)) break;
    // `Centre for Internet & Society India`: an ampersand between capitalised words joins one
    // name. A token another stage named (`… de l'Organisation mondiale de la propriété
    // intellectuelle` is another organisation) ends the name.
    const ampersand = /^\s*&\s*$/.test(t.gap) && t.cap && prev.cap;
    if (
      !(isTight(t.gap) || ampersand) ||
      t.sentenceStart ||
      (claimed?.[j] && t.cap && ORG_HEADS.has(t.key))
    )
      break;
    // `l'Université de Swinburne en Australie`: `en` before a name gives the place, and `et l'`
    // before a proper name opens another name (`le ministère de la Santé et l'Anses`; not
    // `Fondation pour l'Innovation et les Technologies de l'Information`).
    const after = tokens[j + 1];
    const name = tokens[j + 2];
    if (t.key === 'en' && after?.cap) break;
    if (
      t.key === 'et' &&
      /^(l|la|le|les)$/.test(after?.key ?? '') &&
      name?.cap &&
      !isCommonWord(name.text.toLowerCase())
    )
      break;
    if (ORG_CONNECTORS.has(t.key)) continue;
    if (isStopword(t.key) || CALENDAR.has(t.key) || /^\d+$/.test(t.text)) break;
    if (t.cap) {
      // A person's name (`… de la Santé Jean Dupont`): a first name with a capitalised word
      // after it. (`Santé` alone is also a first name.)
      const next = tokens[j + 1];
      const named = next?.cap && isTight(next.gap) && !next.sentenceStart;
      if (named && (FIRST_NAMES.has(t.key) || isFirstName(t.key))) break;
      // A new organisation starts: `… de Russie et l'Agence nationale …`.
      if (ORG_HEADS.has(t.key)) {
        let k = j - 1;
        while (k > head && ORG_CONNECTORS.has((tokens[k] as Token).key) && tokens[k]?.key !== 'et')
          k--;
        if (k === j - 1 || tokens[k]?.key === 'et') break;
      }
    } else {
      // `La Fédération française de football et le club`: another organisation, coordinated.
      // (Not `et la société`: in a name, the society, `Centre pour Internet et la société`.)
      if (
        ORG_HEADS.has(t.key) &&
        t.key !== 'societe' &&
        tokens.slice(end, j).some((x) => x.key === 'et')
      )
        break;
      // After a connector, a noun or an adjective; after a lower-case word or a capitalised
      // common noun, an adjective only (`… recherche et développement avancée`, `Affaires
      // étrangères`).
      const afterConnector = ORG_CONNECTORS.has(prev.key) || j === head + 1;
      const afterNoun = !prev.cap || (pos(prev.text) & POS.noun) !== 0;
      const adjective = afterNoun && (pos(t.text) & (POS.adjective | POS.participle)) !== 0;
      if (!(afterConnector || adjective) || ++content > 6) break;
      // (A word the lexicon does not know, `cybersécurité`, may be a noun.)
      if (onlyVerb(t.text) || (pos(t.text) !== 0 && !nominal(t.text))) break;
      if (prev.cap && j - 1 > head && adjective) closed = true;
    }
    end = j + 1;
  }
  return end;
}

/** Extends an event's name over `de Genève`, `de Paris sur la paix`: places belong to it. */
function eventTail(tokens: Token[], end: number): number {
  for (;;) {
    let j = end;
    while (ORG_CONNECTORS.has(tokens[j]?.key ?? '') && isTight((tokens[j] as Token).gap)) j++;
    const t = tokens[j];
    if (j === end || !t?.cap || !isTight(t.gap) || t.sentenceStart) return end;
    end = j + 1;
  }
}

/**
 * The end of the organisation's own name right after its description (`la coalition
 * d'associations Georgia Advancing Communities Together`, `le Centre de ressources juridiques
 * sur l'immobilier Clayton Housing Legal Resource Center`), or `end` when none follows: a run of
 * two capitalised words or more, glued to a description that ends in a lower-case word, and
 * that is no person's name (`le ministère de la Santé Olivier Véran`).
 */
function ownName(s: ParagraphState, end: number): number {
  const { tokens } = s;
  const last = tokens[end - 1] as Token;
  const first = tokens[end];
  if (last.cap || !first?.cap || !isTight(first.gap) || first.sentenceStart || s.claimed[end])
    return end;
  if (FIRST_NAMES.has(first.key) || first.upper) return end;
  let e = end + 1;
  while (
    e < tokens.length &&
    (tokens[e] as Token).cap &&
    isTight((tokens[e] as Token).gap) &&
    !(tokens[e] as Token).sentenceStart &&
    !s.claimed[e]
  )
    e++;
  // (`l'élue de la Chambre des représentants Val Demings`: a first name and a surname or two
  // are a person.)
  if (e - end <= 3 && isFirstName(first.key)) return end;
  return e - end >= 2 ? e : end;
}

/**
 * Organisations opened by a head word. `capitalised` runs the pass for capitalised heads
 * (before countries, so that `Club de Paris` keeps its Paris), else for lower-case ones
 * (`ministère`).
 */
export function findHeadedOrganisations(
  c: Collector,
  s: ParagraphState,
  g: Gazetteer,
  capitalised: boolean,
): void {
  const { tokens } = s;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (s.claimed[i] || !ORG_HEADS.has(t.key)) continue;
    if (capitalised ? !t.cap : t.cap || !LOWER_ORG_HEADS.has(t.key)) continue;
    // A country's own name (`Union des Comores`, `République du Congo`) is the country.
    const asCountry = matchCountry(g, tokens, i);
    if (asCountry?.[0]?.kind === 'name' && asCountry[1] > 1) continue;
    const prev = tokens[i - 1];
    // Inside a capitalised run (`Global Cyber Alliance`): the run stage reads it.
    // (A capitalised article opening the sentence, `Le Forum …`, is not part of a run.)
    const article = prev?.sentenceStart && isStopword(prev.key);
    if (t.cap && prev?.cap && !article && !t.sentenceStart && isTight(t.gap) && !s.claimed[i - 1])
      continue;
    let end = orgTail(tokens, i, s.claimed);
    while (end > i + 1 && ORG_CONNECTORS.has((tokens[end - 1] as Token).key)) end--;
    // An event (`Forum sur la gouvernance de l'Internet`, `Salon de Genève`) is read as one
    // name, and set aside: it is not an actor.
    if (EVENT_HEADS.has(t.key)) {
      end = eventTail(tokens, end);
      if (end === i + 1) continue;
      c.ignore('event', s.index, t.start, (tokens[end - 1] as Token).end);
      s.claim(i, end);
      i = end - 1;
      continue;
    }
    if (end === i + 1) continue;
    // `la coalition d'associations Georgia Advancing Communities Together`: a description
    // followed by the organisation's own name. The name is the organisation.
    const own = ownName(s, end);
    if (own > end) {
      const key = orgKey(s.textOf(end, own));
      c.actor(key, s.textOf(end, own), 'organisation');
      c.explicit.add(key);
      c.mention(key, s.index, (tokens[end] as Token).start, (tokens[own - 1] as Token).end);
      s.claim(i, own);
      i = own - 1;
      continue;
    }
    const name = s.textOf(i, end);
    let country: string | undefined;
    const kept: string[] = [];
    for (let x = i; x < end; x++) {
      const m = matchCountry(g, tokens, x);
      if (m?.[0] && m[0].kind !== 'prefix') {
        country ??= m[0].code;
        x += m[1] - 1;
        continue;
      }
      kept.push((tokens[x] as Token).text);
    }
    while (kept.length > 1 && ORG_CONNECTORS.has(fold(kept[kept.length - 1] ?? ''))) kept.pop();
    const key = `${orgKey(kept.join(' '))}${country ? `@${country}` : ''}`;
    const actor = c.actor(key, name, 'organisation');
    if (country) actor.country ??= country;
    c.explicit.add(key);
    c.mention(key, s.index, t.start, (tokens[end - 1] as Token).end);
    s.claim(i, end);
    i = end - 1;
  }
}
