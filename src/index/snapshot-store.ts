/**
 * The snapshot as one process sees it: whether this process writes it (it holds the lock, see
 * lock.ts) or only reads another's, what was last loaded, and how a run's changes are saved (a
 * journal line, or a full snapshot when there is none yet, the journal grew, or a save failed).
 */
import { statSync } from 'node:fs';
import type { AnalyzedDocument } from '../analysis/analyze.ts';
import type { Logger } from '../logger.ts';
import type { CorpusIndex } from './corpus-index.ts';
import { lockPath, tryLock } from './lock.ts';
import {
  appendJournal,
  type FileState,
  loadSnapshot,
  removeStaleTemporaries,
  type Snapshot,
  saveBase,
} from './snapshot.ts';
import { bodyText, toStored } from './stored.ts';

export interface Change {
  upserts: AnalyzedDocument[];
  removals: string[];
  files: [string, FileState][];
  forget: string[];
}

export class SnapshotStore {
  /** `writer`: this process holds the lock (or none can be made); `reader`: another process writes. */
  role: 'writer' | 'reader' = 'writer';
  private releaseLock: (() => Promise<void>) | null = null;
  /** True once a full snapshot exists on disk (later changes go to its journal). */
  private hasBase = false;
  /** Sequence number of the last change saved. */
  private seq = 0;
  /** Documents journaled since the full snapshot: past a threshold, a new full one is written. */
  private journalDocs = 0;
  /** What the snapshot's files looked like when last loaded. */
  private signature = '';

  constructor(
    readonly path: string,
    private readonly logger: Logger,
    /** Told when the role changes: the French note for /corpus, or undefined for a writer. */
    private readonly onRole: (readOnly: string | undefined) => void,
    /** Told when the saved search index failed its check and was rebuilt from the documents. */
    private readonly onSearchRebuilt: (reason: string) => void,
  ) {}

  get writer(): boolean {
    return this.role === 'writer';
  }

  /** Tries to become the writer (once); a new writer first removes what a killed one left. */
  async acquire(): Promise<void> {
    const lock = await tryLock(this.path, (err) => {
      this.role = 'reader';
      this.releaseLock = null;
      this.onRole(readOnlyNote(this.path));
      this.logger.warn(
        `Verrou de l’index perdu (${err.message}) : ce processus n’enregistre plus l’instantané.`,
      );
    });
    if (lock.state === 'busy') {
      this.role = 'reader';
      this.onRole(readOnlyNote(this.path));
      return;
    }
    this.role = 'writer';
    this.onRole(undefined);
    this.releaseLock = lock.state === 'held' ? lock.release : null;
    const stale = await removeStaleTemporaries(this.path);
    if (stale.length)
      this.logger.info(
        stale.length === 1
          ? 'Instantané : un fichier temporaire d’une écriture interrompue a été retiré.'
          : `Instantané : ${stale.length} fichiers temporaires d’une écriture interrompue ont été retirés.`,
      );
  }

  /** Gives the lock back. */
  async release(): Promise<void> {
    const release = this.releaseLock;
    this.releaseLock = null;
    await release?.();
  }

  /** Loads the snapshot on disk (a writer may repair its journal; a reader only reads). */
  async load(): Promise<Snapshot> {
    const signature = snapshotSignature(this.path);
    const snap = await loadSnapshot(this.path, {
      writer: this.writer,
      onSearchRebuilt: this.onSearchRebuilt,
    });
    this.hasBase = true;
    this.seq = snap.seq;
    this.journalDocs = snap.journalDocs;
    this.signature = signature;
    if (snap.warning) this.logger.warn(`Instantané : ${snap.warning}.`);
    return snap;
  }

  /** True when the writer has saved something since this process last loaded. */
  changedOnDisk(): boolean {
    return snapshotSignature(this.path) !== this.signature;
  }

  /** The next save writes a full snapshot (there is none, or the one on disk is not to be trusted). */
  needsBase(): void {
    this.hasBase = false;
  }

  /** Saves the whole state as a new full snapshot (a reader writes nothing). */
  async save(index: CorpusIndex, files: Map<string, FileState>): Promise<void> {
    if (!this.writer) return;
    await saveBase(this.path, index, files, this.seq);
    this.hasBase = true;
    this.journalDocs = 0;
  }

  /**
   * Saves a run's changes: a journal line, or a full snapshot when there is none or the journal
   * grew past 5 % of the corpus (at least 200 documents). On failure the next call writes a
   * full snapshot, even without a change.
   */
  async persist(change: Change, index: CorpusIndex, files: Map<string, FileState>): Promise<void> {
    if (!this.writer) return;
    const docs = change.upserts.length + change.removals.length;
    if (this.hasBase && docs === 0 && change.files.length === 0 && change.forget.length === 0)
      return;
    try {
      const threshold = Math.max(200, Math.ceil(index.size * 0.05));
      this.seq++;
      if (!this.hasBase || this.journalDocs + docs > threshold) {
        await this.save(index, files);
        return;
      }
      await appendJournal(this.path, {
        seq: this.seq,
        upserts: change.upserts.map((d) => {
          const s = toStored(d);
          return { doc: s.doc, body: bodyText(s.body) };
        }),
        removals: change.removals,
        files: change.files,
        forget: change.forget,
      });
      this.journalDocs += docs;
    } catch (err) {
      this.hasBase = false;
      throw err;
    }
  }
}

/** Size, date and inode of the manifest and the journal: any write by the writer changes it. */
function snapshotSignature(path: string): string {
  return [path, `${path}.journal`]
    .map((p) => {
      try {
        const s = statSync(p, { throwIfNoEntry: false });
        return s ? `${s.ino}:${s.size}:${s.mtimeMs}` : '-';
      } catch {
        return '?';
      }
    })
    .join('|');
}

function readOnlyNote(path: string): string {
  return `un autre processus tient l’index (${lockPath(path)}) : ce processus sert son dernier instantané, sans relire le dossier ni rien écrire`;
}
