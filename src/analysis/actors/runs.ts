/**
 * Capitalised runs: people (a known first name, or a person cue: a title, a speech verb,
 * `M.`) with the role the text gives them, and organisations with a name word (`Global Cyber
 * Alliance`, `Linux Foundation`). Single capitalised words are left for the loose stage.
 */

import { isFirstName } from '../first-names.ts';
import type { Gazetteer } from '../gazetteer.ts';
import {
  CALENDAR,
  COMMON_CAPITALISED,
  FIRST_NAMES,
  NAME_PARTICLES,
  ORG_CONNECTORS,
  ORG_HEADS,
  ORG_WORDS,
  PERSON_NOUNS,
  ROLE_WORDS,
  SPEECH_CUES,
} from '../lexicon.ts';
import { fold, isStopword } from '../normalize.ts';
import { phraseKey } from '../phrases.ts';
import { isCommonWord } from '../pos.ts';
import { isTight, type Token } from '../tokens.ts';
import { isAcronym } from './acronyms.ts';
import { type Collector, orgKey, type ParagraphState, personKey } from './collector.ts';
import { matchCountry } from './countries.ts';

/** A single capitalised word left undecided, and where it stands. */
export type Loose = Map<string, { text: string; at: [number, number][] }>;

const isRoleWord = (t: Token | undefined) =>
  !!t && (ROLE_WORDS.has(t.key) || ROLE_WORDS.has(t.key.split('-')[0] ?? ''));

