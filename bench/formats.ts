/**
 * The cost of reading each kind of file, beside text: bytes read per second by the corpus's
 * readers (file → paragraphs) and with the analysis that follows (→ agreements, actors).
 * Measured on the real files of eval/corpora/formats and on the same news articles as text
 * and as a PDF laid out by a word processor's rules (test/pdf-maker.ts: 11-point lines,
 * wrapped, about 45 lines a page), so that text and PDF hold the same words.
 * Run in its own process (`node --import tsx bench/formats.ts [--quick] [news.jsonl.gz]`),
 * it prints one JSON line.
 */
import { createReadStream, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { analyzeDocument } from '../src/analysis/analyze.ts';
import { decodeDocument } from '../src/corpus/files.ts';
import { flow, makePdf, type PageSpec } from '../test/pdf-maker.ts';

const ROOT = resolve(import.meta.dirname, '..');
const quick = process.argv.includes('--quick');
const news = process.argv.slice(2).find((a) => !a.startsWith('--'));

async function articles(source: string, n: number): Promise<{ title: string; text: string }[]> {
  const out: { title: string; text: string }[] = [];
  const rl = createInterface({ input: createReadStream(source).pipe(createGunzip()) });
  for await (const line of rl) {
    if (out.length >= n) break;
    out.push(JSON.parse(line));
  }
  rl.close();
  return out;
}

/** Only what WinAnsi (the PDF's font encoding) holds. */
const winAnsi = (s: string) => s.replace(/[^\u0020-\u00ff€‚„…‘’“”•–—Œœ]/g, ' ');

/** Articles as one PDF each: pages of wrapped 11-point lines. */
function asPdf(a: { title: string; text: string }): Buffer {
  const runs = flow([a.title, ...a.text.split(/\n+/)].map(winAnsi), { top: 780 });
  const pages: PageSpec[] = [];
  let page: PageSpec['runs'] = [];
  let shift = 0;
  for (const r of runs) {
    if (r.y + shift < 60) {
      pages.push({ runs: page });
      page = [];
      shift = 780 - r.y;
    }
    page.push({ ...r, y: r.y + shift });
  }
  pages.push({ runs: page });
  return makePdf(pages);
}

interface Measure {
  files: number;
  megabytes: number;
  /** Megabytes of file read per second (file → paragraphs). */
  readMbPerS: number;
  /** The same time, counted in megabytes of text found (UTF-8). */
  textMbPerS: number;
  readAndAnalyseMbPerS: number;
  pages?: number;
  pagesPerS?: number;
}

async function measure(files: { name: string; bytes: Buffer }[], rounds: number): Promise<Measure> {
  const mb = files.reduce((n, f) => n + f.bytes.length, 0) / 1e6;
  let read = Number.POSITIVE_INFINITY;
  let both = Number.POSITIVE_INFINITY;
  let pages = 0;
  let textMb = 0;
  for (let round = 0; round < rounds; round++) {
    let t = performance.now();
    const docs = [];
    for (const f of files) {
      const r = await decodeDocument(f.name, f.bytes);
      if (!r.ok) throw new Error(`${f.name} : ${r.reason}`);
      docs.push(r.doc);
    }
    read = Math.min(read, performance.now() - t);
    pages = docs.reduce((n, d) => n + (d.pageCount ?? 0), 0);
    textMb = docs.reduce((n, d) => n + Buffer.byteLength(d.paragraphs.join('\n')), 0) / 1e6;
    t = performance.now();
    for (const d of docs) analyzeDocument(d);
    both = Math.min(both, read + performance.now() - t);
  }
  const perS = (ms: number, size = mb) => Math.round((size / (ms / 1000)) * 100) / 100;
  return {
    files: files.length,
    megabytes: Math.round(mb * 100) / 100,
    readMbPerS: perS(read),
    textMbPerS: perS(read, textMb),
    readAndAnalyseMbPerS: perS(both),
    ...(pages ? { pages, pagesPerS: Math.round(pages / (read / 1000)) } : {}),
  };
}

async function main() {
  const formats = join(ROOT, 'eval/corpora/formats');
  const real = readdirSync(formats)
    .filter((f) => !f.endsWith('.md'))
    .map((name) => ({ name, bytes: readFileSync(join(formats, name)) }));
  const byExt = (ext: string) => real.filter((f) => f.name.endsWith(ext));
  const rounds = quick ? 1 : 3;
  // The first PDF, Word file and page load their libraries: timed apart, then left out.
  const load = performance.now();
  for (const f of real) await decodeDocument(f.name, f.bytes);
  const firstLoadMs = Math.round(performance.now() - load);
  // The analysis loads its lexicons on first use: warmed up here, outside every measure.
  for (const f of real) {
    const r = await decodeDocument(f.name, f.bytes);
    if (r.ok) analyzeDocument(r.doc);
  }
  const list = await articles(
    news ?? join(ROOT, 'bench/news/orangesum-sample.jsonl.gz'),
    quick ? 40 : 300,
  );
  const text = list.map((a, i) => ({
    name: `${i}.txt`,
    bytes: Buffer.from(`${a.title}\n\n${a.text}\n`),
  }));
  const pdf = list.map((a, i) => ({ name: `${i}.pdf`, bytes: asPdf(a) }));
  const result = {
    firstLoadMs,
    newsAsText: await measure(text, rounds),
    newsAsPdf: await measure(pdf, rounds),
    realPdf: await measure(byExt('.pdf'), rounds),
    realDocx: await measure(byExt('.docx'), rounds),
    realHtml: await measure(byExt('.html'), rounds),
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

await main();
