/**
 * The filters every agreement command shares (`/accord`, `/chronologie`, `/reseau`,
 * `/exporter`, the follows): a status, a period (`depuis`, `jusqua`), a nature. Each is read
 * from what a user types, in French, and says itself in words so that an answer can state the
 * filters it applied.
 */
import type { Agreement, AgreementStatus } from '../analysis/agreements/index.ts';
import { STATUSES } from '../analysis/agreements/index.ts';
import { fold } from '../analysis/normalize.ts';
import { frenchDate } from './labels.ts';

/** The value of the `statut` option that asks for every status, `mentionné` included. */
export const ALL_STATUSES = 'tous';

/** A `statut` option as typed (`signe`, `Signé`, `en negociation`) → a status, or undefined. */
export function parseStatus(typed: string): AgreementStatus | typeof ALL_STATUSES | undefined {
  const key = fold(typed.trim());
  if (key === ALL_STATUSES || key === 'tout') return ALL_STATUSES;
  return STATUSES.find(
    (s) => fold(s) === key || fold(s).replace(/\s+/g, '') === key.replace(/\s+/g, ''),
  );
}

/** A period as typed (`2017`, `octobre 2017`, `2017-10-05`): its first and last days, ISO. */
export interface Period {
  /** As the user typed it. */
  text: string;
  /** `2017`, `2017-10` or `2017-10-05`: as precise as typed. */
  iso: string;
  from: string;
  to: string;
}

const MONTHS: Record<string, number> = {
  janvier: 1,
  janv: 1,
  fevrier: 2,
  fevr: 2,
  fev: 2,
  mars: 3,
  avril: 4,
  avr: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  juil: 7,
  aout: 8,
  septembre: 9,
  sept: 9,
  octobre: 10,
  oct: 10,
  novembre: 11,
  nov: 11,
  decembre: 12,
  dec: 12,
};

const pad = (n: number) => String(n).padStart(2, '0');
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The first and last days of an ISO date as precise as it is (`2017`, `2017-10`, `2017-10-05`). */
export function isoSpan(iso: string): { from: string; to: string } | undefined {
  const m = iso.match(/^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/);
  if (!m) return undefined;
  const y = Number(m[1]);
  if (!m[2]) return { from: `${y}-01-01`, to: `${y}-12-31` };
  const mo = Number(m[2]);
  if (!m[3]) return { from: `${y}-${pad(mo)}-01`, to: `${y}-${pad(mo)}-${pad(daysIn(y, mo))}` };
  return { from: iso, to: iso };
}

function build(text: string, y: number, mo?: number, d?: number): Period | undefined {
  if (y < 1000 || y > 2999) return undefined;
  if (mo !== undefined && (mo < 1 || mo > 12)) return undefined;
  if (d !== undefined && (mo === undefined || d < 1 || d > daysIn(y, mo))) return undefined;
  const iso =
    mo === undefined ? `${y}` : d === undefined ? `${y}-${pad(mo)}` : `${y}-${pad(mo)}-${pad(d)}`;
  const span = isoSpan(iso);
  return span ? { text, iso, ...span } : undefined;
}

/**
 * A year, a month or a day, as a French reader writes it: `2017`, `2017-10`, `2017-10-05`,
 * `10/2017`, `05/10/2017`, `octobre 2017`, `5 octobre 2017`, `1er oct. 2017`. Undefined when
 * it is none of these.
 */
export function parsePeriod(typed: string): Period | undefined {
  const text = typed.trim();
  const t = fold(text).replace(/\./g, ' ').replace(/\s+/g, ' ').trim();
  let m = t.match(/^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/);
  if (m)
    return build(
      text,
      Number(m[1]),
      m[2] ? Number(m[2]) : undefined,
      m[3] ? Number(m[3]) : undefined,
    );
  m = t.match(/^(?:(\d{1,2})\/)?(\d{1,2})\/(\d{4})$/);
  if (m) return build(text, Number(m[3]), Number(m[2]), m[1] ? Number(m[1]) : undefined);
  m = t.match(/^(?:(\d{1,2})(?:er)? )?([a-z]+) (\d{4})$/);
  const month = m?.[2] ? MONTHS[m[2]] : undefined;
  if (m && month) return build(text, Number(m[3]), month, m[1] ? Number(m[1]) : undefined);
  return undefined;
}

