/**
 * A Discord attachment as a file on its way into the corpus: its name and announced size from
 * the interaction, its bytes downloaded from the URL Discord gives, never more than asked
 * (the download stops past the limit) and never for longer than DOWNLOAD_TIMEOUT_MS.
 */
import type { Attachment } from 'discord.js';
import { type IncomingFile, TooBigError } from '../corpus/intake.ts';

const DOWNLOAD_TIMEOUT_MS = 60_000;

export function attachmentFile(a: Pick<Attachment, 'name' | 'size' | 'url'>): IncomingFile {
  return {
    name: a.name,
    size: a.size,
    async read(max: number): Promise<Buffer> {
      const res = await fetch(a.url, { signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) });
      if (!res.ok || !res.body)
        throw new Error(`téléchargement refusé par Discord (HTTP ${res.status})`);
      const chunks: Uint8Array[] = [];
      let total = 0;
      for await (const chunk of res.body) {
        total += chunk.length;
        if (total > max) {
          await res.body.cancel().catch(() => undefined);
          throw new TooBigError();
        }
        chunks.push(chunk);
      }
      return Buffer.concat(chunks);
    },
  };
}
