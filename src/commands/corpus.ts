import { answerCorpus } from '../answers/corpus.ts';
import type { Command } from './types.ts';

export const corpus: Command = {
  name: 'corpus',
  description: 'État du corpus : documents, acteurs, accords, fichiers ignorés',
  options: [],
  answer: (ctx) => answerCorpus(ctx),
};
