/**
 * Rule-based actor extraction for French news: countries (gazetteer), organisations (known
 * forms, acronym definitions, head words, cues, capitalised runs) and people (first names,
 * role and speech cues), with the role the text gives them. No French NER model is available
 * offline (see the notes); these rules are tuned for precision: an uncertain capitalised word
 * is dropped rather than reported as an actor.
 */
import { type Gazetteer, gazetteer } from './gazetteer.ts';
import {
  CALENDAR,
  COMMON_CAPITALISED,
  FIRST_NAMES,
  LOWER_ORG_HEADS,
  NAME_PARTICLES,
  NOT_ORG_ACRONYMS,
  ORG_CONNECTORS,
  ORG_CUES,
  ORG_HEADS,
  ORG_WORDS,
  ROLE_WORDS,
  SPEECH_CUES,
} from './lexicon.ts';
import { fold, isStopword } from './normalize.ts';
import { KNOWN_ORGANISATIONS } from './organisations.ts';
import { PhraseMatcher, phraseKey } from './phrases.ts';
import { isTight, type Token, tokenize } from './tokens.ts';

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
}

interface KnownForm {
  name: string;
  /** An upper-case form (`UIT`, `UN`) only matches upper-case text. */
  acronym: boolean;
}

const knownOrgs = new PhraseMatcher<KnownForm>();
for (const org of KNOWN_ORGANISATIONS)
  for (const f of org.forms)
    knownOrgs.add(f, { name: org.name, acronym: f === f.toUpperCase() && !/\d/.test(f) });

type CountryMatch = ReturnType<Gazetteer['match']>;
/** Country matches per paragraph's tokens, computed once per position (extraction asks often). */
const countryMemo = new WeakMap<Token[], (CountryMatch | undefined)[]>();

function matchCountry(g: Gazetteer, tokens: Token[], i: number): CountryMatch {
  let memo = countryMemo.get(tokens);
  if (!memo) {
    memo = new Array(tokens.length);
    countryMemo.set(tokens, memo);
  }
  let m = memo[i];
  if (m === undefined) {
    m = g.match(tokens, i);
    memo[i] = m;
  }
  return m;
}

const orgKey = (name: string) => `org:${phraseKey(name)}`;
const personKey = (name: string) => `pers:${phraseKey(name)}`;

/** Collects actors and mentions for one document. */
class Collector {
  readonly actors = new Map<string, ExtractedActor>();
  readonly mentions: Mention[] = [];

  actor(key: string, name: string, type: ActorType): ExtractedActor {
    let a = this.actors.get(key);
    if (!a) {
      a = { key, name, type, aliases: [], roles: [] };
      this.actors.set(key, a);
    } else if (name !== a.name && !a.aliases.includes(name)) {
      // Prefer the longer, more explicit form as the display name.
      if (
        type === 'organisation' &&
        name.length > a.name.length &&
        a.name === a.name.toUpperCase()
      ) {
        a.aliases.push(a.name);
        a.name = name;
      } else {
        a.aliases.push(name);
      }
    }
    return a;
  }

  mention(key: string, paragraph: number, start: number, end: number): void {
    this.mentions.push({ key, paragraph, start, end });
  }
}

interface Run {
  from: number;
  to: number; // exclusive
}

function isAcronym(t: Token, g: Gazetteer): boolean {
  return (
    t.upper &&
    /^[\p{Lu}][\p{Lu}\d-]{1,9}$/u.test(t.text) &&
    !NOT_ORG_ACRONYMS.has(t.key) &&
    !g.lookup(t.phrase) &&
    !isStopword(t.key) &&
    !CALENDAR.has(t.key)
  );
}

/** Country named right after an organisation: `(GEIC) de Cuba`, `… d'Indonésie`. */
function countryAfter(g: Gazetteer, tokens: Token[], i: number): string | undefined {
  const t = tokens[i];
  if (!t || !/^(de|d|du)$/.test(t.key)) return undefined;
  const m = matchCountry(g, tokens, i + 1);
  return m?.[0]?.kind === 'name' ? m[0].code : undefined;
}

function textOf(p: string, tokens: Token[], from: number, to: number): string {
  const a = tokens[from];
  const b = tokens[to - 1];
  return a && b ? p.slice(a.start, b.end) : '';
}

