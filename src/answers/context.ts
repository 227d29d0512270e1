import type { CorpusIndex } from '../index/corpus-index.ts';
import type { IndexStatus, RunReport } from '../index/status.ts';

/** What answering needs: the current index, what indexing said, and a way to re-index now. */
export interface AnswerContext {
  readonly index: CorpusIndex;
  readonly status: IndexStatus;
  reindex?: () => Promise<RunReport>;
}
