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

/** Lists the `.txt` and `.md` files below root, recursively; hidden files and folders are ignored. */
export async function listCorpus(root: string): Promise<ListResult> {
  const files: FileEntry[] = [];
  const skipped: Skipped[] = [];
  let realRoot: string;
  try {
    realRoot = await realpath(root);
  } catch {
    throw new DocumentError(`dossier du corpus introuvable : ${root}`);
  }
  let statted = 0;
  async function walk(dir: string): Promise<void> {
    let entries: import('node:fs').Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      skipped.push({ id: relId(root, dir), reason: 'dossier illisible (permissions)' });
      return;
    }
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const path = join(dir, e.name);
      const id = relId(root, path);
      if (e.isSymbolicLink()) {
        let target: string;
        try {
          target = await realpath(path);
        } catch {
          skipped.push({ id, reason: 'lien cassé' });
          continue;
        }
        if (target !== realRoot && !target.startsWith(realRoot + sep)) {
          if (EXTENSIONS.test(e.name))
            skipped.push({ id, reason: 'lien vers un fichier hors du dossier du corpus' });
          continue;
        }
        const s = await stat(path).catch(() => null);
        if (s?.isDirectory()) continue; // links to folders inside the corpus would index twice
        if (s?.isFile() && EXTENSIONS.test(e.name))
          files.push({ id, path, size: s.size, mtimeMs: s.mtimeMs });
        continue;
      }
      if (e.isDirectory()) await walk(path);
      else if (e.isFile() && EXTENSIONS.test(e.name)) {
        // A synchronous stat is ~10× cheaper than an awaited one; yield now and then so
        // that answers keep flowing while a large folder is scanned.
        const s = lstatSync(path, { throwIfNoEntry: false });
        if (s) files.push({ id, path, size: s.size, mtimeMs: s.mtimeMs });
        else skipped.push({ id, reason: 'fichier disparu pendant la lecture' });
        if (++statted % 2000 === 0) await new Promise((r) => setImmediate(r));
      }
    }
  }
  await walk(root);
  files.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { files, skipped };
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
