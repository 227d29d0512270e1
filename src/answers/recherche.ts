/**
 * `recherche <texte>`: ranked passages grouped by document, matched words marked,
 * accent-insensitive, typo-tolerant.
 */
import type { AnalyzedDocument } from '../analysis/analyze.ts';
import { parsePassageId } from '../index/corpus-index.ts';
import { byScoreThenPassage, type TopHit, type TopResult } from '../index/top-search.ts';
import { MAX_FUZZY_WORD, tooLong } from './bounds.ts';
import type { AnswerContext } from './context.ts';
import {
  cite,
  isTitleLine,
  matchSpans,
  type QueryWord,
  queryWords,
  termSpans,
  wholeCount,
} from './excerpt.ts';
import type { SearchAnswer } from './types.ts';

/** Most passages returned; renderers page through them. */
export const MAX_RESULTS = 30;
/** Most passages of one document, so one long article does not fill the answer. */
export const PER_DOCUMENT = 3;
/** A passage is one compact line: the sentence around the match, cut near this length. */
export const PASSAGE_LENGTH = 240;

const MESSAGES = {
  partial: 'Aucun passage ne contient tous les mots : passages qui en contiennent une partie.',
  approx: 'Aucun résultat exact : résultats approchants (fautes de frappe tolérées).',
} as const;

type Mode = SearchAnswer['mode'];

/**
 * Every word, then some of the words, then some of their parts (`sécurité` for
 * `cybersécurité`), then typo-tolerant (MiniSearch's fuzzy search). Each step searches the
 * whole words' own terms first, so a compound's parts never match alone while the word does.
 */
function retrieve(ctx: AnswerContext, q: string, words: QueryWord[], wanted: number) {
  const wholes = words.map((w) => w.whole);
  const steps: [Mode, () => TopResult][] = [
    ['exact', () => ctx.index.top(wholes, 'AND', wanted)],
    ['partial', () => ctx.index.top(wholes, 'OR', wanted)],
    ['partial', () => ctx.index.top([...new Set(words.flatMap((w) => w.parts))], 'OR', wanted)],
    [
      'approx',
      () => {
        const hits = ctx.index
          .search(q, {
            combineWith: 'OR',
            fuzzy: (term) => (term.length > MAX_FUZZY_WORD ? false : 0.2),
            prefix: true,
          })
          // MiniSearch's own scores can differ by a few ulps with the indexing order: compare
          // them rounded, then by passage, so that the same files give the same answer.
          .map((h) => ({
            id: String(h.id),
            score: Number(h.score.toPrecision(12)),
            terms: h.terms,
          }))
          .sort(byScoreThenPassage);
        return { total: hits.length, hits: hits.slice(0, wanted) };
      },
    ],
  ];
  for (const [mode, run] of steps) {
    const found = run();
    if (found.total > 0) return { mode, found };
  }
  return { mode: 'none' as Mode, found: { total: 0, hits: [] } };
}

export function answerRecherche(ctx: AnswerContext, query: string): SearchAnswer {
  const q = query.trim();
  const base: SearchAnswer = {
    command: 'recherche',
    query: q,
    mode: 'none',
    results: [],
    total: 0,
  };
  if (!q)
    return { ...base, message: 'Indiquez des mots à chercher, par exemple « cybersécurité ».' };
  const long = tooLong('Le texte à chercher', q);
  if (long) return { ...base, query: `${q.slice(0, 40)}…`, message: long };
  const words = queryWords(q);
  if (words.length === 0) {
    return {
      ...base,
      message: `« ${q} » ne contient que des mots trop courants pour être cherchés.`,
    };
  }
  const { mode, found } = retrieve(ctx, q, words, MAX_RESULTS * PER_DOCUMENT);
  const { results, titleLines } = passages(ctx, found.hits, mode === 'approx' ? null : words);
  if (results.length === 0) return { ...base, message: `Aucun passage ne correspond à « ${q} ».` };
  return {
    ...base,
    mode,
    results,
    // Title lines are shown as titles, never counted as passages.
    total: Math.max(results.length, found.total - titleLines),
    ...(mode !== 'exact' ? { message: MESSAGES[mode as 'partial' | 'approx'] } : {}),
  };
}

interface Ranked {
  doc: AnalyzedDocument;
  paragraph: number;
  hit: TopHit;
  whole: number;
  matched: number;
}

/**
 * The passages to show: title lines left out (unless nothing else matched), those holding
 * more query words as whole words first, at most PER_DOCUMENT per document, grouped by
 * document (documents in the order of their best passage). Matched words are marked only in
 * the passages shown.
 */
function passages(
  ctx: AnswerContext,
  hits: TopHit[],
  words: QueryWord[] | null,
): { results: SearchAnswer['results']; titleLines: number } {
  const ranked: Ranked[] = [];
  const titles: Ranked[] = [];
  for (const hit of hits) {
    const { doc: id, paragraph } = parsePassageId(hit.id);
    const doc = ctx.index.document(id);
    if (!doc) continue;
    const text = doc.paragraphs[paragraph] ?? '';
    const counts = words ? wholeCount(text, words, hit.terms) : { whole: 0, matched: 0 };
    const r = { doc, paragraph, hit, ...counts };
    (isTitleLine(doc, paragraph) ? titles : ranked).push(r);
  }
  const pool = ranked.length ? ranked : titles;
  pool.sort(
    (a, b) => b.whole - a.whole || b.matched - a.matched || byScoreThenPassage(a.hit, b.hit),
  );
  const byDoc = new Map<string, Ranked[]>();
  let kept = 0;
  for (const r of pool) {
    const list = byDoc.get(r.doc.id) ?? [];
    if (list.length >= PER_DOCUMENT) continue;
    list.push(r);
    byDoc.set(r.doc.id, list);
    if (++kept >= MAX_RESULTS) break;
  }
  const results = [...byDoc.values()].flatMap((list) =>
    list.map((r) => {
      const text = r.doc.paragraphs[r.paragraph] ?? '';
      const spans = words ? matchSpans(text, words).spans : termSpans(text, new Set(r.hit.terms));
      return {
        ...cite(r.doc, r.paragraph, spans, PASSAGE_LENGTH),
        score: Math.round(r.hit.score * 100) / 100,
      };
    }),
  );
  return { results, titleLines: ranked.length ? titles.length : 0 };
}
