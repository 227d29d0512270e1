import { rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerAccord } from '../src/answers/accord.ts';
import { openIndexer, seedCopy, tempDir } from './helpers.ts';

const FRANCE =
  'Accord franco-japonais\n\nLa France et le Japon ont signé un accord de coopération en cybersécurité à Tokyo.\n';

describe('incremental re-indexing', () => {
  it('picks up new, changed and deleted files', async () => {
    const dir = seedCopy();
    const { ctx, indexer } = await openIndexer(dir);
    expect(answerAccord(ctx, 'france').results).toEqual([]);

    writeFileSync(join(dir, 'nouveau.txt'), FRANCE);
    let r = await indexer.run();
    expect(r.added).toEqual(['nouveau.txt']);
    expect(r.unchanged).toBe(5);
    expect(answerAccord(ctx, 'france').results.map((x) => x.document)).toEqual(['nouveau.txt']);

    writeFileSync(
      join(dir, 'nouveau.txt'),
      FRANCE.replace('Japon', 'Brésil').replace('Tokyo', 'Brasilia'),
    );
    utimesSync(join(dir, 'nouveau.txt'), new Date(), new Date(Date.now() + 5000));
    r = await indexer.run();
    expect(r.updated).toEqual(['nouveau.txt']);
    expect(answerAccord(ctx, 'japon').results).toEqual([]);
    expect(answerAccord(ctx, 'brésil').results).toHaveLength(1);

    rmSync(join(dir, 'nouveau.txt'));
    r = await indexer.run();
    expect(r.removed).toEqual(['nouveau.txt']);
    expect(answerAccord(ctx, 'france').results).toEqual([]);
    expect(ctx.index.size).toBe(5);
  });

  it('keeps the last good version of a file that becomes unreadable, and flags it', async () => {
    const dir = seedCopy();
    writeFileSync(join(dir, 'nouveau.txt'), FRANCE);
    const { ctx, indexer } = await openIndexer(dir);
    writeFileSync(join(dir, 'nouveau.txt'), Buffer.from([0xff, 0xfe, 0x00, 0x41]));
    const r = await indexer.run();
    expect(r.skipped).toEqual([
      { id: 'nouveau.txt', reason: 'fichier binaire', keptPrevious: true },
    ]);
    expect(answerAccord(ctx, 'france').results).toHaveLength(1);
  });

  it('a run that fails half-way leaves the previous index serving', async () => {
    const dir = seedCopy();
    let fail = false;
    const { ctx, indexer, logger } = await openIndexer(dir, {
      beforeApply: (id) => {
        if (fail && id === 'b.txt') throw new Error('panne injectée');
      },
    });
    writeFileSync(join(dir, 'a.txt'), FRANCE);
    writeFileSync(join(dir, 'b.txt'), FRANCE.replace('Japon', 'Brésil'));
    rmSync(join(dir, '003_16694e5c39f50f83.txt'));
    fail = true;
    const r = await indexer.run();
    expect(r.error).toBe('panne injectée');
    expect(ctx.index.size).toBe(5);
    expect(ctx.index.document('a.txt')).toBeUndefined();
    expect(ctx.index.document('003_16694e5c39f50f83.txt')).toBeDefined();
    expect(answerAccord(ctx, 'russie').results).toHaveLength(3);
    expect(ctx.index.search('Comores Câbles').length).toBeGreaterThan(0);
    expect(logger.lines.some((l) => l.includes('l’index précédent reste en service'))).toBe(true);
    fail = false;
    const again = await indexer.run();
    expect(again.added.sort()).toEqual(['a.txt', 'b.txt']);
    expect(again.removed).toEqual(['003_16694e5c39f50f83.txt']);
  });
});

describe('snapshot', () => {
  it('a restart on an unchanged corpus re-analyses nothing', async () => {
    const dir = seedCopy();
    const snapshotPath = join(tempDir(), 'index.json');
    await openIndexer(dir, { snapshotPath });
    const second = await openIndexer(dir, { snapshotPath });
    expect(second.report.added).toEqual([]);
    expect(second.report.updated).toEqual([]);
    expect(second.report.unchanged).toBe(5);
    expect(second.ctx.status.origin).toBe('instantané');
    expect(answerAccord(second.ctx, 'russie').results).toHaveLength(3);
    expect(second.ctx.index.search('cybersécurité').length).toBeGreaterThan(0);
  });

  it.each([
    ['corrupt', '{"format":"accords-snap', /instantané corrompu/],
    ['older format', '{"format":"accords-snapshot","version":0}', /instantané d’un autre format/],
  ])('a %s snapshot is rebuilt from the files with one warning', async (_, content, warning) => {
    const dir = seedCopy();
    const snapshotPath = join(tempDir(), 'index.json');
    writeFileSync(snapshotPath, content);
    const { report, logger, ctx } = await openIndexer(dir, { snapshotPath });
    expect(report.added).toHaveLength(5);
    expect(logger.lines.filter((l) => l.startsWith('warn'))).toHaveLength(1);
    expect(logger.lines.find((l) => l.startsWith('warn'))).toMatch(warning);
    expect(ctx.status.origin).toBe('fichiers');
  });
});
