/**
 * Every part of the snapshot is checked before use; a bad part is rebuilt once and written
 * again; writes are whole or absent; the journal never keeps a torn line.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, chmodSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { answerAccord } from '../src/answers/accord.ts';
import { answerDocument } from '../src/answers/document.ts';
import { answerRecherche } from '../src/answers/recherche.ts';
import { writeAll } from '../src/index/durable-file.ts';
import { openIndexer, ROOT, seedCopy, tempDir } from './helpers.ts';

const FRANCE =
  'Accord franco-japonais\n\nLa France et le Japon ont signé un accord de coopération en cybersécurité à Tokyo.\n';

/** A corpus with a saved snapshot, and the path of one of its parts. */
async function saved() {
  const dir = seedCopy();
  const cache = tempDir();
  const snapshotPath = join(cache, 'index.json');
  const first = await openIndexer(dir, { snapshotPath });
  await first.indexer.close();
  const part = (suffix: string) =>
    join(cache, readdirSync(cache).find((f) => f.endsWith(suffix)) as string);
  return { dir, cache, snapshotPath, part };
}

const warnings = (lines: string[]) => lines.filter((l) => l.startsWith('warn'));

describe('damaged parts', () => {
  it('64 bytes overwritten in the bodies part: rebuilt from the files once, then written again', async () => {
    const { dir, snapshotPath, part } = await saved();
    const bodies = readFileSync(part('.bodies.bin'));
    bodies.fill(0x41, 100, 164);
    writeFileSync(part('.bodies.bin'), bodies);
    const second = await openIndexer(dir, { snapshotPath });
    expect(warnings(second.logger.lines)).toEqual([
      expect.stringMatching(/partie textes de l’instantané abîmée \(empreinte différente\)/),
    ]);
    expect(second.report.added).toHaveLength(5);
    expect(answerDocument(second.ctx, '002').document?.paragraphs).toBeGreaterThan(0);
    expect(answerRecherche(second.ctx, 'cryptographie').results.length).toBeGreaterThan(0);
    await second.indexer.close();
    const third = await openIndexer(dir, { snapshotPath });
    expect(warnings(third.logger.lines)).toEqual([]);
    expect(third.report.added).toEqual([]);
    expect(third.ctx.status.origin).toBe('instantané');
  });

  it('a docs part replaced by an empty one: no « duplicate ID », and later saves work', async () => {
    const { dir, snapshotPath, part } = await saved();
    writeFileSync(part('.docs.json'), '{"files":[],"docs":[]}');
    const second = await openIndexer(dir, { snapshotPath });
    expect(warnings(second.logger.lines)).toEqual([
      expect.stringMatching(/partie documents de l’instantané abîmée/),
    ]);
    expect(second.ctx.index.size).toBe(5);
    expect(answerRecherche(second.ctx, 'cybersécurité').results.length).toBeGreaterThan(0);
    writeFileSync(join(dir, 'nouveau.txt'), FRANCE);
    const r = await second.indexer.run();
    expect(r.added).toEqual(['nouveau.txt']);
    expect(second.ctx.status.saveError).toBeUndefined();
    await second.indexer.close();
    const third = await openIndexer(dir, { snapshotPath });
    expect(warnings(third.logger.lines)).toEqual([]);
    expect(third.ctx.index.size).toBe(6);
  });

  it.each([
    [
      'one flipped letter',
      (b: Buffer) => {
        const at = b.indexOf('cryptograph');
        b[at] = 'k'.charCodeAt(0);
        return b;
      },
    ],
    ['a truncated search part', (b: Buffer) => b.subarray(0, b.length / 2)],
  ])('%s in the search part: found, rebuilt from the documents once, written again', async (_, damage) => {
    const { dir, snapshotPath, part } = await saved();
    writeFileSync(part('.search.json'), damage(readFileSync(part('.search.json'))));
    const second = await openIndexer(dir, { snapshotPath });
    expect(answerRecherche(second.ctx, 'cryptographie').mode).toBe('exact');
    expect(warnings(second.logger.lines)).toEqual([
      expect.stringMatching(
        /partie recherche de l’instantané abîmée .* index de recherche reconstruit depuis les documents, il sera réécrit/,
      ),
    ]);
    // The rewrite runs after the answer; the next run waits for it.
    await second.indexer.run();
    await second.indexer.close();
    const third = await openIndexer(dir, { snapshotPath });
    expect(answerRecherche(third.ctx, 'cryptographie').mode).toBe('exact');
    expect(warnings(third.logger.lines)).toEqual([]);
  });
});

