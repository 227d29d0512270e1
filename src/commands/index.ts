/** The one list of commands: what the terminal parses and what Discord registers and routes. */
import { accord } from './accord.ts';
import { acteurs } from './acteurs.ts';
import { aideCommand } from './aide.ts';
import { ajouter } from './ajouter.ts';
import { corpus } from './corpus.ts';
import { document } from './document.ts';
import { recherche } from './recherche.ts';
import { reindexer } from './reindexer.ts';
import type { Command } from './types.ts';

export const COMMANDS: readonly Command[] = [
  accord,
  acteurs,
  recherche,
  document,
  corpus,
  reindexer,
  ajouter,
  aideCommand(() => COMMANDS),
];

export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((c) => c.name === name.toLowerCase());
}
