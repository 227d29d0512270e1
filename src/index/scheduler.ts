/**
 * Re-indexing without a restart: a few seconds after the folder watcher reports a change
 * (debounced: a burst of changes is one run), and on the cron schedule as a safety net (lost
 * notifications, folders where watching is not available). A cron tick that comes while a
 * run is still going is skipped (noOverlap) and logged.
 */
import cron from 'node-cron';
import type { Logger } from '../logger.ts';
import type { RunReport } from './status.ts';
import { changeSummary } from './summary.ts';

/** What the scheduler drives: the Indexer, or anything that runs like it. */
export interface Runner {
  run(options?: { full?: boolean }): Promise<RunReport>;
  /** True while a run is under way. */
  readonly running?: boolean;
  /** Calls `listener` whenever the folder watcher sees a change. */
  onFolderChange?(listener: (() => void) | undefined): void;
}

/** Quiet time after the last change seen before re-indexing. */
export const DEBOUNCE_MS = 3000;

export interface Schedule {
  destroy(): void;
}

export function scheduleReindex(
  expression: string,
  indexer: Runner,
  logger: Logger,
  onReport?: (report: RunReport) => void,
  options: { debounceMs?: number } = {},
): Schedule {
  const report = (r: RunReport) => {
    const changed = r.added.length + r.updated.length + r.removed.length;
    if (changed || r.error) {
      logger.info(`Réindexation : ${changeSummary({ ...r, unchanged: 0 })} en ${r.durationMs} ms.`);
    }
    onReport?.(r);
  };
  const task = cron.schedule(expression, async () => report(await indexer.run({ full: false })), {
    name: 'reindex',
    noOverlap: true,
  });
  task.on('execution:overlap', () =>
    logger.warn('Réindexation planifiée sautée : la précédente tourne encore.'),
  );

  let timer: NodeJS.Timeout | undefined;
  const afterChanges = async () => {
    timer = undefined;
    // A run already under way may have looked before these changes: run again after it.
    const joined = indexer.running === true;
    let r = await indexer.run({ full: false });
    if (joined) r = await indexer.run({ full: false });
    report(r);
  };
  indexer.onFolderChange?.(() => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      afterChanges().catch((err) => logger.error('Réindexation après changement échouée', err));
    }, options.debounceMs ?? DEBOUNCE_MS);
  });

  return {
    destroy() {
      task.destroy();
      clearTimeout(timer);
      indexer.onFolderChange?.(undefined);
    },
  };
}
