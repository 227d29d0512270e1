/**
 * First names, to tell a person (`Tareq Baconi`, `Kyriakos Mitsotakis`) from an organisation
 * or a place. From `gender-detection-from-name` (about 70,000 first names of French, English,
 * Spanish, Italian and German use, MIT licence) plus the project's own list; forms that name
 * a country or a capital (`Paris`, `Israel`, `France`) are left out: in news they are places.
 */
import { createRequire } from 'node:module';
import { gazetteer } from './gazetteer.ts';
import { FIRST_NAMES } from './lexicon.ts';
import { fold } from './normalize.ts';
import { phraseKey } from './phrases.ts';

let names: Set<string> | undefined;

function load(): Set<string> {
  const require = createRequire(import.meta.url);
  const out = new Set(FIRST_NAMES);
  const g = gazetteer();
  for (const lang of ['fr', 'en', 'es', 'it', 'de']) {
    const map = require(`gender-detection-from-name/names/${lang}.js`) as Map<string, string>;
    for (const name of map.keys()) {
      const key = fold(name);
      if (key.length < 3 || g.lookup(phraseKey(name))) continue;
      out.add(key);
    }
  }
  return out;
}

/** True when a folded word is a first name. */
export function isFirstName(folded: string): boolean {
  names ??= load();
  return names.has(folded);
}
