/**
 * The corpus folder on disk: which files it holds (with size and mtime, to detect changes
 * cheaply) and how to read one safely. Every way a file can be bad becomes a French reason,
 * never an exception that stops the others.
 */
import { createHash } from 'node:crypto';
import { type Dirent, lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import {
  DocumentError,
  type FrontMatter,
  laidOutDocument,
  parseSource,
  type SourceDocument,
} from './document.ts';
import { FrontMatterError, problemText, readFrontMatter } from './front-matter.ts';
import { decodeText, extensionOf, readerFor, UNSUPPORTED } from './readers.ts';

/**
 * A curator's header beside a file (`rapport.pdf.yml` for `rapport.pdf`): the same fields as a
 * Markdown front matter, for files that cannot hold one (PDF, Word, web pages).
 */
export const SIDECAR = '.yml';

/** The document a path names: itself, or the file whose header it is. */
export function documentIdOf(id: string): string {
  return id.endsWith(SIDECAR) && readerFor(id.slice(0, -SIDECAR.length))
    ? id.slice(0, -SIDECAR.length)
    : id;
}

export interface FileEntry {
  /** Path relative to the corpus folder, `/`-separated. */
  id: string;
  path: string;
  size: number;
  /** The latest change of the file or of its header beside it (`<file>.yml`). */
  mtimeMs: number;
}

export interface Skipped {
  id: string;
  reason: string;
  /**
   * A fault of the moment (permissions, a folder that cannot be read), not a verdict on the
   * file: what was indexed there stays indexed.
   */
  fault?: boolean;
}

export interface ListResult {
  files: FileEntry[];
  skipped: Skipped[];
  /** Folders that could not be read: what is known below them is kept, not removed. */
  unreadable: string[];
}

/** The corpus folder itself cannot be listed: a fault, never an empty corpus. */
export class CorpusFolderError extends Error {}

function errorCode(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permissions';
  return code ?? 'erreur inconnue';
}

const decodesAsUtf8 = (name: Buffer) => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(name);
    return true;
  } catch {
    return false;
  }
};

/** Names of a folder that are not valid UTF-8 (as Node shows them: with U+FFFD). */
function invalidNames(dir: string): Set<string> {
  const out = new Set<string>();
  for (const raw of readdirSync(dir, { encoding: 'buffer' }))
    if (!decodesAsUtf8(raw)) out.add(raw.toString('utf8'));
  return out;
}

/** Lists files below a folder, with the checks every entry gets (links, hidden names, types). */
class Lister {
  readonly files: FileEntry[] = [];
  readonly skipped: Skipped[] = [];
  readonly unreadable: string[] = [];
  private statted = 0;

  constructor(
    private readonly root: string,
    private readonly realRoot: string,
  ) {}

