/**
 * `npm run eval`: scores the extraction against the hand annotations and prints, per set,
 * agreements (precision, recall, exact parties, status, date, signatories, verbatim
 * sentences) and actors (precision and recall by type, junk), then the worst documents with
 * what was expected and what was found. Writes the measures as JSON, and fails when a
 * measure falls under its floor (eval/floor.json), so quality cannot silently fall.
 *
 *   npm run eval [-- --gold <file.json>]… [--corpora <dir>] [--out <file.json>]
 *                   [--worst <n>] [--doc <text>] [--floor <file.json> | --no-floor]
 *                   [--show-blind]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { analyzeDocument } from '../src/analysis/analyze.ts';
import { report } from '../src/analysis/report.ts';
import { decodeDocument } from '../src/corpus/files.ts';
import {
  addCounts,
  type DocumentScore,
  emptyCounts,
  type GoldDocument,
  type Measures,
  measures,
  preferred,
  scoreDocument,
} from './score.ts';

const ROOT = resolve(import.meta.dirname, '..');
const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(`--${name}`);
function values(name: string): string[] {
  const out: string[] = [];
  argv.forEach((a, i) => {
    if (a === `--${name}` && argv[i + 1]) out.push(argv[i + 1] as string);
  });
  return out;
}

const goldFiles = values('gold').length
  ? values('gold').map((f) => resolve(f))
  : ['dev-seeds-extra.json', 'dev-news.json', 'holdout-a.json', 'holdout-b.json']
      .map((f) => join(ROOT, 'eval/gold', f))
      .filter((f) => existsSync(f));
const corpora = resolve(values('corpora')[0] ?? join(ROOT, 'eval/corpora'));
const out = resolve(values('out')[0] ?? join(ROOT, 'eval/results.json'));
const worst = Number(values('worst')[0] ?? 5);
const only = values('doc')[0];
const floorFile = flag('no-floor')
  ? undefined
  : resolve(values('floor')[0] ?? join(ROOT, 'eval/floor.json'));

interface SetResult {
  name: string;
  measures: Measures;
  documents: DocumentScore[];
}

async function scoreSet(file: string): Promise<SetResult> {
  const gold = JSON.parse(readFileSync(file, 'utf8')) as { documents: GoldDocument[] };
  const total = emptyCounts();
  const documents: DocumentScore[] = [];
  for (const g of gold.documents) {
    const path = join(corpora, g.file);
    const read = await decodeDocument(g.file, readFileSync(path));
    if (!read.ok) throw new Error(`${g.file} : ${read.reason}`);
    const doc = analyzeDocument(read.doc);
    const r = report(doc);
    const s = scoreDocument(g, doc.paragraphs, r.agreements, r.actors);
    addCounts(total, s.counts);
    documents.push(s);
  }
  return { name: basename(file, '.json'), measures: measures(total), documents };
}

const pct = (x: number | null) => (x === null ? '–' : `${Math.round(x * 100)} %`);

function table(sets: SetResult[]): string {
  const rows: [string, (m: Measures) => string][] = [
    ['documents', (m) => String(m.documents)],
    ['accords trouvés / attendus', (m) => `${m.agreements.found} / ${m.agreements.expected}`],
    ['accords : précision', (m) => pct(m.agreements.precision)],
    ['accords : rappel', (m) => pct(m.agreements.recall)],
    ['parties exactes (des trouvés)', (m) => pct(m.agreements.exactParties)],
    ['statut juste (des trouvés)', (m) => pct(m.agreements.status)],
    ['date juste (des datés)', (m) => pct(m.agreements.date)],
    ['signataires : précision', (m) => pct(m.agreements.signatoriesPrecision)],
    ['signataires : rappel', (m) => pct(m.agreements.signatoriesRecall)],
    ['phrase citée verbatim', (m) => pct(m.agreements.verbatim)],
    ['docs sans accord où un accord est trouvé', (m) => pct(m.agreements.falseAlarmDocuments)],
    [
      'pays : précision / rappel',
      (m) => `${pct(m.actors.pays.precision)} / ${pct(m.actors.pays.recall)}`,
    ],
    [
      'organisations : précision / rappel',
      (m) => `${pct(m.actors.organisation.precision)} / ${pct(m.actors.organisation.recall)}`,
    ],
    [
      'personnes : précision / rappel',
      (m) => `${pct(m.actors.personne.precision)} / ${pct(m.actors.personne.recall)}`,
    ],
    ['acteurs hors annotations', (m) => pct(m.actors.junk)],
  ];
  const head = `| mesure | ${sets.map((s) => s.name).join(' | ')} |`;
  const sep = `| --- | ${sets.map(() => '---').join(' | ')} |`;
  const body = rows.map(
    ([label, f]) => `| ${label} | ${sets.map((s) => f(s.measures)).join(' | ')} |`,
  );
  return [head, sep, ...body].join('\n');
}

function errors(d: DocumentScore): number {
  const c = d.counts;
  return c.found - c.matched + (c.expected - c.matched) + 0.5 * (c.matched - c.exactParties);
}

function describe(d: DocumentScore): string {
  const lines = [`### ${d.file} (${errors(d)} erreurs)`];
  const matchedFound = new Map(d.pairs.map((p) => [p.found, p.gold]));
  const matchedGold = new Map(d.pairs.map((p) => [p.gold, p.found]));
  d.gold.forEach((g, i) => {
    const f = matchedGold.get(i);
    const parties = g.parties.map(preferred).join(', ');
    lines.push(
      `- attendu : ${g.status} · ${parties || '—'}${g.instrument ? ` · ${preferred(g.instrument)}` : ''} — « ${g.evidence.slice(0, 140)} »`,
    );
    if (f === undefined) lines.push('  → non trouvé');
    else {
      const x = d.found[f];
      const date =
        g.date && x?.date !== g.date ? ` · date ${x?.date ?? 'aucune'} (attendue ${g.date})` : '';
      lines.push(
        `  → trouvé : ${x?.status} · ${x?.parties.join(', ') || '—'}${x?.instrument ? ` · ${x.instrument}` : ''}${date} (§ ${(x?.sentence.paragraph ?? 0) + 1})`,
      );
    }
  });
  d.found.forEach((x, i) => {
    if (matchedFound.has(i)) return;
    lines.push(
      `- en trop : ${x.status} · ${x.kind} · ${x.parties.join(', ') || '—'}${x.instrument ? ` · ${x.instrument}` : ''} — « ${x.sentence.text.slice(0, 160)} »`,
    );
  });
  if (d.junkActors.length) lines.push(`- acteurs hors annotations : ${d.junkActors.join(' ; ')}`);
  if (d.missedActors.length) lines.push(`- acteurs manqués : ${d.missedActors.join(' ; ')}`);
  return lines.join('\n');
}

/** Measures where lower is better: the floor file gives their ceiling. */
const CEILINGS = new Set(['actors.junk', 'agreements.falseAlarmDocuments']);

