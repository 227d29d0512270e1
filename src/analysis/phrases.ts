/**
 * A phrase matcher over tokens: exact folded forms of one or more words, longest match
 * first. Used for the country gazetteer and the known organisations.
 */
import { fold } from './normalize.ts';
import { isTight, type Token } from './tokens.ts';

const keyCache = new Map<string, string>();

/** The lookup key of a surface form: folded, apostrophes and hyphens as spaces, no dots. */
export function phraseKey(surface: string): string {
  // Names recur across documents: memoise short ones (copying the key, so no text is retained).
  const short = surface.length <= 64;
  if (short) {
    const hit = keyCache.get(surface);
    if (hit !== undefined) return hit;
  }
  const key = fold(surface)
    .replace(/['’ʼ]/g, ' ')
    .replace(/[-‐\s]+/g, ' ')
    .replace(/\./g, '')
    .trim();
  if (short) {
    if (keyCache.size > 200_000) keyCache.clear();
    keyCache.set(` ${surface}`.slice(1), key);
  }
  return key;
}

export class PhraseMatcher<T> {
  private readonly phrases = new Map<string, T>();
  private readonly firstWords = new Set<string>();
  private maxWords = 1;

  /** Adds a form; an existing entry for the same key is kept unless `replace` says otherwise. */
  add(surface: string, value: T, replace: (old: T) => boolean = () => true): void {
    const key = phraseKey(surface);
    if (!key) return;
    const old = this.phrases.get(key);
    if (old !== undefined && !replace(old)) return;
    this.phrases.set(key, value);
    const parts = key.split(' ');
    this.firstWords.add(parts[0] ?? '');
    this.maxWords = Math.max(this.maxWords, parts.length);
  }

  get(key: string): T | undefined {
    return this.phrases.get(key);
  }

  entries(): IterableIterator<[string, T]> {
    return this.phrases.entries();
  }

  /** The longest phrase starting at token i, as [value, number of tokens], or null. */
  match(tokens: readonly Token[], i: number): [T, number] | null {
    const t0 = tokens[i];
    if (!t0) return null;
    let key = t0.phrase;
    const space = key.indexOf(' ');
    if (!this.firstWords.has(space < 0 ? key : key.slice(0, space))) return null;
    let best: [T, number] | null = null;
    for (let n = 1; n <= this.maxWords && i + n - 1 < tokens.length; n++) {
      const t = tokens[i + n - 1] as Token;
      if (n > 1) {
        if (!isTight(t.gap) && !/^\s*-\s*$/.test(t.gap)) break;
        key = `${key} ${t.phrase}`;
      }
      const v = this.phrases.get(key);
      if (v !== undefined) best = [v, n];
    }
    return best;
  }
}
