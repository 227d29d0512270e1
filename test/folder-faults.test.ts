/**
 * A folder that cannot be read is a fault, not an empty folder: its documents keep their last
 * good version and the snapshot is never rewritten as empty. Permissions are real: the
 * checks run `npm run ask` as an unprivileged user (root reads everything).
 */
import { execFile } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { answerCorpus } from '../src/answers/corpus.ts';
import { renderText } from '../src/cli/render.ts';
import { openIndexer, ROOT, seedCopy, tempDir } from './helpers.ts';

const run = promisify(execFile);
const TEXT = 'Accord\n\nLa France et le Japon ont signé un accord de cybersécurité à Tokyo.\n';

describe('the corpus folder itself cannot be listed', () => {
  it.each([
    [
      'CORPUS_DIR points at a file',
      (dir: string) => {
        renameSync(dir, `${dir}.old`);
        writeFileSync(dir, 'un fichier');
      },
      /^CORPUS_DIR ne désigne pas un dossier mais un fichier/,
    ],
    [
      'the folder is gone',
      (dir: string) => renameSync(dir, `${dir}.old`),
      /^dossier du corpus introuvable/,
    ],
  ])('%s: the run fails, the index and the snapshot keep every document', async (_, breakIt, why) => {
    const dir = seedCopy();
    const snapshotPath = join(tempDir(), 'index.json');
    const { ctx, indexer } = await openIndexer(dir, { snapshotPath });
    breakIt(dir);
    const r = await indexer.run();
    expect(r.error).toMatch(why);
    expect(r.removed).toEqual([]);
    expect(ctx.index.size).toBe(5);
    expect(renderText(answerCorpus(ctx))).toMatch(
      /^Attention : La dernière relecture du dossier a échoué \((CORPUS_DIR|dossier)[^)]*\) : les 5 documents déjà indexés restent en service\./,
    );
    // A restart serves the snapshot, whole, and says why the folder was not read.
    await indexer.close();
    const again = await openIndexer(dir, { snapshotPath });
    expect(again.ctx.index.size).toBe(5);
    expect(again.ctx.status.origin).toBe('instantané');
    expect(again.report.error).toMatch(why);
  });
});

/** Runs `npm run ask -- <args> --json` as a user that permissions apply to. */
async function askAs(args: string[], env: Record<string, string>) {
  const user = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith('DISCORD_')),
  );
  const r = await run(
    join(ROOT, 'node_modules/.bin/tsx'),
    [join(ROOT, 'src/cli/ask.ts'), ...args, '--json'],
    { cwd: ROOT, env: { ...clean, HOME: tempDir(), ...env }, ...user },
  );
  return { json: JSON.parse(r.stdout), stderr: r.stderr };
}

describe('unreadable folders, with real permissions', () => {
  it('a sub-folder or the root that cannot be read keeps its documents; the snapshot stays whole', async () => {
    const dir = seedCopy();
    mkdirSync(join(dir, 'sous'));
    for (const n of ['a', 'b', 'c'])
      writeFileSync(join(dir, 'sous', `${n}.txt`), TEXT.replace('Tokyo', `Tokyo ${n}`));
    const cache = tempDir();
    for (const d of [dir, join(dir, 'sous')]) chmodSync(d, 0o755);
    if (process.getuid?.() === 0) chownSync(cache, 65534, 65534);
    const env = { CORPUS_DIR: dir, INDEX_PATH: join(cache, 'index.json') };

    expect((await askAs(['corpus'], env)).json.documents).toBe(8);

    chmodSync(join(dir, 'sous'), 0o000);
    const sub = (await askAs(['corpus'], env)).json;
    expect(sub.documents).toBe(8);
    expect(sub.skipped).toEqual([
      {
        id: 'sous',
        reason: 'dossier illisible (permissions) : ses 3 documents restent en service',
        keptPrevious: true,
      },
    ]);

    chmodSync(dir, 0o000);
    const root = (await askAs(['corpus'], env)).json;
    expect(root.documents).toBe(8);
    expect(root.alerts[0]).toMatch(
      /^La dernière relecture du dossier a échoué \(dossier du corpus illisible \(permissions\)/,
    );

    chmodSync(dir, 0o755);
    chmodSync(join(dir, 'sous'), 0o755);
    const back = await askAs(['corpus'], env);
    expect(back.json.documents).toBe(8);
    expect(back.json.skipped).toEqual([]);
    expect(back.json.origin).toBe('instantané');
  });
});
