// Entry point of an analysis worker: TypeScript is loaded through tsx, as in the main thread.
import { register } from 'tsx/esm/api';

register();
await import('./analysis-worker.ts');
