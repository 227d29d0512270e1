/**
 * A document a teammate sends (`/ajouter`): its kind found from its content (not only its
 * name), its size checked before and while it is read, read as the corpus would read it (a
 * scan or a broken file is refused, never written), then written atomically into a subfolder
 * of the corpus (`ajouts/`): never outside it, never over another file. A title or source given
 * with it goes into a curator's header beside it (`<file>.yml`, see files.ts).
 */
import { createHash, randomBytes } from 'node:crypto';
import { link, lstat, mkdir, open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileTypeFromBuffer } from 'file-type';
import { stringify } from 'yaml';
import { decodeDocument, formatBytes, SIDECAR } from './files.ts';
import { decodeText, extensionOf, supportedFormats } from './readers.ts';

/** The folder of the corpus where added documents go. */
export const INTAKE_DIR = 'ajouts';

/** A file on its way in: its name, the size announced before reading it, and its bytes. */
export interface IncomingFile {
  name: string;
  /** The size the sender announced (Discord's attachment size, a file's size on disk). */
  size: number;
  /** The bytes, at most `max` of them: rejects with TooBigError past that. */
  read(max: number): Promise<Buffer>;
}

export class TooBigError extends Error {}

export type IntakeResult =
  | { ok: true; id: string; renamed: boolean }
  | { ok: false; reason: string; duplicateOf?: string };

export interface IntakeOptions {
  root: string;
  maxBytes: number;
  title?: string;
  source?: string;
}

type Kind = 'pdf' | 'docx' | 'html' | 'txt' | 'md';
const KIND_NAMES: Record<Kind, string> = {
  pdf: 'un PDF',
  docx: 'un document Word',
  html: 'une page web',
  txt: 'du texte',
  md: 'du texte',
};
/** The extensions a name may have for each kind of content. */
const NAMED: Record<Kind, string[]> = {
  pdf: ['pdf'],
  docx: ['docx'],
  html: ['html', 'htm'],
  txt: ['txt', 'md', 'markdown'],
  md: ['md', 'markdown', 'txt'],
};

/** What the content is, whatever the name says: a kind the corpus reads, or what it is instead. */
async function kindOf(bytes: Buffer): Promise<{ kind: Kind } | { other: string }> {
  const sniffed = await fileTypeFromBuffer(bytes).catch(() => undefined);
  if (sniffed?.ext === 'pdf') return { kind: 'pdf' };
  if (sniffed?.ext === 'docx') return { kind: 'docx' };
  if (sniffed) return { other: `${sniffed.mime}, .${sniffed.ext}` };
  const text = decodeText(bytes);
  if (!text.ok) return { other: text.reason };
  // The web-page reader and its libraries load only now (see readers.ts).
  const { looksLikeHtml } = await import('./formats/html.ts');
  if ('text' in text && looksLikeHtml(text.text)) return { kind: 'html' };
  return { kind: 'txt' };
}

/**
 * A safe file name from what was sent: no folder, no leading dot, letters (accents kept),
 * digits, `-`, `_` and `.` only, at most 100 characters, with the extension its content has.
 */
export function safeName(sent: string, kind: Kind): string {
  const base = (sent.split(/[\\/]/).pop() ?? '').normalize('NFC');
  const ext = extensionOf(base);
  const stem = (ext ? base.slice(0, -ext.length - 1) : base)
    .replace(/[^\p{L}\p{N}._-]+/gu, '-')
    .replace(/^[.-]+|[.-]+$/g, '')
    .slice(0, 90);
  const keep = NAMED[kind].includes(ext) ? ext : (NAMED[kind][0] as string);
  return `${stem || 'document'}.${keep}`;
}

const sha1 = (b: Buffer) => createHash('sha1').update(b).digest('hex');

/** Writes `bytes` at `dest` whole or not at all, and never over an existing file (EEXIST). */
async function writeNew(dest: string, bytes: Buffer): Promise<void> {
  const tmp = join(dest, '..', `.ajout-${randomBytes(6).toString('hex')}.tmp`);
  const out = await open(tmp, 'wx');
  try {
    await out.writeFile(bytes);
    await out.sync();
  } finally {
    await out.close();
  }
  try {
    await link(tmp, dest); // atomic, and fails if the name is taken: nothing is overwritten
  } finally {
    await rm(tmp, { force: true });
  }
}

