/** The files of an answer, written to disk by the console and `npm run ask`. */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Answer } from '../answers/types.ts';
import { type AnswerFile, answerFiles } from '../render/files.ts';

/**
 * Writes the answer's files into `dir` (a picture to `imagePath` instead, when given) and
 * returns the paths written, absolute.
 */
export async function writeAnswerFiles(
  answer: Answer,
  dir: string,
  imagePath?: string,
  files?: AnswerFile[],
): Promise<string[]> {
  const out: string[] = [];
  for (const f of files ?? (await answerFiles(answer))) {
    const path = resolve(
      imagePath && f.contentType === 'image/png' ? imagePath : join(dir, f.name),
    );
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, f.data);
    out.push(path);
  }
  return out;
}

/** `Graphique écrit : /chemin/chronologie-russie.png`. */
export function writtenLine(path: string): string {
  return `${path.endsWith('.png') ? 'Graphique écrit' : 'Fichier écrit'} : ${path}`;
}
