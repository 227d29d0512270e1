/**
 * Agreements as every agreement command picks them: the parties asked for (one, two, or any),
 * then the shared filters (status, period, nature), in a stable order; and each agreement as
 * an answer shows it, cited by the sentence that states it.
 */
import type { Agreement } from '../analysis/agreements/index.ts';
import type { AnalyzedDocument } from '../analysis/analyze.ts';
import { type CorpusIndex, compare } from '../index/corpus-index.ts';
import { citeSentence, mentionSpans } from './excerpt.ts';
import { type AgreementFilter, dateMeets, natureMatches, statusShown } from './filters.ts';
import { suggestParties } from './suggest.ts';
import type { AgreementResult, PartyRef } from './types.ts';

/** One agreement found: the document that reports it and the agreement itself. */
export interface Found {
  doc: AnalyzedDocument;
  ag: Agreement;
}

/** A name resolved to a party, or why not (with the closest known names). */
export type Resolved =
  | { party: PartyRef }
  | { party?: undefined; message: string; suggestions: string[] };

/** The party a name designates (a country or an organisation, not a person). */
export function resolveParty(index: CorpusIndex, name: string): Resolved {
  const q = name.trim();
  const keys = index.resolve(q).filter((k) => !k.startsWith('pers:'));
  if (keys.length === 0) {
    return {
      message: `Aucun pays ni organisation connu ne s’appelle « ${q} ».`,
      suggestions: suggestParties(index, q, 5).map((s) => s.name),
    };
  }
  // Prefer the key that is party to agreements (a name may be both a country form and an alias).
  const key = [...keys].sort(
    (a, b) => index.agreementsOf(b).length - index.agreementsOf(a).length || compare(a, b),
  )[0] as string;
  const actor = index.actor(key);
  return { party: { key, name: actor?.name ?? q, type: actor?.type ?? 'organisation' } };
}

/**
 * Two parties typed in one option (`russie iran`, `Russie et Iran`, `France, Japon`), when the
 * whole is no known name: the first split whose two sides both are.
 */
export function splitParties(index: CorpusIndex, typed: string): [PartyRef, PartyRef] | undefined {
  const q = typed.trim();
  if (index.resolve(q).some((k) => !k.startsWith('pers:'))) return undefined;
  const known = (s: string) => {
    const r = s.trim() ? resolveParty(index, s) : undefined;
    return r?.party;
  };
  const explicit = q.split(/\s*(?:,|;|\bet\b|&|\+)\s*/i).filter(Boolean);
  if (explicit.length === 2) {
    const [a, b] = explicit.map(known);
    if (a && b) return [a, b];
  }
  const words = q.split(/\s+/);
  for (let i = 1; i < words.length; i++) {
    const a = known(words.slice(0, i).join(' '));
    const b = a && known(words.slice(i).join(' '));
    if (a && b) return [a, b];
  }
  return undefined;
}

/** What a selection found: the agreements shown, and those the filters left aside. */
export interface Selection {
  found: Found[];
  /** Agreements only recalled in passing, left out by default. */
  recalled: number;
  /** Agreements without a date, left out because a period was asked. */
  undated: number;
}

/**
 * The agreements binding every party of `parties` (every agreement when empty) that the
 * filter keeps, in document then paragraph order.
 */
export function selectAgreements(
  index: CorpusIndex,
  parties: readonly string[],
  filter: AgreementFilter,
): Selection {
  const ids = parties.length
    ? parties.map((k) => index.agreementsOf(k)).reduce((a, b) => a.filter((id) => b.includes(id)))
    : [...index.documents()]
        .filter((d) => d.agreements.length)
        .map((d) => d.id)
        .sort(compare);
  const out: Selection = { found: [], recalled: 0, undated: 0 };
  for (const id of ids) {
    const doc = index.document(id);
    if (!doc) continue;
    for (const ag of doc.agreements) {
      if (!parties.every((k) => ag.parties.includes(k))) continue;
      if (filter.nature && !natureMatches(ag.kind, filter.nature)) continue;
      if (!statusShown(ag.status, filter)) {
        if (!filter.status && ag.status === 'mentionné') out.recalled++;
        continue;
      }
      const dated = dateMeets(ag, filter);
      if (dated === 'undated') out.undated++;
      if (dated !== true) continue;
      out.found.push({ doc, ag });
    }
  }
  return out;
}

/** A document's source when it is a web address (http or https), else undefined. */
export function sourceLink(source: string | undefined): string | undefined {
  if (!source) return undefined;
  try {
    const url = new URL(source.trim());
    return /^https?:$/.test(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** An agreement as answers show it: its facts in names, cited by the sentence that states it. */
export function agreementResult(
  index: CorpusIndex,
  doc: AnalyzedDocument,
  ag: Agreement,
  marked: readonly string[] = [],
): AgreementResult {
  const { paragraph, start, end } = ag.sentence;
  // Mark the parties where the sentence names them.
  const spans = mentionSpans(doc, paragraph, new Set([...marked, ...ag.parties])).filter(
    ([s, e]) => s >= start && e <= end,
  );
  const name = (k: string) =>
    index.actor(k)?.name ?? doc.actors.find((a) => a.key === k)?.name ?? k;
  const out: AgreementResult = {
    ...citeSentence(doc, paragraph, start, end, spans),
    kind: ag.kind,
    status: ag.status,
    parties: ag.parties.map(name),
    signatories: ag.signatories.map((s) => {
      const a = doc.actors.find((x) => x.key === s);
      return a?.roles[0] ? { name: a.name, role: a.roles[0] } : { name: name(s) };
    }),
  };
  if (ag.instrument) out.instrument = ag.instrument;
  if (ag.place) out.place = ag.place;
  if (ag.date) out.date = ag.date;
  if (ag.curated) out.curated = true;
  return out;
}

/** Date order: the earliest first; same dates by document and paragraph. */
export function byDate(a: Found, b: Found): number {
  return (
    compare(a.ag.date?.iso ?? '', b.ag.date?.iso ?? '') ||
    compare(a.doc.id, b.doc.id) ||
    a.ag.sentence.paragraph - b.ag.sentence.paragraph
  );
}
