import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { AnswerContext } from '../src/answers/context.ts';
import { Indexer, type IndexerOptions } from '../src/index/indexer.ts';
import { memoryLogger } from '../src/logger.ts';

export const ROOT = resolve(import.meta.dirname, '..');
export const DATA = join(ROOT, 'data');
/** The 22 extra real documents vendored with the evaluation data (licences in eval/README.md). */
export const EXTRA = join(ROOT, 'eval/corpora/extra');

export function tempDir(prefix = 'accords-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A temporary copy of the seed corpus. */
export function seedCopy(): string {
  const dir = tempDir();
  for (const f of readdirSync(DATA)) cpSync(join(DATA, f), join(dir, f));
  return dir;
}

export async function openIndexer(root: string, extra: Partial<IndexerOptions> = {}) {
  const logger = memoryLogger();
  const indexer = new Indexer({ root, maxFileBytes: 1024 * 1024, logger, ...extra });
  const report = await indexer.open();
  const ctx: AnswerContext = {
    get index() {
      return indexer.index;
    },
    status: indexer.status,
    reindex: () => indexer.run(),
  };
  return { indexer, ctx, report, logger };
}

export function readData(id: string, dir = DATA): string {
  return readFileSync(join(dir, id), 'utf8');
}
