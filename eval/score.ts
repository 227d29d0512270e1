/**
 * Scoring extraction against hand annotations (format: eval/gold/README.md).
 *
 * Agreements are matched one to one, per document: a found agreement and an expected one are
 * a candidate pair when the sentence the extractor cites overlaps the annotated evidence, or,
 * failing that, when they share enough parties (both parties of a bilateral agreement) or name
 * the same instrument. Among candidates, pairs are taken best first (evidence overlap, then
 * party agreement, then status). Actors are matched by name (any accepted form), by type.
 *
 * Names are compared folded (case, accents, apostrophes, hyphens) with a leading article
 * removed: « la Linux Foundation » = « Linux Foundation », « Etats-Unis » = « États-Unis ».
 */
import { phraseKey } from '../src/analysis/phrases.ts';

/** A name with its accepted forms (first: the preferred French form). */
export type GoldName = string | string[];

export interface GoldAgreement {
  kind: string;
  status: string;
  parties: GoldName[];
  also?: GoldName[];
  instrument?: GoldName | null;
  signatories: GoldName[];
  place?: GoldName | null;
  date?: string | null;
  evidence: string;
}

export interface GoldDocument {
  file: string;
  agreements: GoldAgreement[];
  actors: {
    pays: GoldName[];
    organisations: GoldName[];
    personnes: { name: GoldName; role?: string }[];
  };
  notes?: string;
}

/** What an extractor reports for one agreement, with names rather than keys. */
export interface FoundAgreement {
  kind: string;
  status: string;
  parties: string[];
  instrument?: string;
  signatories: string[];
  place?: string;
  date?: string;
  /** The sentence that states it, verbatim, and where it stands (0-based paragraph, offsets). */
  sentence: { paragraph: number; start: number; end: number; text: string };
}

export type ActorKind = 'pays' | 'organisation' | 'personne';

export interface FoundActor {
  name: string;
  type: ActorKind;
  aliases: string[];
}

/** A span of text in a document: 0-based paragraph and offsets. */
interface Span {
  paragraph: number;
  start: number;
  end: number;
}

const ARTICLE = /^(?:la|le|les|l|the)\s+/;

/** The comparison key of a name. */
export function nameKey(name: string): string {
  return phraseKey(name).replace(ARTICLE, '');
}

export function forms(name: GoldName | null | undefined): string[] {
  if (name == null) return [];
  return (Array.isArray(name) ? name : [name]).map(nameKey);
}

export function preferred(name: GoldName): string {
  return Array.isArray(name) ? (name[0] ?? '') : name;
}

/** True when `found` is one of the forms of `gold`. */
export function sameName(found: string, gold: GoldName): boolean {
  return forms(gold).includes(nameKey(found));
}

/** Where an annotated evidence stands in the paragraphs (exact, then whitespace-insensitive). */
export function locate(paragraphs: readonly string[], evidence: string): Span | undefined {
  for (let i = 0; i < paragraphs.length; i++) {
    const at = (paragraphs[i] ?? '').indexOf(evidence);
    if (at >= 0) return { paragraph: i, start: at, end: at + evidence.length };
  }
  const squeeze = (s: string) => s.replace(/\s+/g, ' ');
  const target = squeeze(evidence.trim());
  for (let i = 0; i < paragraphs.length; i++) {
    const p = squeeze(paragraphs[i] ?? '');
    const at = p.indexOf(target);
    // Offsets in the squeezed text are close enough to decide an overlap.
    if (at >= 0) return { paragraph: i, start: at, end: at + target.length };
  }
  return undefined;
}

const overlaps = (a: Span, b: Span) =>
  a.paragraph === b.paragraph && a.start < b.end && b.start < a.end;

/** How the found parties compare with the expected ones. */
export function partyAgreement(found: readonly string[], gold: GoldAgreement) {
  const required = gold.parties;
  const also = gold.also ?? [];
  const hit = required.filter((g) => found.some((f) => sameName(f, g))).length;
  const extra = found.filter(
    (f) => !required.some((g) => sameName(f, g)) && !also.some((g) => sameName(f, g)),
  ).length;
  const exact = hit === required.length && extra === 0;
  return { hit, extra, exact, required: required.length };
}

