import type { CorpusIndex } from '../index/corpus-index.ts';
import type { FollowStore } from '../index/follows.ts';
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
  /** Who follows which party where (`/suivre`); none: following is not offered. */
  follows?: FollowStore;
}

/** Where a question was asked: the channel news of a followed party is posted in, and who asked. */
export interface Origin {
  /** A Discord channel id, or `console`. */
  channel: string;
  user?: string;
}

/** The console's channel: follows made in the terminal are printed there. */
export const CONSOLE: Origin = { channel: 'console' };
