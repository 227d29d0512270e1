/** What a query may cost, and what it may print: the same bounds in Discord, the console and ask. */
import { execFile, spawn } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH } from '../src/answers/bounds.ts';
import type { AnswerContext } from '../src/answers/context.ts';
import { answerRecherche } from '../src/answers/recherche.ts';
import { ANSI, renderText } from '../src/cli/render.ts';
import { commandsJSON } from '../src/discord/commands.ts';
import { safeForTerminal } from '../src/terminal.ts';
import { openIndexer, ROOT, seedCopy, tempDir } from './helpers.ts';

const run = promisify(execFile);
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const env = () => ({
  ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('DISCORD_'))),
  CORPUS_DIR: join(ROOT, 'data'),
  INDEX_PATH: join(tempDir(), 'index.json'),
});

let ctx: AnswerContext;
beforeAll(async () => {
  ctx = (await openIndexer(seedCopy())).ctx;
});

describe('query cost is bounded', () => {
  it('a 100,000-letter word is refused in French, without building a 10 GB table', () => {
    const r = answerRecherche(ctx, 'a'.repeat(100_000));
    expect(r.results).toEqual([]);
    expect(r.message).toBe(
      `Le texte à chercher dépasse ${MAX_QUERY_LENGTH} caractères (100000 caractères).`,
    );
  });

  it('the longest word allowed is searched exactly, without typo tolerance', () => {
    const r = answerRecherche(ctx, 'x'.repeat(MAX_QUERY_LENGTH));
    expect(r.message).toBe(`Aucun passage ne correspond à « ${'x'.repeat(MAX_QUERY_LENGTH)} ».`);
    expect(answerRecherche(ctx, 'cryptografie').mode).toBe('approx'); // short words still do
  });

  it('Discord caps every text option at the same length', () => {
    for (const c of commandsJSON())
      for (const o of 'options' in c ? (c.options ?? []) : [])
        if (o.type === 3) expect((o as { max_length?: number }).max_length).toBe(MAX_QUERY_LENGTH);
  });

  it('npm run ask refuses a 30,000-letter query with one French line', async () => {
    const r = await run(TSX, [join(ROOT, 'src/cli/ask.ts'), 'recherche', 'a'.repeat(30_000)], {
      cwd: ROOT,
      env: env(),
    }).catch((e) => e as { code: number; stdout: string; stderr: string });
    expect('code' in r ? r.code : 0).toBe(2);
    expect(r.stderr.trim()).toBe(
      `/recherche : l’option « texte » dépasse ${MAX_QUERY_LENGTH} caractères (30000 caractères).`,
    );
  });
});

describe('control characters never reach a terminal raw', () => {
  it('are shown as visible symbols; newlines, tabs and our own bold stay', () => {
    expect(safeForTerminal('a\u001b[2Jb\rc\u0007\td\ne\u009b\u202e')).toBe(
      'a\u241b[2Jb\u240dc\u2407\td\ne\ufffd\ufffd',
    );
    const answer = answerRecherche(ctx, 'cryptographie \u001b[2J');
    const text = renderText(answer, ANSI);
    expect(text).toContain('« cryptographie \u241b[2J »');
    expect(text).toContain('\u001b[1mcryptographie\u001b[22m');
    expect(text.split('\u001b[1m').join('').split('\u001b[22m').join('')).not.toContain('\u001b');
  });

  it('the console echoes a query with an escape sequence harmlessly', async () => {
    const child = spawn(TSX, [join(ROOT, 'src/main.ts')], { cwd: ROOT, env: env() });
    let stdout = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stdin.end('/recherche \u001b[2Jcybersécurité\n/inconnue\u001b[31m\n');
    await new Promise((resolve) => child.on('close', resolve));
    expect(stdout).toContain('Recherche « \u241b[2Jcybersécurité »');
    expect(stdout).toContain('Commande inconnue : « inconnue\u241b[31m »');
    expect(stdout).not.toContain('\u001b');
  });
});
