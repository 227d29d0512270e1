/**
 * Keeps the index in step with the corpus folder. Each run lists the files, reads only
 * those whose size or mtime changed (and re-analyses only those whose content hash
 * changed), applies the change to the index in one synchronous step, then saves the
 * snapshot. A first build (an empty index) is instead indexed beside the empty one while the
 * files are still being analysed, and served whole at the end. A run that fails leaves the
 * previous index serving and the snapshot untouched.
 */
import type { AnalyzedDocument } from '../analysis/analyze.ts';
import { type FileEntry, type ListResult, listCorpus, listPaths } from '../corpus/files.ts';
import { ChangeWatcher } from '../corpus/watch.ts';
import type { Logger } from '../logger.ts';
import type { AnalysisResult } from './analyse-file.ts';
import { type AnalysisPool, defaultWorkers, sharedPool } from './analysis-pool.ts';
import { CorpusIndex } from './corpus-index.ts';
import { inOrder } from './in-order.ts';
import { type FileState, SnapshotError } from './snapshot.ts';
import { SnapshotStore } from './snapshot-store.ts';
import { emptyStatus, type IndexStatus, type RunReport, type SkippedFile } from './status.ts';

export interface IndexerOptions {
  /** The corpus folder. */
  root: string;
  maxFileBytes: number;
  /** Where the snapshot lives; none: no persistence. */
  snapshotPath?: string;
  logger: Logger;
  /** Watch the folder so that scheduled runs read only what changed (see corpus/watch.ts). */
  watch?: boolean;
  /** Threads analysing files (default: every core but one; 0: the main thread). */
  workers?: number;
  /** Test hook: called when a file has been read and analysed, with the thread that did it. */
  onAnalysed?: (id: string, threadId: number) => void;
  /** Test hook: called before each document is applied (a fault injected here must not lose the index). */
  beforeApply?: (id: string) => void;
}

export interface RunOptions {
  /** Scan the whole folder (default), or only what the watcher saw change. */
  full?: boolean;
  /** Look at these files only (corpus-relative ids), e.g. one just added. */
  paths?: string[];
}

/** Files analysed in one run past which the analysis workers are stopped at its end. */
const LARGE_BATCH = 1000;

/** A scheduled run scans the whole folder at least this often, whatever the watcher says. */
const FULL_SCAN_EVERY = 12;

export class Indexer {
  /** The index currently served; replaced only by a whole, consistent one. */
  index: CorpusIndex;
  readonly status: IndexStatus = emptyStatus();
  private files = new Map<string, FileState>();
  /** Files that failed at the last run: read again next time even if their mtime did not change. */
  private failing = new Set<string>();
  private current: Promise<RunReport> | null = null;
  private readonly skipped = new Map<string, SkippedFile>();
  private watcher: ChangeWatcher | null = null;
  private folderListener: (() => void) | undefined;
  private readonly runListeners = new Set<(report: RunReport) => void>();
  private sinceFullScan = 0;
  /** The snapshot on disk: who writes it, and how changes are saved (none: no persistence). */
  private readonly store: SnapshotStore | null;
  private readonly pool: AnalysisPool;

  constructor(private readonly options: IndexerOptions) {
    this.index = new CorpusIndex();
    this.pool = sharedPool(options.workers ?? defaultWorkers());
    this.store = options.snapshotPath
      ? new SnapshotStore(
          options.snapshotPath,
          options.logger,
          (readOnly) => {
            if (readOnly) this.status.readOnly = readOnly;
            else delete this.status.readOnly;
          },
          (reason) => this.searchRebuilt(reason),
        )
      : null;
  }

