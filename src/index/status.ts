/** What the last indexing runs said: shown by `/corpus` and `/reindexer`. */
export interface SkippedFile {
  id: string;
  reason: string;
  /** True when an older, good version of the file is still indexed and searchable. */
  keptPrevious?: boolean;
}

export interface RunReport {
  startedAt: string;
  durationMs: number;
  /** `complet`: the whole folder was scanned; `changements`: only the paths seen changing. */
  mode?: 'complet' | 'changements' | 'lecture';
  /** This process only reads another process's snapshot: nothing was read from the folder. */
  readOnly?: boolean;
  /** Files whose metadata was looked at. */
  examined?: number;
  added: string[];
  updated: string[];
  removed: string[];
  unchanged: number;
  skipped: SkippedFile[];
  /** Filled when the run failed: the previous index kept serving. */
  error?: string;
}

export interface IndexStatus {
  /** ISO time of the last successful run. */
  lastIndexedAt?: string;
  lastRun?: RunReport;
  /** Files that could not be indexed at the last run, with why. */
  skipped: SkippedFile[];
  /** Files indexed with some header fields left out, with why. */
  warnings: { id: string; reason: string }[];
  /** Set while another process holds the snapshot's lock (French): this one only reads. */
  readOnly?: string;
  /** Why the last save of the snapshot failed, until one succeeds (French). */
  saveError?: string;
  /** Where the state came from at start-up. */
  origin: 'fichiers' | 'instantané' | 'vide';
  running: boolean;
}

export function emptyStatus(): IndexStatus {
  return { skipped: [], warnings: [], origin: 'vide', running: false };
}
