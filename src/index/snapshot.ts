/**
 * The index and the analysis results on disk, so that a restart re-analyses only what
 * changed. Written atomically (temporary file, then rename) with a format version: a
 * missing, corrupt or older snapshot is simply rebuilt from the files.
 */
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import MiniSearch from 'minisearch';
import type { AnalyzedDocument } from '../analysis/analyze.ts';
import { CorpusIndex, MINISEARCH_OPTIONS } from './corpus-index.ts';

/** Bump when the shape of documents, analysis or index terms changes. */
export const SNAPSHOT_VERSION = 1;
const FORMAT = 'accords-snapshot';

export interface FileState {
  size: number;
  mtimeMs: number;
  hash: string;
}

export interface Snapshot {
  index: CorpusIndex;
  files: Map<string, FileState>;
  savedAt: string;
}

export class SnapshotError extends Error {}

export async function saveSnapshot(
  path: string,
  index: CorpusIndex,
  files: Map<string, FileState>,
): Promise<void> {
  const data = {
    format: FORMAT,
    version: SNAPSHOT_VERSION,
    savedAt: new Date().toISOString(),
    files: [...files],
    docs: [...index.documents()],
    index: index.miniSearch,
  };
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(tmp, JSON.stringify(data));
    await rename(tmp, path);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}

/** Loads a snapshot; throws SnapshotError (French) saying why it cannot be used. */
export async function loadSnapshot(path: string): Promise<Snapshot> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT')
      throw new SnapshotError('aucun instantané');
    throw new SnapshotError('instantané illisible');
  }
  let data: {
    format?: string;
    version?: number;
    savedAt?: string;
    files?: [string, FileState][];
    docs?: AnalyzedDocument[];
    index?: unknown;
  };
  try {
    data = JSON.parse(text);
  } catch {
    throw new SnapshotError('instantané corrompu');
  }
  if (data?.format !== FORMAT) throw new SnapshotError('instantané corrompu');
  if (data.version !== SNAPSHOT_VERSION) {
    throw new SnapshotError(
      `instantané d’un autre format (version ${data.version}, attendue ${SNAPSHOT_VERSION})`,
    );
  }
  try {
    const ms = MiniSearch.loadJS(
      data.index as Parameters<typeof MiniSearch.loadJS>[0],
      MINISEARCH_OPTIONS,
    );
    const index = new CorpusIndex(ms);
    index.restore(data.docs ?? []);
    return { index, files: new Map(data.files ?? []), savedAt: data.savedAt ?? '' };
  } catch {
    throw new SnapshotError('instantané corrompu');
  }
}
