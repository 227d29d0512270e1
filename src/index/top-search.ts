/**
 * Top-k search for exact terms over MiniSearch's own index. MiniSearch scores and sorts every
 * hit (it has no limit): a common word in a large corpus costs it 100 ms and more. This scorer
 * reads the same posting lists and computes the same BM25+ scores as `MiniSearch.search`
 * (same parameters, the score multiplied by the number of query terms matched), but keeps
 * only what is asked for, and for AND walks only the shortest list. A test checks its
 * results against `search()`. Prefix and fuzzy queries still go through MiniSearch.
 */
import type MiniSearch from 'minisearch';

interface Internals {
  _index: { get(term: string): Map<number, Map<number, number>> | undefined };
  _documentIds: Map<number, string>;
  _fieldLength: Map<number, number[]>;
  _documentCount: number;
  _nextId: number;
}

/** MiniSearch's default BM25+ parameters. */
const K = 1.2;
const B = 0.7;
const D = 0.5;

export interface TopHit {
  id: string;
  score: number;
  /** The query terms this passage matched. */
  terms: string[];
}

export interface TopResult {
  /** Passages that match (before the limit). */
  total: number;
  hits: TopHit[];
}

/** Searches field 0 (the only indexed field) for `terms`, as `search(…, { combineWith })` would. */
export function topSearch(
  ms: MiniSearch<never> | MiniSearch<unknown>,
  terms: readonly string[],
  combineWith: 'AND' | 'OR',
  limit: number,
): TopResult {
  const m = ms as unknown as Internals;
  const total = m._documentCount;
  const avg = exactAverage(m);
  // Document frequency counts live passages only: discarded ones stay in the lists until a vacuum.
  const lists = terms.map((term) => {
    const postings = m._index.get(term)?.get(0);
    let df = 0;
    if (postings) for (const doc of postings.keys()) if (m._documentIds.has(doc)) df++;
    return { term, postings, df };
  });
  if (lists.length === 0 || (combineWith === 'AND' && lists.some((l) => !l.postings)))
    return { total: 0, hits: [] };

  const bm25 = (tf: number, df: number, len: number) =>
    Math.log(1 + (total - df + 0.5) / (df + 0.5)) *
    (D + (tf * (K + 1)) / (tf + K * (1 - B + (B * len) / avg)));

  const scored: { doc: number; score: number; terms: string[] }[] = [];
  const scoreOf = (doc: number): { score: number; terms: string[] } => {
    const len = m._fieldLength.get(doc)?.[0] ?? 0;
    let score = 0;
    const matched: string[] = [];
    for (const { term, postings, df } of lists) {
      const tf = postings?.get(doc);
      if (tf === undefined) continue;
      score += bm25(tf, df, len);
      if (!matched.includes(term)) matched.push(term);
    }
    return { score: score * (matched.length || 1), terms: matched };
  };

  if (combineWith === 'AND') {
    const present = lists.map((l) => l.postings as Map<number, number>);
    const shortest = present.reduce((a, b) => (b.size < a.size ? b : a));
    for (const doc of shortest.keys()) {
      if (!m._documentIds.has(doc) || !present.every((p) => p.has(doc))) continue;
      scored.push({ doc, ...scoreOf(doc) });
    }
  } else {
    const seen = new Set<number>();
    for (const { postings } of lists) {
      for (const doc of postings?.keys() ?? []) {
        if (seen.has(doc) || !m._documentIds.has(doc)) continue;
        seen.add(doc);
        scored.push({ doc, ...scoreOf(doc) });
      }
    }
  }
  const hits = scored.map((s) => ({
    id: m._documentIds.get(s.doc) as string,
    score: s.score,
    terms: s.terms,
  }));
  return { total: hits.length, hits: hits.sort(byScoreThenPassage).slice(0, limit) };
}

/**
 * Best score first; equal scores by passage id (document, then paragraph), never by the order
 * passages were indexed in.
 */
export function byScoreThenPassage(
  a: { id: string; score: number },
  b: { id: string; score: number },
): number {
  return b.score - a.score || comparePassages(a.id, b.id);
}

/** Passage ids are `paragraph\0document`: compare the document, then the paragraph number. */
function comparePassages(a: string, b: string): number {
  const i = a.indexOf('\u0000');
  const j = b.indexOf('\u0000');
  const da = a.slice(i + 1);
  const db = b.slice(j + 1);
  if (da !== db) return da < db ? -1 : 1;
  return Number(a.slice(0, i)) - Number(b.slice(0, j));
}

/**
 * The average passage length, summed exactly. MiniSearch keeps a running average updated by
 * floating-point steps on every add and discard, so the same passages indexed in another
 * order get an average a few ulps apart, and equal scores stop being equal. The exact sum
 * depends only on the passages; it is cached until the index changes (the pair (next id,
 * count) changes on every add and every discard).
 */
const averages = new WeakMap<object, { nextId: number; count: number; avg: number }>();
function exactAverage(m: Internals): number {
  const cached = averages.get(m);
  if (cached && cached.nextId === m._nextId && cached.count === m._documentCount) return cached.avg;
  let sum = 0;
  let n = 0;
  for (const lengths of m._fieldLength.values()) {
    sum += lengths[0] ?? 0;
    n++;
  }
  const avg = n ? sum / n : 1;
  averages.set(m, { nextId: m._nextId, count: m._documentCount, avg });
  return avg;
}
