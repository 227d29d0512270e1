/**
 * The index and the analysis results on disk, so that a restart re-analyses only what
 * changed, and a change is saved at a cost that follows the change.
 *
 * Layout, next to INDEX_PATH (the manifest):
 * - `index.json`: the manifest (format, version, sequence number, and each part's name, size
 *   and SHA-256), replaced atomically (temporary file, then rename) after the parts are written;
 * - `index.<tag>.docs.json`: file states and documents (what the registries need);
 * - `index.<tag>.bodies.bin`: each document's paragraphs and mentions as UTF-8 JSON, one after
 *   the other; the docs part gives each one's byte range; read as bytes, decoded and parsed
 *   only when an answer cites the document;
 * - `index.<tag>.search.json`: the MiniSearch index, loaded when a search first needs it;
 * - `index.json.journal`: one line per run that changed something since the parts were
 *   written (documents added or replaced, removed, file states), each with its own checksum.
 *   Lines at or below the manifest's sequence number are already in the parts and are
 *   skipped; a torn or damaged line (a crash while writing) ends the replay: the writer cuts
 *   the journal there, and the files concerned are simply read again.
 * Every part is checked (size, SHA-256) before use. Bad documents or bodies: the snapshot is
 * rebuilt from the files; a bad search part: rebuilt from the documents (the caller is told,
 * so that it writes a good one). A missing, corrupt or older-format snapshot, or one made by
 * another version of the analysis (its fingerprint), is rebuilt from the files. Every file is written whole or not at all (durable-file.ts).
 */
import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, truncate } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import MiniSearch from 'minisearch';
import { analysisFingerprint } from '../analysis/fingerprint.ts';
import { readingFingerprint } from '../corpus/fingerprint.ts';
import { CorpusIndex, MINISEARCH_OPTIONS, type Passage } from './corpus-index.ts';
import { appendLine, writeFileSafely } from './durable-file.ts';
import { writeMiniSearch } from './search-file.ts';
import { lazyDocument, type StoredDoc, toStored } from './stored.ts';

/**
 * Bump when the shape of documents, analysis, index terms or files on disk changes.
 * 6: documents may carry `pages`, `pageCount` and `format` (PDF, Word, web pages).
 */
export const SNAPSHOT_VERSION = 6;
const FORMAT = 'accords-snapshot';

export interface FileState {
  size: number;
  mtimeMs: number;
  hash: string;
  /** Header fields left out when the file was read (see corpus/front-matter.ts). */
  warnings?: string[];
}

type PartName = 'docs' | 'bodies' | 'search';

interface PartInfo {
  name: string;
  bytes: number;
  sha256: string;
}

interface Manifest {
  format: string;
  version: number;
  /** The analysis that produced the documents (see analysis/fingerprint.ts). */
  analysis: string;
  /** The reading of files that produced their paragraphs (see corpus/fingerprint.ts). */
  reading: string;
  seq: number;
  savedAt: string;
  parts: Record<PartName, PartInfo>;
}

export interface JournalEntry {
  seq: number;
  upserts: { doc: StoredDoc; body: string }[];
  removals: string[];
  /** File states that changed (new, changed, or touched without a content change). */
  files: [string, FileState][];
  /** Files no longer in the corpus. */
  forget: string[];
}

export interface Snapshot {
  index: CorpusIndex;
  files: Map<string, FileState>;
  /** Sequence number of the last change on disk. */
  seq: number;
  /** Documents written to the journal since the parts. */
  journalDocs: number;
  savedAt: string;
  /** A warning to log (a damaged journal line was dropped). */
  warning?: string;
}

export interface LoadOptions {
  /** The process that holds the lock: it may repair (cut a damaged journal). Readers only read. */
  writer?: boolean;
  /** Told when the search part fails its check and the index is rebuilt from the documents. */
  onSearchRebuilt?: (reason: string) => void;
}

export class SnapshotError extends Error {}

const journalPath = (path: string) => `${path}.journal`;
const stemOf = (path: string) => basename(path).replace(/\.json$/, '');
const PART_FILE = /\.(docs\.json|bodies\.bin|search\.json)$/;