export interface Pair {
  found: number;
  gold: number;
  overlap: boolean;
}

/** One-to-one pairs of found and expected agreements of one document. */
export function matchAgreements(
  paragraphs: readonly string[],
  found: readonly FoundAgreement[],
  gold: readonly GoldAgreement[],
): Pair[] {
  const spans = gold.map((g) => locate(paragraphs, g.evidence));
  const candidates: (Pair & { score: number })[] = [];
  found.forEach((f, fi) => {
    gold.forEach((g, gi) => {
      const span = spans[gi];
      const overlap = !!span && overlaps(span, f.sentence);
      const pa = partyAgreement(f.parties, g);
      const instrument =
        !!f.instrument &&
        forms(g.instrument ?? null).some((x) => x === nameKey(f.instrument ?? ''));
      const enoughParties = pa.required > 0 && pa.hit >= Math.min(2, pa.required);
      if (!overlap && !enoughParties && !instrument) return;
      const score =
        (overlap ? 4 : 0) +
        (pa.required ? pa.hit / pa.required : 0) -
        0.1 * pa.extra +
        (pa.exact ? 1 : 0) +
        (f.status === g.status ? 0.5 : 0) +
        (instrument ? 0.5 : 0);
      candidates.push({ found: fi, gold: gi, overlap, score });
    });
  });
  candidates.sort((a, b) => b.score - a.score || a.found - b.found || a.gold - b.gold);
  const usedF = new Set<number>();
  const usedG = new Set<number>();
  const pairs: Pair[] = [];
  for (const c of candidates) {
    if (usedF.has(c.found) || usedG.has(c.gold)) continue;
    usedF.add(c.found);
    usedG.add(c.gold);
    pairs.push({ found: c.found, gold: c.gold, overlap: c.overlap });
  }
  return pairs.sort((a, b) => a.gold - b.gold);
}

/** Counts that add up across documents. */
export interface Counts {
  documents: number;
  found: number;
  expected: number;
  matched: number;
  exactParties: number;
  status: number;
  /** Matched pairs whose expected agreement has a date, and those found with that date. */
  dated: number;
  dateRight: number;
  /** Signatories of matched pairs: expected, found, right. */
  signatoriesExpected: number;
  signatoriesFound: number;
  signatoriesRight: number;
  /** Found agreements whose sentence is verbatim in the cited paragraph. */
  verbatim: number;
  /** Documents without any expected agreement, and those where something was found. */
  emptyDocuments: number;
  emptyWithFound: number;
  actors: Record<ActorKind, { found: number; expected: number; right: number; recalled: number }>;
  /** Found actors that are no expected actor of any type. */
  junk: number;
  actorsFound: number;
}

export function emptyCounts(): Counts {
  const a = () => ({ found: 0, expected: 0, right: 0, recalled: 0 });
  return {
    documents: 0,
    found: 0,
    expected: 0,
    matched: 0,
    exactParties: 0,
    status: 0,
    dated: 0,
    dateRight: 0,
    signatoriesExpected: 0,
    signatoriesFound: 0,
    signatoriesRight: 0,
    verbatim: 0,
    emptyDocuments: 0,
    emptyWithFound: 0,
    actors: { pays: a(), organisation: a(), personne: a() },
    junk: 0,
    actorsFound: 0,
  };
}

export function addCounts(into: Counts, c: Counts): Counts {
  for (const k of Object.keys(c) as (keyof Counts)[]) {
    if (k === 'actors') {
      for (const t of Object.keys(c.actors) as ActorKind[]) {
        const a = into.actors[t];
        const b = c.actors[t];
        a.found += b.found;
        a.expected += b.expected;
        a.right += b.right;
        a.recalled += b.recalled;
      }
    } else (into[k] as number) += c[k] as number;
  }
  return into;
}

const GOLD_TYPES: Record<ActorKind, (d: GoldDocument) => GoldName[]> = {
  pays: (d) => d.actors.pays,
  organisation: (d) => d.actors.organisations,
  personne: (d) => d.actors.personnes.map((p) => p.name),
};

const actorForms = (a: FoundActor) => [a.name, ...a.aliases];