  async walk(dir: string): Promise<void> {
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (err) {
      if (dir === this.root)
        throw new CorpusFolderError(`dossier du corpus illisible (${errorCode(err)}) : ${dir}`);
      const id = relId(this.root, dir);
      this.unreadable.push(id);
      this.skipped.push({ id, reason: `dossier illisible (${errorCode(err)})`, fault: true });
      return;
    }
    const invalid = entries.some((e) => e.name.includes('\uFFFD')) ? invalidNames(dir) : null;
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const path = join(dir, e.name);
      if (invalid?.has(e.name)) {
        if (e.isDirectory() || readerFor(e.name))
          this.skipped.push({
            id: relId(this.root, path),
            reason: 'nom de fichier non UTF-8 : renommez-le pour qu’il soit lu',
          });
        continue;
      }
      if (e.isSymbolicLink()) await this.link(path, e.name);
      else if (e.isDirectory()) await this.walk(path);
      else if (e.isFile() && readerFor(e.name)) await this.file(path);
      else if (e.isFile()) this.unsupported(path, e.name);
    }
  }

  /** A document in a format no reader takes (`.odt`, `.doc`): said, rather than left unseen. */
  private unsupported(path: string, name: string): void {
    const reason = UNSUPPORTED[extensionOf(name)];
    if (reason) this.skipped.push({ id: relId(this.root, path), reason });
  }

  /** One path, whatever it is now (for a change reported by the watcher). */
  async path(path: string): Promise<'gone' | 'ok'> {
    let s: import('node:fs').Stats | undefined;
    try {
      s = lstatSync(path, { throwIfNoEntry: false });
    } catch (err) {
      this.fault(path, err);
      return 'ok';
    }
    if (!s) return 'gone';
    const name = path.slice(path.lastIndexOf(sep) + 1);
    if (s.isSymbolicLink()) await this.link(path, name);
    else if (s.isDirectory()) await this.walk(path);
    else if (s.isFile() && readerFor(name)) await this.file(path);
    else if (s.isFile()) this.unsupported(path, name);
    return 'ok';
  }

  private fault(path: string, err: unknown): void {
    this.skipped.push({
      id: relId(this.root, path),
      reason: `fichier illisible (${errorCode(err)})`,
      fault: true,
    });
  }

  private async file(path: string): Promise<void> {
    // A synchronous stat is ~10× cheaper than an awaited one; yield now and then so that
    // answers keep flowing while a large folder is scanned.
    const id = relId(this.root, path);
    try {
      const s = lstatSync(path, { throwIfNoEntry: false });
      if (s) {
        const header = lstatSync(path + SIDECAR, { throwIfNoEntry: false });
        const mtimeMs = header?.isFile() ? Math.max(s.mtimeMs, header.mtimeMs) : s.mtimeMs;
        this.files.push({ id, path, size: s.size, mtimeMs });
      } else this.skipped.push({ id, reason: 'fichier disparu pendant la lecture' });
    } catch (err) {
      this.fault(path, err);
    }
    if (++this.statted % 2000 === 0) await new Promise((r) => setImmediate(r));
  }

  private async link(path: string, name: string): Promise<void> {
    const id = relId(this.root, path);
    let target: string;
    try {
      target = await realpath(path);
    } catch {
      if (readerFor(name)) this.skipped.push({ id, reason: 'lien cassé' });
      return;
    }
    const inside = target === this.realRoot || target.startsWith(this.realRoot + sep);
    const s = await stat(path).catch(() => null);
    if (!s?.isFile() || !readerFor(name)) return; // links to folders would list files twice
    if (!inside) {
      this.skipped.push({ id, reason: 'lien vers un fichier hors du dossier du corpus' });
      return;
    }
    // The target is a file of the corpus: indexed under its own name, never twice.
    this.skipped.push({
      id,
      reason: `lien vers « ${relId(this.realRoot, target)} », un fichier du corpus : indexé une seule fois, sous son propre nom`,
    });
  }
}

async function lister(root: string): Promise<Lister> {
  let real: string;
  try {
    real = await realpath(root);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT')
      throw new CorpusFolderError(`dossier du corpus introuvable : ${root}`);
    throw new CorpusFolderError(`dossier du corpus illisible (${errorCode(err)}) : ${root}`);
  }
  if (!statSync(real).isDirectory())
    throw new CorpusFolderError(`CORPUS_DIR ne désigne pas un dossier mais un fichier : ${root}`);
  return new Lister(root, real);
}

const byId = (a: FileEntry, b: FileEntry) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Lists the files some reader takes below root, recursively; hidden files and folders are
 * ignored. Throws CorpusFolderError when root itself cannot be listed.
 */
export async function listCorpus(root: string): Promise<ListResult> {
  const l = await lister(root);
  await l.walk(root);
  return { files: l.files.sort(byId), skipped: l.skipped, unreadable: l.unreadable };
}

/**
 * Looks only at some paths (relative to root): files, or folders walked entirely. Returns
 * what they hold now, and the paths that no longer exist.
 */
export async function listPaths(
  root: string,
  ids: Iterable<string>,
): Promise<ListResult & { gone: string[] }> {
  const l = await lister(root);
  const gone: string[] = [];
  for (const id of new Set([...ids].map(documentIdOf))) {
    if (id.split('/').some((part) => part.startsWith('.') || part === '')) continue;
    if ((await l.path(join(root, id))) === 'gone') gone.push(id);
  }
  const seen = new Set<string>();
  const files = l.files.filter((f) => !seen.has(f.id) && seen.add(f.id)).sort(byId);
  return { files, skipped: l.skipped, unreadable: l.unreadable, gone };
}

