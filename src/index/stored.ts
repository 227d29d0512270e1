/**
 * A document as the snapshot keeps it: what the registries need (title, actors, agreements,
 * mention counts) eagerly, and the body (paragraphs and mentions) as JSON parsed only when an
 * answer cites the document. In a loaded snapshot the body is a byte range of the bodies
 * file, decoded on demand: a large corpus loads fast and costs little memory.
 */

import type { Mention } from '../analysis/actors/index.ts';
import type { AnalyzedDocument } from '../analysis/analyze.ts';

export type StoredDoc = Omit<AnalyzedDocument, 'paragraphs' | 'mentions'> & {
  paragraphCount: number;
  /** [offset, length] of the body in the bodies file. */
  bodyAt?: [number, number];
};

interface Body {
  p: string[];
  m: Mention[];
}

/** A body not yet decoded: a JSON string, or a byte range of a buffer. */
export type RawBody = string | { buffer: Buffer; offset: number; length: number };

/** A document whose paragraphs and mentions are parsed from its raw body on first use. */
class LazyDocument {
  #raw: RawBody;
  #body: Body | undefined;

  constructor(stored: StoredDoc, raw: RawBody) {
    Object.assign(this, stored);
    delete (this as Partial<StoredDoc>).bodyAt;
    this.#raw = raw;
  }

  get paragraphs(): string[] {
    return this.load().p;
  }

  get mentions(): Mention[] {
    return this.load().m;
  }

  /** The body as bytes or text, without parsing it (for saving again). */
  raw(): RawBody {
    return this.#raw;
  }

  private load(): Body {
    if (!this.#body) {
      const r = this.#raw;
      this.#body = JSON.parse(
        typeof r === 'string' ? r : r.buffer.toString('utf8', r.offset, r.offset + r.length),
      );
    }
    return this.#body as Body;
  }
}

export function lazyDocument(stored: StoredDoc, raw: RawBody): AnalyzedDocument {
  return new LazyDocument(stored, raw) as unknown as AnalyzedDocument;
}

/** The stored form of a document and its body as bytes (a lazy document's body is not parsed). */
export function toStored(doc: AnalyzedDocument): { doc: StoredDoc; body: Buffer | string } {
  if (doc instanceof LazyDocument) {
    const raw = doc.raw();
    return {
      doc: { ...doc } as unknown as StoredDoc,
      body:
        typeof raw === 'string' ? raw : raw.buffer.subarray(raw.offset, raw.offset + raw.length),
    };
  }
  const { paragraphs, mentions, ...rest } = doc;
  return {
    doc: { ...rest, paragraphCount: paragraphs.length },
    body: JSON.stringify({ p: paragraphs, m: mentions } satisfies Body),
  };
}

/** Body text of a stored entry, for the journal. */
export function bodyText(body: Buffer | string): string {
  return typeof body === 'string' ? body : body.toString('utf8');
}

/** Paragraph count without parsing a lazy body. */
export function paragraphCount(doc: AnalyzedDocument): number {
  return (doc as unknown as Partial<StoredDoc>).paragraphCount ?? doc.paragraphs.length;
}