export interface DocumentScore {
  file: string;
  counts: Counts;
  pairs: Pair[];
  found: FoundAgreement[];
  gold: GoldAgreement[];
  /** Found actors that match no expected actor, and expected actors not found. */
  junkActors: string[];
  missedActors: string[];
}

/** Scores one document. */
export function scoreDocument(
  gold: GoldDocument,
  paragraphs: readonly string[],
  found: readonly FoundAgreement[],
  actors: readonly FoundActor[],
): DocumentScore {
  const c = emptyCounts();
  c.documents = 1;
  c.found = found.length;
  c.expected = gold.agreements.length;
  if (gold.agreements.length === 0) {
    c.emptyDocuments = 1;
    if (found.length) c.emptyWithFound = 1;
  }
  for (const f of found) {
    const p = paragraphs[f.sentence.paragraph] ?? '';
    if (f.sentence.text && p.slice(f.sentence.start, f.sentence.end) === f.sentence.text)
      c.verbatim++;
  }
  const pairs = matchAgreements(paragraphs, found, gold.agreements);
  for (const pair of pairs) {
    const f = found[pair.found] as FoundAgreement;
    const g = gold.agreements[pair.gold] as GoldAgreement;
    c.matched++;
    if (partyAgreement(f.parties, g).exact) c.exactParties++;
    if (f.status === g.status) c.status++;
    if (g.date) {
      c.dated++;
      if (f.date === g.date) c.dateRight++;
    }
    c.signatoriesExpected += g.signatories.length;
    c.signatoriesFound += f.signatories.length;
    c.signatoriesRight += g.signatories.filter((s) =>
      f.signatories.some((x) => sameName(x, s)),
    ).length;
  }

  const junkActors: string[] = [];
  const missedActors: string[] = [];
  const allGold = (Object.keys(GOLD_TYPES) as ActorKind[]).flatMap((t) => GOLD_TYPES[t](gold));
  for (const t of Object.keys(GOLD_TYPES) as ActorKind[]) {
    const expected = GOLD_TYPES[t](gold);
    const mine = actors.filter((a) => a.type === t);
    const stats = c.actors[t];
    stats.expected += expected.length;
    stats.found += mine.length;
    stats.right += mine.filter((a) =>
      expected.some((g) => actorForms(a).some((f) => sameName(f, g))),
    ).length;
    for (const g of expected) {
      if (mine.some((a) => actorForms(a).some((f) => sameName(f, g)))) stats.recalled++;
      else missedActors.push(`${preferred(g)} (${t})`);
    }
  }
  for (const a of actors) {
    c.actorsFound++;
    if (!allGold.some((g) => actorForms(a).some((f) => sameName(f, g)))) {
      c.junk++;
      junkActors.push(`${a.name} (${a.type})`);
    }
  }
  return {
    file: gold.file,
    counts: c,
    pairs,
    found: [...found],
    gold: gold.agreements,
    junkActors,
    missedActors,
  };
}

const ratio = (n: number, d: number) => (d === 0 ? null : n / d);

/** The measures of a set, as ratios in [0, 1] (null when there is nothing to measure). */
export function measures(c: Counts) {
  const actorRatios = (t: ActorKind) => ({
    precision: ratio(c.actors[t].right, c.actors[t].found),
    recall: ratio(c.actors[t].recalled, c.actors[t].expected),
  });
  return {
    documents: c.documents,
    agreements: {
      found: c.found,
      expected: c.expected,
      matched: c.matched,
      precision: ratio(c.matched, c.found),
      recall: ratio(c.matched, c.expected),
      exactParties: ratio(c.exactParties, c.matched),
      status: ratio(c.status, c.matched),
      date: ratio(c.dateRight, c.dated),
      signatoriesPrecision: ratio(c.signatoriesRight, c.signatoriesFound),
      signatoriesRecall: ratio(c.signatoriesRight, c.signatoriesExpected),
      verbatim: ratio(c.verbatim, c.found),
      falseAlarmDocuments: ratio(c.emptyWithFound, c.emptyDocuments),
    },
    actors: {
      pays: actorRatios('pays'),
      organisation: actorRatios('organisation'),
      personne: actorRatios('personne'),
      junk: ratio(c.junk, c.actorsFound),
    },
  };
}

export type Measures = ReturnType<typeof measures>;
