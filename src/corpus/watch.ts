/**
 * Which paths of the corpus folder changed since the last look, from the operating system's
 * file notifications (`fs.watch`, recursive), so that a scheduled re-index reads only those
 * instead of every file's metadata. When notifications are unavailable or were lost, it
 * says so, and the caller scans the whole folder.
 *
 * A watch follows a folder, not a path: when the corpus folder is renamed or replaced (sync
 * into a new folder, then swap), the old watch would go on reporting the old folder. Each
 * look checks that the path still leads to the folder being watched, and watches again if not.
 */
import { type FSWatcher, realpathSync, statSync, watch } from 'node:fs';
import { sep } from 'node:path';

export type Changes = { full: true } | { full: false; paths: string[] };

export class ChangeWatcher {
  private watcher: FSWatcher | null = null;
  private readonly dirty = new Set<string>();
  /** True until the watcher runs, and whenever events may have been lost. */
  private lost = true;
  /** Which folder is watched: its real path and inode. */
  private watched = '';

  /** `onChange` is called on every notification (the scheduler debounces it into a run). */
  constructor(
    private readonly root: string,
    private readonly onChange?: () => void,
  ) {}

  /** Starts watching; false when it cannot now (callers then scan, and it tries again next time). */
  start(): boolean {
    this.close();
    try {
      this.watched = folderIdentity(this.root);
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
    // The path leads elsewhere now (renamed, replaced, swapped link): watch the new folder.
    if (this.watcher && folderIdentity(this.root) !== this.watched) this.close();
    if (!this.watcher || this.lost) {
      this.lost = false;
      if (!this.watcher) this.start();
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

/** The real path and inode a path leads to (`-` when it leads nowhere). */
function folderIdentity(path: string): string {
  try {
    const s = statSync(path);
    return `${realpathSync(path)}\u0000${s.dev}:${s.ino}`;
  } catch {
    return '-';
  }
}