function relId(root: string, path: string): string {
  return relative(root, path).split(sep).join('/');
}

export type ReadResult =
  | { ok: true; doc: SourceDocument; hash: string; warnings: string[] }
  | { ok: false; reason: string };

/**
 * Reads and parses one file; every failure is a French reason. The read is synchronous:
 * several times faster than an awaited one for many small files (callers yield between files).
 */
export async function readCorpusFile(file: FileEntry, maxBytes: number): Promise<ReadResult> {
  if (file.size > maxBytes) {
    return {
      ok: false,
      reason: `fichier trop volumineux (${formatBytes(file.size)}, limite ${formatBytes(maxBytes)})`,
    };
  }
  let buf: Buffer;
  try {
    buf = readFileSync(file.path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, reason: 'fichier disparu pendant la lecture' };
    return { ok: false, reason: `fichier illisible (${errorCode(err)})` };
  }
  if (buf.length > maxBytes) {
    return {
      ok: false,
      reason: `fichier trop volumineux (${formatBytes(buf.length)}, limite ${formatBytes(maxBytes)})`,
    };
  }
  let header: Buffer | undefined;
  try {
    header = readFileSync(file.path + SIDECAR);
  } catch {
    header = undefined; // no header beside the file (or none readable: the file alone)
  }
  return decodeDocument(file.id, buf, header);
}

/** A curator's header beside a file, checked like a front matter. */
function readSidecar(
  id: string,
  header: Buffer,
): { ok: true; meta: FrontMatter; warnings: string[] } | { ok: false; reason: string } {
  const name = `${id.slice(id.lastIndexOf('/') + 1)}${SIDECAR}`;
  const text = decodeText(header);
  if (!text.ok) return { ok: false, reason: `en-tête « ${name} » illisible (${text.reason})` };
  try {
    const { meta, problems } = readFrontMatter('text' in text ? text.text : '', 1);
    return { ok: true, meta, warnings: problems.map((p) => `${name} : ${problemText(p)}`) };
  } catch (err) {
    if (err instanceof FrontMatterError)
      return { ok: false, reason: `« ${name} » : ${err.message}` };
    throw err;
  }
}

/**
 * Decodes a file's bytes with the reader of its kind, then builds the document; `header` is
 * the curator's header beside it (`<file>.yml`), whose fields win over the file's own.
 */
export async function decodeDocument(
  id: string,
  buf: Buffer,
  header?: Buffer,
): Promise<ReadResult> {
  if (buf.length === 0) return { ok: false, reason: 'fichier vide' };
  const reader = readerFor(id);
  if (!reader) return { ok: false, reason: 'format non pris en charge' };
  const sidecar = header ? readSidecar(id, header) : { ok: true as const, meta: {}, warnings: [] };
  if (!sidecar.ok) return sidecar;
  const decoded = await reader.decode(buf);
  if (!decoded.ok) return decoded;
  const hash = hashOf(buf, header);
  try {
    if ('document' in decoded) {
      const doc = laidOutDocument(id, decoded.document, buf.length, sidecar.meta);
      return { ok: true, doc, hash, warnings: sidecar.warnings };
    }
    if (!decoded.text.trim()) return { ok: false, reason: 'fichier vide' };
    const { doc, problems } = parseSource(id, decoded.text, buf.length, sidecar.meta);
    return { ok: true, doc, hash, warnings: [...problems.map(problemText), ...sidecar.warnings] };
  } catch (err) {
    if (err instanceof DocumentError) return { ok: false, reason: err.message };
    throw err;
  }
}

/** The content hash of a file (and of its header beside it: a change to either is a change). */
export function hashOf(buf: Buffer, header?: Buffer): string {
  const h = createHash('sha1').update(buf);
  if (header) h.update('\0header\0').update(header);
  return h.digest('hex');
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} o`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1).replace('.', ',')} Ko`;
  return `${(n / 1024 / 1024).toFixed(1).replace('.', ',')} Mo`;
}
