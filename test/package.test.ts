/** What a fresh `npm ci` installs must be what the code was written against. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.ts';

const json = (path: string) => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));

describe('package.json', () => {
  it('pins minisearch exactly (top-search.ts and search-file.ts read its private fields)', () => {
    const wanted = json('package.json').dependencies.minisearch;
    expect(wanted).toMatch(/^\d+\.\d+\.\d+$/);
    expect(json('node_modules/minisearch/package.json').version).toBe(wanted);
    const lock = json('package-lock.json');
    expect(lock.packages[''].dependencies.minisearch).toBe(wanted);
    expect(lock.packages['node_modules/minisearch'].version).toBe(wanted);
  });
});
