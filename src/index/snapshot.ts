/**
 * The index and the analysis results on disk, so that a restart re-analyses only what
 * changed, and a change is saved at a cost that follows the change.
 *
 * Layout, next to INDEX_PATH (the manifest):
 * - `index.json`: the manifest (format, version, sequence number, names of the parts),
 *   replaced atomically (temporary file, then rename) after the parts are written;
 * - `index.<tag>.docs.json`: file states and documents (what the registries need);
 * - `index.<tag>.bodies.bin`: each document's paragraphs and mentions as UTF-8 JSON, one after
 *   the other; the docs part gives each one's byte range; read as bytes, decoded and parsed
 *   only when an answer cites the document;
 * - `index.<tag>.search.json`: the MiniSearch index, loaded when a search first needs it;
 * - `index.json.journal`: one line per run that changed something since the parts were
 *   written (documents added or replaced, removed, file states). Lines at or below the
 *   manifest's sequence number are already in the parts and are skipped; a torn last line
 *   (a crash while writing) is ignored, and its files are simply read again.
 * A missing, corrupt or older-format snapshot is rebuilt from the files.
 */
import { existsSync, readFileSync } from 'node:fs';
import {
  appendFile,
  type FileHandle,
  mkdir,
  open,
  readdir,
  readFile,
  rename,
  rm,
} from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import MiniSearch from 'minisearch';
import { CorpusIndex, MINISEARCH_OPTIONS, type Passage } from './corpus-index.ts';
import { chunkWriter, writeMiniSearch } from './search-file.ts';
import { lazyDocument, type StoredDoc, toStored } from './stored.ts';

/** Bump when the shape of documents, analysis or index terms changes. */
export const SNAPSHOT_VERSION = 3;
const FORMAT = 'accords-snapshot';

export interface FileState {
  size: number;
  mtimeMs: number;
  hash: string;
  /** Header fields left out when the file was read (see corpus/front-matter.ts). */
  warnings?: string[];
}

interface Manifest {
  format: string;
  version: number;
  seq: number;
  savedAt: string;
  parts: { docs: string; bodies: string; search: string };
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
  /** A warning to log (a torn journal line was ignored). */
  warning?: string;
}

export class SnapshotError extends Error {}

const journalPath = (path: string) => `${path}.journal`;
const stemOf = (path: string) => basename(path).replace(/\.json$/, '');

async function writeAtomic(path: string, data: string): Promise<void> {
  await writeStreamed(path, (write) => write(data));
}

/** Writes a file in chunks through a temporary file, renamed into place when complete. */
async function writeStreamed(
  path: string,
  body: (write: (s: string) => Promise<void>, out: FileHandle) => Promise<void>,
): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  const out = await open(tmp, 'w');
  try {
    const w = chunkWriter(out);
    await body(w.write, out);
    await w.flush();
    await out.close();
    await rename(tmp, path);
  } catch (err) {
    await out.close().catch(() => undefined);
    await rm(tmp, { force: true });
    throw err;
  }
}

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
  const parts = {
    docs: `${stem}.${tag}.docs.json`,
    bodies: `${stem}.${tag}.bodies.bin`,
    search: `${stem}.${tag}.search.json`,
  };
  // Bodies are streamed to their file, so that no giant string is built.
  const docs: StoredDoc[] = [];
  await writeStreamed(join(dir, parts.bodies), async (_write, out) => {
    let offset = 0;
    let chunk: Buffer[] = [];
    let chunkBytes = 0;
    for (const d of index.documents()) {
      const s = toStored(d);
      const bytes = typeof s.body === 'string' ? Buffer.from(s.body) : s.body;
      docs.push({ ...s.doc, bodyAt: [offset, bytes.length] });
      offset += bytes.length;
      chunk.push(bytes);
      chunkBytes += bytes.length;
      if (chunkBytes > 4 * 1024 * 1024) {
        await out.write(Buffer.concat(chunk));
        chunk = [];
        chunkBytes = 0;
      }
    }
    if (chunk.length) await out.write(Buffer.concat(chunk));
  });
  await writeStreamed(join(dir, parts.docs), async (write) => {
    await write(`{"files":${JSON.stringify([...files])},"docs":[`);
    for (let i = 0; i < docs.length; i++) await write(`${i ? ',' : ''}${JSON.stringify(docs[i])}`);
    await write(']}');
  });
  await writeStreamed(join(dir, parts.search), async (_write, out) =>
    writeMiniSearch(out, index.miniSearch),
  );
  const manifest: Manifest = {
    format: FORMAT,
    version: SNAPSHOT_VERSION,
    seq,
    savedAt: new Date().toISOString(),
    parts,
  };
  await writeAtomic(path, JSON.stringify(manifest));
  await rm(journalPath(path), { force: true });
  const keep = new Set(Object.values(parts));
  for (const name of await readdir(dir)) {
    if (
      name.startsWith(`${stem}.`) &&
      /\.(docs\.json|bodies\.bin|search\.json)$/.test(name) &&
      !keep.has(name)
    ) {
      await rm(join(dir, name), { force: true });
    }
  }
}

