/**
 * A document as the snapshot keeps it: what the registries need (title, actors, agreements,
 * mention counts) eagerly, and the body (paragraphs and mentions) as one JSON string parsed
 * only when an answer cites the document. Loading a large corpus then costs little time and
 * memory.
 */
import type { AnalyzedDocument } from '../analysis/analyze.ts';
import type { Mention } from '../analysis/entities.ts';

export type StoredDoc = Omit<AnalyzedDocument, 'paragraphs' | 'mentions'> & {
  paragraphCount: number;
};

interface Body {
  p: string[];
  m: Mention[];
}

/** The body string a lazily loaded document was made from (reused when saving again). */
const RAW_BODY = Symbol('rawBody');

export function toStored(doc: AnalyzedDocument): { doc: StoredDoc; body: string } {
  const raw = (doc as unknown as { [RAW_BODY]?: string })[RAW_BODY];
  if (raw !== undefined) {
    // A lazy document: its own properties are already the stored form (the body is not parsed).
    return { doc: { ...doc } as unknown as StoredDoc, body: raw };
  }
  const { paragraphs, mentions, ...rest } = doc;
  return {
    doc: { ...rest, paragraphCount: paragraphs.length },
    body: JSON.stringify({ p: paragraphs, m: mentions } satisfies Body),
  };
}

/** A document whose paragraphs and mentions are parsed from `body` on first use. */
export function lazyDocument(stored: StoredDoc, body: string): AnalyzedDocument {
  let parsed: Body | undefined;
  const load = () => {
    parsed ??= JSON.parse(body) as Body;
    return parsed;
  };
  const doc = { ...stored } as unknown as AnalyzedDocument;
  Object.defineProperties(doc, {
    paragraphs: { get: () => load().p, enumerable: false },
    mentions: { get: () => load().m, enumerable: false },
    [RAW_BODY]: { value: body, enumerable: false },
  });
  return doc;
}

/** Paragraph count without parsing a lazy body. */
export function paragraphCount(doc: AnalyzedDocument): number {
  return (doc as unknown as Partial<StoredDoc>).paragraphCount ?? doc.paragraphs.length;
}
