/**
 * A fingerprint of how files become documents: the readers (PDF layout, Word, web pages,
 * text and headers) and the versions of the libraries they use. A snapshot made by another
 * reading holds other paragraphs (and pages): it is rebuilt from the files.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fingerprintOf } from '../fingerprint.ts';

const READING = ['formats', 'readers.ts', 'document.ts', 'front-matter.ts', 'files.ts'];
const LIBRARIES = ['pdfjs-dist', 'mammoth', 'defuddle', 'linkedom', 'fflate', 'yaml'];

let memo: string | undefined;

/** The reading fingerprint (hex, 16 characters), computed once per process. */
export function readingFingerprint(): string {
  memo ??= fingerprintOf(dirname(fileURLToPath(import.meta.url)), READING, LIBRARIES);
  return memo;
}