  /**
   * Becomes the snapshot's writer if no other process is (see lock.ts), loads the snapshot
   * (if any, and valid), then brings it up to date with the files. A process that is not the
   * writer serves the writer's snapshot as it is and writes nothing.
   */
  async open(): Promise<RunReport> {
    const { snapshotPath, logger } = this.options;
    if (this.options.watch) {
      // Kept even if it cannot start now (folder missing): each run tries again.
      this.watcher = new ChangeWatcher(this.options.root, () => this.folderListener?.());
      this.watcher.start();
    }
    if (this.store) {
      await this.store.acquire();
      if (!this.store.writer) return this.openReader();
      try {
        await this.loadFromDisk();
      } catch (err) {
        if (!(err instanceof SnapshotError)) throw err;
        if (err.message !== 'aucun instantané')
          logger.warn(`Index reconstruit depuis les fichiers : ${err.message} (${snapshotPath}).`);
      }
    }
    const report = await this.run();
    if (this.status.origin === 'vide') this.status.origin = 'fichiers';
    return report;
  }

  /**
   * Calls `listener` after every run that read the folder (scheduled, after a change, asked
   * by /reindexer), once its changes are served; returns how to stop.
   */
  onRun(listener: (report: RunReport) => void): () => void {
    this.runListeners.add(listener);
    return () => this.runListeners.delete(listener);
  }

  /** Called whenever the folder watcher sees a change (none without a watcher). */
  onFolderChange(listener: (() => void) | undefined): void {
    this.folderListener = listener;
  }

  /** The writer's snapshot, loaded as it is: a reader never rebuilds nor writes anything. */
  private async openReader(): Promise<RunReport> {
    const report = emptyReport();
    report.mode = 'lecture';
    try {
      await this.loadFromDisk();
    } catch (err) {
      report.error =
        (err as Error).message === 'aucun instantané'
          ? 'l’index est en cours de construction par un autre processus ; réessayez dans un instant'
          : `instantané de l’autre processus inutilisable (${(err as Error).message}) ; réessayez dans un instant`;
    }
    this.status.lastRun = report;
    return report;
  }

  /** Loads the snapshot on disk and serves it. */
  private async loadFromDisk(): Promise<void> {
    const snap = await (this.store as SnapshotStore).load();
    this.index.dispose();
    this.index = snap.index;
    this.files = snap.files;
    this.status.origin = 'instantané';
    this.status.lastIndexedAt = snap.savedAt;
    this.refreshWarnings();
  }

  /** The saved search index failed its check: it was rebuilt; the writer saves a good one. */
  private searchRebuilt(reason: string): void {
    const writer = this.store?.writer ?? false;
    this.options.logger.warn(
      `Instantané : ${reason} ; index de recherche reconstruit depuis les documents${writer ? ', il sera réécrit' : ''}.`,
    );
    if (!writer) return;
    this.store?.needsBase();
    const after = this.current ?? Promise.resolve();
    void after.then(() => this.run({ full: false }));
  }

  /**
   * A reader's run: become the writer if the previous one has gone (then start from what it
   * left on disk), else load the writer's snapshot again if it changed.
   */
  private async readerRun(store: SnapshotStore): Promise<RunReport | null> {
    await store.acquire();
    if (store.writer) {
      try {
        await this.loadFromDisk();
      } catch {
        store.needsBase(); // keep serving what was read; the run writes a new snapshot
      }
      return null;
    }
    const report = emptyReport();
    report.mode = 'lecture';
    report.readOnly = true;
    if (store.changedOnDisk()) {
      try {
        await this.loadFromDisk();
      } catch (err) {
        report.error = `instantané de l’autre processus illisible pour l’instant (${(err as Error).message})`;
      }
    }
    this.status.lastRun = report;
    return report;
  }

  /** Stops watching the folder and gives the snapshot's lock back. */
  async close(): Promise<void> {
    this.index.dispose();
    this.watcher?.close();
    this.watcher = null;
    await this.store?.release();
  }

  /** Saves the snapshot now (no-op without a snapshot path, or for a reader). */
  async save(): Promise<void> {
    await this.store?.save(this.index, this.files);
  }

  /** How many known files lie below a folder. */
  private knownBelow(dir: string): number {
    const prefix = `${dir}/`;
    let n = 0;
    for (const id of this.files.keys()) if (id.startsWith(prefix)) n++;
    return n;
  }

