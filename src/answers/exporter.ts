/**
 * `exporter [partie] [format:csv|json] [depuis] [jusqua] [statut] [nature]`: every matching
 * agreement with the fields analysts take into a spreadsheet. The answer holds the records;
 * the front ends turn them into the file (see render/csv.ts).
 */
import { compare } from '../index/corpus-index.ts';
import type { AnswerContext } from './context.ts';
import { readScope, type ScopeArgs } from './scope.ts';
import { type Found, selectAgreements } from './select.ts';
import type { ExportAnswer, ExportFormat, ExportRecord } from './types.ts';

/** Most agreements one export holds (a file Discord accepts; `total` says how many matched). */
export const MAX_EXPORT = 10_000;
export const EXPORT_FORMATS: ExportFormat[] = ['csv', 'json'];

export function exportRecord(index: AnswerContext['index'], { doc, ag }: Found): ExportRecord {
  const name = (k: string) =>
    index.actor(k)?.name ?? doc.actors.find((a) => a.key === k)?.name ?? k;
  const { paragraph, start, end } = ag.sentence;
  return {
    parties: ag.parties.map(name),
    kind: ag.kind,
    status: ag.status,
    date: ag.date?.iso ?? null,
    dateText: ag.date?.text ?? null,
    dateCertain: ag.date?.iso ? !ag.date.uncertain : null,
    place: ag.place ?? null,
    signatories: ag.signatories.map((s) => {
      const a = doc.actors.find((x) => x.key === s);
      return a?.roles[0] ? `${a.name} (${a.roles[0]})` : name(s);
    }),
    instrument: ag.instrument ?? null,
    document: doc.id,
    title: doc.title,
    paragraph: paragraph + 1,
    page: doc.pages?.[paragraph] ?? null,
    excerpt: (doc.paragraphs[paragraph] ?? '').slice(start, end),
    source: doc.meta.source ?? null,
  };
}

export function answerExporter(
  ctx: AnswerContext,
  args: ScopeArgs & { format?: string },
): ExportAnswer {
  const { index } = ctx;
  const typed = (args.format ?? 'csv').trim().toLowerCase();
  const format = EXPORT_FORMATS.find((f) => f === typed);
  const base = {
    command: 'exporter' as const,
    query: (args.partie ?? '').trim(),
    records: [],
    total: 0,
  };
  if (!format)
    return {
      ...base,
      format: 'csv',
      filters: [],
      message: `Format inconnu : « ${typed} ». Formats possibles : ${EXPORT_FORMATS.join(', ')}.`,
    };
  const scope = readScope(index, args);
  if (!scope.ok) {
    const { ok: _, ...rest } = scope;
    return { ...base, format, filters: [], ...rest };
  }
  const selection = selectAgreements(index, scope.party ? [scope.party.key] : [], scope.filter);
  const found = [...selection.found].sort(
    (a, b) => compare(a.doc.id, b.doc.id) || a.ag.sentence.paragraph - b.ag.sentence.paragraph,
  );
  const answer: ExportAnswer = {
    ...base,
    ...(scope.party ? { party: scope.party } : {}),
    format,
    filters: scope.filters,
    records: found.slice(0, MAX_EXPORT).map((f) => exportRecord(index, f)),
    total: found.length,
  };
  if (selection.recalled) answer.recalled = selection.recalled;
  if (!found.length) answer.message = 'Aucun accord à exporter.';
  else if (found.length > MAX_EXPORT)
    answer.message = `${found.length} accords trouvés ; le fichier contient les ${MAX_EXPORT} premiers (par document). Précisez la partie ou la période.`;
  return answer;
}
