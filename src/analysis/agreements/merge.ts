/**
 * From sentences to agreements: a document names the same agreement many times (title,
 * lead, body, `l'accord`, `cet accord`). Readings are merged when one refers back to another
 * (a definite `l'accord` with nothing new), or when they share their parties with the same
 * kind of status; readings of different events stay apart (the 2020 dialogue and the 2008
 * one, a withdrawal and a new deal).
 */

import type { SentenceView } from '../clause/view.ts';
import type { ResolvedDate } from '../dates.ts';
import type { Candidate } from './read.ts';
import type { AgreementStatus } from './status.ts';

export interface Agreement {
  /** `accord`, `accord intergouvernemental`, `déclaration commune`, `partenariat`, `contrat`… */
  kind: string;
  status: AgreementStatus;
  /** Actor keys of the parties (countries and organisations), in reading order. */
  parties: string[];
  /** The instrument joined, supported or named (`Appel de Paris`). */
  instrument?: string;
  /** Actor keys of the people who signed. */
  signatories: string[];
  place?: string;
  date?: ResolvedDate;
  /** The sentence that states it: 0-based paragraph and its offsets in the paragraph. */
  sentence: { paragraph: number; start: number; end: number };
  /** 0-based paragraphs that report it, the stating one first. */
  evidence: number[];
  /** True when a front matter (a curator) set the parties. */
  curated?: boolean;
}

interface Draft {
  first: Candidate;
  /** The reading whose sentence is cited. */
  best: Candidate;
  parties: string[];
  readings: Candidate[];
}

const isSubset = (a: readonly string[], b: readonly string[]) => a.every((x) => b.includes(x));

/** Statuses that may describe the same agreement in two sentences. */
function compatible(a: AgreementStatus, b: AgreementStatus): boolean {
  if (a === b) return true;
  const done = new Set<AgreementStatus>(['signé', 'annoncé']);
  return done.has(a) && done.has(b);
}

/** How well a reading states its agreement: more parties, a body sentence, an event. */
function strength(c: Candidate): number {
  return (
    c.parties.length + (c.view.title ? 0 : 1.5) + (c.anaphoric ? -2 : 0) + (c.recalled ? -1 : 0)
  );
}

/** The countries a set of parties stands for: countries, and the countries of organisations. */
function countries(
  parties: readonly string[],
  countryOf: (key: string) => string | undefined,
): Set<string> {
  const out = new Set<string>();
  for (const p of parties) {
    const c = p.startsWith('pays:') ? p : countryOf(p);
    if (c) out.add(c);
  }
  return out;
}

/** Whether two sets of parties are the same once each state body is read as its state. */
function sameSides(
  a: readonly string[],
  b: readonly string[],
  stateOf: (key: string) => string | undefined,
): boolean {
  const side = (ps: readonly string[]) => new Set(ps.map((p) => stateOf(p) ?? p));
  const x = side(a);
  const y = side(b);
  return x.size >= 2 && x.size === y.size && [...x].every((p) => y.has(p));
}

/**
 * A named agreement and another one that is not it: two names (`les accords d'Oslo`, `le
 * traité de Lisbonne`), or a name and an indefinite reading that brings a party of its own
 * (`les accords de paix d'Oslo` signed by Israel, then `des accords de paix avec l'Etat hébreu`
 * signed by Egypt): an indefinite noun speaks of another agreement.
 */
function distinctByName(c: Candidate, d: Draft): boolean {
  const named = d.readings.find((r) => r.instrument)?.instrument;
  if (c.instrument && named) return c.instrument !== named;
  const [plain, partiesOfNamed] = c.instrument
    ? [d.first, c.parties]
    : named
      ? [c, d.parties]
      : [undefined, []];
  if (!plain || plain.refersBack || plain.recalled) return false;
  return plain.parties.some((p) => !partiesOfNamed.includes(p));
}

