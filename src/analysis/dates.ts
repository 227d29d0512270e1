/**
 * French dates in news text: `le 9 juillet`, `6 octobre`, `octobre 2013`, `2018-07`,
 * `11/11/2021`, `jeudi`. Years left implicit are resolved against a reference year (the
 * document's date, or the years it mentions) and marked uncertain when guessed.
 */
import { DAYS, MONTHS } from './lexicon.ts';
import { fold } from './normalize.ts';

export interface DateMention {
  /** The words as written: `le 9 juillet`. */
  text: string;
  year?: number;
  month?: number;
  day?: number;
  /** A weekday without a date (`jeudi`): only tells that the text gives a day. */
  weekday?: string;
  start: number;
  end: number;
}

export interface ResolvedDate {
  /** As written in the text. */
  text: string;
  /** ISO form, as precise as known: `2018-07-09`, `2017-10`, `2013`. */
  iso?: string;
  /** True when the year was not written next to the date and had to be inferred. */
  uncertain: boolean;
}

const MONTH = MONTHS.join('|');
const DAY = DAYS.join('|');
const FULL = new RegExp(
  `\\b(?:(${DAY})\\s+)?(?:le\\s+)?(1er|[0-3]?\\d)\\s+(${MONTH})(?:\\s+((?:19|20)\\d\\d))?\\b`,
  'g',
);
const MONTH_YEAR = new RegExp(`\\b(?:en\\s+)?(${MONTH})\\s+((?:19|20)\\d\\d)\\b`, 'g');
const ISO = /\b((?:19|20)\d\d)-(0[1-9]|1[0-2])(?:-([0-3]\d))?\b/g;
const NUMERIC = /\b([0-3]?\d)\/(0?[1-9]|1[0-2])\/((?:19|20)\d\d)\b/g;
const WEEKDAY = new RegExp(`\\b(${DAY})\\b`, 'g');
const MONTH_ONLY = new RegExp(`\\b(?:en\\s+|d[eu]\\s+)(${MONTH})(?:\\s+dernier)?\\b`, 'g');

const monthIndex = (m: string) => MONTHS.indexOf(m) + 1;

/** Every date in a text, earliest offset first, overlapping matches removed (longest kept). */
export function findDates(text: string): DateMention[] {
  // Folding keeps offsets for this alphabet: one UTF-16 unit per accented letter in NFC text,
  // and folding only removes combining marks that NFC text does not contain.
  const f = fold(text.normalize('NFC'));
  const found: DateMention[] = [];
  const slice = (s: number, e: number) => text.slice(s, e);
  for (const m of f.matchAll(FULL)) {
    const s = m.index ?? 0;
    const day = m[2] === '1er' ? 1 : Number(m[2]);
    if (day < 1 || day > 31) continue;
    found.push({
      text: slice(s, s + m[0].length),
      day,
      month: monthIndex(m[3] ?? ''),
      ...(m[4] ? { year: Number(m[4]) } : {}),
      start: s,
      end: s + m[0].length,
    });
  }
  for (const m of f.matchAll(MONTH_YEAR)) {
    const s = m.index ?? 0;
    found.push({
      text: slice(s, s + m[0].length),
      month: monthIndex(m[1] ?? ''),
      year: Number(m[2]),
      start: s,
      end: s + m[0].length,
    });
  }
  for (const m of f.matchAll(ISO)) {
    const s = m.index ?? 0;
    found.push({
      text: slice(s, s + m[0].length),
      year: Number(m[1]),
      month: Number(m[2]),
      ...(m[3] ? { day: Number(m[3]) } : {}),
      start: s,
      end: s + m[0].length,
    });
  }
  for (const m of f.matchAll(NUMERIC)) {
    const s = m.index ?? 0;
    found.push({
      text: slice(s, s + m[0].length),
      day: Number(m[1]),
      month: Number(m[2]),
      year: Number(m[3]),
      start: s,
      end: s + m[0].length,
    });
  }
  for (const m of f.matchAll(MONTH_ONLY)) {
    const s = m.index ?? 0;
    found.push({
      text: slice(s, s + m[0].length),
      month: monthIndex(m[1] ?? ''),
      start: s,
      end: s + m[0].length,
    });
  }
  for (const m of f.matchAll(WEEKDAY)) {
    const s = m.index ?? 0;
    found.push({
      text: slice(s, s + m[0].length),
      weekday: m[1] ?? '',
      start: s,
      end: s + m[0].length,
    });
  }
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const out: DateMention[] = [];
  for (const d of found) {
    const last = out[out.length - 1];
    if (last && d.start < last.end) continue;
    out.push(d);
  }
  return out;
}

