import { ACTOR_TYPES, answerActeurs } from '../answers/acteurs.ts';
import type { Command } from './types.ts';

export const acteurs: Command = {
  name: 'acteurs',
  description: 'Acteurs cités par le corpus : pays, organisations, personnes',
  options: [
    { name: 'type', description: 'Type d’acteur', choices: ACTOR_TYPES },
    { name: 'document', description: 'Seulement les acteurs de ce document' },
    { name: 'pays', description: 'Seulement les acteurs liés à ce pays' },
  ],
  answer: (ctx, args) => answerActeurs(ctx, args),
};
