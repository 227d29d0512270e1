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

/** A node of the word trie: the value of the phrase ending here, and the words that go on. */
interface Node<T> {
  value?: T;
  next?: Map<string, Node<T>>;
}

/** A gap a phrase may run over besides a tight one: a spaced hyphen (`Etats - Unis`). */
const SPACED_HYPHEN = /^\s*-\s*$/;

export class PhraseMatcher<T> {
  private readonly phrases = new Map<string, T>();
  /**
   * The same phrases as a trie of words: matching stops at the first word no phrase goes on
   * with, instead of building and looking up every longer key (matching runs at every token,
   * for every matcher).
   */
  private readonly root = new Map<string, Node<T>>();
  private maxWords = 1;

  /** Adds a form; an existing entry for the same key is kept unless `replace` says otherwise. */
  add(surface: string, value: T, replace: (old: T) => boolean = () => true): void {
    const key = phraseKey(surface);
    if (!key) return;
    const old = this.phrases.get(key);
    if (old !== undefined && !replace(old)) return;
    this.phrases.set(key, value);
    const parts = key.split(' ');
    let level = this.root;
    let node: Node<T> = {};
    parts.forEach((part, k) => {
      node = level.get(part) ?? (level.set(part, {}).get(part) as Node<T>);
      if (k < parts.length - 1) level = node.next ??= new Map();
    });
    node.value = value;
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
    let node = walk(this.root, t0.phrase);
    if (!node) return null;
    let best: [T, number] | null = node.value !== undefined ? [node.value, 1] : null;
    for (let n = 2; n <= this.maxWords && i + n - 1 < tokens.length; n++) {
      if (!node.next?.size) break;
      const t = tokens[i + n - 1] as Token;
      if (!isTight(t.gap) && !SPACED_HYPHEN.test(t.gap)) break;
      node = walk(node.next, t.phrase);
      if (!node) break;
      if (node.value !== undefined) best = [node.value, n];
    }
    return best;
  }
}

/** The node reached from `level` by the words of a token's phrase (several for `russo-chinois`). */
function walk<T>(level: Map<string, Node<T>>, phrase: string): Node<T> | undefined {
  if (phrase.indexOf(' ') < 0) return level.get(phrase);
  const words = phrase.split(' ');
  let node: Node<T> | undefined;
  for (let k = 0; k < words.length; k++) {
    node = level.get(words[k] as string);
    if (!node) return undefined;
    if (k < words.length - 1) {
      if (!node.next) return undefined;
      level = node.next;
    }
  }
  return node;
}
