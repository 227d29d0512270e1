import { answerReseau } from '../answers/reseau.ts';
import { FILTER_OPTIONS, filterAutocomplete } from './accord.ts';
import type { Command } from './types.ts';

export const reseau: Command = {
  name: 'reseau',
  description: 'Qui coopère avec qui : le réseau des parties liées par des accords, en image',
  descriptionEn:
    'Who cooperates with whom: the network of parties bound by agreements, as a picture',
  examples: ['/reseau', '/reseau partie:France', '/reseau statut:signé'],
  options: [
    {
      name: 'partie',
      description: 'Pays ou organisation : son voisinage (par défaut : tout le corpus)',
      autocomplete: true,
    },
    FILTER_OPTIONS.depuis,
    FILTER_OPTIONS.jusqua,
    FILTER_OPTIONS.statut,
    FILTER_OPTIONS.nature,
  ],
  slow: true,
  answer: (ctx, args) => answerReseau(ctx, args),
  autocomplete: (ctx, option, typed) => filterAutocomplete(ctx.index, option, typed),
};
