/** Verbatim excerpts with the words that matched, cut at sentence boundaries when long. */
import type { AnalyzedDocument } from '../analysis/analyze.ts';
import { fold, isStopword, stem, terms } from '../analysis/normalize.ts';
import { sentenceSpans } from '../analysis/sentences.ts';
import type { Citation } from './types.ts';

/** Longest excerpt kept whole; longer paragraphs are cut to the sentences around the match. */
export const MAX_EXCERPT = 700;

const WORD = /[\p{L}\p{N}]+(?:[-‐][\p{L}\p{N}]+)*/gu;

/** Spans of the words of `text` whose search terms are among `matched`. */
export function termSpans(text: string, matched: ReadonlySet<string>): [number, number][] {
  const out: [number, number][] = [];
  if (matched.size === 0) return out;
  for (const m of text.matchAll(WORD)) {
    if (wordMatches(m[0], matched)) out.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  }
  return out;
}

/** True when a word of the text yields one of the matched terms (the same rules as `terms`). */
function wordMatches(word: string, matched: ReadonlySet<string>): boolean {
  const f = fold(word);
  if (f.includes('-')) return terms(word).some((t) => matched.has(t));
  if (f.length < 2 || isStopword(f)) return false;
  if (matched.has(stem(f))) return true;
  return (
    f.length > 7 && f.startsWith('cyber') && (matched.has('cyber') || matched.has(stem(f.slice(5))))
  );
}

/** Builds a citation of paragraph `index` (0-based) of a document. */
export function cite(doc: AnalyzedDocument, index: number, spans: [number, number][]): Citation {
  const text = doc.paragraphs[index] ?? '';
  let from = 0;
  let to = text.length;
  if (text.length > MAX_EXCERPT) {
    const sents = sentenceSpans(text);
    const anchor = spans[0]?.[0] ?? 0;
    let i = Math.max(
      0,
      sents.findIndex(([s, e]) => anchor >= s && anchor < e),
    );
    [from, to] = sents[i] ?? [0, MAX_EXCERPT];
    // Grow around the anchor sentence while it fits.
    for (let left = i - 1, right = i + 1; ; ) {
      const next = sents[right];
      const prev = sents[left];
      if (next && next[1] - from <= MAX_EXCERPT) {
        to = next[1];
        right++;
      } else if (prev && to - prev[0] <= MAX_EXCERPT) {
        from = prev[0];
        left--;
        i = left;
      } else break;
    }
    if (to - from > MAX_EXCERPT) {
      // One very long sentence: cut at a word boundary after the anchor.
      from = Math.max(from, text.lastIndexOf(' ', Math.max(from, anchor - 200)) + 1);
      const end = text.lastIndexOf(' ', from + MAX_EXCERPT);
      to = end > from ? end : from + MAX_EXCERPT;
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
    excerpt,
    highlights,
  };
  if (from > 0 || to < text.length) citation.cut = { before: from > 0, after: to < text.length };
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
    excerpt,
    highlights,
  };
  if (from > 0 || to < text.length) citation.cut = { before: from > 0, after: to < text.length };
  return citation;
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
