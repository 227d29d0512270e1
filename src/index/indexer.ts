/**
 * Keeps the index in step with the corpus folder. Each run lists the files, reads only
 * those whose size or mtime changed (and re-analyses only those whose content hash
 * changed), applies the change to the index in one synchronous step, then saves the
 * snapshot. A run that fails leaves the previous index serving and the snapshot untouched.
 */
import type { AnalyzedDocument } from '../analysis/analyze.ts';
import { analyzeDocument } from '../analysis/analyze.ts';
import { listCorpus, readCorpusFile } from '../corpus/files.ts';
import type { Logger } from '../logger.ts';
import { CorpusIndex } from './corpus-index.ts';
import { type FileState, loadSnapshot, SnapshotError, saveSnapshot } from './snapshot.ts';
import { emptyStatus, type IndexStatus, type RunReport, type SkippedFile } from './status.ts';

export interface IndexerOptions {
  /** The corpus folder. */
  root: string;
  maxFileBytes: number;
  /** Where the snapshot lives; none: no persistence. */
  snapshotPath?: string;
  logger: Logger;
  /** Test hook: called before each document is applied (a fault injected here must not lose the index). */
  beforeApply?: (id: string) => void;
}

export class Indexer {
  /** The index currently served; replaced only by a whole, consistent one. */
  index: CorpusIndex;
  readonly status: IndexStatus = emptyStatus();
  private files = new Map<string, FileState>();
  /** Files that failed at the last run: read again next time even if their mtime did not change. */
  private failing = new Set<string>();
  private current: Promise<RunReport> | null = null;
  /** True once the snapshot on disk matches the served index. */
  private persisted = false;

  constructor(private readonly options: IndexerOptions) {
    this.index = new CorpusIndex();
  }

  /** Loads the snapshot (if any, and valid), then brings it up to date with the files. */
  async open(): Promise<RunReport> {
    const { snapshotPath, logger } = this.options;
    if (snapshotPath) {
      try {
        const snap = await loadSnapshot(snapshotPath);
        this.index = snap.index;
        this.files = snap.files;
        this.status.origin = 'instantané';
        this.status.lastIndexedAt = snap.savedAt;
        this.persisted = true;
      } catch (err) {
        if (err instanceof SnapshotError && err.message !== 'aucun instantané') {
          logger.warn(`Index reconstruit depuis les fichiers : ${err.message} (${snapshotPath}).`);
        }
      }
    }
    const report = await this.run();
    if (this.status.origin === 'vide') this.status.origin = 'fichiers';
    return report;
  }

  /** Saves the snapshot now (no-op without a snapshot path). */
  async save(): Promise<void> {
    if (!this.options.snapshotPath) return;
    await saveSnapshot(this.options.snapshotPath, this.index, this.files);
    this.persisted = true;
  }

  /** True while a run is under way. */
  get running(): boolean {
    return this.current !== null;
  }

  /** Runs now; a call made while a run is going joins that run rather than starting another. */
  run(): Promise<RunReport> {
    this.current ??= this.runOnce().finally(() => {
      this.current = null;
      this.status.running = false;
    });
    return this.current;
  }

  private async runOnce(): Promise<RunReport> {
    this.status.running = true;
    const startedAt = new Date();
    const report: RunReport = {
      startedAt: startedAt.toISOString(),
      durationMs: 0,
      added: [],
      updated: [],
      removed: [],
      unchanged: 0,
      skipped: [],
    };
    const { root, maxFileBytes, logger } = this.options;
    try {
      const listing = await listCorpus(root);
      report.skipped.push(...listing.skipped);
      const files = new Map(this.files);
      const failing = new Set<string>();
      const upserts: AnalyzedDocument[] = [];
      const seen = new Set<string>();
      for (const f of listing.files) {
        seen.add(f.id);
        const prev = this.files.get(f.id);
        if (prev && prev.size === f.size && prev.mtimeMs === f.mtimeMs && !this.failing.has(f.id)) {
          report.unchanged++;
          continue;
        }
        const read = await readCorpusFile(f, maxFileBytes);
        if (!read.ok) {
          const skipped: SkippedFile = { id: f.id, reason: read.reason };
          if (this.index.document(f.id)) skipped.keptPrevious = true;
          report.skipped.push(skipped);
          failing.add(f.id);
          continue;
        }
        const state = { size: f.size, mtimeMs: f.mtimeMs, hash: read.hash };
        files.set(f.id, state);
        if (prev?.hash === read.hash && this.index.document(f.id)) {
          report.unchanged++;
          continue;
        }
        upserts.push(analyzeDocument(read.doc));
        (this.index.document(f.id) ? report.updated : report.added).push(f.id);
      }
      for (const id of this.files.keys()) {
        if (seen.has(id)) continue;
        files.delete(id);
        if (this.index.document(id)) report.removed.push(id);
      }
      // Documents indexed but no longer backed by a known file (e.g. a snapshot from elsewhere).
      for (const doc of this.index.documents()) {
        if (!seen.has(doc.id) && !report.removed.includes(doc.id)) report.removed.push(doc.id);
      }
      const hooks = this.options.beforeApply ? { beforeEach: this.options.beforeApply } : {};
      this.index.apply({ upserts, removals: report.removed }, hooks);
      this.files = files;
      this.failing = failing;
      this.status.skipped = report.skipped;
      this.status.lastIndexedAt = new Date().toISOString();
      const changed = upserts.length + report.removed.length > 0;
      if (changed) this.persisted = false;
      if (this.options.snapshotPath && !this.persisted) {
        try {
          await saveSnapshot(this.options.snapshotPath, this.index, this.files);
          this.persisted = true;
        } catch (err) {
          logger.warn(`Instantané non enregistré : ${(err as Error).message}`);
        }
      }
    } catch (err) {
      report.error = (err as Error).message;
      logger.error(`Réindexation échouée, l’index précédent reste en service : ${report.error}`);
    }
    report.durationMs = Date.now() - startedAt.getTime();
    this.status.lastRun = report;
    return report;
  }
}
