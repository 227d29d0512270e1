/** `recherche <texte>`: ranked passages, matched words marked, accent-insensitive, typo-tolerant. */
import { terms } from '../analysis/normalize.ts';
import { parsePassageId } from '../index/corpus-index.ts';
import type { AnswerContext } from './context.ts';
import { cite, termSpans } from './excerpt.ts';
import type { SearchAnswer } from './types.ts';

/** Most passages returned; renderers page through them. */
export const MAX_RESULTS = 50;
/** Most passages of one document, so one long article does not fill the page. */
const PER_DOCUMENT = 3;

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
  if (terms(q).length === 0) {
    return {
      ...base,
      message: `« ${q} » ne contient que des mots trop courants pour être cherchés.`,
    };
  }
  const attempts = [
    { mode: 'exact', options: { combineWith: 'AND' } },
    { mode: 'partial', options: { combineWith: 'OR' } },
    { mode: 'approx', options: { combineWith: 'OR', fuzzy: 0.2, prefix: true } },
  ] as const;
  for (const { mode, options } of attempts) {
    const hits = ctx.index.search(q, options);
    if (hits.length === 0) continue;
    const perDoc = new Map<string, number>();
    const results: SearchAnswer['results'] = [];
    for (const hit of hits) {
      const { doc: id, paragraph } = parsePassageId(String(hit.id));
      const n = perDoc.get(id) ?? 0;
      if (n >= PER_DOCUMENT) continue;
      const doc = ctx.index.document(id);
      if (!doc) continue;
      perDoc.set(id, n + 1);
      const spans = termSpans(doc.paragraphs[paragraph] ?? '', new Set(hit.terms));
      results.push({ ...cite(doc, paragraph, spans), score: Math.round(hit.score * 100) / 100 });
      if (results.length >= MAX_RESULTS) break;
    }
    const answer: SearchAnswer = { ...base, mode, results, total: hits.length };
    if (mode === 'partial')
      answer.message =
        'Aucun passage ne contient tous les mots : passages qui en contiennent une partie.';
    if (mode === 'approx')
      answer.message = 'Aucun résultat exact : résultats approchants (fautes de frappe tolérées).';
    return answer;
  }
  return { ...base, message: `Aucun passage ne correspond à « ${q} ».` };
}