/** The French message for a period that cannot be read. */
export function badPeriod(option: string, typed: string): string {
  return `« ${typed.trim()} » n’est pas une date pour « ${option} » : écrivez une année (2017), un mois (octobre 2017, 2017-10) ou un jour (5 octobre 2017, 2017-10-05).`;
}

/** What the agreement commands filter on, once read. */
export interface AgreementFilter {
  /** undefined: every status but `mentionné`; `tous`: every status. */
  status?: AgreementStatus | typeof ALL_STATUSES;
  since?: Period;
  until?: Period;
  /** Folded words the kind must contain (`accord`, `protocole d entente`). */
  nature?: string;
}

/** True when the agreement's kind holds the nature asked for, as whole words. */
export function natureMatches(kind: string, nature: string): boolean {
  const k = ` ${fold(kind).replace(/['’-]/g, ' ').replace(/\s+/g, ' ')} `;
  return k.includes(` ${nature} `);
}

/** The nature option as matched: folded words. */
export function foldNature(typed: string): string {
  return fold(typed.trim()).replace(/['’-]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Whether an agreement's status is shown under the filter. */
export function statusShown(status: AgreementStatus, filter: AgreementFilter): boolean {
  if (filter.status === ALL_STATUSES) return true;
  return filter.status ? status === filter.status : status !== 'mentionné';
}

/**
 * Whether an agreement's date meets the period. A date known to the year or the month meets a
 * period it overlaps (`2018` meets `depuis:juillet 2018`). `undated` when a period is asked
 * and the agreement has no date.
 */
export function dateMeets(
  ag: Pick<Agreement, 'date'>,
  filter: AgreementFilter,
): boolean | 'undated' {
  if (!filter.since && !filter.until) return true;
  const span = ag.date?.iso ? isoSpan(ag.date.iso) : undefined;
  if (!span) return 'undated';
  if (filter.since && span.to < filter.since.from) return false;
  if (filter.until && span.from > filter.until.to) return false;
  return true;
}

/** A period in words: `2017`, `octobre 2017`, `5 octobre 2017`. */
export function periodLabel(p: Period): string {
  return frenchDate(p.iso);
}

/** The filters in words: `depuis 2017`, `jusqu’à octobre 2018`, `nature : accord`, `statut : signé`. */
export function filterLabels(filter: AgreementFilter, natureTyped?: string): string[] {
  const out: string[] = [];
  if (filter.since) out.push(`depuis ${periodLabel(filter.since)}`);
  if (filter.until) out.push(`jusqu’à ${periodLabel(filter.until)}`);
  if (filter.nature) out.push(`nature : ${natureTyped?.trim() || filter.nature}`);
  if (filter.status === ALL_STATUSES) out.push('tous les statuts');
  else if (filter.status) out.push(`statut : ${filter.status}`);
  else out.push('tous les statuts sauf « mentionné »');
  return out;
}

/** The options of an agreement command as typed, read into a filter, or a French message. */
export function readFilter(args: {
  statut?: string;
  depuis?: string;
  jusqua?: string;
  nature?: string;
}): AgreementFilter | { error: string } {
  const filter: AgreementFilter = {};
  if (args.statut?.trim()) {
    const s = parseStatus(args.statut);
    if (!s)
      return {
        error: `Statut inconnu : « ${args.statut.trim()} ». Statuts possibles : ${STATUSES.join(', ')}, ou « ${ALL_STATUSES} ».`,
      };
    filter.status = s;
  }
  if (args.depuis?.trim()) {
    const p = parsePeriod(args.depuis);
    if (!p) return { error: badPeriod('depuis', args.depuis) };
    filter.since = p;
  }
  if (args.jusqua?.trim()) {
    const p = parsePeriod(args.jusqua);
    if (!p) return { error: badPeriod('jusqua', args.jusqua) };
    filter.until = p;
  }
  if (filter.since && filter.until && filter.since.from > filter.until.to)
    return {
      error: `La période est vide : « depuis » (${periodLabel(filter.since)}) vient après « jusqua » (${periodLabel(filter.until)}).`,
    };
  if (args.nature?.trim()) filter.nature = foldNature(args.nature);
  return filter;
}
