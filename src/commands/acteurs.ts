import { ACTOR_TYPES, answerActeurs } from '../answers/acteurs.ts';
import { suggestCountries, suggestDocuments } from '../answers/suggest.ts';
import type { Command } from './types.ts';

export const acteurs: Command = {
  name: 'acteurs',
  description: 'Acteurs cités par le corpus : pays, organisations, personnes',
  descriptionEn: 'Actors cited by the corpus: countries, organisations, people',
  examples: [
    '/acteurs type:personne',
    '/acteurs type:organisation pays:Russie',
    '/acteurs document:004',
  ],
  options: [
    { name: 'type', description: 'Type d’acteur', choices: ACTOR_TYPES },
    { name: 'document', description: 'Seulement les acteurs de ce document', autocomplete: true },
    { name: 'pays', description: 'Seulement les acteurs liés à ce pays', autocomplete: true },
  ],
  answer: (ctx, args) => answerActeurs(ctx, args),
  autocomplete: (ctx, option, typed) =>
    option === 'pays' ? suggestCountries(ctx.index, typed) : suggestDocuments(ctx.index, typed),
};
