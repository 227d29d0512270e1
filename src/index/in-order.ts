/**
 * Results handed over in the order their tasks were started, each as soon as it and every
 * task before it have finished. The indexer uses it to index a document while the analysis
 * pool is still reading the next ones, in the order a run that waited for all of them would
 * have used (so the index does not depend on which worker finished first).
 */
export async function inOrder<T>(
  tasks: readonly Promise<T>[],
  each: (value: T, i: number) => void,
): Promise<T[]> {
  const values: T[] = new Array(tasks.length);
  const done: boolean[] = new Array(tasks.length).fill(false);
  let next = 0;
  let failure: { error: unknown } | undefined;
  const settled = tasks.map((task, i) =>
    task.then((value) => {
      values[i] = value;
      done[i] = true;
      while (!failure && next < tasks.length && done[next]) {
        try {
          each(values[next] as T, next);
        } catch (error) {
          failure = { error }; // handed back once every task has finished, as Promise.all would
        }
        next++;
      }
    }),
  );
  await Promise.all(settled);
  if (failure) throw failure.error;
  return values;
}
