/**
 * The scheduled re-index: node-cron calls the indexer; a tick that comes while a run is
 * still going is skipped (noOverlap) and logged.
 */
import cron, { type ScheduledTask } from 'node-cron';
import { changeSummary } from '../answers/labels.ts';
import type { Logger } from '../logger.ts';
import type { RunReport } from './status.ts';

/** What the scheduler drives: the Indexer, or anything that runs like it. */
export interface Runner {
  run(options?: { full?: boolean }): Promise<RunReport>;
}

export function scheduleReindex(
  expression: string,
  indexer: Runner,
  logger: Logger,
  onReport?: (report: RunReport) => void,
): ScheduledTask {
  const task = cron.schedule(
    expression,
    async () => {
      const report = await indexer.run({ full: false });
      const changed = report.added.length + report.updated.length + report.removed.length;
      if (changed || report.error) {
        logger.info(
          `Réindexation : ${changeSummary({ added: report.added.length, updated: report.updated.length, removed: report.removed.length, skipped: report.skipped.length })} en ${report.durationMs} ms.`,
        );
      }
      onReport?.(report);
    },
    { name: 'reindex', noOverlap: true },
  );
  task.on('execution:overlap', () =>
    logger.warn('Réindexation planifiée sautée : la précédente tourne encore.'),
  );
  return task;
}
