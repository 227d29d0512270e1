/**
 * Files that are either whole or absent. A file is written to a temporary name in chunks,
 * every byte accounted for (a write(2) may write less than asked when the disk fills: the rest
 * is written again, and a write that makes no progress is an error), flushed to disk, its size
 * checked against what was written, and only then renamed into place. Its size and SHA-256
 * are returned for the manifest, so that a reader can check the file before trusting it.
 */
import { createHash } from 'node:crypto';
import { type FileHandle, open, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Where streamed content goes: strings are gathered into chunks of a few megabytes. */
export interface Sink {
  write(data: string | Uint8Array): Promise<void>;
}

export interface Written {
  bytes: number;
  sha256: string;
}

const CHUNK = 4 * 1024 * 1024;

/** Writes all of `buf` at the handle's position, however many calls it takes. */
export async function writeAll(out: Pick<FileHandle, 'write'>, buf: Uint8Array): Promise<void> {
  let done = 0;
  while (done < buf.length) {
    const { bytesWritten } = await out.write(buf, done, buf.length - done);
    if (bytesWritten <= 0) {
      throw Object.assign(new Error('écriture incomplète : le disque n’accepte plus rien'), {
        code: 'ENOSPC',
      });
    }
    done += bytesWritten;
  }
}

/** A sink that hashes and counts what it writes, in chunks. */
export function hashingSink(out: Pick<FileHandle, 'write'>): Sink & {
  flush(): Promise<Written>;
} {
  const hash = createHash('sha256');
  let bytes = 0;
  let pending: (string | Uint8Array)[] = [];
  let pendingLength = 0;
  const drain = async () => {
    if (pending.length === 0) return;
    const buf = Buffer.concat(pending.map((p) => (typeof p === 'string' ? Buffer.from(p) : p)));
    pending = [];
    pendingLength = 0;
    hash.update(buf);
    bytes += buf.length;
    await writeAll(out, buf);
  };
  return {
    async write(data) {
      pending.push(data);
      pendingLength += data.length;
      if (pendingLength >= CHUNK) await drain();
    },
    async flush() {
      await drain();
      return { bytes, sha256: hash.digest('hex') };
    },
  };
}

/** Flushes a folder's entry list to disk (a rename is durable only then); best effort. */
async function syncFolder(dir: string): Promise<void> {
  const handle = await open(dir, 'r').catch(() => null);
  await handle?.sync().catch(() => undefined);
  await handle?.close();
}

/**
 * Writes `path` whole or not at all: through `<path>.<pid>.tmp`, checked, flushed, renamed.
 * On any failure the temporary file is removed and the previous `path` is untouched.
 */
export async function writeFileSafely(
  path: string,
  body: (sink: Sink) => Promise<void>,
): Promise<Written> {
  const tmp = `${path}.${process.pid}.tmp`;
  const out = await open(tmp, 'w');
  try {
    const sink = hashingSink(out);
    await body(sink);
    const written = await sink.flush();
    await out.sync();
    const { size } = await out.stat();
    if (size !== written.bytes)
      throw new Error(
        `écriture incomplète : ${size} octets sur le disque, ${written.bytes} écrits`,
      );
    await out.close();
    await rename(tmp, path);
    await syncFolder(dirname(path));
    return written;
  } catch (err) {
    await out.close().catch(() => undefined);
    await rm(tmp, { force: true });
    throw err;
  }
}

/**
 * Appends one line to a file, whole or not at all: on failure the file is cut back to its
 * previous length, so that no torn line is left for the next append to pile onto.
 */
export async function appendLine(path: string, line: string): Promise<void> {
  const out = await open(path, 'a');
  let before = -1;
  try {
    before = (await out.stat()).size;
    await writeAll(out, Buffer.from(`${line}\n`));
    await out.sync();
  } catch (err) {
    if (before >= 0) await out.truncate(before).catch(() => undefined);
    throw err;
  } finally {
    await out.close();
  }
}
