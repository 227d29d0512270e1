/**
 * Analysis off the main thread. Reading and analysing a large file takes seconds (a 2 MB
 * single-line file: 4.7 s); on the main thread that stops every answer and the Discord
 * heartbeat. The pool sends each file to a worker thread (node:worker_threads), by default as
 * many as the machine has cores but one, so that the main thread keeps one for answering.
 * Workers start when needed and stop after a minute without work, or at once after a large
 * batch (their caches grow with the corpus's vocabulary). One that crashes or runs past the
 * time limit is replaced, and its file is reported, never the whole run lost.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { type AnalysisResult, type AnalysisTask, analyseFile } from './analyse-file.ts';

/** Default number of workers: every core but the one answering. */
export const defaultWorkers = () => Math.max(1, availableParallelism() - 1);

const IDLE_MS = 60_000;
/** A file whose analysis takes longer is given up (its worker is replaced). */
const TASK_LIMIT_MS = 10 * 60_000;
/**
 * Files sent ahead to each worker: it takes the next one from its own queue instead of
 * waiting for a round trip through the main thread (one at a time, 10,000 small files
 * took 10.3 s instead of 6.4 s).
 */
const IN_FLIGHT = 16;

interface Job {
  id: number;
  task: AnalysisTask;
  resolve: (r: AnalysisResult & { threadId: number }) => void;
}

interface Slot {
  worker: Worker;
  /** Sent and not yet answered, oldest first: the worker handles them in this order. */
  jobs: Job[];
  /** Fires when the oldest job has run too long. */
  timer: NodeJS.Timeout | null;
  idle: NodeJS.Timeout | null;
}

export class AnalysisPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 0;

  /** `size` 0: analyse on the calling thread (yielding between files). */
  constructor(readonly size: number) {}

  /** Reads and analyses one file; never rejects: a failure is a French reason. */
  analyse(task: AnalysisTask): Promise<AnalysisResult & { threadId: number }> {
    if (this.size === 0) return this.inline(task);
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, task, resolve });
      this.dispatch();
    });
  }

  /** Stops every worker (queued files are reported as not analysed). */
  async close(): Promise<void> {
    const stopped = [...this.queue.splice(0), ...this.slots.flatMap((s) => s.jobs)];
    for (const job of stopped)
      job.resolve({ ok: false, reason: 'analyse interrompue (arrêt)', threadId: -1 });
    await Promise.all(this.slots.splice(0).map((s) => this.stop(s)));
  }

  /**
   * Stops the workers that have nothing to do now: their memory (caches that grew with a large
   * batch) goes back to the system; the next file starts a new one (~0.4 s, off the main
   * thread). Starting it at once instead kept ~200 MB more for nothing.
   */
  async retireIdle(): Promise<void> {
    const idle = this.slots.filter((s) => s.jobs.length === 0);
    for (const slot of idle) this.slots.splice(this.slots.indexOf(slot), 1);
    await Promise.all(idle.map((s) => this.stop(s)));
  }

  /** An idle worker stops after IDLE_MS without work, and never keeps the process alive. */
  private rest(slot: Slot): void {
    slot.worker.unref();
    if (slot.idle) clearTimeout(slot.idle);
    slot.idle = setTimeout(() => this.retire(slot), IDLE_MS);
    slot.idle.unref();
  }

  private async inline(task: AnalysisTask): Promise<AnalysisResult & { threadId: number }> {
    await new Promise((r) => setImmediate(r)); // let answers through between files
    try {
      return { ...(await analyseFile(task)), threadId: 0 };
    } catch (err) {
      return { ok: false, reason: `analyse impossible (${(err as Error).message})`, threadId: 0 };
    }
  }

  /** Sends queued files to the least busy workers, starting workers up to `size`. */
  private dispatch(): void {
    while (this.queue.length) {
      let slot = this.slots.reduce<Slot | undefined>(
        (best, s) =>
          s.jobs.length < IN_FLIGHT && (!best || s.jobs.length < best.jobs.length) ? s : best,
        undefined,
      );
      if ((!slot || slot.jobs.length > 0) && this.slots.length < this.size) slot = this.spawn();
      if (!slot) return;
      const job = this.queue.shift() as Job;
      if (slot.idle) clearTimeout(slot.idle);
      slot.idle = null;
      if (slot.jobs.length === 0) this.watch(slot);
      slot.jobs.push(job);
      slot.worker.ref(); // busy: the process waits for it
      slot.worker.postMessage({ id: job.id, task: job.task });
    }
  }

  /** Times the oldest job of a slot. */
  private watch(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = setTimeout(
      () => this.fail(slot, 'analyse trop longue, abandonnée'),
      TASK_LIMIT_MS,
    );
  }

  private spawn(): Slot {
    const worker = new Worker(new URL('./analysis-worker.mjs', import.meta.url));
    worker.unref(); // an idle pool never keeps the process alive
    const slot: Slot = { worker, jobs: [], timer: null, idle: null };
    worker.on('message', (msg: { id: number; threadId: number; result: AnalysisResult }) => {
      const job = slot.jobs[0];
      if (!job || job.id !== msg.id) return;
      slot.jobs.shift();
      if (slot.jobs.length) this.watch(slot);
      else {
        if (slot.timer) clearTimeout(slot.timer);
        slot.timer = null;
        this.rest(slot);
      }
      job.resolve({ ...msg.result, threadId: msg.threadId });
      this.dispatch();
    });
    worker.on('error', (err) => this.fail(slot, `analyse impossible (${err.message})`));
    worker.on('exit', (code) => {
      if (this.slots.includes(slot))
        this.fail(slot, `analyse impossible (fin du fil d’analyse, code ${code})`);
    });
    this.slots.push(slot);
    return slot;
  }

  /**
   * A worker that crashed or overran: the file it was on (the oldest sent) is reported; the
   * files sent after it go back to the queue; the worker is replaced on demand.
   */
  private fail(slot: Slot, reason: string): void {
    const [current, ...rest] = slot.jobs;
    slot.jobs = [];
    if (this.slots.includes(slot)) this.slots.splice(this.slots.indexOf(slot), 1);
    void this.stop(slot);
    this.queue.unshift(...rest);
    current?.resolve({ ok: false, reason, threadId: -1 });
    this.dispatch();
  }

  private retire(slot: Slot): void {
    if (slot.jobs.length) return;
    this.slots.splice(this.slots.indexOf(slot), 1);
    void this.stop(slot);
  }

  private async stop(slot: Slot): Promise<void> {
    if (slot.idle) clearTimeout(slot.idle);
    if (slot.timer) clearTimeout(slot.timer);
    slot.worker.removeAllListeners('exit');
    await slot.worker.terminate();
  }
}

let shared: AnalysisPool | undefined;
/** One pool per process, shared by its indexers. */
export function sharedPool(size: number): AnalysisPool {
  if (!shared || shared.size !== size) shared = new AnalysisPool(size);
  return shared;
}
