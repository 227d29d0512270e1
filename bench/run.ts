/**
 * `npm run bench`: builds, queries and re-indexes real French news at several corpus sizes,
 * side by side with MiniSearch's defaults and with the floor of reading and splitting the
 * text. Every measure is the median of several fresh processes. Prints a table and writes
 * the numbers as JSON.
 *
 *   npm run bench                      N = 1,000, 10,000 and all
 *   npm run bench -- --docs 10000      one size
 *   npm run bench -- --quick           CI: a small corpus, one run, checks the benchmark works
 *                                      (the sample in bench/news/ when ../shared is absent)
 *   --runs 3  --news <file.jsonl.gz>  --out <file.json>
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { expandNews } from './corpus.ts';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '..');

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const quick = process.argv.includes('--quick');
const runs = Number(arg('runs') ?? (quick ? 1 : 3));
const SHARED_NEWS = join(ROOT, '../shared/corpora/news/orangesum.jsonl.gz');
/** 300 real articles shipped with the repository (bench/news/README.md): a clone alone can run --quick. */
const SAMPLE_NEWS = join(ROOT, 'bench/news/orangesum-sample.jsonl.gz');
const news = resolve(
  arg('news') ?? (quick && !existsSync(SHARED_NEWS) ? SAMPLE_NEWS : SHARED_NEWS),
);
const seeds = join(ROOT, 'data');
const sizes = quick
  ? [300]
  : arg('docs')
    ? [arg('docs') === 'all' ? Infinity : Number(arg('docs'))]
    : [1000, 10000, Infinity];
const out =
  arg('out') ??
  join(
    ROOT,
    'bench/results',
    `bench-${new Date().toISOString().slice(0, 19).replace(/:/g, '-')}.json`,
  );
const queries = quick ? 30 : 120;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.floor((s.length - 1) / 2)] as number) : Number.NaN;
};

async function worker(task: string, dir: string, snapshot = ''): Promise<Record<string, unknown>> {
  const { stdout } = await run(
    process.execPath,
    [
      '--expose-gc',
      '--max-old-space-size=4096',
      '--import',
      'tsx',
      join(ROOT, 'bench/worker.ts'),
      task,
      dir,
      snapshot,
      String(queries),
    ],
    { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 },
  );
  return JSON.parse(stdout.trim().split('\n').pop() ?? '{}');
}

/** Process start to first answer, as a user of `npm run ask` sees it (without npm's own start). */
async function coldStart(dir: string, snapshot: string, command: string[]): Promise<number> {
  const t = performance.now();
  const env: NodeJS.ProcessEnv = { ...process.env, CORPUS_DIR: dir, INDEX_PATH: snapshot };
  delete env.DISCORD_TOKEN;
  const { stdout } = await run(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'src/cli/ask.ts'), ...command],
    {
      cwd: ROOT,
      env,
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  if (!stdout.trim()) throw new Error('pas de réponse');
  return performance.now() - t;
}

type Row = Record<string, unknown>;

