import { describe, expect, it } from 'vitest';
import { PhraseMatcher } from '../src/analysis/phrases.ts';
import { sentenceSpans } from '../src/analysis/sentences.ts';
import { isTight, tokenize } from '../src/analysis/tokens.ts';

/** Every match of a matcher in a text, as [value, matched text]. */
function matches(m: PhraseMatcher<string>, text: string): [string, string][] {
  const tokens = tokenize(text);
  const out: [string, string][] = [];
  for (let i = 0; i < tokens.length; i++) {
    const hit = m.match(tokens, i);
    if (!hit) continue;
    const last = tokens[i + hit[1] - 1];
    out.push([hit[0], text.slice(tokens[i]?.start, last?.end)]);
    i += hit[1] - 1;
  }
  return out;
}

describe('phrase matcher', () => {
  const m = new PhraseMatcher<string>();
  m.add('Banque mondiale', 'BM');
  m.add('Banque mondiale pour la reconstruction', 'BIRD');
  m.add('États-Unis', 'US');
  m.add('Union', 'U');
  m.add('Union européenne', 'UE');
  m.add('Union européenne', 'other', () => false); // kept: the first one wins

  it('takes the longest phrase, and a shorter one when the longer stops short', () => {
    expect(
      matches(m, 'La Banque mondiale pour la reconstruction et la Banque mondiale pour rien'),
    ).toEqual([
      ['BIRD', 'Banque mondiale pour la reconstruction'],
      ['BM', 'Banque mondiale'],
    ]);
  });
  it('reads a hyphenated word as its words, written with or without the hyphen', () => {
    expect(matches(m, 'les États-Unis, les Etats Unis, les Etats - Unis')).toEqual([
      ['US', 'États-Unis'],
      ['US', 'Etats Unis'],
      ['US', 'Etats - Unis'],
    ]);
  });
  it('keeps an entry unless told to replace it, and stops at punctuation', () => {
    expect(matches(m, "l'Union européenne. Union, européenne")).toEqual([
      ['UE', 'Union européenne'],
      ['U', 'Union'],
    ]);
    expect(m.get('union europeenne')).toBe('UE');
  });
  it('finds nothing for a phrase cut in its middle', () => {
    expect(matches(m, 'une banque mondialement connue')).toEqual([]);
  });
});

describe('tokens', () => {
  it('splits words glued across a sentence start or an upper-case run, and marks sentence starts', () => {
    const text = 'Il a parlé avec Emmanuel MacronUne autre fois, informatiqueLA HAVANE.';
    const starts = new Set(sentenceSpans(text).map(([s]) => s));
    starts.add(text.indexOf('Une'));
    const tokens = tokenize(text, starts);
    expect(tokens.map((t) => t.text)).toEqual([
      'Il',
      'a',
      'parlé',
      'avec',
      'Emmanuel',
      'Macron',
      'Une',
      'autre',
      'fois',
      'informatique',
      'LA',
      'HAVANE',
    ]);
    expect(tokens.filter((t) => t.sentenceStart).map((t) => t.text)).toEqual(['Il', 'Une', 'LA']);
    expect(tokens.filter((t) => t.upper).map((t) => t.text)).toEqual(['LA', 'HAVANE']);
    expect(tokens.filter((t) => t.cap).map((t) => t.text)).toEqual([
      'Il',
      'Emmanuel',
      'Macron',
      'Une',
      'LA',
      'HAVANE',
    ]);
  });
  it('keys, phrases and gaps', () => {
    const [a, b] = tokenize('Élysée : russo-chinois');
    expect(a).toMatchObject({ key: 'elysee', phrase: 'elysee', cap: true, upper: false, gap: '' });
    expect(b).toMatchObject({
      key: 'russo-chinois',
      phrase: 'russo chinois',
      gap: ' : ',
      sentenceStart: true,
    });
    expect([isTight(' '), isTight(''), isTight(" ' "), isTight(' \n'), isTight(', ')]).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
  });
});

describe('sentences', () => {
  it('gives the same spans when asked again, and they cannot be changed', () => {
    const text = 'M. Dupont est venu. Il est reparti.';
    const first = sentenceSpans(text);
    expect(sentenceSpans(`${text}`)).toEqual(first);
    expect(first.map(([s, e]) => text.slice(s, e))).toEqual([
      'M. Dupont est venu.',
      'Il est reparti.',
    ]);
    expect(() => {
      (first[0] as [number, number])[0] = 3;
    }).toThrow();
  });
});