/** Role given to a person at tokens [from, to): `le Secrétaire général de l'UIT, Houlin Zhao`. */
export function personRole(s: ParagraphState, from: number, to: number): string | undefined {
  const { tokens } = s;
  // Before: nearest role word within the sentence.
  for (let k = from - 1; k >= Math.max(0, from - 12); k--) {
    const t = tokens[k] as Token;
    if (s.people[k]) break;
    if (isRoleWord(t)) {
      let r = k;
      for (;;) {
        if (r >= 1 && isRoleWord(tokens[r - 1])) r -= 1;
        else if (r >= 2 && tokens[r - 1]?.key === 'et' && isRoleWord(tokens[r - 2])) r -= 2;
        else break;
      }
      const role = s.text
        .slice((tokens[r] as Token).start, (tokens[from - 1] as Token).end)
        .replace(/[\s,]+$/, '');
      if (role.length <= 120) return role;
      break;
    }
    if (t.sentenceStart || /[.;:«»"“”()]/.test(tokens[k + 1]?.gap ?? '')) break;
  }
  // After: `Name, directeur du marketing pour RITE,`.
  const next = tokens[to];
  if (next && /^\s*,\s*$/.test(next.gap)) {
    let k = to;
    if (/^(le|la|l|les)$/.test(next.key)) k++;
    if (isRoleWord(tokens[k])) {
      let e = k + 1;
      while (e < tokens.length && e - k < 12 && isTight((tokens[e] as Token).gap)) e++;
      return s.textOf(k, e);
    }
  }
  return undefined;
}

/** True when a person cue stands next to the run: a role, a speech verb, `M.`, `Pour X,`. */
function hasPersonCue(s: ParagraphState, from: number, to: number, g: Gazetteer): boolean {
  const { tokens } = s;
  // `le CEO d'Automobili Pininfarina`: after a title and `de`, a name is the title's
  // organisation, not a person.
  if (/^(de|d|du|des)$/.test(tokens[from - 1]?.key ?? '')) return false;
  for (let k = Math.max(0, from - 3); k < from; k++) {
    const t = tokens[k] as Token;
    if (
      ROLE_WORDS.has(t.key) ||
      PERSON_NOUNS.has(t.key) ||
      SPEECH_CUES.has(t.key) ||
      /^(m|mme|mr|dr)$/.test(t.key)
    )
      return true;
  }
  // A nationality written as a noun: `la Danoise Margrethe Vestager`, `le Belge Charles Michel`.
  const demonym = tokens[from - 1];
  const nationality = demonym?.cap && /^(le|la|l)$/.test(tokens[from - 2]?.key ?? '');
  if (nationality && matchCountry(g, tokens, from - 1)?.[0]?.kind === 'adjective') return true;
  // An apposition after a title: `l'émissaire de l'ONU pour le Proche-Orient, Nickolay Mladenov,`.
  if (/^\s*,\s*$/.test(tokens[from]?.gap ?? '')) {
    for (let k = from - 1; k >= Math.max(0, from - 10); k--) {
      const t = tokens[k] as Token;
      if (ROLE_WORDS.has(t.key)) return true;
      if (t.sentenceStart || /[.;:«»"“”()]/.test(t.gap)) break;
    }
  }
  // `Pour Tareq Baconi, de l'International Crisis Group, …`
  const before = tokens[from - 1];
  if (before?.key === 'pour' && before.sentenceStart && /^\s*,/.test(tokens[to]?.gap ?? ''))
    return true;
  const next = tokens[to];
  if (next && /^\s*,\s*$/.test(next.gap)) {
    const k = /^(le|la|l)$/.test(next.key) ? to + 1 : to;
    if (ROLE_WORDS.has(tokens[k]?.key ?? '')) return true;
  }
  return false;
}

/** Titles that a place or a body completes before the name: `le préfet de l'Aude Alain Thirion`. */
const TITLES = new Set(
  'prefet prefete doyen doyenne recteur rectrice eveque archeveque elu elue'.split(' '),
);

/**
 * True when the run follows a title and `de`: `la maire d'Atlanta Keisha Lance Bottoms`, `le
 * préfet de l'Aude Alain Thirion`. Its first word completes the title (a place, a body).
 */
function afterTitle(tokens: Token[], from: number): boolean {
  let k = from - 1;
  if (/^(l|la|le)$/.test(tokens[k]?.key ?? '')) k--;
  if (!/^(de|d|du)$/.test(tokens[k]?.key ?? '')) return false;
  const title = tokens[k - 1]?.key ?? '';
  return ROLE_WORDS.has(title) || TITLES.has(title);
}

/**
 * Nouns that a name completes as the name of a place, a building or a prize: `rue Jean
 * Jaurès`, `l'hôpital Georges Pompidou`, `au lycée Suger de Saint-Denis`, `le prix Albert
 * Londres`. The person it was named after is no actor.
 */
const NAMED_AFTER = new Set(
  `rue avenue boulevard place quai allee impasse square aeroport gare station stade
  hopital lycee college ecole universite institut musee theatre salle parc jardin promenade
  clinique prix trophee porte-avions comite collectif`.split(/\s+/),
);

/**
 * Of those, the institutions: the noun and the name are an organisation (`l'université George
 * Washington`, `l'institut Harris Interactive`), an actor when it acts (select.ts).
 */
const INSTITUTIONS = new Set(
  'hopital lycee college ecole universite institut musee theatre clinique comite collectif'.split(
    ' ',
  ),
);

/**
 * Why a capitalised run names no person, whatever its words: it is the whole paragraph (a
 * byline, a heading: `Cheryl Allison`, `Centres de Transparence`), it fills a quotation (a
 * title: `intitulé "Hijos del Sol"`), a year follows it (an edition: `Ferrari Cavalcade
 * Classiche 2018`), an article stands right before it (`la Valle della Luna`, `de la Star
 * Academy`: French puts no article before a person's name), or it names a place or a building
 * (`rue Jean Jaurès`).
 */
function notPerson(s: ParagraphState, from: number, to: number): boolean {
  const { tokens } = s;
  const first = tokens[from] as Token;
  const last = tokens[to - 1] as Token;
  const whole =
    from === 0 && to === tokens.length && !first.gap.trim() && !s.text.slice(last.end).trim();
  if (whole) return true;
  const after = tokens[to]?.gap ?? s.text.slice(last.end);
  if (/["«“]\s*$/.test(first.gap) && /^\s*["»”]/.test(after)) return true;
  const next = tokens[to];
  if (next && isTight(next.gap) && /^(1[89]|20)\d\d$/.test(next.text)) return true;
  const prev = tokens[from - 1];
  if (!prev || !isTight(first.gap)) return false;
  if (/^(le|la|les|du|des|au|aux)$/.test(prev.key)) return true;
  // (`le directeur de la clinique Lionel Combes`: after a title, the name is the person's.)
  return NAMED_AFTER.has(prev.key) && !afterTitle(tokens, from - 1);
}

/** Words that open an English title, not a name: `How the Linux Foundation Assists`. */
const ENGLISH_OPENERS = new Set([
  'how',
  'what',
  'why',
  'when',
  'where',
  'who',
  'our',
  'your',
  'this',
  'these',
  'with',
  'from',
  'about',
]);

/** `Linux Foundation Assists` → `Linux Foundation`: words glued after the last name word are not the name. */
function trimAfterOrgWord(tokens: Token[], from: number, to: number): number {
  let last = -1;
  for (let k = from; k < to; k++) if (ORG_WORDS.has((tokens[k] as Token).key)) last = k;
  if (last < 0 || last === to - 1) return to;
  for (let k = last + 1; k < to; k++) if (ORG_CONNECTORS.has((tokens[k] as Token).key)) return to;
  return last + 1;
}

/** First words of the organisations found so far: a run they open names a product. */
function brands(c: Collector): Set<string> {
  const out = new Set<string>();
  for (const a of c.actors.values()) {
    if (a.type !== 'organisation') continue;
    const first = phraseKey(a.name).split(' ')[0];
    if (first && first.length > 2 && !ORG_HEADS.has(first)) out.add(first);
  }
  return out;
}

/** Words that open place names: `New York`, `Lake Charles`, `Nouvelle-Orléans`, `San Diego`. */
const PLACE_OPENERS = new Set(
  'new nouvelle nouveau lake saint sainte san santa sao los las fort port mount mont cape cap baie golfe ile iles'.split(
    ' ',
  ),
);

export function findRuns(c: Collector, s: ParagraphState, g: Gazetteer, loose: Loose): void {
  const { tokens } = s;
  for (let i = 0; i < tokens.length; i++) {
    if (s.claimed[i] || !(tokens[i] as Token).cap) continue;
    let from = i;
    let to = i + 1;
    while (to < tokens.length) {
      const t = tokens[to] as Token;
      // `Jane S. Greaves`: a middle initial and its period stay in the name.
      const initial =
        /^\p{Lu}$/u.test(tokens[to - 1]?.text ?? '') &&
        /^\.\s?$/.test(t.gap) &&
        t.cap &&
        !isStopword(t.key) &&
        !COMMON_CAPITALISED.has(t.key);
      // `Waldorf Astoria Hotel & Resorts`, `Procter & Gamble`: an ampersand joins one company's name.
      const ampersand = /^\s*&\s*$/.test(t.gap) && t.cap;
      if (
        s.claimed[to] ||
        !(isTight(t.gap) || initial || ampersand) ||
        (t.sentenceStart && !initial)
      )
        break;
      if (t.cap) to++;
      // `Bosch Engineering et BENTELER`, `Uber et Hyundai` are two names: `et` joins the words
      // of one name only inside its complement (`Groupe … de Informática et Communications`).
      else if (
        t.key === 'et' &&
        !tokens.slice(from, to).some((x) => /^(de|des|du|of)$/.test(x.key))
      )
        break;
      else if (
        (NAME_PARTICLES.has(t.key) || ORG_CONNECTORS.has(t.key)) &&
        (tokens[to + 1] as Token | undefined)?.cap &&
        isTight((tokens[to + 1] as Token).gap) &&
        !s.claimed[to + 1]
      )
        to += 2;
      else break;
    }
    i = to - 1;
    // Drop sentence openers and common capitalised words in front: `Selon Konstantin Dilkó`.
    while (from < to) {
      const t = tokens[from] as Token;
      if (
        COMMON_CAPITALISED.has(t.key) ||
        CALENDAR.has(t.key) ||
        ROLE_WORDS.has(t.key) ||
        ENGLISH_OPENERS.has(t.key)
      )
        from++;
      else if (
        t.sentenceStart &&
        to - from === 1 &&
        !FIRST_NAMES.has(t.key) &&
        isCommonWord(t.text)
      )
        from++;
      // `ministre des Infrastructures Zorana Mihajlovic`: a common noun before a first name.
      else if (
        to - from >= 3 &&
        isCommonWord(t.text) &&
        !isFirstName(t.key) &&
        isFirstName((tokens[from + 1] as Token).key)
      )
        from++;
      else break;
    }
    while (
      to > from &&
      (NAME_PARTICLES.has((tokens[to - 1] as Token).key) ||
        ORG_CONNECTORS.has((tokens[to - 1] as Token).key))
    )
      to--;
    let n = to - from;
    if (n === 0) continue;
    let words = tokens.slice(from, to);
    // `le maire de New York Bill de Blasio`, `le gouverneur de Louisiane John Bel Edwards`: a
    // place glued before a person's name (two words or more from a common first name on).
    // After a title and `de` (`la maire d'Atlanta Keisha Lance Bottoms`), the first word
    // completes the title even when it could be a first name, and the name starts at any first
    // name after it.
    const complement = afterTitle(tokens, from) && !FIRST_NAMES.has((words[0] as Token).key);
    const at = words.findIndex(
      (w, k) => k > 0 && (FIRST_NAMES.has(w.key) || (complement && k === 1 && isFirstName(w.key))),
    );
    if (
      at > 0 &&
      n - at >= 2 &&
      !words.slice(0, at).some((w) => FIRST_NAMES.has(w.key) || ORG_WORDS.has(w.key)) &&
      // (Not `Adel Abdel Mahdi`: a rarer first name is still a first name.)
      (PLACE_OPENERS.has((words[0] as Token).key) ||
        complement ||
        !isFirstName((words[0] as Token).key))
    ) {
      from += at;
      n = to - from;
      words = tokens.slice(from, to);
    }
    const first = words[0] as Token;
    if (words.some((w) => CALENDAR.has(w.key) || /^\d/.test(w.text))) continue;
    if (n === 1) {
      // A word that opens a sentence may be a name too (`Sanofi a fait savoir…`) when it is no
      // French word: it is decided with its other occurrences.
      const opener =
        first.sentenceStart && (isCommonWord(first.text) || FIRST_NAMES.has(first.key));
      if (opener || COMMON_CAPITALISED.has(first.key) || first.upper) {
        // (A French word in capitals, `VOYAGE`, `ÉTUDES`, is a heading, not an acronym.)
        const shouted = first.text.length >= 4 && isCommonWord(first.text.toLowerCase());
        if (
          first.upper &&
          !shouted &&
          isAcronym(first, g) &&
          !(tokens[from + 1] as Token | undefined)?.upper
        ) {
          const key = orgKey(first.text);
          c.actor(key, first.text, 'organisation');
          c.mention(key, s.index, first.start, first.end);
        }
        continue;
      }
      const entry = loose.get(first.key) ?? { text: first.text, at: [] };
      entry.at.push([s.index, from]);
      loose.set(first.key, entry);
      continue;
    }
    const orgish =
      words.some((w) => ORG_WORDS.has(w.key) || ORG_HEADS.has(w.key)) ||
      words.some((w, k) => k > 0 && /&/.test(w.gap));
    // A brand and a model (`Bentley Blower`, `Ferrari F40`, `Breitling B01 Chronograph`): a
    // product, not a person.
    const product = words.some((w) => /\d/.test(w.text)) || brands(c).has(first.key);
    // `A New York, …`, `en Nouvelle-Zélande`: after a preposition of place, a name whose first
    // word is no common first name is a place.
    // (`à` only as the sentence's opening frame: `a dit à Kyriakos Mitsotakis` names a person.)
    const prep = tokens[from - 1];
    const before = (prep?.text ?? '').toLowerCase();
    const place =
      !FIRST_NAMES.has(first.key) &&
      (/^(en|dans|depuis|vers)$/.test(before) ||
        (/^(à|a)$/.test(before) && !!prep?.sentenceStart) ||
        // `à Lake Charles`, `de La Nouvelle-Orléans`, `à New York`: a word that opens place names.
        (/^(à|a|au|aux|de|d|du|des|la)$/.test(before) && PLACE_OPENERS.has(first.key)));
    const personish =
      !place &&
      !notPerson(s, from, to) &&
      n <= 4 &&
      !orgish &&
      !product &&
      !words.some(
        (w, k) =>
          w.upper || (COMMON_CAPITALISED.has(w.key) && !(k > 0 && NAME_PARTICLES.has(w.key))),
      ) &&
      (isFirstName(first.key) || hasPersonCue(s, from, to, g));
    if (personish) {
      const name = s.textOf(from, to);
      const key = personKey(name);
      const actor = c.actor(key, name, 'personne');
      const role = personRole(s, from, to);
      if (role && !actor.roles.some((r) => fold(r) === fold(role))) actor.roles.push(role);
      c.mention(key, s.index, first.start, (words[n - 1] as Token).end);
      s.claim(from, to);
      s.people.fill(1, from, to);
    } else if (orgish && !words.every((w) => COMMON_CAPITALISED.has(w.key))) {
      to = trimAfterOrgWord(tokens, from, to);
      n = to - from;
      words = tokens.slice(from, to);
      const name = s.textOf(from, to);
      const key = orgKey(name);
      c.actor(key, name, 'organisation');
      c.explicit.add(key);
      c.mention(key, s.index, first.start, (words[n - 1] as Token).end);
      s.claim(from, to);
    } else if (
      prep &&
      INSTITUTIONS.has(prep.key) &&
      !prep.cap &&
      isTight(first.gap) &&
      !afterTitle(tokens, from - 1)
    ) {
      const name = s.textOf(from - 1, to);
      const key = orgKey(name);
      const actor = c.actor(key, name, 'organisation');
      const own = s.textOf(from, to);
      if (!actor.aliases.includes(own)) actor.aliases.push(own);
      c.mention(key, s.index, prep.start, (words[n - 1] as Token).end);
      s.claim(from - 1, to);
    }
  }
}