function target(
  drafts: Draft[],
  c: Candidate,
  countryOf: (key: string) => string | undefined,
  stateOf: (key: string) => string | undefined,
): Draft | undefined {
  // An instrument only named again (`parmi les soutiens de l'Appel de Paris`) adds nothing.
  if (c.recalled && c.instrument && c.parties.length === 0) {
    const same = drafts.find((d) => d.readings.some((r) => r.instrument === c.instrument));
    if (same) return same;
  }
  // A definite reference (`l'accord`, `cet accord`): the last agreement it can be.
  if (c.anaphoric || c.refersBack) {
    // (`l'accord de paix` between Israel and Sudan after the Emirates–Israel one: a definite
    // reading that names sides of its own is not the last agreement.)
    const other = (d: Draft) => c.parties.length >= 2 && !isSubset(c.parties, d.parties);
    // `l'accord` after `des traités de paix`: the last agreement of its own kind first.
    for (let i = drafts.length - 1; i >= 0; i--) {
      const d = drafts[i] as Draft;
      if (d.first.kind !== c.kind || other(d)) continue;
      if (compatible(d.first.status, c.status) || c.status === 'mentionné') return d;
    }
    for (let i = drafts.length - 1; i >= 0; i--) {
      const d = drafts[i] as Draft;
      if (other(d)) continue;
      if (compatible(d.first.status, c.status) || c.status === 'mentionné') return d;
    }
    if (c.parties.length < 2) return undefined;
  }
  // Two agreements between unnamed sides of one kind, said twice: one agreement.
  if (c.parties.length === 0 && !c.instrument) {
    const same = drafts.find(
      (d) =>
        d.parties.length === 0 &&
        !d.first.instrument &&
        d.first.kind === c.kind &&
        compatible(d.first.status, c.status),
    );
    if (same) return same;
  }
  for (const d of drafts) {
    // `Le partenariat avec l'UIT offre…` after the signing: the same agreement, spoken of.
    if (c.spokenOf && c.parties.length > 0 && isSubset(c.parties, d.parties)) return d;
    if (d.first.spokenOf && d.parties.length > 0 && isSubset(d.parties, c.parties)) return d;
    if (!compatible(d.first.status, c.status)) continue;
    if (c.instrument && d.first.instrument && c.instrument === d.first.instrument) return d;
    if (c.parties.length === 0 || d.parties.length === 0) continue;
    if (distinctByName(c, d)) continue;
    const shared = c.parties.filter((p) => d.parties.includes(p)).length;
    if (isSubset(c.parties, d.parties) || (isSubset(d.parties, c.parties) && shared >= 1)) return d;
    if (shared >= 2) return d;
    // `La Russie et l'Iran discutent…` then `Le ministère iranien … avec … Rostec`: the same
    // agreement named by the countries of its parties.
    const mine = countries(c.parties, countryOf);
    const theirs = countries(d.parties, countryOf);
    const common = [...mine].filter((x) => theirs.has(x)).length;
    if (common >= 2 && (common === mine.size || common === theirs.size)) return d;
    // `Le Liban … négociations avec le FMI` then `le ministère des Finances … impliqué dans
    // les négociations avec le FMI`: a state body stands for its state.
    if (sameSides(c.parties, d.parties, stateOf)) return d;
  }
  return undefined;
}

/** Merges sentence readings into the agreements of a document. */
export function mergeReadings(
  readings: readonly Candidate[],
  /** The country (`pays:XX`) of an actor, if known. */
  countryOf: (key: string) => string | undefined = () => undefined,
  /** The state (`pays:XX`) a state body (a ministry, a government) stands for. */
  stateOf: (key: string) => string | undefined = () => undefined,
): Agreement[] {
  const drafts: Draft[] = [];
  for (const c of readings) {
    const d = target(drafts, c, countryOf, stateOf);
    if (!d) {
      if (c.anaphoric && c.parties.length === 0) continue;
      drafts.push({ first: c, best: c, parties: [...c.parties], readings: [c] });
      continue;
    }
    // Said once by its state, once by its ministry: the state is the party.
    const byState = sameSides(c.parties, d.parties, stateOf);
    d.readings.push(c);
    // (`Le Hezbollah a dénoncé l'accord comme une trahison`: a critic of the agreement it speaks
    // of is no party.)
    const critic = c.anaphoric && c.status === 'mentionné';
    if (!critic) for (const p of c.parties) if (!d.parties.includes(p)) d.parties.push(p);
    if (byState) d.parties = d.parties.filter((p) => !d.parties.includes(stateOf(p) ?? ''));
    if (strength(c) > strength(d.best)) d.best = c;
  }
  return drafts.map(toAgreement);
}

function toAgreement(d: Draft): Agreement {
  const stating = d.best;
  // The status of the first non-title reading: later sentences comment, they do not change it.
  const lead = d.readings.find((r) => !r.view.title && !r.anaphoric) ?? d.first;
  const evidence = [stating.view.paragraph];
  for (const r of d.readings)
    if (!evidence.includes(r.view.paragraph)) evidence.push(r.view.paragraph);
  const a: Agreement = {
    kind: lead.kind,
    status: lead.status,
    parties: d.parties,
    signatories: [],
    sentence: {
      paragraph: stating.view.paragraph,
      start: stating.view.start,
      end: stating.view.end,
    },
    evidence,
  };
  const instrument = d.readings.find((r) => r.instrument)?.instrument;
  if (instrument) a.instrument = instrument;
  const place = d.readings.find((r) => r.place)?.place;
  if (place) a.place = place;
  const date =
    d.readings.find((r) => r.date?.iso && !r.date.uncertain)?.date ??
    d.readings.find((r) => r.date)?.date;
  if (date) a.date = date;
  return a;
}

/** Views of the sentences an agreement was read in (for signatories). */
export function readingViews(readings: readonly Candidate[]): SentenceView[] {
  return readings.map((r) => r.view);
}