/**
 * Extends an organisation name from its head word: `Banque mondiale`, `Agence nationale pour
 * la cybersécurité et la cryptographie d'Indonésie`. Lower-case words are accepted right after
 * the head or after a connector (adjectives, complements), never after a capitalised word.
 */
function orgTail(tokens: Token[], head: number): number {
  let end = head + 1;
  let content = 0;
  for (let j = head + 1; j < tokens.length && j - head <= 12; j++) {
    const t = tokens[j] as Token;
    const prev = tokens[j - 1] as Token;
    if (!isTight(t.gap) || t.sentenceStart) break;
    if (ORG_CONNECTORS.has(t.key)) continue;
    if (isStopword(t.key) || CALENDAR.has(t.key) || /^\d+$/.test(t.text)) break;
    if (t.cap) {
      if (FIRST_NAMES.has(t.key)) break;
      // A new organisation starts: `… de Russie et l'Agence nationale …`.
      if (ORG_HEADS.has(t.key)) {
        let k = j - 1;
        while (k > head && ORG_CONNECTORS.has((tokens[k] as Token).key) && tokens[k]?.key !== 'et')
          k--;
        if (k === j - 1 || tokens[k]?.key === 'et') break;
      }
    } else {
      const afterConnector = ORG_CONNECTORS.has(prev.key) || j === head + 1;
      if (!afterConnector || ++content > 5) break;
    }
    end = j + 1;
  }
  return end;
}

