import type { CorpusIndex } from '../index/corpus-index.ts';
import type { IndexStatus, RunReport } from '../index/status.ts';

/** Where documents sent by users go, and how they are indexed at once. */
export interface Intake {
  /** The corpus folder. */
  root: string;
  maxFileBytes: number;
  /** Indexes these files (corpus-relative ids) now. */
  indexNow(ids: string[]): Promise<RunReport>;
}

/** What answering needs: the current index, what indexing said, and a way to re-index now. */
export interface AnswerContext {
  readonly index: CorpusIndex;
  readonly status: IndexStatus;
  reindex?: () => Promise<RunReport>;
  /** Adding documents (`/ajouter`); absent where the corpus cannot take any. */
  intake?: Intake;
}
