import { CONSOLE } from '../answers/context.ts';
import { suggestPartyChoices } from '../answers/suggest.ts';
import { answerSuivre } from '../answers/suivis.ts';
import type { Command } from './types.ts';

export const suivre: Command = {
  name: 'suivre',
  description: 'Publier dans ce salon les nouveaux accords d’un pays ou d’une organisation',
  descriptionEn: 'Post new agreements of a country or organisation in this channel',
  examples: ['/suivre partie:Russie'],
  options: [
    {
      name: 'partie',
      description: 'Pays ou organisation à suivre (ex. Russie, UIT)',
      required: true,
      autocomplete: true,
    },
  ],
  permission: 'SendMessages',
  postsLater: true,
  answer: (ctx, args, origin) => answerSuivre(ctx, args, origin ?? CONSOLE),
  autocomplete: (ctx, _option, typed) => suggestPartyChoices(ctx.index, typed),
};