/** Reads a dotted path (`agreements.precision`) of the measures. */
function at(m: Measures, path: string): number | null {
  let v: unknown = m;
  for (const k of path.split('.')) v = (v as Record<string, unknown> | undefined)?.[k];
  return typeof v === 'number' ? v : null;
}

function checkFloor(sets: SetResult[]): string[] {
  if (!floorFile || !existsSync(floorFile)) return [];
  const floor = JSON.parse(readFileSync(floorFile, 'utf8')) as Record<
    string,
    Record<string, number>
  >;
  const failures: string[] = [];
  for (const s of sets) {
    for (const [path, min] of Object.entries(floor[s.name] ?? {})) {
      const v = at(s.measures, path);
      // Rates of errors are ceilings, every other measure a floor.
      const ceiling = CEILINGS.has(path);
      const bad = v === null || (ceiling ? v > min : v < min);
      if (bad)
        failures.push(
          `${s.name} : ${path} = ${pct(v)} (${ceiling ? 'plafond' : 'seuil'} ${pct(min)})`,
        );
    }
  }
  return failures;
}

/**
 * Sets measured blind: their numbers are printed, never what was expected or found in them,
 * so that no one tunes the extraction to them (see eval/holdout/README.md). `--show-blind`
 * overrides.
 */
const BLIND = new Set(['holdout-b']);

const sets: SetResult[] = [];
for (const f of goldFiles) sets.push(await scoreSet(f));
console.log(table(sets));
for (const s of sets) {
  if (BLIND.has(s.name) && !flag('show-blind')) continue;
  const docs = only
    ? s.documents.filter((d) => d.file.includes(only))
    : [...s.documents].sort((a, b) => errors(b) - errors(a)).slice(0, worst);
  if (docs.length === 0 || (!only && errors(docs[0] as DocumentScore) === 0)) continue;
  console.log(
    `\n## ${s.name} : ${only ? `documents « ${only} »` : 'documents les moins bien lus'}\n`,
  );
  console.log(docs.map(describe).join('\n\n'));
}
writeFileSync(
  out,
  `${JSON.stringify(
    {
      sets: sets.map((s) => ({
        name: s.name,
        measures: s.measures,
        documents: s.documents.map((d) => ({ file: d.file, ...d.counts })),
      })),
    },
    null,
    2,
  )}\n`,
);
console.log(`\nMesures écrites dans ${out}`);
const failures = checkFloor(sets);
if (failures.length) {
  console.error(`\nSous le seuil :\n${failures.map((f) => `- ${f}`).join('\n')}`);
  process.exitCode = 1;
}
