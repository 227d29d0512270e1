/**
 * Configuration from the environment (and `.env`, through dotenv). Every problem is a
 * ConfigError whose French message names the variable; the token is never echoed.
 */
import { resolve } from 'node:path';
import cron from 'node-cron';
import { defaultWorkers } from './index/analysis-pool.ts';

export interface Config {
  discordToken?: string;
  applicationId?: string;
  guildId?: string;
  apiUrl?: string;
  announceChannelId?: string;
  /** Members with this role may add documents (/ajouter); else « Gérer le serveur » only. */
  addRoleId?: string;
  corpusDir: string;
  indexPath: string;
  /** Who follows which party where (`/suivre`). */
  followsPath: string;
  /** Where the console writes charts and exports. */
  outputDir: string;
  maxFileBytes: number;
  reindexCron: string;
  /** Threads that read and analyse files (0: the main thread). */
  analysisWorkers: number;
  /** Register the slash commands when the bot starts. */
  registerCommands: boolean;
}

export class ConfigError extends Error {}

export const DEFAULTS = {
  CORPUS_DIR: 'data',
  INDEX_PATH: '.cache/index.json',
  FOLLOWS_PATH: '.cache/suivis.json',
  OUTPUT_DIR: 'sorties',
  MAX_FILE_BYTES: 5 * 1024 * 1024,
  REINDEX_CRON: '*/5 * * * *',
};

const SNOWFLAKE = /^\d{17,20}$/;

export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const get = (name: string) => {
    const v = env[name]?.trim();
    return v ? v : undefined;
  };
  const maxRaw = get('MAX_FILE_BYTES');
  const maxFileBytes = maxRaw === undefined ? DEFAULTS.MAX_FILE_BYTES : Number(maxRaw);
  if (!Number.isInteger(maxFileBytes) || maxFileBytes <= 0) {
    throw new ConfigError(
      `MAX_FILE_BYTES doit être un nombre entier d’octets positif (reçu « ${maxRaw} »).`,
    );
  }
  const workersRaw = get('ANALYSIS_WORKERS');
  const analysisWorkers = workersRaw === undefined ? defaultWorkers() : Number(workersRaw);
  if (!Number.isInteger(analysisWorkers) || analysisWorkers < 0 || analysisWorkers > 64) {
    throw new ConfigError(
      `ANALYSIS_WORKERS doit être un nombre entier de 0 à 64 (reçu « ${workersRaw} »).`,
    );
  }
  const reindexCron = get('REINDEX_CRON') ?? DEFAULTS.REINDEX_CRON;
  if (!cron.validate(reindexCron)) {
    throw new ConfigError(
      `REINDEX_CRON n’est pas une expression cron valide (reçu « ${reindexCron} »).`,
    );
  }
  const register = (get('REGISTER_COMMANDS') ?? 'false').toLowerCase();
  if (!['true', 'false', '1', '0', 'oui', 'non'].includes(register)) {
    throw new ConfigError(
      `REGISTER_COMMANDS doit valoir true ou false (reçu « ${get('REGISTER_COMMANDS')} »).`,
    );
  }
  const config: Config = {
    registerCommands: ['true', '1', 'oui'].includes(register),
    corpusDir: resolve(cwd, get('CORPUS_DIR') ?? DEFAULTS.CORPUS_DIR),
    indexPath: resolve(cwd, get('INDEX_PATH') ?? DEFAULTS.INDEX_PATH),
    followsPath: resolve(cwd, get('FOLLOWS_PATH') ?? DEFAULTS.FOLLOWS_PATH),
    outputDir: resolve(cwd, get('OUTPUT_DIR') ?? DEFAULTS.OUTPUT_DIR),
    maxFileBytes,
    reindexCron,
    analysisWorkers,
  };
  const token = get('DISCORD_TOKEN');
  if (token) {
    if (!/^[\w-]+\.[\w-]+\.[\w-]+$/.test(token)) {
      throw new ConfigError(
        'DISCORD_TOKEN est mal formé (attendu : le jeton du bot, trois parties séparées par des points).',
      );
    }
    config.discordToken = token;
  }
  for (const [name, field] of [
    ['DISCORD_APPLICATION_ID', 'applicationId'],
    ['DISCORD_GUILD_ID', 'guildId'],
    ['ANNOUNCE_CHANNEL_ID', 'announceChannelId'],
    ['AJOUT_ROLE_ID', 'addRoleId'],
  ] as const) {
    const v = get(name);
    if (v === undefined) continue;
    if (!SNOWFLAKE.test(v))
      throw new ConfigError(
        `${name} doit être un identifiant Discord (17 à 20 chiffres), reçu « ${v} ».`,
      );
    config[field] = v;
  }
  const api = get('DISCORD_API_URL');
  if (api) {
    let url: URL;
    try {
      url = new URL(api);
    } catch {
      throw new ConfigError(`DISCORD_API_URL n’est pas une URL valide (reçu « ${api} »).`);
    }
    if (!/^https?:$/.test(url.protocol))
      throw new ConfigError('DISCORD_API_URL doit commencer par http:// ou https://.');
    config.apiUrl = api.replace(/\/+$/, '');
  }
  if (config.registerCommands && !config.applicationId) {
    throw new ConfigError('REGISTER_COMMANDS demande DISCORD_APPLICATION_ID.');
  }
  return config;
}
