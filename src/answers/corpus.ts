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
  };
}
