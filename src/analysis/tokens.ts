/**
 * Tokens with their offsets in the original text, for extraction (not for search: see
 * normalize.ts). Offsets let every extracted fact point back to the exact passage.
 */
import { fold } from './normalize.ts';

export interface Token {
  /** The surface form, as written. */
  text: string;
  /** Folded form (`Sécurité` → `securite`). */
  key: string;
  /** Phrase-matching form: folded, hyphens as spaces (see phrases.phraseKey). */
  phrase: string;
  start: number;
  end: number;
  /** First letter is upper case. */
  cap: boolean;
  /** All letters upper case and at least two of them (an acronym or a shouted word). */
  upper: boolean;
  /** First word of a sentence (or of the paragraph). */
  sentenceStart: boolean;
  /** What stands between the previous token and this one ('' for the first). */
  gap: string;
}

const WORD = /[\p{L}\p{N}]+(?:[-‐][\p{L}\p{N}]+)*/gu;
/** A lower-case letter glued to an upper-case run: `informatiqueLA HAVANE` (scraping artefact). */
const GLUED = /(?<=\p{Ll})(?=\p{Lu}{2})/u;
/** What every GLUED place has: most words have none, and are not split. */
const MAYBE_GLUED = /\p{Ll}\p{Lu}/u;
const NON_LETTER = /[^\p{L}]/u;
const NON_LETTERS = /[^\p{L}]/gu;
const PHRASE_MARKS = /[-‐.]/;
/** A gap after which a word starts a sentence, with the sentences known, and without. */
const OPENS_KNOWN = /[:«»"“”•–]\s*$/;
const OPENS = /[.!?…:«»"“”•–]\s*$|\n/;

/**
 * Tokens of a text. `starts` are offsets where a sentence begins (see sentences.ts): a word
 * glued across one (`MacronUne`) is split there, and the token after it starts a sentence.
 *
 * This runs on every word of every document (a sixth of the analysis): the common cases (a
 * word with no glued capital, no sentence start inside it, a one-space gap) skip the regular
 * expressions that the rare ones need.
 */
export function tokenize(text: string, starts?: ReadonlySet<number>): Token[] {
  const out: Token[] = [];
  // Sentence starts in order, walked once alongside the words.
  const order = starts ? [...starts].sort((a, b) => a - b) : [];
  let next = 0;
  let prevEnd = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const word = m[0];
    const start = m.index;
    const end = start + word.length;
    while (next < order.length && (order[next] as number) <= start) next++;
    const inside = next < order.length && (order[next] as number) < end;
    if (!inside && !MAYBE_GLUED.test(word)) {
      push(out, text, word, start, 0, prevEnd, starts);
    } else {
      let offset = start;
      splitAt(word, start, starts).forEach((piece, i) => {
        push(out, text, piece, offset, i, prevEnd, starts);
        offset += piece.length;
      });
    }
    prevEnd = end;
  }
  return out;
}

/** Appends the token of `piece`, the i-th piece of a word, at `offset` in `text`. */
function push(
  out: Token[],
  text: string,
  piece: string,
  offset: number,
  i: number,
  prevEnd: number,
  starts: ReadonlySet<number> | undefined,
): void {
  const gap = i === 0 ? text.slice(prevEnd, offset) : '';
  const letters = NON_LETTER.test(piece) ? piece.replace(NON_LETTERS, '') : piece;
  const first = letters[0] ?? '';
  const c0 = first.charCodeAt(0);
  const cap =
    c0 >= 65 && c0 <= 90
      ? true
      : (c0 >= 97 && c0 <= 122) || first === ''
        ? false
        : first === first.toUpperCase() && first !== first.toLowerCase();
  // An ASCII lower-case letter among the first two rules out upper case (it would change).
  const c1 = letters.charCodeAt(1);
  const upper =
    letters.length >= 2 &&
    !(c0 >= 97 && c0 <= 122) &&
    !(c1 >= 97 && c1 <= 122) &&
    letters === letters.toUpperCase();
  const key = fold(piece);
  out.push({
    text: piece,
    key,
    phrase: PHRASE_MARKS.test(key) ? key.replace(/[-‐]+/g, ' ').replace(/\./g, '').trim() : key,
    start: offset,
    end: offset + piece.length,
    cap,
    upper,
    // With the sentences known (`M. Abbas` is one), they decide; else punctuation does.
    sentenceStart:
      out.length === 0 ||
      i > 0 ||
      (starts
        ? starts.has(offset) || (gap !== ' ' && OPENS_KNOWN.test(gap))
        : gap !== ' ' && OPENS.test(gap)),
    gap,
  });
}

/** A word cut at glued uppercase runs and at sentence starts that fall inside it. */
function splitAt(word: string, offset: number, starts?: ReadonlySet<number>): string[] {
  const out: string[] = [];
  for (const piece of word.split(GLUED)) {
    let from = 0;
    if (starts) {
      for (let k = 1; k < piece.length; k++) {
        if (starts.has(offset + k)) {
          out.push(piece.slice(from, k));
          from = k;
        }
      }
    }
    out.push(piece.slice(from));
    offset += piece.length;
  }
  return out;
}

/** True when the gap between two tokens is only spaces or an elision apostrophe. */
export function isTight(gap: string): boolean {
  if (gap === ' ' || gap === '') return true;
  return /^[\s'’ʼ]*$/.test(gap) && !gap.includes('\n');
}
