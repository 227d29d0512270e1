/** A worker of the analysis pool: reads and analyses the files it is sent, one at a time. */
import { parentPort, threadId } from 'node:worker_threads';
import { type AnalysisTask, analyseFile } from './analyse-file.ts';

parentPort?.on('message', async ({ id, task }: { id: number; task: AnalysisTask }) => {
  try {
    parentPort?.postMessage({ id, threadId, result: await analyseFile(task) });
  } catch (err) {
    parentPort?.postMessage({
      id,
      threadId,
      result: { ok: false, reason: `analyse impossible (${(err as Error).message})` },
    });
  }
});
