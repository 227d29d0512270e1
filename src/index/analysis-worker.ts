/**
 * A worker of the analysis pool: reads and analyses the files it is sent, one at a time and in
 * the order sent (the pool matches each answer to the oldest file it sent). Reading a PDF, a
 * Word file or a web page awaits; without the queue a later, quicker file would answer first.
 */
import { parentPort, threadId } from 'node:worker_threads';
import { type AnalysisResult, type AnalysisTask, analyseFile } from './analyse-file.ts';

async function handle(task: AnalysisTask): Promise<AnalysisResult> {
  try {
    return await analyseFile(task);
  } catch (err) {
    return { ok: false, reason: `analyse impossible (${(err as Error).message})` };
  }
}

let queue: Promise<void> = Promise.resolve();

parentPort?.on('message', ({ id, task }: { id: number; task: AnalysisTask }) => {
  queue = queue.then(async () => {
    parentPort?.postMessage({ id, threadId, result: await handle(task) });
  });
});