  /** Files indexed with header fields left out, from the file states (kept in the snapshot). */
  private refreshWarnings(): void {
    const out: IndexStatus['warnings'] = [];
    for (const [id, state] of this.files)
      for (const reason of state.warnings ?? []) out.push({ id, reason });
    this.status.warnings = out.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  }

  /** True while a run is under way. */
  get running(): boolean {
    return this.current !== null;
  }

  /**
   * Runs now; a call made while a run is going joins that run rather than starting another.
   * `full: false` (scheduled runs) looks only at the paths the watcher saw change.
   */
  run(options: RunOptions = {}): Promise<RunReport> {
    this.current ??= (async () => {
      if (this.store && !this.store.writer) {
        const report = await this.readerRun(this.store);
        if (report) return report;
      }
      return this.runOnce(
        options.paths ? { full: false, paths: options.paths } : { full: options.full ?? true },
      );
    })().finally(() => {
      this.current = null;
      this.status.running = false;
    });
    return this.current;
  }

  /**
   * Indexes these files now (a document just added): after the run under way, if any, which
   * may have listed the folder before they were there.
   */
  async indexNow(paths: string[]): Promise<RunReport> {
    while (this.current) await this.current;
    return this.run({ paths });
  }

  private async runOnce(options: RunOptions): Promise<RunReport> {
    this.status.running = true;
    const report = emptyReport();
    const startedAt = new Date(report.startedAt);
    const { logger } = this.options;
    const hooks = this.options.beforeApply ? { beforeEach: this.options.beforeApply } : {};
    try {
      const { listing, gone, full } = await this.listChanges(options, report);
      report.examined = listing.files.length;
      const underFault = this.noteSkipped(listing, report);
      const failing = new Set(listing.skipped.filter((x) => x.fault).map((x) => x.id));
      const seen = new Set<string>();
      const toRead: FileEntry[] = [];
      for (const f of listing.files) {
        seen.add(f.id);
        const prev = this.files.get(f.id);
        if (prev && prev.size === f.size && prev.mtimeMs === f.mtimeMs && !this.failing.has(f.id)) {
          report.unchanged++;
          continue;
        }
        toRead.push(f);
      }
      // An empty index (a first build from the files) is built beside the one served, while
      // the files are analysed: the main thread indexes each document as it arrives instead of
      // all of them once the analysis is over, and the whole index is served at the end.
      const staging = this.index.size === 0 && toRead.length > 0 ? new Staging(hooks) : null;
      const { upserts, fileChanges } = await this.readChanged(toRead, report, failing, staging);
      // After a large batch (a first build, thousands of files dropped at once) the workers'
      // caches hold the whole vocabulary: give that memory back now rather than in a minute.
      if (toRead.length >= LARGE_BATCH) await this.pool.retireIdle();
      if (full) {
        for (const id of this.files.keys()) if (!seen.has(id)) gone.push(id);
        // Documents indexed but no longer backed by a known file (e.g. a snapshot from elsewhere).
        for (const doc of this.index.documents()) if (!seen.has(doc.id)) gone.push(doc.id);
      }
      const forget: string[] = [];
      for (const id of new Set(gone)) {
        if (seen.has(id) || underFault(id)) continue;
        forget.push(id);
        if (this.index.document(id)) report.removed.push(id);
      }
      if (staging) {
        const built = staging.result();
        built.apply({ upserts: [], removals: report.removed }, hooks);
        this.index.dispose();
        this.index = built;
      } else this.index.apply({ upserts, removals: report.removed }, hooks);
      for (const [id, state] of fileChanges) this.files.set(id, state);
      for (const id of forget) this.files.delete(id);
      this.rememberFailures(report, { full, seen, forget, failing });
      this.status.lastIndexedAt = new Date().toISOString();
      try {
        await this.store?.persist(
          { upserts, removals: report.removed, files: fileChanges, forget },
          this.index,
          this.files,
        );
        delete this.status.saveError;
      } catch (err) {
        // The index serves the new state; the next run writes a full snapshot (even without
        // a change), and /corpus says the index is not saved until then.
        this.status.saveError = saveFailure(err);
        logger.warn(`Instantané non enregistré : ${(err as Error).message}`);
      }
    } catch (err) {
      report.error = (err as Error).message;
      logger.error(`Réindexation échouée, l’index précédent reste en service : ${report.error}`);
    }
    report.durationMs = Date.now() - startedAt.getTime();
    this.status.lastRun = report;
    for (const listener of this.runListeners) {
      try {
        listener(report);
      } catch (err) {
        logger.error('Erreur après la réindexation', err);
      }
    }
    return report;
  }

