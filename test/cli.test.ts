/** The terminal front end, run as a user would: real processes, real stdin/stdout. */
import { execFile, spawn } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT, readData, tempDir } from './helpers.ts';

const run = promisify(execFile);
const TSX = join(ROOT, 'node_modules/.bin/tsx');

function env(extra: Record<string, string> = {}) {
  const e: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env))
    if (v !== undefined && !k.startsWith('DISCORD_')) e[k] = v;
  return {
    ...e,
    INDEX_PATH: join(tempDir(), 'index.json'),
    CORPUS_DIR: join(ROOT, 'data'),
    ...extra,
  };
}

async function ask(args: string[], extra: Record<string, string> = {}) {
  try {
    const r = await run(TSX, [join(ROOT, 'src/cli/ask.ts'), ...args], {
      cwd: ROOT,
      env: env(extra),
    });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('npm run ask', () => {
  it('accord russie --json follows the contract, with verbatim excerpts', async () => {
    const r = await ask(['accord', 'russie', '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.results).toHaveLength(3);
    for (const x of json.results) {
      expect(typeof x.document).toBe('string');
      expect(typeof x.title).toBe('string');
      expect(Number.isInteger(x.paragraph)).toBe(true);
      expect(readData(x.document)).toContain(x.excerpt);
    }
  });
  it('recherche --json returns results with the same fields', async () => {
    const json = JSON.parse((await ask(['recherche', 'cybersécurité', '--json'])).stdout);
    expect(json.results.length).toBeGreaterThan(0);
    expect(Object.keys(json.results[0])).toEqual(
      expect.arrayContaining(['document', 'title', 'excerpt', 'paragraph']),
    );
  });
  it('acteurs --json lists actors with name, type and documents', async () => {
    const json = JSON.parse((await ask(['acteurs', 'type:organisation', '--json'])).stdout);
    expect(json.actors.length).toBeGreaterThan(5);
    for (const a of json.actors) {
      expect(a.type).toBe('organisation');
      expect(Array.isArray(a.documents)).toBe(true);
    }
  });
  it('acteurs type:pays and acteurs pays list the countries', async () => {
    for (const args of [
      ['acteurs', 'type:pays'],
      ['acteurs', 'pays'],
    ]) {
      const json = JSON.parse((await ask([...args, '--json'])).stdout);
      expect(json.filters).toEqual({ type: 'pays' });
      expect(json.actors.map((a: { name: string }) => a.name)).toContain('Russie');
      for (const a of json.actors) expect(a.type).toBe('pays');
    }
  });
  it('prints text by default', async () => {
    const r = await ask(['accord', 'russie']);
    expect(r.stdout).toMatch(/^Accords impliquant la Russie : 3/);
    expect(r.stdout).toContain('Source : ');
  });
  it('an error exits non-zero with one French line on stderr', async () => {
    const r = await ask(['inconnue']);
    expect(r.code).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/Commande inconnue/);
    const bad = await ask(['corpus'], { MAX_FILE_BYTES: 'beaucoup' });
    expect(bad.code).not.toBe(0);
    expect(bad.stderr.trim()).toMatch(/^MAX_FILE_BYTES doit être/);
  });
});

describe('npm start without a token', () => {
  it('says so in one line and answers commands from piped stdin', async () => {
    const child = spawn(TSX, [join(ROOT, 'src/main.ts')], { cwd: ROOT, env: env() });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.stdin.end('/accord russie\n/accord france\n/accord\n/acord russie\n/aide\n');
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(stderr.split('\n')[0]).toBe('Pas de DISCORD_TOKEN : console locale (tapez /aide).');
    expect(stdout).toContain('Accords impliquant la Russie : 3');
    expect(stdout).toContain('Aucun accord trouvé impliquant la France.');
    expect(stdout).toContain('l’option « partie » est requise');
    expect(stdout).toContain(
      'Commande inconnue : « acord ». Vouliez-vous dire /accord ? (/aide pour toutes les commandes)',
    );
    expect(stdout).toContain('/acteurs [type:…] [document:…] [pays:…] — Acteurs cités');
    expect(stdout).toContain('exemples : /acteurs type:personne');
  });
});

describe('command names', () => {
  it('an unknown name suggests the closest command', async () => {
    const { closestCommand } = await import('../src/cli/parse.ts');
    expect(closestCommand('acord')).toBe('accord');
    expect(closestCommand('rech')).toBe('recherche');
    expect(closestCommand('acteur')).toBe('acteurs');
    expect(closestCommand('xyz')).toBeUndefined();
  });
});

describe('the interactive console', () => {
  it('a log line does not break the prompt: the line is cleared, logged, the prompt and the typing redrawn', async () => {
    const { PassThrough } = await import('node:stream');
    const { createInterface } = await import('node:readline');
    const { promptSafeLogger } = await import('../src/cli/console.ts');
    const input = new PassThrough();
    const output = Object.assign(new PassThrough(), { columns: 80, isTTY: true });
    let screen = '';
    output.on('data', (d) => {
      screen += d;
    });
    const rl = createInterface({ input, output, terminal: true });
    rl.setPrompt('accords> ');
    rl.prompt();
    input.write('/acc');
    await new Promise((r) => setImmediate(r));
    const base = {
      info: (m: string) => {
        screen += `${m}\n`; // stderr, on the same terminal
      },
      warn: () => {},
      error: () => {},
    };
    const before = screen.length;
    promptSafeLogger(base, rl, () => true, output).info('Réindexation : 1 ajouté en 3 ms.');
    await new Promise((r) => setImmediate(r));
    const after = screen.slice(before);
    // The prompt line is cleared first (erase line, back to column 1)…
    expect(after).toContain('\u001b[2K');
    expect(after.indexOf('\u001b[2K')).toBeLessThan(after.indexOf('Réindexation'));
    // …the log line stands on its own, and the prompt comes back with what was typed.
    expect(after).toMatch(/\r?Réindexation : 1 ajouté en 3 ms\.\n/);
    expect(after.slice(after.indexOf('ms.\n'))).toContain('accords> /acc');
    rl.close();
  });
});
