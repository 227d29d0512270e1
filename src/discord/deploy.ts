/**
 * Registers the slash commands (`npm run deploy`): on one server with DISCORD_GUILD_ID
 * (instant), otherwise globally.
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { REST, Routes } from 'discord.js';
import type { Config } from '../config.ts';
import { ConfigError } from '../config.ts';
import { commandsJSON } from './commands.ts';

export async function registerCommands(config: Config): Promise<{ count: number; scope: string }> {
  if (!config.discordToken)
    throw new ConfigError('DISCORD_TOKEN est requis pour enregistrer les commandes.');
  if (!config.applicationId)
    throw new ConfigError('DISCORD_APPLICATION_ID est requis pour enregistrer les commandes.');
  const rest = new REST(config.apiUrl ? { api: config.apiUrl } : {}).setToken(config.discordToken);
  const body = commandsJSON(config.addRoleId ? { addRoleId: config.addRoleId } : {});
  const route = config.guildId
    ? Routes.applicationGuildCommands(config.applicationId, config.guildId)
    : Routes.applicationCommands(config.applicationId);
  await rest.put(route, { body });
  return {
    count: body.length,
    scope: config.guildId ? `le serveur ${config.guildId}` : 'tous les serveurs (global)',
  };
}

async function main(): Promise<number> {
  await import('dotenv/config');
  const { loadConfig } = await import('../config.ts');
  try {
    const r = await registerCommands(loadConfig());
    process.stdout.write(`${r.count} commandes enregistrées pour ${r.scope}.\n`);
    return 0;
  } catch (err) {
    if (err instanceof ConfigError) process.stderr.write(`${err.message}\n`);
    else process.stderr.write(`Enregistrement impossible : ${(err as Error).message}\n`);
    return 1;
  }
}

/**
 * True when this file is the script Node was started with. Compared as paths, not as a
 * hand-built URL: a path with a space (or any character a URL encodes) must still match.
 */
export function isEntry(moduleUrl: string, argv1 = process.argv[1]): boolean {
  if (!argv1) return false;
  try {
    return realpathSync(argv1) === realpathSync(fileURLToPath(moduleUrl));
  } catch {
    return false;
  }
}

if (isEntry(import.meta.url)) process.exitCode = await main();