  /**
   * What to look at: the whole folder (manual runs, every FULL_SCAN_EVERY scheduled runs, when
   * notifications may have been lost), else only what the watcher saw change, with the known
   * files that are gone.
   */
  private async listChanges(
    options: RunOptions,
    report: RunReport,
  ): Promise<{ listing: ListResult; gone: string[]; full: boolean }> {
    const { root } = this.options;
    if (options.paths) {
      report.mode = 'changements';
      const listing = await listPaths(root, options.paths);
      return { listing, gone: listing.gone.filter((id) => this.files.has(id)), full: false };
    }
    const changes =
      options.full || !this.watcher || ++this.sinceFullScan >= FULL_SCAN_EVERY
        ? ({ full: true } as const)
        : this.watcher.take();
    if (changes.full) {
      this.sinceFullScan = 0;
      return { listing: await listCorpus(root), gone: [], full: true };
    }
    report.mode = 'changements';
    const listing = await listPaths(root, [...changes.paths, ...this.failing]);
    const gone: string[] = [];
    for (const id of listing.gone) {
      if (this.files.has(id) || this.index.document(id)) gone.push(id);
      else {
        // A folder went away: everything known below it goes too.
        const prefix = `${id}/`;
        for (const known of this.files.keys()) if (known.startsWith(prefix)) gone.push(known);
      }
    }
    return { listing, gone, full: false };
  }

  /**
   * Reports what the listing skipped. A folder or file that cannot be read now is a fault, not
   * a deletion: what was indexed there stays, flagged. Returns the test for "under a fault".
   */
  private noteSkipped(listing: ListResult, report: RunReport): (id: string) => boolean {
    const faults = new Set(listing.skipped.filter((x) => x.fault).map((x) => x.id));
    const faultPrefixes = listing.unreadable.map((id) => `${id}/`);
    for (const { fault, ...sk } of listing.skipped) {
      const known = this.files.has(sk.id) || !!this.index.document(sk.id);
      const below = fault && !known ? this.knownBelow(sk.id) : 0;
      report.skipped.push({
        ...sk,
        ...(below ? { reason: `${sk.reason} : ${keptInService(below)}` } : {}),
        ...(fault && (known || below) ? { keptPrevious: true } : {}),
      });
    }
    return (id) => faults.has(id) || faultPrefixes.some((prefix) => id.startsWith(prefix));
  }

