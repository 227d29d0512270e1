import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerAccord } from '../src/answers/accord.ts';
import { answerReindexer } from '../src/answers/reindexer.ts';
import { ConfigError, loadConfig } from '../src/config.ts';
import { readCorpusFile } from '../src/corpus/files.ts';
import { scheduleReindex } from '../src/index/scheduler.ts';
import type { RunReport } from '../src/index/status.ts';
import { memoryLogger } from '../src/logger.ts';
import { openIndexer, seedCopy } from './helpers.ts';

const FRANCE =
  'Accord franco-japonais\n\nLa France et le Japon ont signé un accord de coopération en cybersécurité à Tokyo.\n';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(check: () => boolean, ms = 6000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('condition jamais remplie');
    await sleep(50);
  }
}

describe('the cron schedule, for real', () => {
  it('brings a new file in without a restart (seconds field)', async () => {
    const dir = seedCopy();
    const { ctx, indexer } = await openIndexer(dir);
    const logger = memoryLogger();
    const task = scheduleReindex('* * * * * *', indexer, logger);
    try {
      writeFileSync(join(dir, 'nouveau.txt'), FRANCE);
      await until(() => answerAccord(ctx, 'france').results.length === 1);
      expect(logger.lines.some((l) => l.includes('Réindexation : 1 ajouté en'))).toBe(true);
    } finally {
      task.destroy();
    }
  });

  it('re-indexes a few seconds after the watcher sees a change, one run for a burst of changes', async () => {
    const dir = seedCopy();
    const { ctx, indexer } = await openIndexer(dir, { watch: true });
    const logger = memoryLogger();
    // A cron that will not fire during the test: only the watcher can bring the files in.
    const schedule = scheduleReindex('0 0 1 1 *', indexer, logger, undefined, { debounceMs: 400 });
    try {
      writeFileSync(join(dir, 'nouveau.txt'), FRANCE);
      for (let i = 0; i < 4; i++)
        writeFileSync(join(dir, `note-${i}.txt`), `Note ${i}\n\nTexte.\n`);
      await until(() => answerAccord(ctx, 'france').results.length === 1);
      await sleep(600);
      const runs = logger.lines.filter((l) => l.startsWith('info Réindexation :'));
      expect(runs).toHaveLength(1);
      expect(runs[0]).toContain('5 ajoutés');
    } finally {
      schedule.destroy();
      indexer.close();
    }
  });

  it('skips and logs a tick that comes while the previous run is still going', async () => {
    let running = 0;
    let maxRunning = 0;
    let runs = 0;
    const slow = {
      run: async (): Promise<RunReport> => {
        running++;
        runs++;
        maxRunning = Math.max(maxRunning, running);
        await sleep(2300);
        running--;
        return {
          startedAt: '',
          durationMs: 2300,
          added: [],
          updated: [],
          removed: [],
          unchanged: 0,
          skipped: [],
        };
      },
    };
    const logger = memoryLogger();
    const task = scheduleReindex('* * * * * *', slow, logger);
    try {
      await until(() => logger.lines.some((l) => l.includes('sautée')), 5000);
    } finally {
      task.destroy();
    }
    expect(maxRunning).toBe(1);
    expect(runs).toBeGreaterThanOrEqual(1);
  });
});

describe('runs and queries', () => {
  it('two calls at once share one run', async () => {
    const dir = seedCopy();
    const { indexer } = await openIndexer(dir);
    writeFileSync(join(dir, 'nouveau.txt'), FRANCE);
    const [a, b] = [indexer.run(), indexer.run()];
    expect(a).toBe(b);
    expect((await a).added).toEqual(['nouveau.txt']);
  });

  it('queries during a run see the old corpus, then the new one, never a mix', async () => {
    const dir = seedCopy();
    const { ctx, indexer } = await openIndexer(dir);
    writeFileSync(join(dir, 'a.txt'), FRANCE);
    writeFileSync(
      join(dir, 'b.txt'),
      FRANCE.replace('japonais', 'brésilien')
        .replace('Japon', 'Brésil')
        .replace('Tokyo', 'Brasilia'),
    );
    const run = indexer.run();
    const during: number[] = [];
    // Reading and analysing the files is asynchronous: ask while it goes.
    while (indexer.running) {
      during.push(answerAccord(ctx, 'france').results.length);
      await sleep(0);
    }
    await run;
    expect(during.length).toBeGreaterThan(0);
    expect(during.every((n) => n === 0 || n === 2)).toBe(true);
    expect(answerAccord(ctx, 'france').results).toHaveLength(2);
  });

  it('a renamed file is removed under its old name and added under the new one', async () => {
    const dir = seedCopy();
    writeFileSync(join(dir, 'avant.txt'), FRANCE);
    const { ctx, indexer } = await openIndexer(dir);
    renameSync(join(dir, 'avant.txt'), join(dir, 'apres.txt'));
    const r = await indexer.run();
    expect(r.added).toEqual(['apres.txt']);
    expect(r.removed).toEqual(['avant.txt']);
    expect(answerAccord(ctx, 'france').results.map((x) => x.document)).toEqual(['apres.txt']);
  });

  it('/reindexer says what changed, with titles', async () => {
    const dir = seedCopy();
    const { ctx } = await openIndexer(dir);
    expect((await answerReindexer(ctx)).message).toBe('Aucun changement.');
    writeFileSync(join(dir, 'nouveau.txt'), FRANCE);
    const a = await answerReindexer(ctx);
    expect(a.added).toEqual([{ id: 'nouveau.txt', title: 'Accord franco-japonais' }]);
  });

  it('a file that vanished between listing and reading is skipped with its reason', async () => {
    const r = await readCorpusFile(
      { id: 'parti.txt', path: '/nonexistent/parti.txt', size: 10, mtimeMs: 0 },
      1000,
    );
    expect(r).toEqual({ ok: false, reason: 'fichier disparu pendant la lecture' });
  });
});

