/** `corpus`: what is indexed, when, and which files were skipped and why. */
import { paragraphCount } from '../index/stored.ts';
import type { AnswerContext } from './context.ts';
import type { CorpusAnswer } from './types.ts';

export function answerCorpus(ctx: AnswerContext): CorpusAnswer {
  const actors = { pays: 0, organisation: 0, personne: 0 };
  for (const a of ctx.index.actors()) actors[a.type]++;
  let paragraphs = 0;
  let agreements = 0;
  for (const d of ctx.index.documents()) {
    paragraphs += paragraphCount(d);
    agreements += d.agreements.length;
  }
  return {
    command: 'corpus',
    documents: ctx.index.size,
    paragraphs,
    actors,
    agreements,
    ...(ctx.status.lastIndexedAt ? { lastIndexedAt: ctx.status.lastIndexedAt } : {}),
    origin: ctx.status.origin,
    running: ctx.status.running,
    skipped: ctx.status.skipped,
    warnings: ctx.status.warnings,
    alerts: alertsOf(ctx),
  };
}

/** What is wrong with the index's state, in French, for whoever reads /corpus. */
function alertsOf(ctx: AnswerContext): string[] {
  const out: string[] = [];
  if (ctx.status.readOnly) out.push(`Lecture seule : ${ctx.status.readOnly}.`);
  const error = ctx.status.lastRun?.error;
  if (error)
    out.push(
      `La dernière relecture du dossier a échoué (${error}) : les ${ctx.index.size} documents déjà indexés restent en service.`,
    );
  if (ctx.status.saveError)
    out.push(
      `Index non enregistré (${ctx.status.saveError}) : les réponses restent à jour, mais un redémarrage devra relire les fichiers ; l’enregistrement sera retenté à la prochaine relecture.`,
    );
  return out;
}
