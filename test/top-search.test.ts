import { beforeAll, describe, expect, it } from 'vitest';
import { terms } from '../src/analysis/normalize.ts';
import type { AnswerContext } from '../src/answers/context.ts';
import { topSearch } from '../src/index/top-search.ts';
import { DATA, EXTRA, openIndexer, seedCopy } from './helpers.ts';

let ctx: AnswerContext;
beforeAll(async () => {
  const { cpSync, readdirSync, rmSync } = await import('node:fs');
  const { join } = await import('node:path');
  const dir = seedCopy();
  for (const f of readdirSync(EXTRA)) cpSync(join(EXTRA, f), join(dir, f));
  const opened = await openIndexer(dir);
  ctx = opened.ctx;
  // Discarded passages must not come back.
  rmSync(join(dir, '003_16694e5c39f50f83.txt'));
  await opened.indexer.run();
  void DATA;
});

describe('top-k search', () => {
  it.each([
    ['accord', 'AND'],
    ['sécurité informatique', 'AND'],
    ['sécurité informatique', 'OR'],
    ['cybersécurité', 'AND'],
    ['Russie Iran Cuba', 'OR'],
    ['logiciels malveillants', 'AND'],
    ['Comores Câbles', 'OR'],
  ] as const)('%s (%s) gives what MiniSearch gives, limited', async (q, mode) => {
    const ms = ctx.index.miniSearch;
    // Until a vacuum, MiniSearch counts discarded passages in some document frequencies;
    // top-k counts live passages only. After a vacuum both are exact and must agree.
    const before = topSearch(ms, terms(q), mode, 5);
    await ms.vacuum();
    expect(topSearch(ms, terms(q), mode, 5)).toEqual(before);
    const full = ms.search(q, { combineWith: mode });
    const top = topSearch(ms, terms(q), mode, 5);
    expect(top.total).toBe(full.length);
    expect(top.hits.map((h) => h.score)).toEqual(
      full.slice(0, 5).map((r) => expect.closeTo(r.score, 9)),
    );
    for (const h of top.hits) {
      const same = full.find((r) => r.id === h.id);
      expect(same?.score).toBeCloseTo(h.score, 9);
      expect([...h.terms].sort()).toEqual([...(same?.terms ?? [])].sort());
    }
  });
  it('an AND query with an unknown word finds nothing', () => {
    expect(topSearch(ctx.index.miniSearch, terms('accord zzzqqq'), 'AND', 5)).toEqual({
      total: 0,
      hits: [],
    });
  });
});