const lineSum = (json: string) => createHash('sha256').update(json).digest('hex').slice(0, 16);

/** Writes the whole state as new parts, then the manifest; then drops the journal and old parts. */
export async function saveBase(
  path: string,
  index: CorpusIndex,
  files: Map<string, FileState>,
  seq: number,
): Promise<void> {
  const dir = dirname(path);
  const stem = stemOf(path);
  await mkdir(dir, { recursive: true });
  const tag = `${seq}-${Date.now().toString(36)}`;
  const names: Record<PartName, string> = {
    docs: `${stem}.${tag}.docs.json`,
    bodies: `${stem}.${tag}.bodies.bin`,
    search: `${stem}.${tag}.search.json`,
  };
  // Bodies are streamed to their file, so that no giant string is built.
  const docs: StoredDoc[] = [];
  const bodies = await writeFileSafely(join(dir, names.bodies), async (sink) => {
    let offset = 0;
    for (const d of index.documents()) {
      const s = toStored(d);
      const bytes = typeof s.body === 'string' ? Buffer.from(s.body) : s.body;
      docs.push({ ...s.doc, bodyAt: [offset, bytes.length] });
      offset += bytes.length;
      await sink.write(bytes);
    }
  });
  const docsPart = await writeFileSafely(join(dir, names.docs), async (sink) => {
    await sink.write(`{"files":${JSON.stringify([...files])},"docs":[`);
    for (let i = 0; i < docs.length; i++)
      await sink.write(`${i ? ',' : ''}${JSON.stringify(docs[i])}`);
    await sink.write(']}');
  });
  const search = await writeFileSafely(join(dir, names.search), (sink) =>
    writeMiniSearch(sink, index.miniSearch),
  );
  const manifest: Manifest = {
    format: FORMAT,
    version: SNAPSHOT_VERSION,
    analysis: analysisFingerprint(),
    reading: readingFingerprint(),
    seq,
    savedAt: new Date().toISOString(),
    parts: {
      docs: { name: names.docs, ...docsPart },
      bodies: { name: names.bodies, ...bodies },
      search: { name: names.search, ...search },
    },
  };
  await writeFileSafely(path, (sink) => sink.write(JSON.stringify(manifest)));
  await rm(journalPath(path), { force: true });
  const keep = new Set(Object.values(names));
  for (const name of await readdir(dir)) {
    if (name.startsWith(`${stem}.`) && PART_FILE.test(name) && !keep.has(name))
      await rm(join(dir, name), { force: true });
  }
}

/** Appends one run's changes to the journal, as one checksummed line, whole or not at all. */
export async function appendJournal(path: string, entry: JournalEntry): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const json = JSON.stringify(entry);
  await appendLine(journalPath(path), `${json}\t${lineSum(json)}`);
}

/**
 * Removes temporary files a killed writer left behind (`*.tmp` next to the snapshot). Only the
 * process holding the lock may call it: no other writer can be mid-write.
 */
export async function removeStaleTemporaries(path: string): Promise<string[]> {
  const dir = dirname(path);
  const stem = stemOf(path);
  const removed: string[] = [];
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    if (name.startsWith(`${stem}.`) && name.endsWith('.tmp')) {
      await rm(join(dir, name), { force: true });
      removed.push(name);
    }
  }
  return removed;
}

/** Reads a whole file from its start through an open descriptor (valid even if it was deleted since). */
function readAllSync(fd: number, bytes: number): Buffer {
  const buf = Buffer.allocUnsafe(bytes);
  let done = 0;
  while (done < bytes) {
    const n = readSync(fd, buf, done, bytes - done, done);
    if (n === 0) break;
    done += n;
  }
  return done === bytes ? buf : buf.subarray(0, done);
}

/** Checks a part against the manifest: its size, then its SHA-256. */
function verify(buf: Buffer, info: PartInfo, what: string): Buffer {
  if (buf.length !== info.bytes)
    throw new SnapshotError(
      `partie ${what} de l’instantané abîmée (${buf.length} octets, ${info.bytes} attendus)`,
    );
  if (createHash('sha256').update(buf).digest('hex') !== info.sha256)
    throw new SnapshotError(`partie ${what} de l’instantané abîmée (empreinte différente)`);
  return buf;
}