/** Appends one run's changes to the journal. */
export async function appendJournal(path: string, entry: JournalEntry): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await appendFile(journalPath(path), `${JSON.stringify(entry)}\n`);
}

async function readJSON<T>(path: string, what: string): Promise<T> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT')
      throw new SnapshotError(what === 'manifeste' ? 'aucun instantané' : 'instantané incomplet');
    throw new SnapshotError('instantané illisible');
  }
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new SnapshotError('instantané corrompu');
  }
}

/** Loads a snapshot; throws SnapshotError (French) saying why it cannot be used. */
export async function loadSnapshot(path: string): Promise<Snapshot> {
  const manifest = await readJSON<Partial<Manifest>>(path, 'manifeste');
  if (manifest?.format !== FORMAT) throw new SnapshotError('instantané corrompu');
  if (manifest.version !== SNAPSHOT_VERSION) {
    throw new SnapshotError(
      `instantané d’un autre format (version ${manifest.version}, attendue ${SNAPSHOT_VERSION})`,
    );
  }
  const dir = dirname(path);
  const parts = manifest.parts;
  if (!parts || typeof manifest.seq !== 'number') throw new SnapshotError('instantané corrompu');
  const searchPath = join(dir, parts.search);
  if (!existsSync(searchPath)) throw new SnapshotError('instantané incomplet');
  const docsPart = await readJSON<{ files: [string, FileState][]; docs: StoredDoc[] }>(
    join(dir, parts.docs),
    'documents',
  );
  let bodies: Buffer;
  try {
    bodies = await readFile(join(dir, parts.bodies));
  } catch {
    throw new SnapshotError('instantané incomplet');
  }
  if (!Array.isArray(docsPart?.docs) || !Array.isArray(docsPart.files)) {
    throw new SnapshotError('instantané corrompu');
  }
  for (const d of docsPart.docs) {
    const at = d.bodyAt;
    if (!at || at[0] < 0 || at[0] + at[1] > bodies.length)
      throw new SnapshotError('instantané corrompu');
  }
  const index = new CorpusIndex({
    load: () => MiniSearch.loadJSON<Passage>(readFileSync(searchPath, 'utf8'), MINISEARCH_OPTIONS),
    loadAsync: async () =>
      MiniSearch.loadJSONAsync<Passage>(await readFile(searchPath, 'utf8'), MINISEARCH_OPTIONS),
    paragraphs: new Map(docsPart.docs.map((d) => [d.id, d.paragraphCount])),
  });
  index.restore(
    docsPart.docs.map((d) => {
      const [offset, length] = d.bodyAt as [number, number];
      return lazyDocument(d, { buffer: bodies, offset, length });
    }),
  );
  const files = new Map(docsPart.files);

  let seq = manifest.seq;
  let journalDocs = 0;
  let warning: string | undefined;
  let journal = '';
  try {
    journal = await readFile(journalPath(path), 'utf8');
  } catch {
    // no journal: nothing changed since the parts
  }
  for (const line of journal.split('\n')) {
    if (!line.trim()) continue;
    let entry: JournalEntry;
    try {
      entry = JSON.parse(line) as JournalEntry;
    } catch {
      warning =
        'une ligne incomplète du journal de l’instantané a été ignorée ; les fichiers concernés seront relus';
      break;
    }
    if (entry.seq <= seq) continue;
    index.apply({
      upserts: entry.upserts.map((u) => lazyDocument(u.doc, u.body)),
      removals: entry.removals,
    });
    for (const [id, state] of entry.files) files.set(id, state);
    for (const id of entry.forget) files.delete(id);
    journalDocs += entry.upserts.length + entry.removals.length;
    seq = entry.seq;
  }
  return {
    index,
    files,
    seq,
    journalDocs,
    savedAt: manifest.savedAt ?? '',
    ...(warning ? { warning } : {}),
  };
}
