import { describe, expect, it } from 'vitest';
import { inOrder } from '../src/index/in-order.ts';

/** A task finished by hand. */
function deferred<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}
const tick = () => new Promise((r) => setImmediate(r));

describe('inOrder', () => {
  it('hands results over in task order, each as soon as the ones before it are done', async () => {
    const [a, b, c] = [deferred<string>(), deferred<string>(), deferred<string>()];
    const seen: string[] = [];
    const all = inOrder([a.promise, b.promise, c.promise], (v, i) => seen.push(`${i}:${v}`));
    b.resolve('b');
    await tick();
    expect(seen).toEqual([]); // `b` waits for `a`
    a.resolve('a');
    await tick();
    expect(seen).toEqual(['0:a', '1:b']); // both handed over before `c` is done
    c.resolve('c');
    expect(await all).toEqual(['a', 'b', 'c']);
    expect(seen).toEqual(['0:a', '1:b', '2:c']);
  });

  it('a failure in the handler stops the hand-over and is thrown once every task is done', async () => {
    const [a, b, c] = [deferred<number>(), deferred<number>(), deferred<number>()];
    const seen: number[] = [];
    let settled = false;
    const all = inOrder([a.promise, b.promise, c.promise], (v) => {
      if (v === 2) throw new Error('panne');
      seen.push(v);
    }).finally(() => {
      settled = true;
    });
    a.resolve(1);
    b.resolve(2);
    await tick();
    expect(settled).toBe(false); // `c` still running
    c.resolve(3);
    await expect(all).rejects.toThrow('panne');
    expect(seen).toEqual([1]);
  });

  it('no tasks: nothing handed over', async () => {
    expect(
      await inOrder([], () => {
        throw new Error('never');
      }),
    ).toEqual([]);
  });
});