describe('hygiene', () => {
  it('temporary files of a killed writer are removed at the next start', async () => {
    const { dir, cache, snapshotPath } = await saved();
    writeFileSync(join(cache, 'index.7-abc.search.json.4242.tmp'), '{"documentCount":');
    writeFileSync(join(cache, 'index.json.4242.tmp'), '{');
    writeFileSync(join(cache, 'autre.tmp'), 'not ours');
    const { indexer } = await openIndexer(dir, { snapshotPath });
    await indexer.close();
    expect(readdirSync(cache).filter((f) => f.endsWith('.tmp'))).toEqual(['autre.tmp']);
  });

  it('a torn journal line is cut by the next writer; later lines no longer pile up behind it', async () => {
    const { dir, snapshotPath } = await saved();
    const first = await openIndexer(dir, { snapshotPath });
    writeFileSync(join(dir, 'a.txt'), FRANCE);
    await first.indexer.run();
    await first.indexer.close();
    const whole = readFileSync(`${snapshotPath}.journal`, 'utf8');
    appendFileSync(`${snapshotPath}.journal`, '{"seq":99,"upserts":[{"doc":');
    const second = await openIndexer(dir, { snapshotPath });
    expect(warnings(second.logger.lines)).toEqual([
      expect.stringMatching(/ligne abîmée du journal de l’instantané a été retirée/),
    ]);
    expect(readFileSync(`${snapshotPath}.journal`, 'utf8')).toBe(whole);
    writeFileSync(join(dir, 'b.txt'), FRANCE.replace('Japon', 'Brésil'));
    await second.indexer.run();
    await second.indexer.close();
    const third = await openIndexer(dir, { snapshotPath });
    expect(warnings(third.logger.lines)).toEqual([]);
    expect(third.report.added).toEqual([]);
    expect(answerAccord(third.ctx, 'brésil').results.map((r) => r.document)).toEqual(['b.txt']);
  });

  it('a journal line that does not follow the parts is not replayed on them', async () => {
    const { dir, snapshotPath } = await saved();
    const first = await openIndexer(dir, { snapshotPath });
    writeFileSync(join(dir, 'a.txt'), FRANCE);
    await first.indexer.run();
    await first.indexer.close();
    // The same line, as if written after a later base (seq 2 → 7), checksum recomputed.
    const [json] = readFileSync(`${snapshotPath}.journal`, 'utf8').split('\t');
    const moved = (json ?? '').replace(/^\{"seq":\d+/, '{"seq":7');
    const sum = createHash('sha256').update(moved).digest('hex').slice(0, 16);
    writeFileSync(`${snapshotPath}.journal`, `${moved}\t${sum}\n`);
    const second = await openIndexer(dir, { snapshotPath });
    expect(warnings(second.logger.lines)).toEqual([
      expect.stringMatching(/journal qui ne suit pas les parties/),
    ]);
    expect(second.report.added).toEqual(['a.txt']); // read again from the file, not replayed
    await second.indexer.close();
  });

  it('a write that makes no progress is an error, never a short file', async () => {
    const calls: number[] = [];
    const handle = {
      write: async (_b: Uint8Array, _o: number, length: number) => {
        calls.push(length);
        return { bytesWritten: calls.length === 1 ? Math.floor(length / 2) : 0, buffer: _b };
      },
    };
    await expect(writeAll(handle as never, Buffer.alloc(1000))).rejects.toThrow(
      /écriture incomplète/,
    );
    expect(calls).toEqual([1000, 500]);
  });
});

const run = promisify(execFile);
/** `npm run ask -- corpus --json`, with a limit on file sizes (a full disk, as the kernel does it). */
async function askLimited(env: Record<string, string>, limitKb?: number) {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith('DISCORD_')),
  );
  const cmd = `${limitKb ? `ulimit -f ${limitKb}; trap '' XFSZ; ` : ''}exec "$0" "$1" corpus --json`;
  const r = await run(
    'bash',
    ['-c', cmd, join(ROOT, 'node_modules/.bin/tsx'), join(ROOT, 'src/cli/ask.ts')],
    {
      cwd: ROOT,
      env: { ...clean, ...env },
    },
  );
  return { json: JSON.parse(r.stdout), stderr: r.stderr };
}

describe('a save that fails', () => {
  it('a write cut short (file size limit) is caught before the rename; /corpus says the index is not saved', async () => {
    const { dir, cache, snapshotPath } = await saved();
    const before = readFileSync(snapshotPath, 'utf8');
    for (let i = 0; i < 210; i++)
      writeFileSync(join(dir, `n${i}.txt`), FRANCE.replace('Tokyo', `Tokyo ${i}`));
    const env = { CORPUS_DIR: dir, INDEX_PATH: snapshotPath };
    const cut = await askLimited(env, 24);
    expect(cut.json.documents).toBe(215);
    expect(cut.json.alerts).toEqual([
      expect.stringMatching(/^Index non enregistré \(fichier trop grand pour le système\)/),
    ]);
    expect(readFileSync(snapshotPath, 'utf8')).toBe(before);
    expect(readdirSync(cache).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    // The previous snapshot is whole: the next start uses it and reads only the new files.
    const next = await openIndexer(dir, { snapshotPath });
    expect(warnings(next.logger.lines)).toEqual([]);
    expect(next.report.added).toHaveLength(210);
    expect(next.report.unchanged).toBe(5);
  });

  it('a read-only cache folder: the answers are right and /corpus says the index is not saved', async () => {
    if (process.getuid?.() !== 0) return; // needs another user to make a folder read-only for
    const dir = seedCopy();
    const cache = tempDir();
    chmodSync(dir, 0o755);
    chmodSync(cache, 0o755); // readable by all, writable by its owner (root) only
    const r = await run(
      join(ROOT, 'node_modules/.bin/tsx'),
      [join(ROOT, 'src/cli/ask.ts'), 'corpus', '--json'],
      {
        cwd: ROOT,
        uid: 65534,
        gid: 65534,
        env: {
          ...process.env,
          HOME: tempDir(),
          CORPUS_DIR: dir,
          INDEX_PATH: join(cache, 'index.json'),
        },
      },
    );
    const json = JSON.parse(r.stdout);
    expect(json.documents).toBe(5);
    expect(json.alerts).toEqual([
      expect.stringMatching(/^Index non enregistré \(écriture refusée \(permissions\)\)/),
    ]);
  });
});