async function measure(n: number): Promise<Row> {
  const dir = join(tmpdir(), `accords-bench-${Number.isFinite(n) ? n : 'all'}`);
  const corpus = await expandNews(news, seeds, dir, n);
  const snapshot = join(dir, '..', `accords-bench-${corpus.files}.snapshot.json`);
  const fromFiles = join(dir, '..', `accords-bench-${corpus.files}.fromfiles.json`);
  const samples: Record<string, Row[]> = { floor: [], raw: [], build: [] };
  for (let r = 0; r < runs; r++) {
    samples.floor?.push(await worker('floor', dir));
    samples.raw?.push(await worker('raw', dir));
    samples.build?.push(await worker('build', dir, snapshot));
  }
  const m = (task: string, path: string) =>
    median(
      (samples[task] ?? []).map(
        (x) => path.split('.').reduce<unknown>((o, k) => (o as Row)?.[k], x) as number,
      ),
    );
  const cold: number[] = [];
  const coldSearch: number[] = [];
  const coldFiles: number[] = [];
  for (let r = 0; r < runs; r++) {
    cold.push(await coldStart(dir, snapshot, ['accord', 'russie']));
    coldSearch.push(await coldStart(dir, snapshot, ['recherche', 'cybersécurité']));
    const { rmSync } = await import('node:fs');
    rmSync(fromFiles, { force: true });
    coldFiles.push(await coldStart(dir, fromFiles, ['accord', 'russie']));
  }
  const mbps = (ms: number) => Math.round((corpus.bytes / 1024 / 1024 / (ms / 1000)) * 10) / 10;
  const row: Row = {
    documents: corpus.files + 5,
    megabytes: Math.round((corpus.bytes / 1024 / 1024) * 10) / 10,
    floor: { buildS: m('floor', 'ms') / 1000, mbPerS: mbps(m('floor', 'ms')) },
    raw: {
      buildS: m('raw', 'ms') / 1000,
      mbPerS: mbps(m('raw', 'ms')),
      heapMB: m('raw', 'heapMB'),
      rssMB: m('raw', 'rssMB'),
    },
    accords: {
      buildS: m('build', 'buildMs') / 1000,
      mbPerS: mbps(m('build', 'buildMs')),
      heapMB: m('build', 'heapMB'),
      rssMB: m('build', 'rssMB'),
      snapshotMB: Math.round((m('build', 'snapshotBytes') / 1024 / 1024) * 10) / 10,
      saveMs: Math.round(m('build', 'saveMs')),
      coldStartMs: Math.round(median(cold)),
      coldStartSearchMs: Math.round(median(coldSearch)),
      coldFromFilesMs: Math.round(median(coldFiles)),
      latency: Object.fromEntries(
        ['accord', 'acteurs', 'recherche', 'autocomplete', 'autocompleteDocuments'].map((k) => [
          k,
          {
            p50: m('build', `latency.${k}.p50`),
            p95: m('build', `latency.${k}.p95`),
            p99: m('build', `latency.${k}.p99`),
            n: m('build', `latency.${k}.n`),
          },
        ]),
      ),
      reindexMs: Object.fromEntries(
        ['add', 'change', 'remove', 'noChange', 'fullScan'].map((k) => [
          k,
          Math.round(m('build', `reindex.${k}`)),
        ]),
      ),
    },
  };
  return row;
}

function table(rows: Row[]): string {
  const g = (r: Row, path: string) => path.split('.').reduce<unknown>((o, k) => (o as Row)?.[k], r);
  const fmt = (v: unknown) =>
    typeof v === 'number' ? (Number.isInteger(v) ? String(v) : v.toFixed(2)) : String(v ?? '—');
  const lines: [string, string][] = [
    ['documents', 'documents'],
    ['taille (Mo)', 'megabytes'],
    ['plancher lecture+découpage (s)', 'floor.buildS'],
    ['MiniSearch brut : construction (s)', 'raw.buildS'],
    ['MiniSearch brut : Mo/s', 'raw.mbPerS'],
    ['MiniSearch brut : RSS (Mo)', 'raw.rssMB'],
    ['Accords : construction (s)', 'accords.buildS'],
    ['Accords : Mo/s', 'accords.mbPerS'],
    ['Accords / brut (×)', 'ratio'],
    ['Accords : tas (Mo)', 'accords.heapMB'],
    ['Accords : RSS (Mo)', 'accords.rssMB'],
    ['instantané (Mo)', 'accords.snapshotMB'],
    ['instantané complet : écriture (ms)', 'accords.saveMs'],
    ['démarrage à froid → 1re réponse accord (ms)', 'accords.coldStartMs'],
    ['démarrage à froid → 1re réponse recherche (ms)', 'accords.coldStartSearchMs'],
    ['démarrage depuis les fichiers (ms)', 'accords.coldFromFilesMs'],
    ['accord p50/p95/p99 (ms)', 'lat.accord'],
    ['acteurs p50/p95/p99 (ms)', 'lat.acteurs'],
    ['recherche p50/p95/p99 (ms)', 'lat.recherche'],
    ['autocomplétion parties p50/p95/p99 (ms)', 'lat.autocomplete'],
    ['autocomplétion documents p50/p95/p99 (ms)', 'lat.autocompleteDocuments'],
    ['réindexation planifiée : 1 ajouté (ms)', 'accords.reindexMs.add'],
    ['réindexation planifiée : 1 modifié (ms)', 'accords.reindexMs.change'],
    ['réindexation planifiée : 1 supprimé (ms)', 'accords.reindexMs.remove'],
    ['réindexation planifiée : aucun changement (ms)', 'accords.reindexMs.noChange'],
    ['réindexation manuelle, dossier entier relu (ms)', 'accords.reindexMs.fullScan'],
  ];
  const cell = (r: Row, path: string) => {
    if (path === 'ratio')
      return ((g(r, 'accords.buildS') as number) / (g(r, 'raw.buildS') as number)).toFixed(2);
    if (path.startsWith('lat.')) {
      const l = g(r, `accords.latency.${path.slice(4)}`) as Row;
      return `${fmt(l.p50)} / ${fmt(l.p95)} / ${fmt(l.p99)}`;
    }
    return fmt(g(r, path));
  };
  const head = `| mesure | ${rows.map((r) => `${g(r, 'documents')} docs`).join(' | ')} |`;
  const sep = `| --- | ${rows.map(() => '---').join(' | ')} |`;
  return [
    head,
    sep,
    ...lines.map(([label, path]) => `| ${label} | ${rows.map((r) => cell(r, path)).join(' | ')} |`),
  ].join('\n');
}

