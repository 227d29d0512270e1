/**
 * The corpus folder on disk: which files it holds (with size and mtime, to detect changes
 * cheaply) and how to read one safely. Every way a file can be bad becomes a French reason,
 * never an exception that stops the others.
 */
import { createHash } from 'node:crypto';
import { lstatSync, readFileSync } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { DocumentError, parseDocument, type SourceDocument } from './document.ts';

export interface FileEntry {
  /** Path relative to the corpus folder, `/`-separated. */
  id: string;
  path: string;
  size: number;
  mtimeMs: number;
}

export interface Skipped {
  id: string;
  reason: string;
}

export interface ListResult {
  files: FileEntry[];
  skipped: Skipped[];
}

const EXTENSIONS = /\.(txt|md|markdown)$/i;

/** Lists files below a folder, with the checks every entry gets (links, hidden names, types). */
class Lister {
  readonly files: FileEntry[] = [];
  readonly skipped: Skipped[] = [];
  private statted = 0;

  constructor(
    private readonly root: string,
    private readonly realRoot: string,
  ) {}

  async walk(dir: string): Promise<void> {
    let entries: import('node:fs').Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      this.skipped.push({ id: relId(this.root, dir), reason: 'dossier illisible (permissions)' });
      return;
    }
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const path = join(dir, e.name);
      if (e.isSymbolicLink()) await this.link(path, e.name);
      else if (e.isDirectory()) await this.walk(path);
      else if (e.isFile() && EXTENSIONS.test(e.name)) await this.file(path);
    }
  }

  /** One path, whatever it is now (for a change reported by the watcher). */
  async path(path: string): Promise<'gone' | 'ok'> {
    const s = lstatSync(path, { throwIfNoEntry: false });
    if (!s) return 'gone';
    const name = path.slice(path.lastIndexOf(sep) + 1);
    if (s.isSymbolicLink()) await this.link(path, name);
    else if (s.isDirectory()) await this.walk(path);
    else if (s.isFile() && EXTENSIONS.test(name)) await this.file(path);
    return 'ok';
  }

  private async file(path: string): Promise<void> {
    // A synchronous stat is ~10× cheaper than an awaited one; yield now and then so that
    // answers keep flowing while a large folder is scanned.
    const s = lstatSync(path, { throwIfNoEntry: false });
    const id = relId(this.root, path);
    if (s) this.files.push({ id, path, size: s.size, mtimeMs: s.mtimeMs });
    else this.skipped.push({ id, reason: 'fichier disparu pendant la lecture' });
    if (++this.statted % 2000 === 0) await new Promise((r) => setImmediate(r));
  }

  private async link(path: string, name: string): Promise<void> {
    const id = relId(this.root, path);
    let target: string;
    try {
      target = await realpath(path);
    } catch {
      this.skipped.push({ id, reason: 'lien cassé' });
      return;
    }
    if (target !== this.realRoot && !target.startsWith(this.realRoot + sep)) {
      if (EXTENSIONS.test(name))
        this.skipped.push({ id, reason: 'lien vers un fichier hors du dossier du corpus' });
      return;
    }
    const s = await stat(path).catch(() => null);
    // Links to folders inside the corpus would index the same files twice.
    if (s?.isFile() && EXTENSIONS.test(name))
      this.files.push({ id, path, size: s.size, mtimeMs: s.mtimeMs });
  }
}

async function lister(root: string): Promise<Lister> {
  try {
    return new Lister(root, await realpath(root));
  } catch {
    throw new DocumentError(`dossier du corpus introuvable : ${root}`);
  }
}

const byId = (a: FileEntry, b: FileEntry) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Lists the `.txt` and `.md` files below root, recursively; hidden files and folders are ignored. */
export async function listCorpus(root: string): Promise<ListResult> {
  const l = await lister(root);
  await l.walk(root);
  return { files: l.files.sort(byId), skipped: l.skipped };
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
  for (const id of new Set(ids)) {
    if (id.split('/').some((part) => part.startsWith('.') || part === '')) continue;
    if ((await l.path(join(root, id))) === 'gone') gone.push(id);
  }
  const seen = new Set<string>();
  const files = l.files.filter((f) => !seen.has(f.id) && seen.add(f.id)).sort(byId);
  return { files, skipped: l.skipped, gone };
}

function relId(root: string, path: string): string {
  return relative(root, path).split(sep).join('/');
}

export type ReadResult =
  | { ok: true; doc: SourceDocument; hash: string }
  | { ok: false; reason: string };

const decoder = new TextDecoder('utf-8', { fatal: true });

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
    if (code === 'EACCES' || code === 'EPERM')
      return { ok: false, reason: 'fichier illisible (permissions)' };
    return { ok: false, reason: `fichier illisible (${code ?? 'erreur inconnue'})` };
  }
  if (buf.length > maxBytes) {
    return {
      ok: false,
      reason: `fichier trop volumineux (${formatBytes(buf.length)}, limite ${formatBytes(maxBytes)})`,
    };
  }
  return decodeDocument(file.id, buf);
}

/** Decodes and parses a file's bytes. */
export function decodeDocument(id: string, buf: Buffer): ReadResult {
  if (buf.length === 0) return { ok: false, reason: 'fichier vide' };
  if (buf.includes(0)) return { ok: false, reason: 'fichier binaire' };
  let text: string;
  try {
    text = decoder.decode(buf);
  } catch {
    return { ok: false, reason: 'encodage non UTF-8' };
  }
  if (!text.trim()) return { ok: false, reason: 'fichier vide' };
  try {
    return { ok: true, doc: parseDocument(id, text, buf.length), hash: hashOf(buf) };
  } catch (err) {
    if (err instanceof DocumentError) return { ok: false, reason: err.message };
    throw err;
  }
}

export function hashOf(buf: Buffer): string {
  return createHash('sha1').update(buf).digest('hex');
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} o`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1).replace('.', ',')} Ko`;
  return `${(n / 1024 / 1024).toFixed(1).replace('.', ',')} Mo`;
}
