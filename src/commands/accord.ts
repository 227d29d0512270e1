import { answerAccord } from '../answers/accord.ts';
import type { Command } from './types.ts';

export const accord: Command = {
  name: 'accord',
  description: 'Accords impliquant un pays ou une organisation, avec leurs sources',
  options: [
    { name: 'partie', description: 'Pays ou organisation (ex. Russie, UIT)', required: true },
  ],
  answer: (ctx, args) => answerAccord(ctx, args.partie ?? ''),
};