describe('configuration', () => {
  it('rejects an invalid REINDEX_CRON, naming it', () => {
    expect(() => loadConfig({ REINDEX_CRON: 'toutes les heures' })).toThrow(ConfigError);
    expect(() => loadConfig({ REINDEX_CRON: 'toutes les heures' })).toThrow(
      /^REINDEX_CRON n’est pas une expression cron valide/,
    );
  });
  it('accepts five or six fields', () => {
    expect(loadConfig({ REINDEX_CRON: '*/2 * * * * *' }).reindexCron).toBe('*/2 * * * * *');
    expect(loadConfig({}).reindexCron).toBe('*/5 * * * *');
  });
  it('names the variable of a malformed Discord setting, never echoing the token', () => {
    expect(() => loadConfig({ DISCORD_GUILD_ID: 'abc' })).toThrow(/^DISCORD_GUILD_ID/);
    try {
      loadConfig({ DISCORD_TOKEN: 'secret token with spaces' });
      expect.unreachable();
    } catch (err) {
      expect((err as Error).message).toMatch(/^DISCORD_TOKEN est mal formé/);
      expect((err as Error).message).not.toContain('secret');
    }
  });
});

describe('scheduled runs read only what changed', () => {
  it('the watcher tells a run which files changed: added, modified, deleted, in sub-folders too', async () => {
    const { mkdirSync } = await import('node:fs');
    const dir = seedCopy();
    const { ctx, indexer } = await openIndexer(dir, { watch: true });
    try {
      await indexer.run({ full: false }); // the first scheduled run scans everything once
      const runUntil = async (check: (r: RunReport) => boolean) => {
        for (let i = 0; i < 40; i++) {
          await sleep(50);
          const r = await indexer.run({ full: false });
          if (check(r)) return r;
        }
        throw new Error('changement jamais vu');
      };
      writeFileSync(join(dir, 'nouveau.txt'), FRANCE);
      let r = await runUntil((x) => x.added.length > 0);
      expect(r.mode).toBe('changements');
      expect(r.examined).toBe(1);
      expect(r.added).toEqual(['nouveau.txt']);
      expect(answerAccord(ctx, 'france').results).toHaveLength(1);

      writeFileSync(
        join(dir, 'nouveau.txt'),
        FRANCE.replace('japonais', 'brésilien')
          .replace('Japon', 'Brésil')
          .replace('Tokyo', 'Brasilia'),
      );
      r = await runUntil((x) => x.updated.length > 0);
      expect(r.updated).toEqual(['nouveau.txt']);

      rmSync(join(dir, 'nouveau.txt'));
      r = await runUntil((x) => x.removed.length > 0);
      expect(r.removed).toEqual(['nouveau.txt']);

      mkdirSync(join(dir, 'dossier'));
      writeFileSync(join(dir, 'dossier', 'a.txt'), FRANCE);
      r = await runUntil((x) => x.added.length > 0);
      expect(r.added).toEqual(['dossier/a.txt']);
      rmSync(join(dir, 'dossier'), { recursive: true });
      r = await runUntil((x) => x.removed.length > 0);
      expect(r.removed).toEqual(['dossier/a.txt']);
      expect(ctx.index.size).toBe(5);
    } finally {
      indexer.close();
    }
  });

  it('re-attaches when the corpus folder is renamed or replaced (sync into a new folder, swap)', async () => {
    const { cpSync, mkdirSync } = await import('node:fs');
    const dir = seedCopy();
    const { ctx, indexer } = await openIndexer(dir, { watch: true });
    try {
      await indexer.run({ full: false });
      // Deploy: a new folder with the same files and one more, swapped in place of the old.
      const next = `${dir}.new`;
      mkdirSync(next);
      cpSync(dir, next, { recursive: true });
      writeFileSync(join(next, 'nouveau.txt'), FRANCE);
      renameSync(dir, `${dir}.old`);
      renameSync(next, dir);
      const swapped = await indexer.run({ full: false });
      expect(swapped.mode).toBe('complet');
      expect(swapped.added).toEqual(['nouveau.txt']);
      // From now on the new folder's own notifications are seen, not only the periodic scan.
      writeFileSync(join(dir, 'encore.txt'), FRANCE.replace('Japon', 'Brésil'));
      let r: RunReport | undefined;
      for (let i = 0; i < 40 && !r?.added.length; i++) {
        await sleep(50);
        r = await indexer.run({ full: false });
      }
      expect(r?.added).toEqual(['encore.txt']);
      expect(r?.mode).toBe('changements');
      expect(answerAccord(ctx, 'brésil').results).toHaveLength(1);
      // The old folder is no longer watched.
      writeFileSync(join(`${dir}.old`, 'fantome.txt'), FRANCE);
      await sleep(100);
      expect((await indexer.run({ full: false })).examined).toBe(0);
    } finally {
      await indexer.close();
    }
  });
});
