/**
 * The terminal's `/ajouter <chemin>`: a file on this machine as a file on its way into the
 * corpus (its size from the disk, its bytes read only if within the limit).
 */
import { open, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { Command } from '../commands/types.ts';
import { type IncomingFile, TooBigError } from '../corpus/intake.ts';
import { UsageError } from './parse.ts';

export async function localFile(path: string): Promise<IncomingFile> {
  const full = resolve(path.replace(/^~(?=\/)/, process.env.HOME ?? '~'));
  const s = await stat(full).catch(() => undefined);
  if (!s?.isFile()) throw new UsageError(`/ajouter : fichier introuvable : ${path}`);
  return {
    name: basename(full),
    size: s.size,
    async read(max: number): Promise<Buffer> {
      const handle = await open(full, 'r');
      try {
        const buf = Buffer.alloc(max + 1);
        const { bytesRead } = await handle.read(buf, 0, max + 1, 0);
        if (bytesRead > max) throw new TooBigError();
        return buf.subarray(0, bytesRead);
      } finally {
        await handle.close();
      }
    },
  };
}

/** The files a command's `file` options name (paths typed in the terminal). */
export async function localFiles(
  command: Command,
  args: Record<string, string>,
): Promise<Record<string, IncomingFile> | undefined> {
  const out: Record<string, IncomingFile> = {};
  for (const o of command.options) {
    const path = args[o.name];
    if (o.type === 'file' && path) out[o.name] = await localFile(path);
  }
  return Object.keys(out).length ? out : undefined;
}
