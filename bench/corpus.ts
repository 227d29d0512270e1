/** Expands N articles of the OrangeSum news corpus (JSON lines, gzip) into files, plus the seeds. */
import { createReadStream, existsSync } from 'node:fs';
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';

export interface Expanded {
  dir: string;
  files: number;
  bytes: number;
}

export async function expandNews(
  source: string,
  seeds: string,
  dir: string,
  n: number,
): Promise<Expanded> {
  if (!existsSync(source)) throw new Error(`corpus de presse introuvable : ${source}`);
  await rm(dir, { recursive: true, force: true });
  await mkdir(join(dir, 'news'), { recursive: true });
  await cp(seeds, join(dir, 'seeds'), { recursive: true });
  const rl = createInterface({
    input: createReadStream(source).pipe(createGunzip()),
    crlfDelay: Infinity,
  });
  let files = 0;
  let bytes = 0;
  const batch: Promise<void>[] = [];
  for await (const line of rl) {
    if (files >= n) break;
    const a = JSON.parse(line) as { id: string; title: string; date?: string; text: string };
    const body = `---\ntitle: ${JSON.stringify(a.title)}\n${a.date ? `date: ${a.date}\n` : ''}source: OrangeSum (CC BY-SA 4.0)\n---\n${a.title}\n\n${a.text}\n`;
    bytes += Buffer.byteLength(body);
    batch.push(writeFile(join(dir, 'news', `${a.id}.txt`), body));
    files++;
    if (batch.length >= 256) await Promise.all(batch.splice(0));
  }
  rl.close();
  await Promise.all(batch);
  return { dir, files, bytes };
}
