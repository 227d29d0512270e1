/** `reindexer`: run indexing now and say what changed. */
import type { AnswerContext } from './context.ts';
import type { ReindexAnswer } from './types.ts';

export async function answerReindexer(ctx: AnswerContext): Promise<ReindexAnswer> {
  const empty: ReindexAnswer = {
    command: 'reindexer',
    added: [],
    updated: [],
    removed: [],
    skipped: [],
    unchanged: 0,
    durationMs: 0,
  };
  if (!ctx.reindex) return { ...empty, message: 'La réindexation n’est pas disponible ici.' };
  const r = await ctx.reindex();
  const titled = (id: string) => ({ id, title: ctx.index.document(id)?.title ?? id });
  const answer: ReindexAnswer = {
    command: 'reindexer',
    added: r.added.map(titled),
    updated: r.updated.map(titled),
    removed: r.removed,
    skipped: r.skipped,
    unchanged: r.unchanged,
    durationMs: r.durationMs,
  };
  if (r.readOnly)
    answer.message = `Un autre processus tient l’index et relit le dossier lui-même ; ces réponses viennent de son dernier instantané.`;
  else if (r.error)
    answer.message = `La réindexation a échoué ; l’index précédent reste en service. (${r.error})`;
  else if (!r.added.length && !r.updated.length && !r.removed.length)
    answer.message = 'Aucun changement.';
  return answer;
}
