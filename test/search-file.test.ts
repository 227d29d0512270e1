import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import { expect, it } from 'vitest';
import { MINISEARCH_OPTIONS } from '../src/index/corpus-index.ts';
import { writeFileSafely } from '../src/index/durable-file.ts';
import { writeMiniSearch } from '../src/index/search-file.ts';
import { DATA, tempDir } from './helpers.ts';

it('streams exactly the JSON MiniSearch gives, and it loads back', async () => {
  const ms = new MiniSearch(MINISEARCH_OPTIONS);
  const text = readFileSync(join(DATA, '000_d675efb5c39959a3.txt'), 'utf8');
  text.split('\n\n').forEach((p, i) => {
    ms.add({ id: `${i}\u0000doc "é"`, text: p });
  });
  ms.discard(`1\u0000doc "é"`); // a dirty index too
  const path = join(tempDir(), 'search.json');
  await writeFileSafely(path, (sink) => writeMiniSearch(sink, ms));
  const written = readFileSync(path, 'utf8');
  expect(written).toBe(JSON.stringify(ms));
  const back = MiniSearch.loadJSON(written, MINISEARCH_OPTIONS);
  expect(back.search('Moscou').map((r) => r.id)).toEqual(ms.search('Moscou').map((r) => r.id));
});
