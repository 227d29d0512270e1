/**
 * Names that only the structure of an agreement reveals: `Google Cloud avec Renault et
 * Orange`, `Amazon Web Services avec Volkswagen` name companies that no cue, head word or
 * known form announces. Capitalised runs that no actor stage claimed are offered to the
 * agreement stages as provisional organisations; one becomes an actor only if it stands as a
 * party of an agreement.
 */

import type { MentionRef, SentenceView } from '../clause/view.ts';
import { mentionAt } from '../clause/view.ts';
import { isFirstName } from '../first-names.ts';
import { isFrenchPlace } from '../french-places.ts';
import { gazetteer } from '../gazetteer.ts';
import { CALENDAR, COMMON_CAPITALISED, ORG_WORDS, PERSON_NOUNS, ROLE_WORDS } from '../lexicon.ts';
import { phraseKey } from '../phrases.ts';
import { isCommonWord } from '../pos.ts';

/** Civilities before a person's name: `M. Kim`, `Mme Lagarde`. */
const CIVILITIES = new Set(['m', 'mm', 'mme', 'mmes', 'mlle', 'me', 'dr', 'pr']);

const CONNECTORS = new Set(['de', 'du', 'des', 'd', 'of', 'and', 'for', 'the', 'y', 'et']);

/** Words before a place's name: `à Arles`, `la région des Hauts-de-France`, `l'État de Bahia`. */
const BEFORE_PLACE =
  /^(a|en|dans|depuis|vers|region|regions|ville|villes|departement|province|commune|comte|etat)$/;

/** Capitalised runs of a sentence that no mention covers, as provisional organisations. */
export function provisionalNames(v: SentenceView): MentionRef[] {
  const out: MentionRef[] = [];
  const { tokens } = v;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t?.cap || mentionAt(v, i) || v.ignored[i]) continue;
    // Countries are no organisations.
    const known = gazetteer().match(tokens, i)?.[1];
    if (known) {
      i += known - 1;
      continue;
    }
    let to = i + 1;
    while (to < tokens.length) {
      const n = tokens[to];
      if (!n || mentionAt(v, to) || v.ignored[to] || !/^[\s'’&]*$/.test(n.gap)) break;
      if (n.cap || /^\d/.test(n.text)) to++;
      else if (
        CONNECTORS.has(n.key) &&
        tokens[to + 1]?.cap &&
        !mentionAt(v, to + 1) &&
        n.key !== 'et'
      )
        to += 2;
      else break;
    }
    let from = i;
    i = to - 1;
    // Leading words that are not names: sentence openers, titles, common words at a sentence start.
    while (from < to) {
      const f = tokens[from];
      if (!f) break;
      const common = COMMON_CAPITALISED.has(f.key) || CALENDAR.has(f.key) || ROLE_WORDS.has(f.key);
      const opener = f.sentenceStart && !f.upper && isCommonWord(f.text);
      if (common || opener) from++;
      else break;
    }
    if (from >= to) continue;
    const first = tokens[from];
    if (!first || /^\d/.test(first.text)) continue;
    // A name after a person's title, trade or civility (`l'artiste Tuia Cherici`, `M. Kim`) is
    // a person.
    if (
      PERSON_NOUNS.has(tokens[from - 1]?.key ?? '') ||
      ROLE_WORDS.has(tokens[from - 1]?.key ?? '') ||
      CIVILITIES.has(tokens[from - 1]?.key ?? '')
    )
      continue;
    const words = tokens.slice(from, to);
    // A letter before an apostrophe is an elided word (`J'aurais`, `L'Iran`), not a name.
    if (words.length === 1 && first.text.length === 1 && /^['’]/.test(tokens[to]?.gap ?? ''))
      continue;
    // A single common word (`le Centre`, `la Commission`) is a short form, not a new name;
    // unless it stands in a list of names (`avec Renault et Orange, Deutsche Bank ou Lufthansa`).
    const listed =
      /^\s*,\s*$/.test(first.gap) ||
      /^(et|ou)$/.test(tokens[from - 1]?.key ?? '') ||
      /^(et|ou)$/.test(tokens[to]?.key ?? '') ||
      /^\s*,/.test(tokens[to]?.gap ?? '');
    // A line written in capitals (`920 MILLIONS D'EUROS D'AMENDES`, `UNE NOTE SIGNÉE`) is a
    // heading, not a name.
    // (Two such words at least: `APEX National Investment` is a name.)
    const shouted = words.filter(
      (w) => w.upper && w.text.length > 2 && isCommonWord(w.text.toLowerCase()),
    );
    if (shouted.length >= 2) continue;
    // A French word in capitals is emphasis (`deux GRANDS amis`), not an acronym.
    if (
      words.length === 1 &&
      first.upper &&
      first.text.length > 3 &&
      isCommonWord(first.text.toLowerCase())
    )
      continue;
    if (
      words.length === 1 &&
      !first.upper &&
      !/\p{Ll}\p{Lu}/u.test(first.text) &&
      isCommonWord(first.text) &&
      !listed
    )
      continue;
    // `Barack et Michelle Obama`: a first name coordinated with a person's name is a person.
    const pair = tokens[to]?.key === 'et' && isFirstName(tokens[to + 1]?.key ?? '');
    if (words.length === 1 && isFirstName(first.key) && pair) continue;
    // A person's name (`Tareq Baconi`) is no organisation.
    if (words.length >= 2 && isFirstName(first.key) && !words.some((w) => ORG_WORDS.has(w.key)))
      continue;
    if (words.every((w) => COMMON_CAPITALISED.has(w.key) || CALENDAR.has(w.key))) continue;
    const last = tokens[to - 1];
    if (!last) continue;
    const name = v.text.slice(first.start - v.start, last.end - v.start);
    // A place is no organisation (`la région des Hauts-de-France`, `à Arles`).
    let before = from - 1;
    while (/^(de|du|des|d|la|le|l|les)$/.test(tokens[before]?.key ?? '')) before--;
    // (In a list of partners, `avec Renault et Orange`, a town's name is a company's.)
    if ((isFrenchPlace(name) && !listed) || BEFORE_PLACE.test(tokens[before]?.key ?? '')) continue;
    out.push({
      key: `org:${phraseKey(name)}`,
      type: 'organisation',
      from,
      to,
      adjective: false,
      provisional: name,
    });
  }
  return out;
}
