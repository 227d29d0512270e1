/**
 * The analysis of one document: actors with their mentions, the agreements it reports, its
 * date. A front matter written by a curator overrides what extraction found.
 */
import type { FrontMatter, SourceDocument } from '../corpus/document.ts';
import type { ActorType, ExtractedActor, Mention } from './actors/index.ts';
import type { Agreement } from './agreements/index.ts';
import { type ResolvedDate, resolveDate } from './dates.ts';
import { type Extractor, ruleExtractor } from './extractor.ts';
import { gazetteer } from './gazetteer.ts';
import { phraseKey } from './phrases.ts';

export interface AnalyzedDocument extends SourceDocument {
  date?: ResolvedDate;
  actors: ExtractedActor[];
  mentions: Mention[];
  /** Mentions per actor key: what the corpus-wide registries need, without the mentions themselves. */
  mentionCounts: Record<string, number>;
  agreements: Agreement[];
}

function countMentions(mentions: readonly Mention[]): Record<string, number> {
  // A dictionary from the start: as an object literal, every new set of actor keys built a
  // chain of hidden classes (1.6 % of the analysis), and a key could meet Object.prototype.
  const counts: Record<string, number> = Object.create(null);
  for (const m of mentions) counts[m.key] = (counts[m.key] ?? 0) + 1;
  return counts;
}

const TYPES: Record<string, ActorType> = {
  pays: 'pays',
  country: 'pays',
  organisation: 'organisation',
  org: 'organisation',
  personne: 'personne',
  person: 'personne',
};

/** Finds or creates the actor a curator names. */
function curatedActor(actors: ExtractedActor[], name: string, type?: string): ExtractedActor {
  const key = phraseKey(name);
  const existing = actors.find(
    (a) => phraseKey(a.name) === key || a.aliases.some((x) => phraseKey(x) === key),
  );
  if (existing) return existing;
  const form = gazetteer().lookup(key);
  const t = (type && TYPES[phraseKey(type)]) || (form ? 'pays' : 'organisation');
  const actor: ExtractedActor =
    t === 'pays' && form
      ? {
          key: `pays:${form.code}`,
          name: gazetteer().country(form.code)?.name ?? name,
          type: 'pays',
          aliases: [],
          roles: [],
        }
      : {
          key: `${t === 'personne' ? 'pers' : 'org'}:${key}`,
          name,
          type: t,
          aliases: [],
          roles: [],
        };
  const same = actors.find((a) => a.key === actor.key);
  if (same) return same;
  actors.push(actor);
  return actor;
}

function applyFrontMatter(doc: AnalyzedDocument, meta: FrontMatter): void {
  for (const a of meta.acteurs ?? []) {
    const name = typeof a === 'string' ? a : (a.nom ?? a.name);
    if (!name) continue;
    const actor = curatedActor(doc.actors, name, typeof a === 'string' ? undefined : a.type);
    const role = typeof a === 'string' ? undefined : a.role;
    if (role && !actor.roles.includes(role)) actor.roles.push(role);
  }
  if (meta.parties?.length) {
    const parties = meta.parties.map((p) => curatedActor(doc.actors, p).key);
    const mentioned = new Set(
      doc.mentions.filter((m) => parties.includes(m.key)).map((m) => m.paragraph),
    );
    const base = doc.agreements[0];
    const paragraph = base?.sentence.paragraph ?? [...mentioned][0] ?? 0;
    const agreement: Agreement = {
      kind: meta.type ?? base?.kind ?? 'accord',
      status: base?.status ?? 'signé',
      parties,
      signatories: base?.signatories ?? [],
      sentence: base?.sentence ?? {
        paragraph,
        start: 0,
        end: (doc.paragraphs[paragraph] ?? '').length,
      },
      evidence: base?.evidence.length ? base.evidence : mentioned.size ? [...mentioned] : [0],
      curated: true,
      ...(base?.instrument ? { instrument: base.instrument } : {}),
      ...(base?.place ? { place: base.place } : {}),
      ...(base?.date ? { date: base.date } : {}),
    };
    doc.agreements = [agreement];
  } else if (meta.type && doc.agreements[0]) {
    doc.agreements[0].kind = meta.type;
  }
}

/** Analyses a document with an extractor (the rule-based one by default). */
export function analyzeDocument(
  doc: SourceDocument,
  extractor: Extractor = ruleExtractor,
): AnalyzedDocument {
  const found = extractor.extract({
    paragraphs: doc.paragraphs,
    title: doc.title,
    date: doc.meta.date,
  });
  const out: AnalyzedDocument = {
    ...doc,
    actors: found.actors,
    mentions: found.mentions,
    mentionCounts: countMentions(found.mentions),
    agreements: found.agreements,
  };
  if (found.date) out.date = resolveDate(found.date, { certain: true });
  applyFrontMatter(out, doc.meta);
  return out;
}
