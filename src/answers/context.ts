import type { CorpusIndex } from '../index/corpus-index.ts';
import type { IndexStatus } from '../index/status.ts';

/** What answering needs: the current index and what indexing said. */
export interface AnswerContext {
  index: CorpusIndex;
  status: IndexStatus;
}
