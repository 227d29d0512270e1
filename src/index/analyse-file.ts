/**
 * One file, read and analysed: what the analysis pool's workers do (and the main thread when
 * there is no worker). The result is plain data, so it crosses the thread boundary as it is.
 */
import { type AnalyzedDocument, analyzeDocument } from '../analysis/analyze.ts';
import { type FileEntry, readCorpusFile } from '../corpus/files.ts';

export interface AnalysisTask {
  file: FileEntry;
  maxBytes: number;
  /** Content hash already indexed: when the file still has it, it is not analysed again. */
  knownHash?: string;
}

export type AnalysisResult =
  | { ok: true; hash: string; warnings: string[]; doc?: AnalyzedDocument }
  | { ok: false; reason: string };

export async function analyseFile(task: AnalysisTask): Promise<AnalysisResult> {
  const read = await readCorpusFile(task.file, task.maxBytes);
  if (!read.ok) return read;
  const { hash, warnings } = read;
  if (hash === task.knownHash) return { ok: true, hash, warnings };
  return { ok: true, hash, warnings, doc: analyzeDocument(read.doc) };
}
