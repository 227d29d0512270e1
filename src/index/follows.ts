/**
 * Who follows which party, where: one entry per channel and party, kept in a JSON file
 * (`FOLLOWS_PATH`, by default beside the index) written whole or not at all, so that follows
 * survive a restart. A file that cannot be read is reported and left as it is (never
 * overwritten by an empty list).
 */
import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import { writeFileSafely } from './durable-file.ts';

export interface Follow {
  /** Where news is posted: a Discord channel id, or `console`. */
  channel: string;
  /** The party's key in the index, and its name when it was followed. */
  party: string;
  name: string;
  /** ISO time the follow was made. */
  since: string;
  /** Who asked (a Discord user id), if known. */
  by?: string;
}

/** Most parties one channel follows (each one may post after every re-index). */
export const MAX_FOLLOWS_PER_CHANNEL = 25;

const FILE = z.object({
  version: z.literal(1),
  follows: z.array(
    z.object({
      channel: z.string().min(1),
      party: z.string().min(1),
      name: z.string(),
      since: z.string(),
      by: z.string().optional(),
    }),
  ),
});

export class FollowStore {
  private follows: Follow[] = [];
  /** Set when the file exists but cannot be read: nothing is written over it. */
  broken?: string;
  private writing: Promise<void> = Promise.resolve();

  /** `path` undefined: follows in memory only (tests, one-shot commands). */
  constructor(private readonly path?: string) {}

  /** Reads the file (none yet: no follows). */
  async load(): Promise<void> {
    if (!this.path) return;
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
      this.broken = `fichier des suivis illisible (${(err as Error).message})`;
      return;
    }
    try {
      this.follows = FILE.parse(JSON.parse(text)).follows.map((f) => ({ ...f }));
    } catch {
      this.broken = `fichier des suivis abîmé (${this.path}) : il est conservé tel quel, les suivis ne sont pas enregistrés`;
    }
  }

  /** Every follow, in the order they were made. */
  all(): readonly Follow[] {
    return this.follows;
  }

  inChannel(channel: string): Follow[] {
    return this.follows.filter((f) => f.channel === channel);
  }

  has(channel: string, party: string): boolean {
    return this.follows.some((f) => f.channel === channel && f.party === party);
  }

  /** Adds a follow and saves; false when it was already there. */
  async add(follow: Follow): Promise<boolean> {
    if (this.has(follow.channel, follow.party)) return false;
    this.follows.push(follow);
    await this.save();
    return true;
  }

  /** Removes a follow and saves; false when there was none. */
  async remove(channel: string, party: string): Promise<boolean> {
    const i = this.follows.findIndex((f) => f.channel === channel && f.party === party);
    if (i < 0) return false;
    this.follows.splice(i, 1);
    await this.save();
    return true;
  }

  /** Writes the file, one write after another. */
  private save(): Promise<void> {
    const { path } = this;
    if (!path) return Promise.resolve();
    if (this.broken) return Promise.reject(new Error(this.broken));
    const body = `${JSON.stringify({ version: 1, follows: this.follows }, null, 2)}\n`;
    this.writing = this.writing
      .catch(() => undefined)
      .then(async () => {
        await mkdir(dirname(path), { recursive: true });
        await writeFileSafely(path, async (sink) => sink.write(Buffer.from(body, 'utf8')));
      });
    return this.writing;
  }
}
