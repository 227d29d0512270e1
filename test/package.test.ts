/** What a fresh `npm ci` installs must be what the code was written against. */
import { readdirSync, readFileSync } from 'node:fs';
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
  it('the lock lists every platform build of a package, so `npm ci` works on any machine', () => {
    // (npm records only the builds for the machine it runs on when a registry mirror lacks the
    // others; `npm ci` elsewhere then fails with « Missing: … from lock file ».)
    const { packages } = json('package-lock.json');
    const missing: string[] = [];
    for (const [path, entry] of Object.entries<{ optionalDependencies?: object }>(packages)) {
      for (const dep of Object.keys(entry.optionalDependencies ?? {})) {
        if (!packages[`node_modules/${dep}`] && !packages[`${path}/node_modules/${dep}`])
          missing.push(`${path} → ${dep}`);
      }
    }
    expect(missing).toEqual([]);
  });
  it('no test and no source reads ../shared: a clone alone tests green', () => {
    // (CI always has ../shared beside the clone; this is what keeps a user's clone working.)
    const files = (dir: string): string[] =>
      readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
        e.isDirectory()
          ? files(join(dir, e.name))
          : e.name.endsWith('.ts')
            ? [join(dir, e.name)]
            : [],
      );
    const self = join('test', 'package.test.ts');
    const sources = [...files('src'), ...files('test'), ...files('eval')].filter((f) => f !== self);
    const readers = sources.filter((f) =>
      /\.\.\/shared|shared\/corpora/.test(readFileSync(join(ROOT, f), 'utf8')),
    );
    expect(readers).toEqual([]);
  });
});
