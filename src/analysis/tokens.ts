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

/**
 * Tokens of a text. `starts` are offsets where a sentence begins (see sentences.ts): a word
 * glued across one (`MacronUne`) is split there, and the token after it starts a sentence.
 */
export function tokenize(text: string, starts?: ReadonlySet<number>): Token[] {
  const out: Token[] = [];
  let prevEnd = 0;
  for (const m of text.matchAll(WORD)) {
    const start = m.index ?? 0;
    const pieces = splitAt(m[0], start, starts);
    let offset = start;
    pieces.forEach((piece, i) => {
      const gap = i === 0 ? text.slice(prevEnd, offset) : '';
      const letters = piece.replace(/[^\p{L}]/gu, '');
      const first = letters[0] ?? '';
      const cap = first !== '' && first === first.toUpperCase() && first !== first.toLowerCase();
      const key = fold(piece);
      out.push({
        text: piece,
        key,
        phrase: /[-‐.]/.test(key) ? key.replace(/[-‐]+/g, ' ').replace(/\./g, '').trim() : key,
        start: offset,
        end: offset + piece.length,
        cap,
        upper: letters.length >= 2 && letters === letters.toUpperCase(),
        // With the sentences known (`M. Abbas` is one), they decide; else punctuation does.
        sentenceStart:
          out.length === 0 ||
          i > 0 ||
          (starts
            ? starts.has(offset) || /[:«»"“”•–]\s*$/.test(gap)
            : /[.!?…:«»"“”•–]\s*$|\n/.test(gap)),
        gap,
      });
      offset += piece.length;
      prevEnd = offset;
    });
  }
  return out;
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
  return /^[\s'’ʼ]*$/.test(gap) && !gap.includes('\n');
}