type FormatMeasure = {
  files: number;
  megabytes: number;
  readMbPerS: number;
  textMbPerS: number;
  readAndAnalyseMbPerS: number;
  pagesPerS?: number;
};

/** Reading PDF, Word and web pages beside text (bench/formats.ts, in a fresh process). */
async function formats(): Promise<Record<string, FormatMeasure | number>> {
  const { stdout } = await run(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'bench/formats.ts'), ...(quick ? ['--quick'] : []), news],
    { cwd: ROOT, maxBuffer: 1 << 20 },
  );
  return JSON.parse(stdout.trim().split('\n').pop() ?? '{}');
}

function formatsTable(f: Record<string, FormatMeasure | number>): string {
  const rows: [string, string][] = [
    ['articles en texte (.txt)', 'newsAsText'],
    ['mêmes articles en PDF', 'newsAsPdf'],
    ['PDF réels (Appel de Paris fr + en)', 'realPdf'],
    ['Word réel (.docx)', 'realDocx'],
    ['page web réelle (.html)', 'realHtml'],
  ];
  const lines = rows.map(([label, key]) => {
    const m = f[key] as FormatMeasure | undefined;
    if (!m) return `| ${label} | — | — | — | — | — |`;
    return `| ${label} | ${m.files} (${m.megabytes} Mo) | ${m.readMbPerS} | ${m.textMbPerS} | ${m.pagesPerS ?? '—'} | ${m.readAndAnalyseMbPerS} |`;
  });
  return [
    '| lecture par format | fichiers | Mo de fichier/s | Mo de texte/s | pages/s | lecture + analyse (Mo/s) |',
    '| --- | --- | --- | --- | --- | --- |',
    ...lines,
    `Premier fichier de chaque format (chargement de pdf.js, mammoth, Defuddle) : ${f.firstLoadMs} ms.`,
  ].join('\n');
}

async function main() {
  const rows: Row[] = [];
  process.stderr.write(`Articles : ${news}\n`);
  for (const n of sizes) {
    process.stderr.write(`… ${Number.isFinite(n) ? n : 'tous les'} articles\n`);
    rows.push(await measure(n));
  }
  process.stderr.write('… lecture des PDF, Word et pages web\n');
  const byFormat = await formats();
  const machine = {
    cpus: cpus().length,
    cpu: cpus()[0]?.model,
    memoryGB: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
  };
  mkdirSync(resolve(out, '..'), { recursive: true });
  writeFileSync(
    out,
    JSON.stringify(
      { date: new Date().toISOString(), machine, runs, quick, rows, formats: byFormat },
      null,
      2,
    ),
  );
  process.stdout.write(
    `${table(rows)}\n\n${formatsTable(byFormat)}\n\nMachine : ${machine.cpus} cœurs (${machine.cpu}), ${machine.memoryGB} Go, Node ${machine.node} ; médiane de ${runs} processus.\nRésultats : ${out}\n`,
  );
}

main().catch((err) => {
  process.stderr.write(`Banc d’essai interrompu : ${(err as Error).message}\n`);
  process.exit(1);
});
