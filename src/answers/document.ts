/** `document <id>`: a card for one document. */
import type { AnalyzedDocument } from '../analysis/analyze.ts';
import type { AnswerContext } from './context.ts';
import { pageOf } from './excerpt.ts';
import { matchDocuments } from './suggest.ts';
import type { DocumentAnswer } from './types.ts';

/** Finds a document by id, then by a unique id or title fragment (accent- and case-insensitive). */
export function findDocument(ctx: AnswerContext, query: string): AnalyzedDocument | undefined {
  const exact = ctx.index.document(query.trim());
  if (exact) return exact;
  const matches = candidates(ctx, query);
  return matches.length === 1 ? matches[0] : undefined;
}

function candidates(ctx: AnswerContext, query: string): AnalyzedDocument[] {
  if (!query.trim()) return [];
  const found = matchDocuments(ctx.index, query);
  const exact = found.find((d) => d.exact);
  return (exact ? [exact] : found)
    .map((d) => ctx.index.document(d.id))
    .filter((d): d is AnalyzedDocument => !!d);
}

export function answerDocument(ctx: AnswerContext, query: string): DocumentAnswer {
  const q = query.trim();
  const doc = findDocument(ctx, q);
  if (!doc) {
    const many = candidates(ctx, q);
    return {
      command: 'document',
      query: q,
      message: many.length
        ? `Plusieurs documents correspondent à « ${q} » : précisez.`
        : `Aucun document ne correspond à « ${q} ».`,
      ...(many.length
        ? { suggestions: many.slice(0, 10).map((d) => ({ id: d.id, title: d.title })) }
        : {}),
    };
  }
  const counts = doc.mentionCounts;
  const name = (k: string) =>
    doc.actors.find((a) => a.key === k)?.name ?? ctx.index.actor(k)?.name ?? k;
  return {
    command: 'document',
    query: q,
    document: {
      id: doc.id,
      title: doc.title,
      ...(doc.date
        ? { date: doc.date }
        : doc.agreements[0]?.date
          ? { date: doc.agreements[0].date }
          : {}),
      ...(doc.meta.source ? { source: doc.meta.source } : {}),
      ...(doc.format ? { format: doc.format } : {}),
      ...(doc.pageCount ? { pages: doc.pageCount } : {}),
      paragraphs: doc.paragraphs.length,
      words: doc.paragraphs.reduce((n, p) => n + p.split(/\s+/).filter(Boolean).length, 0),
      bytes: doc.bytes,
      agreements: doc.agreements.map((a) => {
        const { paragraph, start, end } = a.sentence;
        return {
          kind: a.kind,
          status: a.status,
          parties: a.parties.map(name),
          instrument: a.instrument ?? null,
          signatories: a.signatories.map(name),
          place: a.place ?? null,
          date: a.date ?? null,
          sentence: (doc.paragraphs[paragraph] ?? '').slice(start, end),
          paragraph: paragraph + 1,
          ...pageOf(doc, paragraph),
        };
      }),
      actors: doc.actors
        .map((a) => ({ name: a.name, type: a.type, mentions: counts[a.key] ?? 0 }))
        .sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name, 'fr')),
    },
  };
}
