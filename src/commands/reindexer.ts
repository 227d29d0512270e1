import { answerReindexer } from '../answers/reindexer.ts';
import type { Command } from './types.ts';

export const reindexer: Command = {
  name: 'reindexer',
  description: 'Relit le corpus maintenant et dit ce qui a changé',
  descriptionEn: 'Re-reads the corpus now and tells what changed',
  examples: ['/reindexer'],
  permission: 'ManageGuild',
  slow: true,
  options: [],
  answer: (ctx) => answerReindexer(ctx),
};
