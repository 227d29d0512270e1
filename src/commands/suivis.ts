import { CONSOLE } from '../answers/context.ts';
import { answerSuivis } from '../answers/suivis.ts';
import type { Command } from './types.ts';

export const suivis: Command = {
  name: 'suivis',
  description: 'Les parties suivies dans ce salon',
  descriptionEn: 'The parties followed in this channel',
  examples: ['/suivis'],
  options: [],
  permission: 'SendMessages',
  answer: (ctx, _args, origin) => answerSuivis(ctx, origin ?? CONSOLE),
};
