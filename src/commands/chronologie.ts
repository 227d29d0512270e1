import { answerChronologie } from '../answers/chronologie.ts';
import { FILTER_OPTIONS, filterAutocomplete } from './accord.ts';
import type { Command } from './types.ts';

export const chronologie: Command = {
  name: 'chronologie',
  description: 'Les accords dans l’ordre des dates, avec leur graphique dans le temps',
  descriptionEn: 'Agreements in date order, with a chart over time',
  examples: ['/chronologie', '/chronologie partie:Russie', '/chronologie depuis:2017 jusqua:2019'],
  options: [
    {
      name: 'partie',
      description: 'Pays ou organisation (par défaut : tout le corpus)',
      autocomplete: true,
    },
    FILTER_OPTIONS.depuis,
    FILTER_OPTIONS.jusqua,
    FILTER_OPTIONS.statut,
    FILTER_OPTIONS.nature,
  ],
  // The chart is drawn before the reply: acknowledge first.
  slow: true,
  answer: (ctx, args) => answerChronologie(ctx, args),
  autocomplete: (ctx, option, typed) => filterAutocomplete(ctx.index, option, typed),
};
