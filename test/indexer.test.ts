import {
  appendFileSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analysisFingerprint } from '../src/analysis/fingerprint.ts';
import { answerAccord } from '../src/answers/accord.ts';
import type { Indexer } from '../src/index/indexer.ts';
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
      FRANCE.replace('japonais', 'brésilien')
        .replace('Japon', 'Brésil')
        .replace('Tokyo', 'Brasilia'),
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
    writeFileSync(join(dir, 'nouveau.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]));
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

describe('first build from the files', () => {
  it('indexed as the files are analysed, it serves every document only once the run is over', async () => {
    const dir = seedCopy();
    const sizes: number[] = [];
    let indexer: Indexer | undefined;
    const opened = openIndexer(dir, {
      onAnalysed: () => sizes.push(indexer?.index.size ?? 0),
    });
    ({ indexer } = await opened);
    const { ctx } = await opened;
    expect(sizes).toEqual([0, 0, 0, 0, 0]); // nothing served half-built
    expect(ctx.index.size).toBe(5);
    expect([...ctx.index.documents()].map((d) => d.id)).toEqual(
      readdirSync(dir)
        .filter((f) => f.endsWith('.txt'))
        .sort(),
    );
    expect(answerAccord(ctx, 'russie').results).toHaveLength(3);
    expect(ctx.index.search('Comores Câbles').length).toBeGreaterThan(0);
  });

  it('a fault half-way leaves the empty index serving, and the next run builds it all', async () => {
    const dir = seedCopy();
    let fail = true;
    const { ctx, indexer, report, logger } = await openIndexer(dir, {
      beforeApply: (id) => {
        if (fail && id === '003_16694e5c39f50f83.txt') throw new Error('panne injectée');
      },
    });
    expect(report.error).toBe('panne injectée');
    expect(ctx.index.size).toBe(0);
    expect(ctx.index.search('Comores Câbles')).toEqual([]);
    expect(logger.lines.some((l) => l.includes('l’index précédent reste en service'))).toBe(true);
    fail = false;
    const again = await indexer.run();
    expect(again.added).toHaveLength(5);
    expect(answerAccord(ctx, 'russie').results).toHaveLength(3);
  });
});

describe('snapshot', () => {
  it('a restart on an unchanged corpus re-analyses nothing', async () => {
    const dir = seedCopy();
    const snapshotPath = join(tempDir(), 'index.json');
    await (await openIndexer(dir, { snapshotPath })).indexer.close();
    const second = await openIndexer(dir, { snapshotPath });
    expect(second.report.added).toEqual([]);
    expect(second.report.updated).toEqual([]);
    expect(second.report.unchanged).toBe(5);
    expect(second.ctx.status.origin).toBe('instantané');
    expect(answerAccord(second.ctx, 'russie').results).toHaveLength(3);
    expect(second.ctx.index.search('cybersécurité').length).toBeGreaterThan(0);
  });

  it.each([
    ['a corrupt', '{"format":"accords-snap', /instantané corrompu/],
    [
      'an older-format',
      '{"format":"accords-snapshot","version":0}',
      /instantané d’un autre format/,
    ],
  ])('%s snapshot is rebuilt from the files with one warning', async (_, content, warning) => {
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

describe('snapshot and the analysis that made it', () => {
  it('a snapshot made by another version of the analysis is rebuilt, not served stale', async () => {
    const dir = seedCopy();
    const snapshotPath = join(tempDir(), 'index.json');
    await (await openIndexer(dir, { snapshotPath })).indexer.close();
    const manifest = JSON.parse(readFileSync(snapshotPath, 'utf8'));
    expect(manifest.analysis).toBe(analysisFingerprint());
    writeFileSync(snapshotPath, JSON.stringify({ ...manifest, analysis: 'an-older-analysis' }));
    const { report, logger, ctx } = await openIndexer(dir, { snapshotPath });
    expect(report.added).toHaveLength(5);
    expect(logger.lines.find((l) => l.startsWith('warn'))).toMatch(/autre version de l’analyse/);
    expect(ctx.status.origin).toBe('fichiers');
  });
});

describe('snapshot journal and lazy loading', () => {
  it('a change writes one journal line, and a restart replays it without re-analysing', async () => {
    const dir = seedCopy();
    const snapshotPath = join(tempDir(), 'index.json');
    const first = await openIndexer(dir, { snapshotPath });
    writeFileSync(join(dir, 'nouveau.txt'), FRANCE);
    rmSync(join(dir, '003_16694e5c39f50f83.txt'));
    await first.indexer.run();
    const journal = readFileSync(`${snapshotPath}.journal`, 'utf8').trim().split('\n');
    expect(journal).toHaveLength(1);
    expect(JSON.parse(journal[0]?.split('\t')[0] ?? '{}').removals).toEqual([
      '003_16694e5c39f50f83.txt',
    ]);

    await first.indexer.close();
    const second = await openIndexer(dir, { snapshotPath });
    expect(second.report.added).toEqual([]);
    expect(second.report.removed).toEqual([]);
    expect(second.report.unchanged).toBe(5);
    expect(answerAccord(second.ctx, 'france').results.map((r) => r.document)).toEqual([
      'nouveau.txt',
    ]);
    expect(second.ctx.index.document('003_16694e5c39f50f83.txt')).toBeUndefined();
  });

  it('loads the search index only when a search needs it, with the changes made meanwhile', async () => {
    const dir = seedCopy();
    const snapshotPath = join(tempDir(), 'index.json');
    await (await openIndexer(dir, { snapshotPath })).indexer.close();
    writeFileSync(join(dir, 'nouveau.txt'), FRANCE);
    rmSync(join(dir, '003_16694e5c39f50f83.txt'));
    const { ctx, indexer } = await openIndexer(dir, { snapshotPath });
    expect(ctx.index.searchLoaded).toBe(false);
    expect(answerAccord(ctx, 'russie').results).toHaveLength(3); // no search index needed
    expect(ctx.index.searchLoaded).toBe(false);
    expect(
      indexer.index
        .search('japon')
        .map((h) => String(h.id))
        .sort(),
    ).toEqual(['0\u0000nouveau.txt', '1\u0000nouveau.txt']);
    expect(ctx.index.searchLoaded).toBe(true);
    expect(ctx.index.search('Comores Câbles')).toEqual([]);
  });

  it('a torn journal line is ignored with one warning and its files are read again', async () => {
    const dir = seedCopy();
    const snapshotPath = join(tempDir(), 'index.json');
    const first = await openIndexer(dir, { snapshotPath });
    writeFileSync(join(dir, 'nouveau.txt'), FRANCE);
    await first.indexer.run();
    appendFileSync(`${snapshotPath}.journal`, '{"seq":99,"upserts":[{"doc":');
    await first.indexer.close();
    const second = await openIndexer(dir, { snapshotPath });
    expect(second.logger.lines.filter((l) => l.startsWith('warn'))).toHaveLength(1);
    expect(second.ctx.index.size).toBe(6);
    expect(answerAccord(second.ctx, 'france').results).toHaveLength(1);
  });

  it('a full snapshot replaces the journal when it grows, and old parts are removed', async () => {
    const dir = seedCopy();
    const cache = tempDir();
    const snapshotPath = join(cache, 'index.json');
    const { indexer } = await openIndexer(dir, { snapshotPath });
    for (let i = 0; i < 210; i++)
      writeFileSync(join(dir, `n${i}.txt`), FRANCE.replace('Tokyo', `Tokyo ${i}`));
    await indexer.run();
    expect(readdirSync(cache).sort()).toEqual(
      expect.arrayContaining([expect.stringMatching(/^index\..+\.docs\.json$/), 'index.json']),
    );
    expect(readdirSync(cache).filter((f) => f.endsWith('.journal'))).toEqual([]);
    expect(readdirSync(cache).filter((f) => f.endsWith('.docs.json'))).toHaveLength(1);
    await indexer.close();
    const again = await openIndexer(dir, { snapshotPath });
    expect(again.ctx.index.size).toBe(215);
    expect(again.report.added).toEqual([]);
  });

  it('an unreadable search part is rebuilt from the documents', async () => {
    const dir = seedCopy();
    const cache = tempDir();
    const snapshotPath = join(cache, 'index.json');
    await (await openIndexer(dir, { snapshotPath })).indexer.close();
    const search = readdirSync(cache).find((f) => f.endsWith('.search.json')) as string;
    writeFileSync(join(cache, search), '{oups');
    const { ctx } = await openIndexer(dir, { snapshotPath });
    expect(ctx.index.search('cryptographie').length).toBeGreaterThan(0);
  });
});

describe('registries follow removals', () => {
  it('a name leads to its actor while any document still gives it, and no longer after', async () => {
    const dir = seedCopy();
    const text =
      'Accord\n\nLe Groupe Alpha Beta (GAB) et la France ont signé un accord de coopération.\n';
    writeFileSync(join(dir, 'a.txt'), text);
    writeFileSync(join(dir, 'b.txt'), text.replace('France', 'Japon'));
    const { ctx, indexer } = await openIndexer(dir);
    expect(ctx.index.resolve('GAB')).toEqual(['org:gab']);
    expect(ctx.index.resolve('groupe alpha beta')).toEqual(['org:gab']);
    rmSync(join(dir, 'a.txt'));
    await indexer.run();
    expect(ctx.index.resolve('GAB')).toEqual(['org:gab']);
    rmSync(join(dir, 'b.txt'));
    await indexer.run();
    expect(ctx.index.resolve('GAB')).toEqual([]);
    expect(ctx.index.resolve('groupe alpha beta')).toEqual([]);
  });
});
