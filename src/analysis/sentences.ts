/**
 * Sentences of a paragraph, robust to scraped news: ICU's sentence segmenter (Intl.Segmenter,
 * shipped with Node) does the general work; four repairs handle what it cannot know:
 *
 * - glued sentences, where scraping dropped the space: `sociaux.Le`, `informatiqueLA HAVANE`,
 *   `dans le mondeLe laboratoire` (an inline heading glued to the next sentence);
 * - inline headings between dashes: `… la loi. - Pénaliser les banques -Cette loi …`;
 * - abbreviations ICU splits after: `M. Dupont`, `J.-L. Atteia`;
 * - a leading `date 2018-07` stamp, which is not part of the first sentence.
 *
 * Sentences are [start, end) offsets in the paragraph, trimmed, so a citation is always a
 * verbatim slice of the text.
 */

import { isCommonWord } from './pos.ts';

export type Span = [number, number];

const segmenter = new Intl.Segmenter('fr', { granularity: 'sentence' });

/** Words after which a period does not end a sentence (titles, initials). */
const ABBREVIATION =
  /(?:^|[\s(«"“-])(?:M|MM|Mme|Mmes|Mlle|Dr|Pr|Me|St|Ste|Mgr|[A-Z]|[A-Z]\.-[A-Z]|etc|cf|p|vol|n°|No)\.\s*$/u;

/** Places inside a segment where a new sentence starts although no space was left. */
const GLUED: RegExp[] = [
  // `sociaux.Le`, `2020."Le`, `mondiale?La`, `américain.L'AIEA`: end punctuation glued to a
  // capitalised word.
  /(?<=\p{Ll}{2}[.!?…]["»”)]?)(?=["«“]?\p{Lu}(?:\p{Ll}|['’]\p{L}|\p{Lu}{2}))/gu,
  // `autre pays de l'UE.Pour appuyer`: an acronym's period glued to a capitalised word.
  /(?<=\p{Lu}{2}[.!?])(?=\p{Lu}\p{Ll}{2})/gu,
  // `un accord "plus large"Emmanuel Macron`: a closing quote glued to a capitalised word.
  /(?<=\p{Ll}{2}["»”])(?=\p{Lu}\p{Ll})/gu,
  /(?<=\d[.!?]["»”)]?)(?=["«“]?\p{Lu}\p{Ll}{2})/gu,
  // `"…sécurisé"Les`: a closing quote glued to a capitalised word after end punctuation.
  /(?<=[.!?…]\s?["»”])(?=\p{Lu}\p{Ll})/gu,
  // `informatiqueLA HAVANE`: a lower-case word glued to an upper-case dateline.
  /(?<=\p{Ll}{3})(?=\p{Lu}{2,}[\s,(])/gu,
  // `dans le mondeLe laboratoire`: a heading without end punctuation glued to a sentence.
  /(?<=\p{Ll}{3})(?=(?:Le|La|Les|L['’]|Un|Une|Des|Il|Elle|Ils|Elles|Ce|Cette|Ces|Cet|En|Au|Aux|Dans|Pour|Par|Selon|Mais|Depuis|Après|Avant|Alors|Ainsi|Lors|Pourtant|Si|Face|Outre|Quant|Plus|Pas|Une|Deux|Trois|Son|Sa|Ses|Leur|Leurs|Notre|Nous|On|Du|De|D['’])[\s\p{Ll}])/gu,
];

/** A lower-case word of four letters or more glued to a capitalised word. */
const CAMEL = /(?<![\p{L}\d])(\p{Ll}{4,})(?=\p{Lu}\p{Ll}{2,})/gu;

/** An inline heading between dashes: ` - Pénaliser les banques -`. */
const DASH_HEADING = /(?:^|\s|(?<=[.!?"»”]))[-–]\s[^-–\n]{2,90}?\s[-–](?=\S|\s|$)/gu;

/** A leading date stamp: `date 2018-07 `. */
const DATE_STAMP = /^\s*date\s*:?\s*\d{4}(?:-\d{2}){0,2}\s+/i;

function icuSegments(text: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  let start = from;
  for (const [a, b] of windows(text, from, to)) {
    for (const s of segmenter.segment(text.slice(a, b))) {
      const end = a + s.index + s.segment.length;
      // Keep going when ICU split after an abbreviation (`M. Dupont`).
      if (ABBREVIATION.test(text.slice(start, end)) && end < to) continue;
      out.push([start, end]);
      start = end;
    }
  }
  if (start < to) out.push([start, to]);
  return out;
}

/** Longest text given to ICU at once: its segmenter takes time in the square of the length. */
const WINDOW = 2000;

/**
 * [from, to) cut into windows of at most about WINDOW characters, each ending where a sentence
 * surely ends (end punctuation, spaces, a capital; not after an abbreviation), else at a space.
 * A paragraph of 2 MB on one line is segmented in linear time (it took minutes in one piece).
 */
export function windows(text: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  let a = from;
  while (to - a > WINDOW) {
    const chunk = text.slice(a, a + WINDOW);
    let cut = -1;
    for (const m of chunk.matchAll(/[.!?…]["»”)]?\s+(?=["«“]?\p{Lu})/gu)) {
      const end = (m.index ?? 0) + m[0].length;
      if (end < WINDOW / 2) continue;
      if (!ABBREVIATION.test(chunk.slice(0, end))) cut = end;
    }
    if (cut < 0) cut = chunk.lastIndexOf(' ') + 1;
    if (cut <= 0) cut = WINDOW;
    out.push([a, a + cut]);
    a += cut;
  }
  out.push([a, to]);
  return out;
}

/**
 * What every glued sentence has (a capital right after a lower-case letter, a digit or end
 * punctuation, with no space, or after a closing quote): most segments have none, and are
 * spared the patterns below.
 */
const MAYBE_GLUED = /[\p{Ll}\d][.!?…]?["»”)]?["«“]?\p{Lu}|\p{Lu}[.!?]\p{Lu}|[.!?…]\s?["»”]\p{Lu}/u;

/**
 * Where a GLUED pattern can hold: every one needs a capital (maybe after an opening quote)
 * right after something that is not a space. Rare in running text, so each pattern is tried
 * at these places only instead of scanning the whole sentence once per pattern.
 */
const GLUED_PLACE = /(?<=\S)(?=["«“]?\p{Lu})/gu;
/** The GLUED patterns, tried at one place (sticky). */
const GLUED_AT = GLUED.map((re) => new RegExp(re.source, 'uy'));

/** Offsets inside [from, to) where a glued sentence or a heading begins or ends. */
function cuts(text: string, from: number, to: number): number[] {
  const slice = text.slice(from, to);
  const glued = MAYBE_GLUED.test(slice);
  if (!glued && !/[-–]\s/.test(slice)) return [];
  const out = new Set<number>();
  if (glued)
    for (const place of slice.matchAll(GLUED_PLACE)) {
      const at = place.index ?? 0;
      for (const re of GLUED_AT) {
        re.lastIndex = at;
        if (re.test(slice)) {
          out.add(from + at);
          break;
        }
      }
    }
  // `un long processusLondres va…`: a common word glued to a capitalised one (not a name
  // written in camel case such as `YesWeHack`, `TikTok`: their first part is no French word).
  for (const m of glued ? slice.matchAll(CAMEL) : []) {
    const left = m[1] ?? '';
    if (isCommonWord(left)) out.add(from + (m.index ?? 0) + left.length);
  }
  for (const m of slice.matchAll(DASH_HEADING)) {
    const s = from + (m.index ?? 0);
    out.add(s);
    out.add(s + m[0].length);
  }
  return [...out].filter((x) => x > from && x < to).sort((a, b) => a - b);
}

function trimmed(text: string, [s, e]: Span): Span | undefined {
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  return /[\p{L}\p{N}]/u.test(text.slice(s, e)) ? [s, e] : undefined;
}

/**
 * Spans of the paragraphs segmented last. The actor stages and the agreement stages each ask
 * for the sentences of every paragraph of a document (segmenting is about a tenth of the
 * analysis); the second asks again for the same strings. Bounded by the characters held, so
 * that at most about one document's text is retained.
 */
const recent = new Map<string, readonly Span[]>();
let recentChars = 0;
const RECENT_CHARS = 1_000_000;

/**
 * Sentences of a paragraph, as trimmed [start, end) offsets. The list may be shared by several
 * callers: it is frozen, read it, do not change it.
 */
export function sentenceSpans(text: string): Span[] {
  const hit = recent.get(text);
  if (hit) return hit as Span[];
  const spans = segment(text);
  for (const s of spans) Object.freeze(s);
  Object.freeze(spans);
  for (const [old] of recent) {
    if (recentChars + text.length <= RECENT_CHARS) break;
    recent.delete(old);
    recentChars -= old.length;
  }
  recent.set(text, spans);
  recentChars += text.length;
  return spans;
}

function segment(text: string): Span[] {
  let from = 0;
  const stamp = text.match(DATE_STAMP);
  const out: Span[] = [];
  if (stamp) {
    const s = trimmed(text, [0, stamp[0].length]);
    if (s) out.push(s);
    from = stamp[0].length;
  }
  for (const [s, e] of icuSegments(text, from, text.length)) {
    let start = s;
    for (const c of [...cuts(text, s, e), e]) {
      const span = trimmed(text, [start, c]);
      if (span) out.push(span);
      start = c;
    }
  }
  return out;
}

/** The sentence of a paragraph that holds offset `at`. */
export function sentenceAt(text: string, at: number): Span {
  const spans = sentenceSpans(text);
  return spans.find(([s, e]) => at >= s && at < e) ?? spans[spans.length - 1] ?? [0, text.length];
}
