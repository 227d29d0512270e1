/** Verbatim excerpts with the words that matched, cut at sentence boundaries when long. */
import type { AnalyzedDocument } from '../analysis/analyze.ts';
import { fold, terms } from '../analysis/normalize.ts';
import { sentenceSpans } from '../analysis/sentences.ts';
import type { Citation } from './types.ts';

/** Longest excerpt kept whole; longer paragraphs are cut to the sentences around the match. */
export const MAX_EXCERPT = 700;

const WORD = /[\p{L}\p{N}]+(?:[-‐][\p{L}\p{N}]+)*/gu;

/**
 * A word of a query as the index knows it: its own term (the stem of the whole word) and the
 * terms of its parts (`cybersécurité` → `cybersecur`, and the parts `cyber`, `secur`).
 */
export interface QueryWord {
  whole: string;
  parts: string[];
}

/** The words of a query, each once, stopwords left out. */
export function queryWords(query: string): QueryWord[] {
  const out: QueryWord[] = [];
  for (const m of query.matchAll(WORD)) {
    const [whole, ...parts] = terms(m[0]);
    if (whole && !out.some((w) => w.whole === whole))
      out.push({ whole, parts: [...new Set(parts)].filter((p) => p !== whole) });
  }
  return out;
}

const wordTerms = new Map<string, string[]>();

/** The index terms of one word, memoised (words recur across passages). */
function termsOfWord(word: string): string[] {
  let t = wordTerms.get(word);
  if (!t) {
    t = terms(word);
    if (wordTerms.size > 100_000) wordTerms.clear();
    wordTerms.set(` ${word}`.slice(1), t);
  }
  return t;
}

/**
 * Words of a text with the index terms each yields (first: the whole word's own term). With
 * `starts` (the first two letters of the terms looked for), a word that cannot yield any of
 * them is skipped without being stemmed: only compounds (hyphenated, `cyber…`) yield terms
 * that do not start as the word does.
 */
function textWords(
  text: string,
  starts?: ReadonlySet<string>,
): { start: number; end: number; terms: string[] }[] {
  const out: { start: number; end: number; terms: string[] }[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    if (starts && !/[-‐]/.test(word)) {
      const head = fold(word.slice(0, 5));
      if (!head.startsWith('cyber') && !starts.has(head.slice(0, 2))) continue;
    }
    const t = termsOfWord(word);
    if (t.length) out.push({ start: m.index ?? 0, end: (m.index ?? 0) + word.length, terms: t });
  }
  return out;
}

/** First two letters of every term of the query words. */
function termStarts(words: readonly QueryWord[]): Set<string> {
  return new Set(words.flatMap((w) => [w.whole, ...w.parts]).map((t) => t.slice(0, 2)));
}

/**
 * How many query words a passage holds as whole words, from the terms it matched. Only a
 * compound can yield a term as a part of a word, so only compounds are read: a matched term
 * that no compound of the passage yields as a part was matched by a whole word; one that a
 * compound does is looked for among all the words.
 */
export function wholeCount(
  text: string,
  words: readonly QueryWord[],
  matchedTerms: readonly string[],
): { whole: number; matched: number } {
  const hit = new Set(matchedTerms);
  const asPart = new Set<string>();
  // Compounds (hyphenated words, `cyber…` words) are the only words whose terms include parts.
  for (const token of text.split(' ')) {
    if (!token.includes('-') && !token.includes('‐') && !/cyber/i.test(token)) continue;
    const [own, ...parts] = termsOfWord(token);
    for (const p of parts) if (p !== own && hit.has(p)) asPart.add(p);
  }
  if (words.some((w) => asPart.has(w.whole))) {
    const { whole, matched } = matchSpans(text, words);
    return { whole, matched };
  }
  const whole = words.filter((w) => hit.has(w.whole)).length;
  const matched = words.filter((w) => hit.has(w.whole) || w.parts.some((p) => hit.has(p))).length;
  return { whole, matched };
}

/**
 * What a passage holds of each query word: the spans of the words that are that word
 * (same term), else, when there are none, of the words it is only a part of or that are only
 * a part of it (`cyber` in `cybersécurité`, `sécurité` for `cybersécurité`). Only those words
 * are marked; `whole` counts the query words the passage holds as whole words.
 */
export function matchSpans(
  text: string,
  words: readonly QueryWord[],
): { spans: [number, number][]; whole: number; matched: number } {
  const list = textWords(text, termStarts(words));
  const spans: [number, number][] = [];
  let whole = 0;
  let matched = 0;
  for (const q of words) {
    let found = list.filter((w) => w.terms[0] === q.whole);
    if (found.length) whole++;
    else {
      const partial = new Set([q.whole, ...q.parts]);
      found = list.filter((w) => w.terms.some((t) => partial.has(t)));
    }
    if (found.length) matched++;
    for (const w of found) spans.push([w.start, w.end]);
  }
  return { spans, whole, matched };
}

