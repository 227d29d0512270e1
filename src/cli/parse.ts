/**
 * Commands typed as in Discord: `/accord russie`, `/acteurs type:personne pays:russie`.
 * `nom:valeur` sets an option; other words fill the first option that takes free text.
 */

import { gazetteer } from '../analysis/gazetteer.ts';
import { editDistance, fold } from '../analysis/normalize.ts';
import { phraseKey } from '../analysis/phrases.ts';
import { parseActorType } from '../answers/acteurs.ts';
import { answerAide } from '../answers/aide.ts';
import { tooLong } from '../answers/bounds.ts';
import { COMMANDS, findCommand } from '../commands/index.ts';
import type { Command } from '../commands/types.ts';
import { renderText } from './render.ts';

export class UsageError extends Error {}

export interface Parsed {
  command: Command;
  args: Record<string, string>;
}

export function parseLine(line: string): Parsed {
  const words = line.trim().replace(/^\//, '').split(/\s+/).filter(Boolean);
  const name = words.shift();
  if (!name) throw new UsageError(help());
  const command = findCommand(name === 'help' ? 'aide' : name);
  if (!command) {
    const close = closestCommand(name);
    throw new UsageError(
      close
        ? `Commande inconnue : « ${name} ». Vouliez-vous dire /${close} ? (/aide pour toutes les commandes)`
        : `Commande inconnue : « ${name} ». Commandes : ${COMMANDS.map((c) => `/${c.name}`).join(', ')} (/aide pour le détail).`,
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
    // The same cap as Discord's on every text option.
    const long =
      v === undefined ? undefined : tooLong(`/${command.name} : l’option « ${o.name} »`, v);
    if (long) throw new UsageError(long);
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

/** The command a mistyped name most likely meant: a prefix of it, or one or two letters away. */
export function closestCommand(typed: string): string | undefined {
  const t = fold(typed);
  if (!t) return undefined;
  let best: { name: string; d: number } | undefined;
  for (const c of COMMANDS) {
    const d = c.name.startsWith(t) && t.length >= 3 ? 0 : editDistance(t, c.name, 2);
    if (d <= 2 && (!best || d < best.d)) best = { name: c.name, d };
  }
  return best?.name;
}

/** The help, as `/aide` shows it. */
export function help(): string {
  return renderText(answerAide(COMMANDS));
}
