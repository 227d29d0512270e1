/**
 * One reader per kind of file: it turns a file's bytes into text (plain text, read as the
 * user wrote it) or into paragraphs already laid out (PDF, Word, web page), or says in French
 * why it cannot. The corpus indexes exactly the extensions some reader claims; a new format
 * is one more entry in READERS.
 */
/** A document a reader laid out itself: its paragraphs (and pages), title and source if it has them. */
export interface LaidOutText {
  format: 'pdf' | 'docx' | 'html';
  paragraphs: string[];
  /** 1-based page of each paragraph (paginated formats). */
  pages?: number[];
  pageCount?: number;
  title?: string;
  /** Where the document comes from (a web page's canonical link). */
  source?: string;
}

export type DecodeResult =
  | { ok: true; text: string }
  | { ok: true; document: LaidOutText }
  | { ok: false; reason: string };

export interface FormatReader {
  /** What users call this kind of file, in French (`PDF`, `document Word`). */
  label: string;
  /** Lower-case extensions, without the dot. */
  extensions: readonly string[];
  decode(bytes: Buffer): DecodeResult | Promise<DecodeResult>;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf16le = new TextDecoder('utf-16le', { fatal: true });
const utf16be = new TextDecoder('utf-16be', { fatal: true });

/**
 * Plain text: UTF-8 (with or without a byte-order mark), or UTF-16 with its byte-order mark
 * (as Windows tools write it). Without a mark, a zero byte means a binary file.
 */
export function decodeText(buf: Buffer): DecodeResult {
  let decoder = utf8;
  let body = buf;
  let encoding = 'UTF-8';
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) body = buf.subarray(3);
  else if (buf[0] === 0xff && buf[1] === 0xfe) {
    decoder = utf16le;
    body = buf.subarray(2);
    encoding = 'UTF-16';
  } else if (buf[0] === 0xfe && buf[1] === 0xff) {
    decoder = utf16be;
    body = buf.subarray(2);
    encoding = 'UTF-16';
  } else if (buf.includes(0)) return { ok: false, reason: 'fichier binaire' };
  let text: string;
  try {
    if (encoding === 'UTF-16' && body.length % 2 === 1) throw new Error('odd length');
    text = decoder.decode(body);
  } catch {
    return { ok: false, reason: encoding === 'UTF-8' ? 'encodage non UTF-8' : 'UTF-16 invalide' };
  }
  if (text.includes('\u0000')) return { ok: false, reason: 'fichier binaire' };
  return { ok: true, text };
}

// The readers of PDF, Word and web pages and their libraries (~0.25 s to load) are loaded
// when the first such file is read: a corpus of text files never pays for them.
export const READERS: readonly FormatReader[] = [
  { label: 'texte', extensions: ['txt', 'md', 'markdown'], decode: decodeText },
  {
    label: 'PDF',
    extensions: ['pdf'],
    decode: async (b) => (await import('./formats/pdf.ts')).readPdf(b),
  },
  {
    label: 'document Word',
    extensions: ['docx'],
    decode: async (b) => (await import('./formats/docx.ts')).readDocx(b),
  },
  {
    label: 'page web',
    extensions: ['html', 'htm'],
    decode: async (b) => (await import('./formats/html.ts')).readHtml(b),
  },
];

/**
 * Documents often met that no reader takes, with what to do (`/corpus` lists them rather
 * than leaving them unseen).
 */
export const UNSUPPORTED: Readonly<Record<string, string>> = {
  doc: 'ancien format Word (.doc) non pris en charge : enregistrez-le en .docx',
  odt: 'format OpenDocument (.odt) non pris en charge : enregistrez-le en .docx ou en PDF',
  rtf: 'format RTF non pris en charge : enregistrez-le en .docx ou en PDF',
};

const BY_EXTENSION = new Map(READERS.flatMap((r) => r.extensions.map((e) => [e, r] as const)));

/** The extension of a file name, lower-case, without the dot ('' when it has none). */
export function extensionOf(name: string): string {
  const base = name.slice(name.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot + 1).toLowerCase();
}

/** The reader for a file name, if the corpus reads that kind of file. */
export function readerFor(name: string): FormatReader | undefined {
  return BY_EXTENSION.get(extensionOf(name));
}

/** The formats the corpus reads, as users read them: `PDF (.pdf), document Word (.docx)…`. */
export function supportedFormats(): string {
  return READERS.map((r) => `${r.label} (${r.extensions.map((e) => `.${e}`).join(', ')})`).join(
    ', ',
  );
}
