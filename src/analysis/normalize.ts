/**
 * French search normalisation: the one pipeline used for documents and queries alike.
 *
 * Order matters (see shared notes): accents are folded *before* stemming so that an
 * unaccented query (`securite`) reaches the same stem as the accented text (`sécurité`).
 */
import { stemmer } from '@orama/stemmers/french';
import { fra } from 'stopword';

const NON_ASCII = /[\u0080-\uffff]/;
const foldCache = new Map<string, string>();

/** Lowercase, strip diacritics, expand ligatures. `Sécurité` → `securite`, `œuvre` → `oeuvre`. */
export function fold(text: string): string {
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  // Words recur: memoise short strings (copying the key, so no document is retained).
  const short = text.length <= 32;
  if (short) {
    const hit = foldCache.get(text);
    if (hit !== undefined) return hit;
  }
  const out = text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae');
  if (short) {
    if (foldCache.size > 200_000) foldCache.clear();
    foldCache.set(` ${text}`.slice(1), out);
  }
  return out;
}

/** Apostrophes as they occur in scraped French text. */
export const APOSTROPHES = /['’ʼ‘`]/g;

const ELISIONS = new Set([
  'l',
  'd',
  'j',
  'm',
  'n',
  's',
  't',
  'c',
  'qu',
  'jusqu',
  'lorsqu',
  'puisqu',
  'quoiqu',
  'presqu',
]);

/** Snowball French stopwords, folded. Small on purpose: état, contre, entre… stay searchable. */
const STOPWORDS = new Set(fra.map(fold));

/** Words split out of compounds such as `cybersécurité`, `cyberattaque`. */
const COMPOUND_PREFIXES = ['cyber'];

/** Word characters after folding: letters and digits (accents are already gone). */
const WORD = /[a-z0-9]+(?:-[a-z0-9]+)*/g;

const stemCache = new Map<string, string>();

/** Snowball stem of a folded word, memoised (stemming is the costly step; see notes). */
export function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = /^\d/.test(word) ? word : stemmer(word);
    // Copy the key so the cache never retains a slice of a whole document.
    stemCache.set(` ${word}`.slice(1), s);
    if (stemCache.size > 500_000) stemCache.clear();
  }
  return s;
}

/**
 * Split text into folded words, with elisions removed and hyphenated compounds given
 * whole, joined and as parts (`russo-indonesiennes` → the three forms).
 */
export function words(text: string): string[] {
  const folded = fold(text).replace(APOSTROPHES, "'");
  const out: string[] = [];
  // Strip elisions: "l'accord" → "accord"; keep aujourd'hui whole.
  const cleaned = folded.replace(/\b([a-z]+)'(?=[a-z])/g, (m, head: string) =>
    head === 'aujourd' ? 'aujourd' : ELISIONS.has(head) ? ' ' : m.replace("'", ' '),
  );
  for (const match of cleaned.matchAll(WORD)) {
    const w = match[0];
    if (w.includes('-')) {
      const parts = w.split('-').filter(Boolean);
      out.push(parts.join(''));
      for (const p of parts) out.push(p);
    } else {
      out.push(w);
    }
  }
  return out;
}

/** Index terms of a text: words minus stopwords, compounds split, stemmed. */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) {
    if (STOPWORDS.has(w) || (w.length < 2 && !/\d/.test(w))) continue;
    out.push(stem(w));
    for (const prefix of COMPOUND_PREFIXES) {
      if (w.length > prefix.length + 2 && w.startsWith(prefix)) {
        out.push(prefix, stem(w.slice(prefix.length)));
      }
    }
  }
  return out;
}

/** True when the folded word is a French stopword. */
export function isStopword(foldedWord: string): boolean {
  return STOPWORDS.has(foldedWord);
}

/** Levenshtein distance, bounded: returns `max + 1` as soon as it is exceeded. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length] ?? max + 1;
}
