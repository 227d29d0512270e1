/**
 * The agreements found in a fixed sample of the OrangeSum news corpus (`../shared`, not in a
 * user's clone), one tab-separated line each: article id, status, kind, parties, instrument,
 * sentence. For reading the extraction on articles no one annotated, and for comparing two
 * versions line by line (`diff`). The sample: every other article that uses an agreement word,
 * leaving out the annotated ones (development and held-out sets).
 *
 *   node --import tsx tools/news-sample.ts [--articles 6000] [--all-statuses]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { analyzeDocument } from '../src/analysis/analyze.ts';
import { report } from '../src/analysis/report.ts';
import { parseDocument } from '../src/corpus/document.ts';

const ROOT = resolve(import.meta.dirname, '..');
const NEWS = join(ROOT, '../shared/corpora/news/orangesum.jsonl.gz');
const argv = process.argv.slice(2);
const at = argv.indexOf('--articles');
const wanted = at >= 0 ? Number(argv[at + 1]) : 6000;
const allStatuses = argv.includes('--all-statuses');
if (!existsSync(NEWS)) {
  console.error(`Corpus absent : ${NEWS} (il n'est pas livré avec le dépôt).`);
  process.exit(2);
}
const lines = gunzipSync(readFileSync(NEWS)).toString('utf8').split('\n');
const annotated = new Set<string>();
for (const f of ['dev-news.json', 'holdout-a.json', 'holdout-b.json']) {
  const file = join(ROOT, 'eval/gold', f);
  if (!existsSync(file)) continue;
  for (const d of JSON.parse(readFileSync(file, 'utf8')).documents)
    annotated.add(String(d.source?.id));
}
const WORD =
  /\b(accord|traité|protocole|partenariat|coopération|convention|contrat|signé|alliance|financement|négociations|adhésion)s?\b/i;
let articles = 0;
for (let i = 3; i < lines.length && articles < wanted; i += 2) {
  // (Every 120th line is left out: the held-out sets were drawn there.)
  if (i % 120 === 0 || !lines[i]) continue;
  const a = JSON.parse(lines[i] as string);
  if (annotated.has(String(a.id))) continue;
  const text = `${a.title}\n\n${a.heading}\n\n${a.text}`;
  if (!WORD.test(text)) continue;
  articles++;
  const r = report(analyzeDocument(parseDocument(`news_${a.id}.txt`, text, text.length)));
  for (const g of r.agreements) {
    if (!allStatuses && g.status === 'mentionné') continue;
    console.log(
      [
        a.id,
        g.status,
        g.kind,
        g.parties.join(', '),
        g.instrument ?? '',
        g.sentence.text.slice(0, 200),
      ].join('\t'),
    );
  }
}
console.error(`${articles} articles lus.`);
