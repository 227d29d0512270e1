/**
 * The console contracts of the analysts' commands, run as a user would (`npm run ask`, `npm
 * start` with piped input): JSON shapes, pictures written where asked, CSV on stdout, follows
 * kept from one run to the next.
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { NETWORK_SIZE } from '../src/render/network.ts';
import { TIMELINE_SIZE } from '../src/render/timeline.ts';
import { ROOT, readData, tempDir } from './helpers.ts';

const run = promisify(execFile);
const TSX = join(ROOT, 'node_modules/.bin/tsx');

function env(extra: Record<string, string> = {}) {
  const e: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env))
    if (v !== undefined && !k.startsWith('DISCORD_')) e[k] = v;
  const dir = tempDir();
  return {
    ...e,
    INDEX_PATH: join(dir, 'index.json'),
    FOLLOWS_PATH: join(dir, 'suivis.json'),
    OUTPUT_DIR: join(dir, 'sorties'),
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

const size = (file: string) => {
  const png = PNG.sync.read(readFileSync(file));
  return { width: png.width, height: png.height };
};

describe('npm run ask, analysts’ commands', () => {
  it('accord russie avec:iran --json: only the agreements binding both', async () => {
    const r = await ask(['accord', 'russie', 'avec:iran', '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.results.length).toBe(1);
    for (const x of json.results) {
      expect(x.parties).toEqual(expect.arrayContaining(['Russie', 'Iran']));
      expect(readData(x.document)).toContain(x.excerpt);
    }
    expect(json.filters).toContain('avec l’Iran');
  });

  it('chronologie --json: results in date order; --image writes the chart', async () => {
    const out = join(tempDir(), 'chrono.png');
    const r = await ask(['chronologie', '--json', '--image', out]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    const isos = json.results.map((x: { date: { iso: string } }) => x.date.iso);
    expect(isos).toEqual(['2017-10-05', '2018-07-09']);
    for (const x of json.results) {
      expect(typeof x.document).toBe('string');
      expect(Array.isArray(x.parties)).toBe(true);
      expect(typeof x.status).toBe('string');
    }
    expect(json.undatedTotal).toBe(3);
    expect(size(out)).toEqual(TIMELINE_SIZE);
  });

  it('reseau russie --json: nodes and links with counts; the text answer prints where the picture is', async () => {
    const r = await ask(['reseau', 'russie', '--json']);
    const json = JSON.parse(r.stdout);
    expect(json.nodes[0]).toMatchObject({ name: 'Russie', agreements: 3 });
    expect(json.links).toContainEqual({ source: 'Russie', target: 'Iran', agreements: 1 });
    const e = env();
    const text = await run(TSX, [join(ROOT, 'src/cli/ask.ts'), 'reseau', 'russie'], {
      cwd: ROOT,
      env: e,
    });
    const file = join(e.OUTPUT_DIR, 'reseau-russie.png');
    expect(text.stdout.trim().split('\n').at(-1)).toBe(`Graphique écrit : ${file}`);
    expect(size(file)).toEqual(NETWORK_SIZE);
  });

  it('exporter russie format:csv writes the CSV to stdout; format:json the JSON', async () => {
    const csv = await ask(['exporter', 'russie', 'format:csv']);
    expect(csv.code).toBe(0);
    const rows = parse(csv.stdout, { bom: true, delimiter: ';', columns: true }) as Record<
      string,
      string
    >[];
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      expect(row.parties?.split(' | ')).toContain('Russie');
      expect(readData(row.document as string)).toContain(row.extrait);
    }
    const json = JSON.parse((await ask(['exporter', 'russie', 'format:json'])).stdout);
    expect(json.records.map((x: { excerpt: string }) => x.excerpt)).toEqual(
      rows.map((x) => x.extrait),
    );
  });

  it('exporter of an unknown party: nothing on stdout, a French line on stderr, code 1', async () => {
    const r = await ask(['exporter', 'Atlantide']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim()).toBe('Aucun pays ni organisation connu ne s’appelle « Atlantide ».');
  });

  it('suivre in one run, suivis in the next: the follow is kept', async () => {
    const e = { FOLLOWS_PATH: join(tempDir(), 'suivis.json') };
    expect((await ask(['suivre', 'russie'], e)).stdout).toMatch(
      /^Ce salon suit désormais la Russie/,
    );
    expect((await ask(['suivis'], e)).stdout).toMatch(/\n- Russie \(suivie depuis le /);
    expect((await ask(['nepassuivre', 'russie'], e)).stdout).toMatch(
      /^Ce salon ne suit plus la Russie\./,
    );
  });
});

describe('npm start without a token', () => {
  it('/chronologie writes its chart and prints the path', async () => {
    const e = env();
    const child = spawn(TSX, [join(ROOT, 'src/main.ts')], { cwd: ROOT, env: e });
    let stdout = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stdin.end('/chronologie russie\n');
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    const file = join(e.OUTPUT_DIR, 'chronologie-russie.png');
    expect(stdout).toContain(`Graphique écrit : ${file}`);
    expect(existsSync(file)).toBe(true);
  });
});