/** Role given to a person at tokens [from, to): `le Secrétaire général de l'UIT, Houlin Zhao`. */
function roleOf(
  p: string,
  tokens: Token[],
  from: number,
  to: number,
  people: Uint8Array,
): string | undefined {
  const isRole = (t: Token | undefined) =>
    !!t && (ROLE_WORDS.has(t.key) || ROLE_WORDS.has(t.key.split('-')[0] ?? ''));
  // Before: nearest role word within the sentence.
  for (let k = from - 1; k >= Math.max(0, from - 12); k--) {
    const t = tokens[k] as Token;
    if (people[k]) break;
    if (isRole(t)) {
      let r = k;
      for (;;) {
        if (r >= 1 && isRole(tokens[r - 1])) r -= 1;
        else if (r >= 2 && tokens[r - 1]?.key === 'et' && isRole(tokens[r - 2])) r -= 2;
        else break;
      }
      const role = p
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
    if (isRole(tokens[k])) {
      let e = k + 1;
      while (e < tokens.length && e - k < 12 && isTight((tokens[e] as Token).gap)) e++;
      return textOf(p, tokens, k, e);
    }
  }
  return undefined;
}

/** True when a person cue stands next to the run: a role, a speech verb, `M.`. */
function hasPersonCue(tokens: Token[], from: number, to: number, p: string): boolean {
  for (let k = Math.max(0, from - 3); k < from; k++) {
    const t = tokens[k] as Token;
    if (ROLE_WORDS.has(t.key) || SPEECH_CUES.has(t.key) || /^(m|mme|mr|dr)$/.test(t.key))
      return true;
  }
  const next = tokens[to];
  if (next && /^\s*,\s*$/.test(next.gap)) {
    const k = /^(le|la|l)$/.test(next.key) ? to + 1 : to;
    if (ROLE_WORDS.has(tokens[k]?.key ?? '')) return true;
  }
  // A byline: the run is the whole paragraph.
  return textOf(p, tokens, from, to).trim() === p.trim();
}

/** Extract the actors of a document's paragraphs. */
export function extractEntities(
  paragraphs: readonly string[],
  g: Gazetteer = gazetteer(),
): Entities {
  const c = new Collector();
  const perParagraph: Token[][] = [];
  const claimedPer: Uint8Array[] = [];
  /** Single capitalised words left undecided, by folded key: where they stand. */
  const loose = new Map<string, { text: string; at: [number, number][] }>();

  paragraphs.forEach((p, pi) => {
    const tokens = tokenize(p);
    const claimed = new Uint8Array(tokens.length);
    const people = new Uint8Array(tokens.length);
    perParagraph.push(tokens);
    claimedPer.push(claimed);
    const claim = (from: number, to: number) => claimed.fill(1, from, to);
    const free = (from: number, to: number) => claimed.subarray(from, to).every((x) => x === 0);

    // 1. Acronym definitions: `Groupe Empresarial de Informática et Communications (GEIC)`.
    tokens.forEach((t, j) => {
      if (!/\(\s*$/.test(t.gap) || !isAcronym(t, g) || !/^\s*\)/.test(tokens[j + 1]?.gap ?? ')'))
        return;
      let start = -1;
      {
        // Initials of the capitalised words: GEIC ← Groupe Empresarial … Communications.
        const letters = t.text.replace(/[^\p{Lu}]/gu, '');
        let s = j - 1;
        const initials: string[] = [];
        while (s >= 0 && j - s <= 10 && initials.length < letters.length) {
          const w = tokens[s] as Token;
          if (w.cap) initials.unshift(w.text[0] ?? '');
          else if (!ORG_CONNECTORS.has(w.key)) break;
          if (initials.join('') === letters) {
            start = s;
            break;
          }
          if (!isTight(w.gap)) break;
          s--;
        }
      }
      let k = j - 1;
      while (start < 0 && k >= 0 && j - k <= 12) {
        const w = tokens[k] as Token;
        if (ORG_HEADS.has(w.key) && (w.cap || LOWER_ORG_HEADS.has(w.key))) {
          start = k;
          break;
        }
        if (!isTight(w.gap) || w.sentenceStart) break;
        k--;
      }
      const key = orgKey(t.text);
      const long = start >= 0 ? textOf(p, tokens, start, j).replace(/[\s(]+$/, '') : '';
      const actor = c.actor(key, long || t.text, 'organisation');
      if (long && !actor.aliases.includes(t.text) && actor.name !== t.text)
        actor.aliases.push(t.text);
      if (long && actor.name === t.text) {
        actor.aliases.push(t.text);
        actor.name = long;
      }
      const country = countryAfter(g, tokens, j + 1);
      if (country) actor.country ??= country;
      if (start >= 0) {
        for (let x = start; x < j; x++) {
          const m = matchCountry(g, tokens, x);
          if (m?.[0]) actor.country ??= m[0].code;
        }
        c.mention(key, pi, (tokens[start] as Token).start, t.end);
        claim(start, j + 1);
      } else {
        c.mention(key, pi, t.start, t.end);
        claim(j, j + 1);
      }
    });

    // 2. Cues: `la société russe … RITE`, `le conglomérat russe de défense Rostec`, `la société Comores Câbles`.
    tokens.forEach((t, i) => {
      if (!ORG_CUES.has(t.key) || t.cap || claimed[i]) return;
      let country: string | undefined;
      for (let j = i + 1; j < tokens.length && j - i <= 8; j++) {
        const w = tokens[j] as Token;
        if (!isTight(w.gap) || claimed[j]) break;
        if (!w.cap) {
          const m = matchCountry(g, tokens, j);
          if (m?.[0]?.kind === 'adjective') country = m[0].code;
          if (isStopword(w.key) && !ORG_CONNECTORS.has(w.key)) break;
          continue;
        }
        let e = j + 1;
        while (
          e < tokens.length &&
          e - j < 4 &&
          (tokens[e] as Token).cap &&
          isTight((tokens[e] as Token).gap)
        )
          e++;
        const whole = matchCountry(g, tokens, j);
        if (whole && whole[1] >= e - j) break; // only a country: `entreprises aux Emirats`
        if (e - j === 1 && (COMMON_CAPITALISED.has(w.key) || FIRST_NAMES.has(w.key))) break;
        const name = textOf(p, tokens, j, e);
        const key = orgKey(name);
        const actor = c.actor(key, name, 'organisation');
        if (country) actor.country ??= country;
        c.mention(key, pi, w.start, (tokens[e - 1] as Token).end);
        claim(j, e);
        break;
      }
    });

    // 3. Known organisations and countries.
    for (let i = 0; i < tokens.length; i++) {
      if (claimed[i]) continue;
      const t = tokens[i] as Token;
      const org = knownOrgs.match(tokens, i);
      if (org && free(i, i + org[1]) && (org[0].acronym ? t.upper : t.cap || /\d/.test(t.text))) {
        const key = orgKey(org[0].name);
        c.actor(key, org[0].name, 'organisation');
        c.mention(key, pi, t.start, (tokens[i + org[1] - 1] as Token).end);
        claim(i, i + org[1]);
        i += org[1] - 1;
        continue;
      }
      // Compound prefixes: `russo-indonésiennes` names both countries.
      if (t.text.includes('-')) {
        const parts = t.text.split(/[-‐]/);
        const codes = parts
          .map((part) => g.lookup(phraseKey(part)))
          .filter((f) => f && (f.kind === 'prefix' || f.kind === 'adjective'));
        if (codes.length === parts.length && codes.length > 1) {
          for (const f of codes) {
            const key = `pays:${f?.code}`;
            c.actor(key, g.country(f?.code ?? '')?.name ?? '', 'pays');
            c.mention(key, pi, t.start, t.end);
          }
          claim(i, i + 1);
          continue;
        }
      }
      const m = matchCountry(g, tokens, i);
      if (!m?.[0] || m[0].kind === 'prefix' || !free(i, i + m[1])) continue;
      const span = tokens.slice(i, i + m[1]);
      if (m[0].kind === 'name' && !span.some((x) => x.cap)) continue;
      // A short upper-case form (RF, EAU) must be written in upper case.
      if (m[1] === 1 && t.text.length <= 3 && !t.upper) continue;
      const code = m[0].code;
      const key = `pays:${code}`;
      c.actor(key, g.country(code)?.name ?? code, 'pays');
      c.mention(key, pi, t.start, (span[span.length - 1] as Token).end);
      claim(i, i + m[1]);
      i += m[1] - 1;
    }

    // 4. Organisations opened by a head word: `Banque mondiale`, `Conseil de sécurité de la Russie`.
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      if (claimed[i] || !ORG_HEADS.has(t.key) || !(t.cap || LOWER_ORG_HEADS.has(t.key))) continue;
      const prev = tokens[i - 1];
      if (t.cap && prev?.cap && !t.sentenceStart && isTight(t.gap) && !claimed[i - 1]) continue; // inside a run: step 5
      let end = orgTail(tokens, i);
      while (end > i + 1 && ORG_CONNECTORS.has((tokens[end - 1] as Token).key)) end--;
      if (end === i + 1) continue;
      const name = textOf(p, tokens, i, end);
      // Key without the country words, so `… de la Russie` and `… de la Fédération de Russie` merge.
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
      if (c.actors.get(key)?.type === 'pays') continue;
      const actor = c.actor(key, name, 'organisation');
      if (country) actor.country ??= country;
      c.mention(key, pi, t.start, (tokens[end - 1] as Token).end);
      claim(i, end);
      i = end - 1;
    }

    // 5. Capitalised runs: people and named organisations; lone words wait for step 6.
    for (let i = 0; i < tokens.length; i++) {
      if (claimed[i] || !(tokens[i] as Token).cap) continue;
      const run: Run = { from: i, to: i + 1 };
      while (run.to < tokens.length) {
        const t = tokens[run.to] as Token;
        if (claimed[run.to] || !isTight(t.gap) || t.sentenceStart) break;
        if (t.cap) run.to++;
        else if (
          (NAME_PARTICLES.has(t.key) || ORG_CONNECTORS.has(t.key)) &&
          (tokens[run.to + 1] as Token | undefined)?.cap &&
          isTight((tokens[run.to + 1] as Token).gap) &&
          !claimed[run.to + 1]
        )
          run.to += 2;
        else break;
      }
      i = run.to - 1;
      // Drop sentence openers and common capitalised words in front: `Selon Konstantin Dilkó`.
      while (run.from < run.to) {
        const t = tokens[run.from] as Token;
        if (COMMON_CAPITALISED.has(t.key) || CALENDAR.has(t.key) || ROLE_WORDS.has(t.key))
          run.from++;
        else if (t.sentenceStart && run.to - run.from === 1 && !FIRST_NAMES.has(t.key)) run.from++;
        else break;
      }
      while (run.to > run.from && NAME_PARTICLES.has((tokens[run.to - 1] as Token).key)) run.to--;
      const n = run.to - run.from;
      if (n === 0) continue;
      const words = tokens.slice(run.from, run.to);
      const first = words[0] as Token;
      const name = textOf(p, tokens, run.from, run.to);
      if (words.some((w) => CALENDAR.has(w.key) || /^\d/.test(w.text))) continue;
      if (n === 1) {
        if (first.sentenceStart || COMMON_CAPITALISED.has(first.key) || first.upper) {
          if (
            first.upper &&
            isAcronym(first, g) &&
            !(tokens[run.from + 1] as Token | undefined)?.upper
          ) {
            const key = orgKey(first.text);
            c.actor(key, first.text, 'organisation');
            c.mention(key, pi, first.start, first.end);
          }
          continue;
        }
        const entry = loose.get(first.key) ?? { text: first.text, at: [] };
        entry.at.push([pi, run.from]);
        loose.set(first.key, entry);
        continue;
      }
      const orgish = words.some((w) => ORG_WORDS.has(w.key) || ORG_HEADS.has(w.key));
      const personish =
        n <= 4 &&
        !orgish &&
        !words.some((w) => w.upper || COMMON_CAPITALISED.has(w.key)) &&
        (FIRST_NAMES.has(first.key) || hasPersonCue(tokens, run.from, run.to, p));
      if (personish) {
        const key = personKey(name);
        const actor = c.actor(key, name, 'personne');
        const role = roleOf(p, tokens, run.from, run.to, people);
        if (role && !actor.roles.some((r) => fold(r) === fold(role))) actor.roles.push(role);
        c.mention(key, pi, first.start, (words[n - 1] as Token).end);
        claim(run.from, run.to);
        people.fill(1, run.from, run.to);
      } else if (orgish && !words.every((w) => COMMON_CAPITALISED.has(w.key))) {
        const key = orgKey(name);
        c.actor(key, name, 'organisation');
        c.mention(key, pi, first.start, (words[n - 1] as Token).end);
        claim(run.from, run.to);
      }
    }
  });

  // 6. Lone capitalised words: a person's surname (`Sanou`), or an organisation named twice
  //    or listed with others (`Desoft, Softel, Segurmática`).
  const surnames = new Map<string, string>();
  for (const a of c.actors.values()) {
    if (a.type !== 'personne') continue;
    const last = phraseKey(a.name).split(' ').pop() ?? '';
    if (last) surnames.set(last, a.key);
  }
  for (const [key, { text, at }] of loose) {
    const person = surnames.get(phraseKey(text));
    const listed = at.some(([pi, i]) => inList(perParagraph[pi] ?? [], i));
    const kind = person
      ? 'person'
      : FIRST_NAMES.has(key) || g.lookup(phraseKey(text))
        ? null
        : at.length >= 2 || listed
          ? 'org'
          : null;
    if (!kind) continue;
    const actorKey = person ?? orgKey(text);
    if (kind === 'org') c.actor(actorKey, text, 'organisation');
    else {
      const a = c.actors.get(actorKey);
      if (a && !a.aliases.includes(text)) a.aliases.push(text);
    }
    for (const [pi, i] of at) {
      const t = perParagraph[pi]?.[i];
      if (t) c.mention(actorKey, pi, t.start, t.end);
    }
  }

  mergeAliases(c);
  c.mentions.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  return { actors: [...c.actors.values()], mentions: c.mentions };
}

/** True when token i stands in a comma list of at least three capitalised words. */
function inList(tokens: Token[], i: number): boolean {
  let from = i;
  while (
    from > 0 &&
    /^\s*,\s*$/.test((tokens[from] as Token).gap) &&
    (tokens[from - 1] as Token).cap
  )
    from--;
  let to = i;
  while (
    to + 1 < tokens.length &&
    /^\s*,\s*$/.test((tokens[to + 1] as Token).gap) &&
    (tokens[to + 1] as Token).cap
  )
    to++;
  return to - from >= 2;
}

/** Merges organisations found under a name that another one carries as name or alias. */
function mergeAliases(c: Collector): void {
  const owner = new Map<string, string>();
  for (const a of c.actors.values()) {
    if (a.type !== 'organisation' || a.aliases.length === 0) continue;
    for (const n of [a.name, ...a.aliases]) owner.set(orgKey(n), a.key);
  }
  const renamed = new Map<string, string>();
  for (const a of [...c.actors.values()]) {
    if (a.type !== 'organisation') continue;
    const target = owner.get(orgKey(a.name)) ?? owner.get(a.key.split('@')[0] ?? '');
    if (!target || target === a.key) continue;
    const t = c.actors.get(target);
    if (!t) continue;
    if (phraseKey(a.name) !== phraseKey(t.name) && !t.aliases.includes(a.name))
      t.aliases.push(a.name);
    t.country ??= a.country;
    c.actors.delete(a.key);
    renamed.set(a.key, target);
  }
  for (const m of c.mentions) m.key = renamed.get(m.key) ?? m.key;
}
