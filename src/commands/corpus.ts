import { answerCorpus } from '../answers/corpus.ts';
import type { Command } from './types.ts';

export const corpus: Command = {
  name: 'corpus',
  description: 'État du corpus : documents, acteurs, accords, fichiers ignorés',
  descriptionEn: 'State of the corpus: documents, actors, agreements, skipped files',
  examples: ['/corpus'],
  options: [],
  answer: (ctx) => answerCorpus(ctx),
};