/** Spans of the words of `text` whose own term is among `matched` (fuzzy and prefix hits). */
export function termSpans(text: string, matched: ReadonlySet<string>): [number, number][] {
  const list = textWords(text);
  const own = list.filter((w) => matched.has(w.terms[0] as string));
  return (own.length ? own : list.filter((w) => w.terms.some((t) => matched.has(t)))).map(
    (w) => [w.start, w.end] as [number, number],
  );
}

/**
 * True when paragraph `index` only repeats the document's title (the title line of a
 * news file, a Markdown heading): it is shown as the title, never as a passage.
 */
export function isTitleLine(doc: AnalyzedDocument, index: number): boolean {
  if (index !== 0) return false;
  const line = (doc.paragraphs[0] ?? '').replace(/^#+\s*/, '').trim();
  return line === doc.title.trim();
}

/**
 * Builds a citation of paragraph `index` (0-based) of a document. A paragraph longer than
 * `max` is cut to the sentences around the first span (or, for one long sentence, to the
 * words around it).
 */
export function cite(
  doc: AnalyzedDocument,
  index: number,
  spans: [number, number][],
  max: number = MAX_EXCERPT,
): Citation {
  const text = doc.paragraphs[index] ?? '';
  let from = 0;
  let to = text.length;
  if (text.length > max) {
    const sents = sentenceSpans(text);
    const anchor = spans[0]?.[0] ?? 0;
    let i = Math.max(
      0,
      sents.findIndex(([s, e]) => anchor >= s && anchor < e),
    );
    [from, to] = sents[i] ?? [0, max];
    // Grow around the anchor sentence while it fits.
    for (let left = i - 1, right = i + 1; ; ) {
      const next = sents[right];
      const prev = sents[left];
      if (next && next[1] - from <= max) {
        to = next[1];
        right++;
      } else if (prev && to - prev[0] <= max) {
        from = prev[0];
        left--;
        i = left;
      } else break;
    }
    if (to - from > max) {
      // One very long sentence: cut at word boundaries around the anchor.
      from = Math.max(
        from,
        text.lastIndexOf(' ', Math.max(from, anchor - Math.round(max / 3))) + 1,
      );
      const end = text.lastIndexOf(' ', from + max);
      to = end > from ? end : from + max;
    }
  }
  const raw = text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const excerpt = raw.trim();
  const shift = from + lead;
  const highlights = mergeSpans(spans)
    .filter(([s, e]) => s >= shift && e <= shift + excerpt.length)
    .map(([s, e]) => [s - shift, e - shift] as [number, number]);
  const citation: Citation = {
    document: doc.id,
    title: doc.title,
    paragraph: index + 1,
    ...pageOf(doc, index),
    excerpt,
    highlights,
  };
  if (from > 0 || to < text.length) citation.cut = { before: from > 0, after: to < text.length };
  if (doc.meta.source) citation.source = doc.meta.source;
  return citation;
}

/**
 * Cites a sentence (offsets [start, end) in paragraph `index`): the excerpt is the sentence,
 * verbatim, cut at word boundaries when it is longer than MAX_EXCERPT.
 */
export function citeSentence(
  doc: AnalyzedDocument,
  index: number,
  start: number,
  end: number,
  spans: [number, number][],
): Citation {
  const text = doc.paragraphs[index] ?? '';
  let from = start;
  let to = Math.min(end, text.length);
  if (to - from > MAX_EXCERPT) {
    const anchor = spans.find(([s]) => s >= from && s < to)?.[0] ?? from;
    from = Math.max(from, text.lastIndexOf(' ', Math.max(from, anchor - 200)) + 1);
    const cut = text.lastIndexOf(' ', from + MAX_EXCERPT);
    to = cut > from ? cut : from + MAX_EXCERPT;
  }
  const excerpt = text.slice(from, to);
  const highlights = mergeSpans(spans)
    .filter(([s, e]) => s >= from && e <= to)
    .map(([s, e]) => [s - from, e - from] as [number, number]);
  const citation: Citation = {
    document: doc.id,
    title: doc.title,
    paragraph: index + 1,
    ...pageOf(doc, index),
    excerpt,
    highlights,
  };
  if (from > 0 || to < text.length) citation.cut = { before: from > 0, after: to < text.length };
  if (doc.meta.source) citation.source = doc.meta.source;
  return citation;
}

/** `{ page }` of paragraph `index` (0-based) of a paginated document, else nothing. */
export function pageOf(doc: AnalyzedDocument, index: number): { page?: number } {
  const page = doc.pages?.[index];
  return page ? { page } : {};
}

/** Spans of the mentions of some actors in a paragraph. */
export function mentionSpans(
  doc: AnalyzedDocument,
  index: number,
  keys: ReadonlySet<string>,
): [number, number][] {
  return doc.mentions
    .filter((m) => m.paragraph === index && keys.has(m.key))
    .map((m) => [m.start, m.end] as [number, number]);
}

/** Sorted, non-overlapping spans (overlapping or touching ones merged). */
export function mergeSpans(spans: readonly [number, number][]): [number, number][] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}
