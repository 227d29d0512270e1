import { answerAide } from '../answers/aide.ts';
import type { Command } from './types.ts';

/** The help, built from the command list it is part of (given when the list is made). */
export function aideCommand(list: () => readonly Command[]): Command {
  return {
    name: 'aide',
    description: 'Ce que fait chaque commande, avec des exemples',
    descriptionEn: 'What each command does, with examples',
    examples: ['/aide'],
    options: [],
    answer: () => answerAide(list()),
  };
}
