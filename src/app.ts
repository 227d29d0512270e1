/** Start-up shared by every front end: configuration, then the index, loaded and up to date. */
import type { AnswerContext } from './answers/context.ts';
import { NewsTracker } from './answers/news.ts';
import type { FollowNews } from './answers/types.ts';
import type { Config } from './config.ts';
import { FollowStore } from './index/follows.ts';
import { Indexer } from './index/indexer.ts';
import type { Logger } from './logger.ts';

export interface App {
  config: Config;
  indexer: Indexer;
  context: AnswerContext;
  follows: FollowStore;
}

/**
 * `watch: false` for one-shot use (`npm run ask`): no scheduled run will ever read what a
 * file watcher would report.
 */
export async function openApp(
  config: Config,
  logger: Logger,
  options: { watch?: boolean } = {},
): Promise<App> {
  const indexer = new Indexer({
    root: config.corpusDir,
    maxFileBytes: config.maxFileBytes,
    workers: config.analysisWorkers,
    snapshotPath: config.indexPath,
    logger,
    watch: options.watch ?? true,
  });
  const report = await indexer.open();
  // A folder that cannot be read at start-up is served from the snapshot (and /corpus says
  // so); without a snapshot there is nothing to serve.
  if (report.error && indexer.status.origin !== 'instantané') throw new Error(report.error);
  if (report.error) logger.warn(`Le dossier du corpus n’a pas pu être relu : ${report.error}`);
  const follows = new FollowStore(config.followsPath);
  await follows.load();
  if (follows.broken) logger.warn(`Suivis : ${follows.broken}.`);
  const context: AnswerContext = {
    get index() {
      return indexer.index;
    },
    status: indexer.status,
    reindex: () => indexer.run(),
    intake: {
      root: config.corpusDir,
      maxFileBytes: config.maxFileBytes,
      indexNow: (ids) => indexer.indexNow(ids),
    },
    follows,
  };
  return { config, indexer, context, follows };
}

/**
 * After every re-index from now on, the news of the parties followed: `post` receives each
 * channel's (the front end posts those of its own channels). Returns how to stop.
 */
export function watchFollows(app: App, post: (news: FollowNews) => void): () => void {
  const tracker = new NewsTracker(() => app.indexer.index);
  return app.indexer.onRun((report) => {
    for (const news of tracker.afterRun(report, app.follows)) post(news);
  });
}
