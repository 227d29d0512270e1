/**
 * One measurement in a fresh process (so that memory and caches are honest). Prints one
 * JSON line on stdout. Tasks: floor, raw, build.
 */
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import { answerAccord } from '../src/answers/accord.ts';
import { answerActeurs } from '../src/answers/acteurs.ts';
import type { AnswerContext } from '../src/answers/context.ts';
import { answerRecherche } from '../src/answers/recherche.ts';
import { suggestDocuments, suggestParties } from '../src/answers/suggest.ts';
import { Indexer } from '../src/index/indexer.ts';
import { memoryLogger } from '../src/logger.ts';

const [task, dir, snapshotPath, queryCountRaw] = process.argv.slice(2);
if (!task || !dir) throw new Error('usage: worker <floor|raw|build> <dir> [snapshot] [queries]');
const queryCount = Number(queryCountRaw ?? 120);

function files(root: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(root, { withFileTypes: true })) {
    const p = join(root, e.name);
    if (e.isDirectory()) out.push(...files(p));
    else if (/\.(txt|md)$/.test(e.name)) out.push(p);
  }
  return out;
}

const mb = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;
function memory() {
  global.gc?.();
  const m = process.memoryUsage();
  return { heapMB: mb(m.heapUsed), rssMB: mb(m.rss) };
}

function percentiles(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) =>
    Math.round((s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0) * 100) / 100;
  return { n: s.length, p50: at(0.5), p95: at(0.95), p99: at(0.99), max: at(1) };
}

function time<T>(fn: () => T): [T, number] {
  const t = performance.now();
  const r = fn();
  return [r, performance.now() - t];
}

function snapshotSize(path: string): number {
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as {
    parts: Record<string, { name: string }>;
  };
  const dir = join(path, '..');
  return (
    statSync(path).size +
    Object.values(manifest.parts).reduce((n, p) => n + statSync(join(dir, p.name)).size, 0)
  );
}

async function timeAsync<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t = performance.now();
  const r = await fn();
  return [r, performance.now() - t];
}

/** A deterministic pseudo-random sequence, so every run asks the same questions. */
function rng(seed: number) {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    return x / 0x7fffffff;
  };
}

async function main() {
  const list = files(dir as string);
  if (task === 'floor') {
    const t = performance.now();
    let words = 0;
    let bytes = 0;
    for (const f of list) {
      const text = readFileSync(f, 'utf8');
      bytes += text.length;
      words += text.toLowerCase().split(/[^\p{L}\p{N}]+/u).length;
    }
    return { ms: performance.now() - t, words, bytes };
  }
  if (task === 'raw') {
    const t = performance.now();
    const ms = new MiniSearch({ fields: ['text'] });
    let id = 0;
    for (const f of list) ms.add({ id: id++, text: readFileSync(f, 'utf8') });
    const buildMs = performance.now() - t;
    return { ms: buildMs, ...memory(), terms: ms.termCount };
  }
  // Our full pipeline, from files.
  if (snapshotPath) rmSync(snapshotPath, { force: true });
  const indexer = new Indexer({
    root: dir as string,
    maxFileBytes: 5 * 1024 * 1024,
    logger: memoryLogger(),
    snapshotPath,
    watch: true,
  });
  const t = performance.now();
  const report = await indexer.open();
  const buildMs = performance.now() - t;
  const mem = memory();
  const ctx: AnswerContext = { index: indexer.index, status: indexer.status };
  const [, saveMs] = await timeAsync(() => indexer.save());
  // The manifest names the parts; the snapshot's size is theirs plus its own.
  const snapshotBytes = snapshotPath ? snapshotSize(snapshotPath) : 0;

  // Steady state: the build's garbage is collected once before questions and re-index runs are
  // timed (a long-running bot pays that collection once, right after a build from files).
  global.gc?.();

  // Questions drawn from the corpus itself: its parties, its words.
  const random = rng(42);
  const actors = indexer.index.actors();
  const parties = actors.filter((a) => a.type !== 'personne').slice(0, queryCount);
  const docs = [...indexer.index.documents()];
  const words: string[] = [];
  while (words.length < queryCount) {
    const d = docs[Math.floor(random() * docs.length)];
    const p = d?.paragraphs[Math.floor(random() * (d?.paragraphs.length ?? 1))] ?? '';
    const ws = p.split(/[^\p{L}]+/u).filter((w) => w.length >= 5);
    const w = ws[Math.floor(random() * ws.length)];
    if (w) words.push(random() < 0.3 && ws.length > 1 ? `${w} ${ws[0]}` : w);
  }
  const lat = (qs: string[], fn: (q: string) => unknown) =>
    percentiles(qs.map((q) => time(() => fn(q))[1]));
  const countries = actors
    .filter((a) => a.type === 'pays')
    .slice(0, 40)
    .map((a) => a.name);
  const acteurQueries: Record<string, string>[] = [
    {},
    { type: 'pays' },
    { type: 'organisation' },
    { type: 'personne' },
    ...countries.map((pays) => ({ pays })),
    ...docs
      .slice(0, Math.max(0, queryCount - 4 - countries.length))
      .map((d) => ({ document: d.id })),
  ];
  const prefixes = parties
    .flatMap((a) => [a.name.slice(0, 1), a.name.slice(0, 3)])
    .slice(0, queryCount * 2);
  const latency = {
    accord: lat(
      parties.map((a) => a.name),
      (q) => answerAccord(ctx, q),
    ),
    acteurs: percentiles(acteurQueries.map((q) => time(() => answerActeurs(ctx, q))[1])),
    recherche: lat(words, (q) => answerRecherche(ctx, q)),
    autocomplete: lat(prefixes, (q) => suggestParties(ctx.index, q)),
    autocompleteDocuments: lat(
      words.slice(0, 60).map((w) => w.slice(0, 4)),
      (q) => suggestDocuments(ctx.index, q),
    ),
  };

  // Re-index as the scheduler does (only what the watcher saw change), persistence included,
  // after one added, one changed, one deleted file, and with no change; then a manual run,
  // which scans the whole folder.
  const extra = join(dir as string, 'bench-ajout.txt');
  const settle = () => new Promise((r) => setTimeout(r, 300)); // let the file notification arrive
  const runMs = async (full: boolean) => {
    await settle();
    const s = performance.now();
    const r = await indexer.run({ full });
    if (r.error) throw new Error(r.error);
    modes.push(`${r.mode}:${r.examined}`);
    return performance.now() - s;
  };
  const modes: string[] = [];
  await indexer.run({ full: false }); // the first scheduled run scans everything once
  const noChange = await runMs(false);
  writeFileSync(
    extra,
    'Accord de test\n\nLa France et le Japon ont signé un accord de coopération numérique à Tokyo.\n',
  );
  const add = await runMs(false);
  writeFileSync(
    extra,
    'Accord de test\n\nLe Brésil et le Japon ont signé un accord de coopération numérique à Tokyo.\n',
  );
  const change = await runMs(false);
  rmSync(extra);
  const remove = await runMs(false);
  const fullScan = await runMs(true);
  indexer.close();
  return {
    buildMs,
    documents: indexer.index.size,
    added: report.added.length,
    skipped: report.skipped.length,
    ...mem,
    snapshotBytes,
    saveMs,
    latency,
    reindex: { noChange, add, change, remove, fullScan, modes },
  };
}

main().then(
  (r) => process.stdout.write(`${JSON.stringify({ task, ...r })}\n`),
  (err) => {
    process.stderr.write(`${(err as Error).stack}\n`);
    process.exit(1);
  },
);