async function readManifest(path: string): Promise<Manifest> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT')
      throw new SnapshotError('aucun instantané');
    throw new SnapshotError('instantané illisible');
  }
  let manifest: Partial<Manifest>;
  try {
    manifest = JSON.parse(text) as Partial<Manifest>;
  } catch {
    throw new SnapshotError('instantané corrompu');
  }
  if (manifest?.format !== FORMAT) throw new SnapshotError('instantané corrompu');
  if (manifest.version !== SNAPSHOT_VERSION) {
    throw new SnapshotError(
      `instantané d’un autre format (version ${manifest.version}, attendue ${SNAPSHOT_VERSION})`,
    );
  }
  if (manifest.analysis !== analysisFingerprint())
    throw new SnapshotError('instantané fait par une autre version de l’analyse');
  if (manifest.reading !== readingFingerprint())
    throw new SnapshotError('instantané fait par une autre version de la lecture des fichiers');
  const parts = manifest.parts;
  const ok = (p: PartInfo | undefined) =>
    !!p && typeof p.name === 'string' && !p.name.includes('/') && Number.isInteger(p.bytes);
  if (!parts || !ok(parts.docs) || !ok(parts.bodies) || !ok(parts.search))
    throw new SnapshotError('instantané corrompu');
  if (typeof manifest.seq !== 'number') throw new SnapshotError('instantané corrompu');
  return manifest as Manifest;
}

/**
 * Loads a snapshot; throws SnapshotError (French) saying why it cannot be used. A part that a
 * writer replaced between the manifest and the part is found by reading the manifest again.
 */
export async function loadSnapshot(path: string, options: LoadOptions = {}): Promise<Snapshot> {
  for (let attempt = 1; ; attempt++) {
    const manifest = await readManifest(path);
    const dir = dirname(path);
    // Parts are opened at once: a writer that replaces them later cannot take them away.
    const fds: number[] = [];
    try {
      for (const part of ['docs', 'bodies', 'search'] as const)
        fds.push(openSync(join(dir, manifest.parts[part].name), 'r'));
    } catch (err) {
      for (const fd of fds) closeSync(fd);
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT')
        throw new SnapshotError('instantané illisible');
      // A writer may have replaced the snapshot meanwhile: read its new manifest.
      if (attempt < 3) continue;
      throw new SnapshotError('instantané incomplet');
    }
    const [docsFd, bodiesFd, searchFd] = fds as [number, number, number];
    try {
      return await loadParts(path, manifest, docsFd, bodiesFd, searchFd, options);
    } catch (err) {
      closeSync(searchFd);
      throw err;
    } finally {
      closeSync(docsFd);
      closeSync(bodiesFd);
    }
  }
}

