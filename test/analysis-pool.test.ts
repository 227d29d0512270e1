/** Analysis on worker threads: the bot keeps answering, and its heartbeat, while a large file is analysed. */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Client } from 'discord.js';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { startBot } from '../src/discord/bot.ts';
import { analyseFile } from '../src/index/analyse-file.ts';
import { AnalysisPool } from '../src/index/analysis-pool.ts';
import { FollowStore } from '../src/index/follows.ts';
import { FAKE_TOKEN, FakeDiscord, fakeBotEnv } from './fake-discord.ts';
import { DATA, openIndexer, ROOT, seedCopy, tempDir } from './helpers.ts';

/** A 2 MB file on one line, made of real sentences. */
function bigLine(): string {
  const text = readFileSync(join(DATA, '002_7bacfd5d60cb52ed.txt'), 'utf8').replace(/\n+/g, ' ');
  let line = '';
  while (line.length < 2_000_000) line += `${text} `;
  return line;
}

describe('the analysis pool', () => {
  it('answers every file sent to one worker, a slow PDF before a quick web page', async () => {
    const pool = new AnalysisPool(1);
    const dir = join(ROOT, 'eval/corpora/formats');
    const ids = [
      'paris-call.pdf',
      'partenariat-pininfarina-bosch.docx',
      'exercice-naval-mediterranee.html',
    ];
    try {
      const results = await Promise.all(
        ids.map((id) =>
          pool.analyse({ file: { id, path: join(dir, id), size: 1, mtimeMs: 0 }, maxBytes: 1e6 }),
        ),
      );
      expect(results.map((r) => r.ok && r.doc?.id)).toEqual(ids);
    } finally {
      await pool.close();
    }
  });
  it('analyses on another thread, with the same result as on this one', async () => {
    const pool = new AnalysisPool(1);
    const file = { id: 'a.txt', path: join(DATA, '002_7bacfd5d60cb52ed.txt'), size: 1, mtimeMs: 0 };
    const task = { file, maxBytes: 1e6 };
    const far = await pool.analyse(task);
    expect(far.threadId).toBeGreaterThan(0);
    const { threadId: _, ...result } = far;
    expect(result).toEqual(await analyseFile(task));
    // Many files at once, several in flight per worker: each answer is its own file's.
    const ids = readdirSync(DATA);
    const many = await Promise.all(
      ids.flatMap((id) =>
        [0, 1, 2, 3].map(() =>
          pool.analyse({ file: { ...file, id, path: join(DATA, id) }, maxBytes: 1e6 }),
        ),
      ),
    );
    expect(many.map((r) => r.ok && r.doc?.id)).toEqual(ids.flatMap((id) => [id, id, id, id]));
    // A file that has not changed is read and hashed, not analysed again.
    const same = await pool.analyse({ ...task, knownHash: far.ok ? far.hash : '' });
    expect(same.ok && same.doc).toBeUndefined();
    await pool.close();
  });
});

let fake: FakeDiscord | undefined;
let client: Client | undefined;
afterAll(async () => {
  await client?.destroy();
  await fake?.stop();
});

describe('a 2 MB single-line file', () => {
  it('is analysed while the bot answers commands and keeps its heartbeat', async () => {
    fake = new FakeDiscord(50);
    await fake.start();
    const corpus = seedCopy();
    let analysed: { requests: number; heartbeats: number } | undefined;
    const { indexer, ctx, logger } = await openIndexer(corpus, {
      maxFileBytes: 5e6,
      onAnalysed: (id) => {
        if (id === 'gros.txt' && fake)
          analysed = { requests: fake.requests.length, heartbeats: fake.heartbeats };
      },
    });
    const config = loadConfig(fakeBotEnv(fake, corpus, join(tempDir(), 'index.json')));
    client = await startBot(
      { config, indexer, context: ctx, follows: new FollowStore() },
      FAKE_TOKEN,
      logger,
    );
    writeFileSync(join(corpus, 'gros.txt'), bigLine());
    const beats = fake.heartbeats;
    const run = indexer.run();
    // Asked while the file is being analysed: answered before the analysis ends.
    const reply = await fake.callback(fake.command('corpus'));
    const answeredAt = fake.requests.indexOf(reply);
    const report = await run;
    expect(report.added).toEqual(['gros.txt']);
    expect(analysed).toBeDefined();
    expect(answeredAt).toBeLessThan(analysed?.requests ?? 0);
    expect(analysed?.heartbeats ?? 0).toBeGreaterThan(beats);
  });
});

describe('ANALYSIS_WORKERS', () => {
  it('takes 0 (the main thread) to 64, and names itself when wrong', async () => {
    const { ConfigError } = await import('../src/config.ts');
    expect(loadConfig({ ANALYSIS_WORKERS: '0' }).analysisWorkers).toBe(0);
    expect(loadConfig({}).analysisWorkers).toBeGreaterThanOrEqual(1);
    expect(() => loadConfig({ ANALYSIS_WORKERS: 'deux' })).toThrow(ConfigError);
    expect(() => loadConfig({ ANALYSIS_WORKERS: 'deux' })).toThrow(/^ANALYSIS_WORKERS doit être/);
  });
});
