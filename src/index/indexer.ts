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
import {
  appendJournal,
  type FileState,
  loadSnapshot,
  SnapshotError,
  saveBase,
} from './snapshot.ts';
import { emptyStatus, type IndexStatus, type RunReport, type SkippedFile } from './status.ts';
import { bodyText, toStored } from './stored.ts';

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
  /** True once a full snapshot exists on disk (later changes go to its journal). */
  private hasBase = false;
  /** Sequence number of the last change saved. */
  private seq = 0;
  /** Documents journaled since the full snapshot: past a threshold, a new full one is written. */
  private journalDocs = 0;

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
        this.hasBase = true;
        this.seq = snap.seq;
        this.journalDocs = snap.journalDocs;
        if (snap.warning) logger.warn(`Instantané : ${snap.warning}.`);
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
    await saveBase(this.options.snapshotPath, this.index, this.files, this.seq);
    this.hasBase = true;
    this.journalDocs = 0;
  }

  /** Saves a run's changes: a journal line, or a full snapshot when there is none or the journal grew. */
  private async persist(change: {
    upserts: AnalyzedDocument[];
    removals: string[];
    files: [string, FileState][];
    forget: string[];
  }): Promise<void> {
    const path = this.options.snapshotPath;
    if (!path) return;
    const docs = change.upserts.length + change.removals.length;
    if (this.hasBase && docs === 0 && change.files.length === 0 && change.forget.length === 0)
      return;
    const threshold = Math.max(200, Math.ceil(this.index.size * 0.05));
    this.seq++;
    if (!this.hasBase || this.journalDocs + docs > threshold) {
      await this.save();
      return;
    }
    await appendJournal(path, {
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
      const fileChanges: [string, FileState][] = [];
      const forget: string[] = [];
      const failing = new Set<string>();
      const upserts: AnalyzedDocument[] = [];
      const seen = new Set<string>();
      let read = 0;
      for (const f of listing.files) {
        seen.add(f.id);
        const prev = this.files.get(f.id);
        if (prev && prev.size === f.size && prev.mtimeMs === f.mtimeMs && !this.failing.has(f.id)) {
          report.unchanged++;
          continue;
        }
        // Let answers through now and then while a large corpus is read and analysed.
        if (++read % 50 === 0) await new Promise((r) => setImmediate(r));
        const result = await readCorpusFile(f, maxFileBytes);
        if (!result.ok) {
          const skipped: SkippedFile = { id: f.id, reason: result.reason };
          if (this.index.document(f.id)) skipped.keptPrevious = true;
          report.skipped.push(skipped);
          failing.add(f.id);
          continue;
        }
        const state = { size: f.size, mtimeMs: f.mtimeMs, hash: result.hash };
        files.set(f.id, state);
        fileChanges.push([f.id, state]);
        if (prev?.hash === result.hash && this.index.document(f.id)) {
          report.unchanged++;
          continue;
        }
        upserts.push(analyzeDocument(result.doc));
        (this.index.document(f.id) ? report.updated : report.added).push(f.id);
      }
      for (const id of this.files.keys()) {
        if (seen.has(id)) continue;
        files.delete(id);
        forget.push(id);
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
      try {
        await this.persist({ upserts, removals: report.removed, files: fileChanges, forget });
      } catch (err) {
        // The index serves the new state; the next change will write a full snapshot.
        this.hasBase = false;
        logger.warn(`Instantané non enregistré : ${(err as Error).message}`);
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
