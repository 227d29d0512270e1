/**
 * Entry point (`npm start`). With DISCORD_TOKEN the bot is meant to connect to Discord;
 * without it, the same commands run in a local console.
 */
import 'dotenv/config';
import { openApp } from './app.ts';
import { runConsole } from './cli/console.ts';
import { ConfigError, loadConfig } from './config.ts';
import { consoleLogger } from './logger.ts';

async function main(): Promise<number> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`Configuration invalide : ${err.message}\n`);
      return 1;
    }
    throw err;
  }
  const logger = consoleLogger({ redact: config.discordToken ? [config.discordToken] : [] });
  if (config.discordToken) {
    logger.warn(
      'DISCORD_TOKEN est défini, mais le front Discord n’est pas encore livré : console locale.',
    );
  } else {
    process.stderr.write('Pas de DISCORD_TOKEN : console locale (tapez /aide).\n');
  }
  try {
    const app = await openApp(config, logger);
    logger.info(`Corpus chargé : ${app.indexer.index.size} documents (${config.corpusDir}).`);
    await runConsole(app, logger);
    return 0;
  } catch (err) {
    logger.error(`Démarrage impossible : ${(err as Error).message}`);
    return 1;
  }
}

process.exitCode = await main();
