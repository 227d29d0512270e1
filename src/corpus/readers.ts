/**
 * One reader per kind of file: it turns a file's bytes into text, or says in French why it
 * cannot. The corpus indexes exactly the extensions some reader claims; a new format (PDF,
 * Word, web page) is one more entry in READERS, and nothing else changes.
 */

export type DecodeResult = { ok: true; text: string } | { ok: false; reason: string };

export interface FormatReader {
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

export const READERS: readonly FormatReader[] = [
  { extensions: ['txt', 'md', 'markdown'], decode: decodeText },
];

const BY_EXTENSION = new Map(READERS.flatMap((r) => r.extensions.map((e) => [e, r] as const)));

/** The reader for a file name, if the corpus reads that kind of file. */
export function readerFor(name: string): FormatReader | undefined {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? undefined : BY_EXTENSION.get(name.slice(dot + 1).toLowerCase());
}
