/**
 * Entry point (`npm start`). With DISCORD_TOKEN the bot connects to Discord; without it,
 * the same commands run in a local console. SIGINT/SIGTERM, at any moment (even while the
 * corpus loads or the bot connects), stop the scheduler, close the client and exit 0.
 */
import 'dotenv/config';
import { openApp, watchFollows } from './app.ts';
import { runConsole } from './cli/console.ts';
import { ConfigError, loadConfig } from './config.ts';
import { announce, connectBot, createBot, postNews } from './discord/bot.ts';
import { registerCommands } from './discord/deploy.ts';
import { scheduleReindex } from './index/scheduler.ts';
import { consoleLogger } from './logger.ts';
import { logUncaught, onStopSignals } from './process.ts';

/** How long a clean stop may take before the process exits anyway. */
const EXIT_GRACE_MS = 3000;

async function main(): Promise<number> {
  const stop = onStopSignals();
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
  const token = config.discordToken;
  const logger = consoleLogger({ redact: token ? [token] : [] });
  logUncaught(logger);
  if (!token) process.stderr.write('Pas de DISCORD_TOKEN : console locale (tapez /aide).\n');
  let app: Awaited<ReturnType<typeof openApp>>;
  try {
    app = await openApp(config, logger);
  } catch (err) {
    logger.error(`Démarrage impossible : ${(err as Error).message}`);
    return 1;
  }
  logger.info(`Corpus chargé : ${app.indexer.index.size} documents (${config.corpusDir}).`);
  if (stop.asked) {
    logger.info('Arrêt demandé pendant le chargement.');
    await app.indexer.close();
    return 0;
  }
  if (!token) {
    await runConsole(app, logger, stop);
    return 0;
  }

  const client = createBot(app, logger);
  try {
    if (config.registerCommands) {
      const r = await registerCommands(config);
      logger.info(`${r.count} commandes enregistrées pour ${r.scope}.`);
    }
    const connected = await Promise.race([
      connectBot(client, token, logger).then(() => true),
      stop.requested.then(() => false),
    ]);
    if (!connected) {
      logger.info('Arrêt demandé pendant la connexion.');
      await app.indexer.close();
      await client.destroy();
      return 0;
    }
  } catch (err) {
    logger.error(`Connexion à Discord impossible : ${(err as Error).message}`);
    await app.indexer.close();
    await client.destroy();
    return 1;
  }
  // Load the search index now, without blocking, so that the first /recherche is quick.
  void app.indexer.index.ready();
  const unwatch = watchFollows(app, (news) => void postNews(client, news, logger));
  const { announceChannelId } = config;
  const task = scheduleReindex(config.reindexCron, app.indexer, logger, (report) => {
    if (announceChannelId) void announce(client, announceChannelId, report, app, logger);
  });
  await stop.requested;
  logger.info('Arrêt demandé : fin de la planification et déconnexion.');
  task.destroy();
  unwatch();
  await app.indexer.close();
  await client.destroy();
  return 0;
}

process.exitCode = await main();
// A clean stop lets the process end by itself; if something still holds it, end it anyway.
setTimeout(() => process.exit(), EXIT_GRACE_MS).unref();
