/** `recherche <texte>`: ranked passages, matched words marked, accent-insensitive, typo-tolerant. */
import { terms } from '../analysis/normalize.ts';
import { parsePassageId } from '../index/corpus-index.ts';
import type { TopHit } from '../index/top-search.ts';
import type { AnswerContext } from './context.ts';
import { cite, termSpans } from './excerpt.ts';
import type { SearchAnswer } from './types.ts';

/** Most passages returned; renderers page through them. */
export const MAX_RESULTS = 30;
/** Most passages of one document, so one long article does not fill the page. */
const PER_DOCUMENT = 3;

const MESSAGES = {
  partial: 'Aucun passage ne contient tous les mots : passages qui en contiennent une partie.',
  approx: 'Aucun résultat exact : résultats approchants (fautes de frappe tolérées).',
} as const;

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
  const queryTerms = terms(q);
  if (queryTerms.length === 0) {
    return {
      ...base,
      message: `« ${q} » ne contient que des mots trop courants pour être cherchés.`,
    };
  }
  // Every word, then some words (both top-k), then typo-tolerant (MiniSearch's fuzzy search).
  const wanted = MAX_RESULTS * PER_DOCUMENT;
  let mode: SearchAnswer['mode'] = 'exact';
  let found = ctx.index.top(queryTerms, 'AND', wanted);
  if (found.total === 0) {
    mode = 'partial';
    found = ctx.index.top(queryTerms, 'OR', wanted);
  }
  if (found.total === 0) {
    mode = 'approx';
    const hits = ctx.index.search(q, { combineWith: 'OR', fuzzy: 0.2, prefix: true });
    found = {
      total: hits.length,
      hits: hits
        .slice(0, wanted)
        .map((h) => ({ id: String(h.id), score: h.score, terms: h.terms })),
    };
  }
  if (found.total === 0) return { ...base, message: `Aucun passage ne correspond à « ${q} ».` };
  return {
    ...base,
    mode,
    results: citations(ctx, found.hits),
    total: found.total,
    ...(mode !== 'exact' ? { message: MESSAGES[mode as 'partial' | 'approx'] } : {}),
  };
}

function citations(ctx: AnswerContext, hits: TopHit[]): SearchAnswer['results'] {
  const perDoc = new Map<string, number>();
  const results: SearchAnswer['results'] = [];
  for (const hit of hits) {
    const { doc: id, paragraph } = parsePassageId(hit.id);
    const n = perDoc.get(id) ?? 0;
    if (n >= PER_DOCUMENT) continue;
    const doc = ctx.index.document(id);
    if (!doc) continue;
    perDoc.set(id, n + 1);
    const spans = termSpans(doc.paragraphs[paragraph] ?? '', new Set(hit.terms));
    results.push({ ...cite(doc, paragraph, spans), score: Math.round(hit.score * 100) / 100 });
    if (results.length >= MAX_RESULTS) break;
  }
  return results;
}