async function loadParts(
  path: string,
  manifest: Manifest,
  docsFd: number,
  bodiesFd: number,
  searchFd: number,
  options: LoadOptions,
): Promise<Snapshot> {
  const { parts } = manifest;
  let docsPart: { files: [string, FileState][]; docs: StoredDoc[] };
  let bodies: Buffer;
  try {
    const raw = verify(readAllSync(docsFd, parts.docs.bytes), parts.docs, 'documents');
    bodies = verify(readAllSync(bodiesFd, parts.bodies.bytes), parts.bodies, 'textes');
    docsPart = JSON.parse(raw.toString('utf8'));
  } catch (err) {
    if (err instanceof SnapshotError) throw err;
    throw new SnapshotError('instantané corrompu');
  }
  if (!Array.isArray(docsPart?.docs) || !Array.isArray(docsPart.files))
    throw new SnapshotError('instantané corrompu');
  for (const d of docsPart.docs) {
    const at = d.bodyAt;
    if (!at || at[0] < 0 || at[0] + at[1] > bodies.length)
      throw new SnapshotError('instantané corrompu');
  }
  let searchOpen = true;
  const closeSearch = () => {
    if (searchOpen) closeSync(searchFd);
    searchOpen = false;
  };
  const searchPart = () => {
    // Let go of (the index was replaced): its descriptor number may belong to another file now.
    if (!searchOpen) throw new SnapshotError('partie recherche de l’instantané déjà refermée');
    try {
      const raw = readAllSync(searchFd, parts.search.bytes);
      return verify(raw, parts.search, 'recherche').toString('utf8');
    } finally {
      closeSearch();
    }
  };
  const index = new CorpusIndex({
    load: () => MiniSearch.loadJSON<Passage>(searchPart(), MINISEARCH_OPTIONS),
    loadAsync: async () => MiniSearch.loadJSONAsync<Passage>(searchPart(), MINISEARCH_OPTIONS),
    failed: (err) => options.onSearchRebuilt?.((err as Error).message),
    close: closeSearch,
  });
  index.restore(
    docsPart.docs.map((d) => {
      const [offset, length] = d.bodyAt as [number, number];
      return lazyDocument(d, { buffer: bodies, offset, length });
    }),
  );
  const files = new Map(docsPart.files);
  const replay = await replayJournal(path, manifest.seq, index, files, options.writer ?? false);
  return {
    index,
    files,
    seq: replay.seq,
    journalDocs: replay.docs,
    savedAt: manifest.savedAt ?? '',
    ...(replay.warning ? { warning: replay.warning } : {}),
  };
}

/**
 * Applies the journal lines newer than the parts. A line that is torn or fails its checksum
 * ends the replay: a writer cuts the journal there (so later lines never pile up behind it);
 * a reader leaves it, and says nothing of a last line still being written.
 */
async function replayJournal(
  path: string,
  base: number,
  index: CorpusIndex,
  files: Map<string, FileState>,
  writer: boolean,
): Promise<{ seq: number; docs: number; warning?: string }> {
  let journal: Buffer;
  try {
    journal = await readFile(journalPath(path));
  } catch {
    return { seq: base, docs: 0 }; // no journal: nothing changed since the parts
  }
  let seq = base;
  let docs = 0;
  let at = 0;
  while (at < journal.length) {
    const end = journal.indexOf(10, at);
    const complete = end >= 0;
    const line = journal.toString('utf8', at, complete ? end : journal.length);
    const tab = line.lastIndexOf('\t');
    let entry: JournalEntry | undefined;
    if (complete && tab > 0 && lineSum(line.slice(0, tab)) === line.slice(tab + 1)) {
      try {
        entry = JSON.parse(line.slice(0, tab)) as JournalEntry;
      } catch {
        entry = undefined;
      }
    }
    if (!entry) {
      if (!writer && !complete) break; // being appended right now by the writer
      if (writer) await truncate(journalPath(path), at);
      return {
        seq,
        docs,
        warning: `une ligne abîmée du journal de l’instantané a été ${writer ? 'retirée' : 'ignorée'} ; les fichiers concernés seront relus`,
      };
    }
    if (entry.seq <= seq) {
      at = end + 1; // already in the parts (a crash between the manifest and the journal's removal)
      continue;
    }
    // Lines follow each other (seq + 1). A gap means this journal was started after another
    // base than the one read: a reader that read the manifest just before the writer replaced
    // it. Stop there: older but consistent; a writer (nothing writes beside it) cuts it.
    if (entry.seq !== seq + 1) {
      if (!writer) break;
      await truncate(journalPath(path), at);
      return {
        seq,
        docs,
        warning:
          'un journal qui ne suit pas les parties de l’instantané a été coupé ; les fichiers concernés seront relus',
      };
    }
    at = end + 1;
    index.apply({
      upserts: entry.upserts.map((u) => lazyDocument(u.doc, u.body)),
      removals: entry.removals,
    });
    for (const [id, state] of entry.files) files.set(id, state);
    for (const id of entry.forget) files.delete(id);
    docs += entry.upserts.length + entry.removals.length;
    seq = entry.seq;
  }
  return { seq, docs };
}
