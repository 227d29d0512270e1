/**
 * A corpus document: what a file says, before any analysis. Paragraph numbers (1-based in
 * what users see) are what every citation points to, so splitting must be stable.
 */
import { FrontMatterError, type FrontMatterProblem, readFrontMatter } from './front-matter.ts';

export interface FrontMatter {
  title?: string;
  date?: unknown;
  source?: string;
  /** Parties of the agreement the document reports, as a curator names them. */
  parties?: string[];
  /** Actors a curator adds: names, or `{ nom, type, role }`. */
  acteurs?: (string | { nom?: string; name?: string; type?: string; role?: string })[];
  /** Kind of agreement (`accord`, `déclaration commune`…), when a curator sets it. */
  type?: string;
}

export interface SourceDocument {
  /** Path relative to the corpus folder, with `/` separators: the stable id. */
  id: string;
  title: string;
  /** Paragraphs, verbatim. Index 0 is paragraph 1. */
  paragraphs: string[];
  meta: FrontMatter;
  bytes: number;
  /** 1-based page of each paragraph, for paginated formats (PDF). */
  pages?: number[];
  /** Pages of the file (PDF). */
  pageCount?: number;
  /** The kind of file it was read from, when not plain text. */
  format?: 'pdf' | 'docx' | 'html';
}

export class DocumentError extends Error {}

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Reads the optional YAML front matter; throws DocumentError (in French) when it is not YAML. */
export function splitFrontMatter(text: string): {
  meta: FrontMatter;
  body: string;
  problems: FrontMatterProblem[];
} {
  const m = text.match(FRONT_MATTER);
  if (!m) return { meta: {}, body: text, problems: [] };
  try {
    // The header's first line is line 2 of the file (after the opening `---`).
    const { meta, problems } = readFrontMatter(m[1] ?? '', 2);
    return { meta, body: text.slice(m[0].length), problems };
  } catch (err) {
    if (err instanceof FrontMatterError) throw new DocumentError(err.message);
    throw err;
  }
}

/**
 * Paragraphs of a body. Blank lines separate paragraphs; inside a block, lines are joined
 * when the block looks hard-wrapped (Markdown style), otherwise each line is a paragraph
 * (scraped news often puts one paragraph per line).
 */
export function splitParagraphs(body: string): string[] {
  const out: string[] = [];
  for (const block of body.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/)) {
    const lines = block.split('\n').filter((l) => l.trim());
    if (lines.length === 0) continue;
    const wrapped =
      lines.length > 1 &&
      lines.slice(0, -1).every((l) => l.length <= 100 && !/[.!?»:]\s*$/.test(l)) &&
      !lines.some((l) => /^\s*([-*+]|\d+\.|#)\s/.test(l));
    if (wrapped) out.push(lines.map((l) => l.trim()).join(' '));
    else for (const l of lines) out.push(l.trim());
  }
  return out;
}

/** Longest title shown: a title is read at a glance, the text is in the citations. */
export const MAX_TITLE = 90;

/** Small words a cut title should not end on (`… dans le…`). */
const DANGLING =
  /\s+(?:de|du|des|d[’']|la|le|les|l[’']|un|une|et|ou|à|au|aux|en|pour|par|dans|sur|avec|entre|a|qui|que)$/i;

/** Cuts a title at a word boundary (with an ellipsis) when it is longer than MAX_TITLE. */
function shortTitle(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= MAX_TITLE) return t;
  const room = t.slice(0, MAX_TITLE);
  const space = room.lastIndexOf(' ');
  let cut = space > MAX_TITLE / 2 ? room.slice(0, space) : room.slice(0, MAX_TITLE - 1);
  for (let shorter = cut.replace(DANGLING, ''); shorter !== cut && shorter.length > MAX_TITLE / 2; )
    [cut, shorter] = [shorter, shorter.replace(DANGLING, '')];
  return `${cut.replace(/[\s,;:–—-]+$/, '')}…`;
}

/**
 * A short title: the front matter's, else the first paragraph when it is a title line,
 * else its first sentence (dateline prefix removed), cut at a word when long.
 */
export function titleOf(meta: FrontMatter, paragraphs: readonly string[]): string {
  if (meta.title) return shortTitle(meta.title);
  const first = (paragraphs[0] ?? '')
    .replace(/^#+\s*/, '')
    .replace(/^date\s*:?\s*\S+\s*/i, '')
    // A rubric in capitals before the title: `VIDÉO. Emmanuel Macron…`, `INFO FRANCEINFO. …`.
    .replace(/^\p{Lu}{3,}(?:\s\p{Lu}{2,})?\s*[.:|–-]\s+(?=\p{Lu})/u, '');
  const sentence = first.match(/^.+?[.!?](?=\s|$)/)?.[0] ?? first;
  return shortTitle(sentence);
}

/**
 * A document a reader laid out itself (PDF, Word, web page): its paragraphs as read, its own
 * title and source unless a curator's header (`<file>.yml`) gives them.
 */
export function laidOutDocument(
  id: string,
  read: {
    format: 'pdf' | 'docx' | 'html';
    paragraphs: string[];
    pages?: number[];
    pageCount?: number;
    title?: string;
    source?: string;
  },
  bytes: number,
  curated: FrontMatter = {},
): SourceDocument {
  const paragraphs = read.paragraphs.map((p) => p.trim()).filter(Boolean);
  if (paragraphs.length === 0) throw new DocumentError('fichier vide');
  const meta: FrontMatter = {
    ...(read.title ? { title: read.title } : {}),
    ...(read.source ? { source: read.source } : {}),
    ...curated,
  };
  const doc: SourceDocument = {
    id,
    title: titleOf(meta, paragraphs),
    paragraphs,
    meta,
    bytes,
    format: read.format,
  };
  if (read.pages && read.pages.length === read.paragraphs.length) {
    doc.pages = read.paragraphs.flatMap((p, i) => (p.trim() ? [read.pages?.[i] ?? 1] : []));
  }
  if (read.pageCount) doc.pageCount = read.pageCount;
  return doc;
}

/** Builds a document from a file's decoded text. Throws DocumentError when there is nothing to index. */
export function parseDocument(id: string, text: string, bytes: number): SourceDocument {
  return parseSource(id, text, bytes).doc;
}

/** A document and the header fields that were left out of it (see front-matter.ts). */
export function parseSource(
  id: string,
  text: string,
  bytes: number,
  curated: FrontMatter = {},
): { doc: SourceDocument; problems: FrontMatterProblem[] } {
  const split = splitFrontMatter(text.replace(/^\uFEFF/, ''));
  const meta = { ...split.meta, ...curated };
  const paragraphs = splitParagraphs(split.body);
  if (paragraphs.length === 0) throw new DocumentError('fichier vide');
  return {
    doc: { id, title: titleOf(meta, paragraphs), paragraphs, meta, bytes },
    problems: split.problems,
  };
}