/** The document's own date: front matter, a `date 2018-07` line, or a dateline `11/11/2021`. */
export function documentDate(
  paragraphs: readonly string[],
  frontMatter?: unknown,
): DateMention | undefined {
  if (frontMatter instanceof Date && !Number.isNaN(frontMatter.getTime())) {
    const iso = frontMatter.toISOString().slice(0, 10);
    return findDates(iso)[0];
  }
  if (typeof frontMatter === 'string' || typeof frontMatter === 'number') {
    const d = findDates(String(frontMatter)).find((x) => x.year);
    if (d) return d;
  }
  for (const p of paragraphs.slice(0, 3)) {
    const line = p.trim();
    const m = line.match(/^date\s*:?\s*(\S+)/i) ?? line.match(/^(\d{1,2}\/\d{1,2}\/\d{4})$/);
    if (m) {
      const d = findDates(m[1] ?? '').find((x) => x.year);
      if (d) return d;
    }
  }
  // A dateline: `LA HAVANE, le 6 octobre (DDC)`, `PARIS, 12 mars 2019 (AFP) -`.
  for (const p of paragraphs.slice(0, 3)) {
    const m = p.match(DATELINE);
    if (m?.[1]) {
      const d = findDates(m[1]).find((x) => x.day && x.month);
      if (d) return d;
    }
  }
  return undefined;
}

const DATELINE = new RegExp(
  `\\p{Lu}{2,}(?:[\\s'’-]+\\p{Lu}{2,})*\\s*,\\s*((?:le\\s+)?(?:1er|[0-3]?\\d)\\s+(?:${MONTHS.join('|')})(?:\\s+(?:19|20)\\d\\d)?)\\b`,
  'u',
);

/** The year most often written in the text (ties: the latest), to anchor year-less dates. */
export function dominantYear(text: string): number | undefined {
  const counts = new Map<number, number>();
  for (const m of text.matchAll(/\b((?:19|20)\d\d)\b/g)) {
    const y = Number(m[1]);
    if (y < 1990) continue; // history (`depuis 1967`), not the news
    counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  let best: number | undefined;
  for (const [y, n] of counts) {
    const bn = best === undefined ? 0 : (counts.get(best) ?? 0);
    if (n > bn || (n === bn && best !== undefined && y > best)) best = y;
  }
  return best;
}

/** The latest year the text mentions (up to the current one): the time it speaks from. */
export function latestYear(text: string, now = new Date().getFullYear()): number | undefined {
  let best: number | undefined;
  for (const m of text.matchAll(/\b((?:19|20)\d\d)\b/g)) {
    const y = Number(m[1]);
    if (y <= now && (best === undefined || y > best)) best = y;
  }
  return best;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The date a weekday names (`jeudi`): the last such day on or before the document's date, as
 * news write it. Undefined without a full document date.
 */
export function resolveWeekday(
  weekday: string,
  doc: DateMention | undefined,
  year: number | undefined,
): string | undefined {
  const y = doc?.year ?? year;
  if (!doc?.day || !doc.month || y === undefined) return undefined;
  const target = DAYS.indexOf(weekday);
  if (target < 0) return undefined;
  const date = new Date(Date.UTC(y, doc.month - 1, doc.day));
  // getUTCDay: 0 is Sunday; DAYS starts on Monday.
  const back = (date.getUTCDay() + 6 - target) % 7;
  date.setUTCDate(date.getUTCDate() - back);
  return date.toISOString().slice(0, 10);
}

/** Resolve a date mention against the document's reference year. */
export function resolveDate(
  d: DateMention,
  ref: { year?: number; certain: boolean },
): ResolvedDate {
  if (d.weekday && !d.month) return { text: d.text, uncertain: true };
  const year = d.year ?? ref.year;
  const uncertain = d.year === undefined && !ref.certain;
  if (year === undefined) return { text: d.text, uncertain: true };
  let iso = String(year);
  if (d.month) iso += `-${pad(d.month)}`;
  if (d.month && d.day) iso += `-${pad(d.day)}`;
  return { text: d.text, iso, uncertain };
}
