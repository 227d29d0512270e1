/**
 * Commands typed as in Discord: `/accord russie`, `/acteurs type:personne pays:russie`.
 * `nom:valeur` sets an option; other words fill the first option that takes free text.
 */

import { gazetteer } from '../analysis/gazetteer.ts';
import { phraseKey } from '../analysis/phrases.ts';
import { parseActorType } from '../answers/acteurs.ts';
import { COMMANDS, findCommand } from '../commands/index.ts';
import type { Command } from '../commands/types.ts';

export class UsageError extends Error {}

export interface Parsed {
  command: Command;
  args: Record<string, string>;
}

export function parseLine(line: string): Parsed {
  const words = line.trim().replace(/^\//, '').split(/\s+/).filter(Boolean);
  const name = words.shift();
  if (!name) throw new UsageError(help());
  const command = findCommand(name);
  if (!command) {
    throw new UsageError(
      `Commande inconnue : « ${name} ». Commandes : ${COMMANDS.map((c) => `/${c.name}`).join(', ')}.`,
    );
  }
  const args: Record<string, string> = {};
  const free: string[] = [];
  let current: string | undefined;
  for (const w of words) {
    const m = w.match(/^([a-zà-ü]+):(.*)$/i);
    const opt = m && command.options.find((o) => o.name === m[1]?.toLowerCase());
    if (m && opt) {
      current = opt.name;
      args[current] = m[2] ?? '';
    } else if (current) args[current] = `${args[current]} ${w}`.trim();
    else free.push(w);
  }
  if (free.length) assignFree(command, args, free);
  for (const o of command.options) {
    if (o.required && !args[o.name]?.trim()) {
      throw new UsageError(
        `/${command.name} : l’option « ${o.name} » est requise (${o.description}).`,
      );
    }
    const v = args[o.name];
    if (v !== undefined && o.choices && !o.choices.includes(v)) {
      throw new UsageError(
        `/${command.name} : « ${v} » n’est pas un choix de « ${o.name} » (${o.choices.join(', ')}).`,
      );
    }
  }
  return { command, args };
}

/** Free words: the text of the first option; for /acteurs, a type, a country or a document. */
function assignFree(command: Command, args: Record<string, string>, free: string[]): void {
  if (command.name === 'acteurs') {
    const rest: string[] = [];
    for (const w of free) {
      const t = parseActorType(w);
      if (!args.type && t) args.type = t;
      else rest.push(w);
    }
    if (rest.length) {
      const text = rest.join(' ');
      const form = gazetteer().lookup(phraseKey(text));
      if (form && form.kind !== 'prefix' && !args.pays) args.pays = text;
      else if (!args.document) args.document = text;
    }
    return;
  }
  const first = command.options[0];
  if (!first) throw new UsageError(`/${command.name} ne prend pas d’option.`);
  args[first.name] = [args[first.name], ...free].filter(Boolean).join(' ');
}

export function help(): string {
  const lines = COMMANDS.map((c) => {
    const opts = c.options.map((o) => (o.required ? `<${o.name}>` : `[${o.name}:…]`)).join(' ');
    return `  /${c.name}${opts ? ` ${opts}` : ''} — ${c.description}`;
  });
  return ['Commandes :', ...lines, '  /aide — cette aide ; /quitter (ou Ctrl+D) pour sortir'].join(
    '\n',
  );
}
