/**
 * One writer per snapshot. The process that holds `<INDEX_PATH>.lock` (proper-lockfile: a
 * folder created atomically, its date refreshed every 10 s, taken over when it has not been
 * refreshed for 60 s — a writer killed with `kill -9`) is the only one that writes, repairs or
 * cleans the snapshot; any other process on the same INDEX_PATH reads it and writes nothing.
 */
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import lockfile from 'proper-lockfile';

// Node ignores SIGXFSZ, so that a write past the file-size limit fails (EFBIG) and is
// reported like a full disk. proper-lockfile's signal-exit hooks that signal and, seeing no
// other listener, raises it again, killing the process mid-save: a listener keeps it ignored.
if (process.platform !== 'win32') process.on('SIGXFSZ', () => undefined);

export const LOCK_STALE_MS = 60_000;
const LOCK_UPDATE_MS = 10_000;

export type LockResult =
  /** This process writes; `release` when done. */
  | { state: 'held'; release: () => Promise<void> }
  /** Another live process writes: read only. */
  | { state: 'busy' }
  /** No lock can be made here (read-only folder…): write without one; saves will say if they fail. */
  | { state: 'unavailable'; reason: string };

export const lockPath = (snapshotPath: string) => `${snapshotPath}.lock`;

/** Tries once to become the snapshot's writer. `onLost` is called if the lock is taken away. */
export async function tryLock(
  snapshotPath: string,
  onLost: (err: Error) => void,
): Promise<LockResult> {
  try {
    await mkdir(dirname(snapshotPath), { recursive: true });
    const release = await lockfile.lock(snapshotPath, {
      realpath: false,
      lockfilePath: lockPath(snapshotPath),
      stale: LOCK_STALE_MS,
      update: LOCK_UPDATE_MS,
      retries: 0,
      onCompromised: onLost,
    });
    return { state: 'held', release: () => release().catch(() => undefined) };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ELOCKED') return { state: 'busy' };
    return { state: 'unavailable', reason: (err as Error).message };
  }
}
