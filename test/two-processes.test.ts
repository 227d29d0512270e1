/**
 * The bot and `npm run ask` on one INDEX_PATH, as real processes: the bot holds the lock and
 * writes; each ask reads the bot's snapshot, never rebuilds nor writes, and says nothing of an
 * incomplete snapshot; the bot's snapshot stays whole.
 */
import { execFile, spawn } from 'node:child_process';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { answerCorpus } from '../src/answers/corpus.ts';
import { answerReindexer } from '../src/answers/reindexer.ts';
import { openIndexer, ROOT, seedCopy, tempDir } from './helpers.ts';

const run = promisify(execFile);
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const FRANCE = (i: number) =>
  `Accord ${i}\n\nLa France et le Japon ont signé l’accord ${i} de coopération en cybersécurité.\n`;

describe('two processes on one INDEX_PATH', () => {
  it('asks beside a running bot read its snapshot and write nothing; the snapshot stays usable', async () => {
    const corpus = seedCopy();
    const cache = tempDir();
    const env = {
      ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('DISCORD_'))),
      CORPUS_DIR: corpus,
      INDEX_PATH: join(cache, 'index.json'),
      REINDEX_CRON: '* * * * * *',
    };
    const ask = async (...args: string[]) => {
      const r = await run(TSX, [join(ROOT, 'src/cli/ask.ts'), ...args, '--json'], {
        cwd: ROOT,
        env,
      });
      return { json: JSON.parse(r.stdout), stderr: r.stderr };
    };
    const files = () =>
      readdirSync(cache)
        .map((f) => `${f}:${statSync(join(cache, f)).mtimeMs}`)
        .sort();

    const bot = spawn(TSX, [join(ROOT, 'src/main.ts')], { cwd: ROOT, env });
    let botLog = '';
    bot.stderr.on('data', (d) => {
      botLog += d;
    });
    try {
      for (let i = 0; i < 200 && !botLog.includes('Corpus chargé'); i++)
        await new Promise((r) => setTimeout(r, 50));
      expect(botLog).toContain('Corpus chargé : 5 documents');

      // Quiet corpus: an ask changes nothing on disk.
      const before = files();
      const [corpusAnswer, search] = await Promise.all([
        ask('corpus'),
        ask('recherche', 'cybersécurité'),
      ]);
      expect(files()).toEqual(before);
      for (const r of [corpusAnswer, search]) expect(r.stderr).toBe('');
      expect(corpusAnswer.json.documents).toBe(5);
      expect(corpusAnswer.json.alerts[0]).toMatch(
        /^Lecture seule : un autre processus tient l’index/,
      );
      expect(search.json.results.length).toBeGreaterThan(0);

      // Churn: the bot re-indexes every second while asks keep coming.
      for (let round = 0; round < 4; round++) {
        for (let k = 0; k < 5; k++)
          writeFileSync(join(corpus, `n${round}-${k}.txt`), FRANCE(round * 5 + k));
        const answers = await Promise.all([
          ask('corpus'),
          ask('recherche', 'accord'),
          ask('acteurs'),
        ]);
        for (const r of answers) expect(r.stderr).toBe('');
      }
      // The bot picks up every file; asks see its snapshot grow.
      let seen = 0;
      for (let i = 0; i < 100 && seen !== 25; i++) {
        seen = (await ask('corpus')).json.documents;
        if (seen !== 25) await new Promise((r) => setTimeout(r, 200));
      }
      expect(seen).toBe(25);
    } finally {
      bot.stdin.end();
      await new Promise((resolve) => bot.on('close', resolve));
    }
    expect(botLog).not.toMatch(/instantané incomplet|reconstruit|erreur/i);

    // The bot is gone: an ask becomes the writer and finds the snapshot whole and current.
    const after = await ask('reindexer');
    expect(after.stderr).toBe('');
    expect(after.json.added).toEqual([]);
    expect(after.json.updated).toEqual([]);
    expect(after.json.removed).toEqual([]);
    expect(after.json.unchanged).toBe(25);
  });
});

describe('reader and writer in one process (two indexers)', () => {
  it('the second reads only, says so, and becomes the writer once the first lets go', async () => {
    const dir = seedCopy();
    const snapshotPath = join(tempDir(), 'index.json');
    const writer = await openIndexer(dir, { snapshotPath });
    const reader = await openIndexer(dir, { snapshotPath });
    expect(reader.report.mode).toBe('lecture');
    expect(answerCorpus(reader.ctx).alerts[0]).toMatch(/^Lecture seule/);
    writeFileSync(join(dir, 'nouveau.txt'), FRANCE(1));
    const asked = await answerReindexer(reader.ctx);
    expect(asked.message).toMatch(/^Un autre processus tient l’index/);
    expect(reader.ctx.index.size).toBe(5);
    // The writer indexes the file; the reader's next run loads the writer's snapshot.
    expect((await writer.indexer.run()).added).toEqual(['nouveau.txt']);
    await reader.indexer.run();
    expect(reader.ctx.index.size).toBe(6);
    // The writer goes: the reader takes over, from what the writer left.
    await writer.indexer.close();
    const taken = await reader.indexer.run();
    expect(taken.mode).toBe('complet');
    expect(taken.added).toEqual([]);
    expect(taken.unchanged).toBe(6);
    expect(answerCorpus(reader.ctx).alerts).toEqual([]);
    await reader.indexer.close();
  });
});