/** The first free name `rapport.pdf`, `rapport-2.pdf`…, or the one already holding these bytes. */
async function placeFor(
  dir: string,
  name: string,
  bytes: Buffer,
): Promise<{ name: string; same?: boolean }> {
  const ext = extensionOf(name);
  const stem = name.slice(0, -ext.length - 1);
  const hash = sha1(bytes);
  for (let n = 1; n < 1000; n++) {
    const candidate = n === 1 ? name : `${stem}-${n}.${ext}`;
    const existing = await readFile(join(dir, candidate)).catch(() => undefined);
    if (existing && sha1(existing) === hash) return { name: candidate, same: true };
    // Free: neither the name nor a header for it (a curator's, for a file to come) is taken.
    const header = await lstat(join(dir, candidate + SIDECAR)).catch(() => undefined);
    if (!existing && !header) return { name: candidate };
  }
  throw new Error('trop de fichiers du même nom');
}

/** Checks, reads and writes a sent file into the corpus; every refusal is a French reason. */
export async function intakeFile(
  file: IncomingFile,
  options: IntakeOptions,
): Promise<IntakeResult> {
  const { maxBytes } = options;
  const tooBig = (size: number) =>
    `fichier trop volumineux (${formatBytes(size)}, limite ${formatBytes(maxBytes)})`;
  if (file.size > maxBytes) return { ok: false, reason: tooBig(file.size) };
  let bytes: Buffer;
  try {
    bytes = await file.read(maxBytes);
  } catch (err) {
    if (err instanceof TooBigError) return { ok: false, reason: tooBig(file.size) };
    return { ok: false, reason: `fichier impossible à récupérer (${(err as Error).message})` };
  }
  if (bytes.length > maxBytes) return { ok: false, reason: tooBig(bytes.length) };
  if (bytes.length === 0) return { ok: false, reason: 'fichier vide' };
  const found = await kindOf(bytes);
  if ('other' in found)
    return {
      ok: false,
      reason: `type de fichier non pris en charge (${found.other}) ; formats lus : ${supportedFormats()}`,
    };
  const ext = extensionOf(file.name);
  const claimed = (Object.keys(NAMED) as Kind[]).filter((k) => NAMED[k].includes(ext));
  if (ext && claimed.length && !claimed.includes(found.kind) && found.kind !== 'txt')
    return {
      ok: false,
      reason: `le nom dit .${ext} mais le contenu est ${KIND_NAMES[found.kind]} : renommez le fichier`,
    };
  if (ext && !claimed.length && found.kind === 'txt')
    return {
      ok: false,
      reason: `type de fichier non pris en charge (.${ext}) ; formats lus : ${supportedFormats()}`,
    };
  const name = safeName(file.name, found.kind);
  const header = headerOf(options);
  // Read it as the corpus will: what cannot be indexed is refused, not written.
  const read = await decodeDocument(name, bytes, header);
  if (!read.ok) return { ok: false, reason: read.reason };
  const dir = join(options.root, INTAKE_DIR);
  await mkdir(dir, { recursive: true });
  for (let attempt = 0; attempt < 5; attempt++) {
    const place = await placeFor(dir, name, bytes);
    const id = `${INTAKE_DIR}/${place.name}`;
    if (place.same)
      return { ok: false, reason: 'ce fichier est déjà dans le corpus', duplicateOf: id };
    const headerPath = join(dir, place.name + SIDECAR);
    let wroteHeader = false;
    try {
      // The header first: the document is never seen without the title it was given.
      if (header) {
        await writeNew(headerPath, header);
        wroteHeader = true;
      }
      await writeNew(join(dir, place.name), bytes);
      return { ok: true, id, renamed: place.name !== name };
    } catch (err) {
      if (wroteHeader) await rm(headerPath, { force: true });
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      // Someone took the name meanwhile: take the next one.
    }
  }
  throw new Error('aucun nom libre pour ce fichier');
}

/** The curator's header for a title or a source given with the file, if any. */
function headerOf(options: IntakeOptions): Buffer | undefined {
  const fields: Record<string, string> = {};
  if (options.title?.trim()) fields.titre = options.title.trim();
  if (options.source?.trim()) fields.source = options.source.trim();
  return Object.keys(fields).length ? Buffer.from(stringify(fields)) : undefined;
}
