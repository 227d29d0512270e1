/**
 * Which paths of the corpus folder changed since the last look, from the operating system's
 * file notifications (`fs.watch`, recursive), so that a scheduled re-index reads only those
 * instead of every file's metadata. When notifications are unavailable or were lost, it
 * says so, and the caller scans the whole folder.
 */
import { type FSWatcher, watch } from 'node:fs';
import { sep } from 'node:path';

export type Changes = { full: true } | { full: false; paths: string[] };

export class ChangeWatcher {
  private watcher: FSWatcher | null = null;
  private readonly dirty = new Set<string>();
  /** True until the watcher runs, and whenever events may have been lost. */
  private lost = true;

  /** `onChange` is called on every notification (the scheduler debounces it into a run). */
  constructor(
    private readonly root: string,
    private readonly onChange?: () => void,
  ) {}

  /** Starts watching; false when the platform cannot (callers then scan every time). */
  start(): boolean {
    try {
      this.watcher = watch(this.root, { recursive: true, persistent: false }, (_event, name) => {
        if (name == null) this.lost = true;
        else this.dirty.add(String(name).split(sep).join('/'));
        this.onChange?.();
      });
      this.watcher.on('error', () => {
        this.lost = true;
        this.close();
      });
      return true;
    } catch {
      this.watcher = null;
      return false;
    }
  }

  /**
   * The paths changed since the last call, or `full` when only a full scan is safe. A full
   * answer is given once: the caller scans, and watching resumes from there.
   */
  take(): Changes {
    if (!this.watcher || this.lost) {
      this.lost = !this.watcher;
      this.dirty.clear();
      return { full: true };
    }
    const paths = [...this.dirty];
    this.dirty.clear();
    return { full: false, paths };
  }

  close(): void {
    this.watcher?.close();
    this.watcher = null;
  }
}
