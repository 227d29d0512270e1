/** The one list of commands: what the terminal parses and what Discord registers and routes. */
import { accord } from './accord.ts';
import { acteurs } from './acteurs.ts';
import { aideCommand } from './aide.ts';
import { ajouter } from './ajouter.ts';
import { chercherMessage } from './chercher-message.ts';
import { chronologie } from './chronologie.ts';
import { corpus } from './corpus.ts';
import { document } from './document.ts';
import { exporter } from './exporter.ts';
import { nepassuivre } from './nepassuivre.ts';
import { recherche } from './recherche.ts';
import { reindexer } from './reindexer.ts';
import { reseau } from './reseau.ts';
import { suivis } from './suivis.ts';
import { suivre } from './suivre.ts';
import type { Command, MessageCommand } from './types.ts';

export const COMMANDS: readonly Command[] = [
  accord,
  chronologie,
  reseau,
  exporter,
  acteurs,
  recherche,
  document,
  suivre,
  suivis,
  nepassuivre,
  corpus,
  reindexer,
  ajouter,
  aideCommand(() => COMMANDS),
];

/** Commands on a message (Discord's Apps menu). */
export const MESSAGE_COMMANDS: readonly MessageCommand[] = [chercherMessage];

export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((c) => c.name === name.toLowerCase());
}

export function findMessageCommand(name: string): MessageCommand | undefined {
  return MESSAGE_COMMANDS.find((c) => c.name === name);
}
