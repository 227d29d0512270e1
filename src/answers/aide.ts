/** `aide`: what each command does, its options, and examples, from the one command list. */
import type { HelpAnswer } from './types.ts';

export interface HelpEntry {
  name: string;
  description: string;
  options: { name: string; description: string; required?: boolean; choices?: string[] }[];
  examples: string[];
}

/** Options every command has (the Discord front end handles them). */
export const COMMON_OPTIONS = [
  { name: 'prive', description: 'réponse visible de vous seul (publique par défaut)' },
  { name: 'pour', description: 'un coéquipier à qui adresser la réponse : il est mentionné' },
];

export function answerAide(commands: readonly HelpEntry[]): HelpAnswer {
  return {
    command: 'aide',
    commands: commands.map((c) => ({
      name: c.name,
      description: c.description,
      options: c.options.map((o) => ({
        name: o.name,
        description: o.description,
        required: !!o.required,
        ...(o.choices ? { choices: o.choices } : {}),
      })),
      examples: c.examples,
    })),
    common: COMMON_OPTIONS,
  };
}
