/**
 * `chronologie [partie] [depuis] [jusqua] [statut] [nature]`: the agreements in date order,
 * those without a date listed apart, inferred years marked; and what the chart shows: every
 * dated agreement counted by year (by month when they all fall within a year).
 */
import type { AnswerContext } from './context.ts';
import { frenchDate } from './labels.ts';
import { readScope, type ScopeArgs } from './scope.ts';
import { agreementResult, byDate, type Found, selectAgreements } from './select.ts';
import type { ChronologieAnswer, TimelineBin } from './types.ts';

/** Most dated agreements listed (the chart counts them all). */
export const MAX_TIMELINE = 100;
/** Most undated agreements listed. */
export const MAX_UNDATED = 20;
/** Longest span, in months, drawn month by month (each month then keeps its label). */
const MONTHLY_SPAN = 12;

const SHORT_MONTHS = [
  'janv.',
  'févr.',
  'mars',
  'avr.',
  'mai',
  'juin',
  'juil.',
  'août',
  'sept.',
  'oct.',
  'nov.',
  'déc.',
];

/** Every period from the first dated agreement to the last, empty ones included. */
export function timelineBins(dated: readonly Found[]): ChronologieAnswer['chart'] {
  const isos = dated.map((f) => f.ag.date?.iso ?? '');
  const months = isos.map((iso) => {
    const [y, m] = iso.split('-').map(Number);
    return m ? (y as number) * 12 + (m - 1) : undefined;
  });
  const allMonths = months.every((m) => m !== undefined);
  const span =
    allMonths && months.length
      ? Math.max(...(months as number[])) - Math.min(...(months as number[]))
      : 0;
  const unit = allMonths && months.length && span < MONTHLY_SPAN ? 'mois' : 'année';
  if (!dated.length) return { unit, bins: [] };
  const keyOf = (iso: string) => (unit === 'mois' ? iso.slice(0, 7) : iso.slice(0, 4));
  const bins: TimelineBin[] = [];
  const keys = isos.map(keyOf);
  const first = keys.reduce((a, b) => (a < b ? a : b));
  const last = keys.reduce((a, b) => (a > b ? a : b));
  for (let k = first; k <= last; k = next(k, unit)) {
    const [y, m] = k.split('-').map(Number);
    bins.push({
      period: k,
      label: unit === 'mois' ? `${SHORT_MONTHS[(m as number) - 1]} ${y}` : String(y),
      counts: {},
      uncertain: 0,
    });
  }
  const byKey = new Map(bins.map((b) => [b.period, b]));
  dated.forEach((f, i) => {
    const bin = byKey.get(keys[i] as string) as TimelineBin;
    if (f.ag.date?.uncertain) bin.uncertain++;
    else bin.counts[f.ag.status] = (bin.counts[f.ag.status] ?? 0) + 1;
  });
  return { unit, bins };
}

function next(key: string, unit: 'année' | 'mois'): string {
  const [y, m] = key.split('-').map(Number) as [number, number];
  if (unit === 'année') return String(y + 1);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

export function answerChronologie(ctx: AnswerContext, args: ScopeArgs): ChronologieAnswer {
  const { index } = ctx;
  const scope = readScope(index, args);
  const base = {
    command: 'chronologie' as const,
    query: (args.partie ?? '').trim(),
    results: [],
    total: 0,
    undated: [],
    undatedTotal: 0,
    chart: { unit: 'année' as const, bins: [] },
  };
  if (!scope.ok) {
    const { ok: _, ...rest } = scope;
    return { ...base, filters: [], ...rest };
  }
  const keys = scope.party ? [scope.party.key] : [];
  const selection = selectAgreements(index, keys, scope.filter);
  const dated = selection.found.filter((f) => f.ag.date?.iso).sort(byDate);
  const undated = selection.found.filter((f) => !f.ag.date?.iso);
  const cite = ({ doc, ag }: Found) => agreementResult(index, doc, ag, keys);
  const answer: ChronologieAnswer = {
    ...base,
    ...(scope.party ? { party: scope.party } : {}),
    filters: scope.filters,
    results: dated.slice(0, MAX_TIMELINE).map(cite),
    total: dated.length,
    undated: undated.slice(0, MAX_UNDATED).map(cite),
    // With a period asked, undated agreements are outside it: counted, not listed.
    undatedTotal: undated.length + selection.undated,
    chart: timelineBins(dated),
  };
  if (selection.recalled) answer.recalled = selection.recalled;
  if (!dated.length && !undated.length)
    answer.message = 'Aucun accord trouvé pour cette chronologie.';
  else if (!dated.length) answer.message = 'Aucun de ces accords n’est daté : pas de graphique.';
  else if (dated.length > MAX_TIMELINE)
    answer.message = `${dated.length} accords datés ; voici les ${MAX_TIMELINE} premiers (le graphique les compte tous).`;
  return answer;
}

/** `de 2017 à 2019`, `en 2018`: the span of a chronology, for its title. */
export function spanLabel(a: ChronologieAnswer): string {
  const first = a.chart.bins[0]?.period;
  const last = a.chart.bins[a.chart.bins.length - 1]?.period;
  if (!first || !last) return '';
  if (first === last) return `en ${frenchDate(first)}`;
  const from = frenchDate(first);
  // `d’octobre 2017`, `d’avril 2018`, `de 2015`.
  return `${/^[aeiou]/i.test(from) ? 'd’' : 'de '}${from} à ${frenchDate(last)}`;
}