  /**
   * Reads and analyses the files on the pool's worker threads: the main thread keeps answering.
   * Results are taken in the files' order as they come (see in-order.ts); a staging index gets
   * each new document at once.
   */
  private async readChanged(
    toRead: FileEntry[],
    report: RunReport,
    failing: Set<string>,
    staging: Staging | null,
  ): Promise<{ upserts: AnalyzedDocument[]; fileChanges: [string, FileState][] }> {
    const upserts: AnalyzedDocument[] = [];
    const fileChanges: [string, FileState][] = [];
    const tasks = toRead.map((f) => {
      const prev = this.files.get(f.id);
      const known = prev && this.index.document(f.id) ? prev.hash : undefined;
      return this.pool
        .analyse({
          file: f,
          maxBytes: this.options.maxFileBytes,
          ...(known ? { knownHash: known } : {}),
        })
        .then((r) => {
          this.options.onAnalysed?.(f.id, r.threadId);
          return r;
        });
    });
    await inOrder(tasks, (result: AnalysisResult, i) => {
      const f = toRead[i] as FileEntry;
      if (!result.ok) {
        const skipped: SkippedFile = { id: f.id, reason: result.reason };
        if (this.index.document(f.id)) skipped.keptPrevious = true;
        report.skipped.push(skipped);
        failing.add(f.id);
        return;
      }
      const { hash, warnings } = result;
      const state = { size: f.size, mtimeMs: f.mtimeMs, hash };
      fileChanges.push([f.id, warnings.length ? { ...state, warnings } : state]);
      if (!result.doc) {
        report.unchanged++; // touched, same content
        return;
      }
      upserts.push(result.doc);
      (this.index.document(f.id) ? report.updated : report.added).push(f.id);
      staging?.add(result.doc);
    });
    return { upserts, fileChanges };
  }

  /** Failures are kept per file: a scheduled run only re-examines what changed. */
  private rememberFailures(
    report: RunReport,
    run: { full: boolean; seen: Set<string>; forget: string[]; failing: Set<string> },
  ): void {
    if (run.full) this.skipped.clear();
    for (const id of [...run.seen, ...run.forget]) this.skipped.delete(id);
    for (const sk of report.skipped) this.skipped.set(sk.id, sk);
    if (run.full) this.failing = run.failing;
    else {
      for (const id of [...run.seen, ...run.forget]) this.failing.delete(id);
      for (const id of run.failing) this.failing.add(id);
    }
    this.status.skipped = [...this.skipped.values()].sort((x, y) => (x.id < y.id ? -1 : 1));
    this.refreshWarnings();
  }
}

/**
 * An index built beside the one served. A document that cannot be added (a fault) stops the
 * building; the fault is thrown where the served index would have been changed, so the run
 * fails as a whole and the previous index keeps serving.
 */
/**
 * Documents added to a staging index at once (tens of milliseconds of the main thread). One
 * at a time, the main thread spent a quarter more CPU on the same index (10,000 articles:
 * 7.8 → 10.5 s); by batches, as much as when it indexed everything at the end.
 */
const STAGING_BATCH = 200;

class Staging {
  private readonly index = new CorpusIndex();
  private failure: { error: unknown } | undefined;

  constructor(private readonly hooks: { beforeEach?: (id: string) => void }) {}

  private pending: AnalyzedDocument[] = [];

  add(doc: AnalyzedDocument): void {
    this.pending.push(doc);
    if (this.pending.length >= STAGING_BATCH) this.flush();
  }

  private flush(): void {
    const upserts = this.pending.splice(0);
    if (this.failure || upserts.length === 0) return;
    try {
      this.index.apply({ upserts, removals: [] }, this.hooks);
    } catch (error) {
      this.failure = { error };
      this.index.dispose();
    }
  }

  /** The index built, or the fault that stopped it. */
  result(): CorpusIndex {
    this.flush();
    if (this.failure) throw this.failure.error;
    return this.index;
  }
}

/** Why a save failed, in French. */
function saveFailure(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  const known: Record<string, string> = {
    ENOSPC: 'disque plein',
    EDQUOT: 'quota du disque atteint',
    EFBIG: 'fichier trop grand pour le système',
    EROFS: 'dossier en lecture seule',
    EACCES: 'écriture refusée (permissions)',
    EPERM: 'écriture refusée (permissions)',
  };
  return (code && known[code]) ?? (err as Error).message;
}

function emptyReport(): RunReport {
  return {
    startedAt: new Date().toISOString(),
    durationMs: 0,
    mode: 'complet',
    examined: 0,
    added: [],
    updated: [],
    removed: [],
    unchanged: 0,
    skipped: [],
  };
}

/** `son document reste en service`, `ses 3 documents restent en service`. */
function keptInService(n: number): string {
  return n === 1 ? 'son document reste en service' : `ses ${n} documents restent en service`;
}
