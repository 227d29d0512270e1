/** The evaluation's scorer: how found agreements are paired with annotated ones and counted. */
import { describe, expect, it } from 'vitest';
import {
  type FoundAgreement,
  type GoldDocument,
  matchAgreements,
  measures,
  nameKey,
  scoreDocument,
} from '../eval/score.ts';

const paragraphs = [
  'La Russie et l’Indonésie ont signé un accord. Le document a été signé à Jakarta.',
  'Les deux pays discutent aussi de cybersécurité.',
];

const gold: GoldDocument = {
  file: 'x.txt',
  agreements: [
    {
      kind: 'accord',
      status: 'signé',
      parties: ['Russie', ['Indonésie', 'Indonesie']],
      signatories: [],
      evidence: 'La Russie et l’Indonésie ont signé un accord',
    },
    {
      kind: 'discussions',
      status: 'discussions',
      parties: ['Russie', 'Indonésie'],
      also: ['Jakarta'],
      signatories: [],
      evidence: 'Les deux pays discutent aussi de cybersécurité',
    },
  ],
  actors: { pays: ['Russie', ['Indonésie']], organisations: [], personnes: [] },
};

function found(
  paragraph: number,
  text: string,
  parties: string[],
  status = 'signé',
): FoundAgreement {
  const start = (paragraphs[paragraph] ?? '').indexOf(text);
  return {
    kind: 'accord',
    status,
    parties,
    signatories: [],
    sentence: { paragraph, start, end: start + text.length, text },
  };
}

describe('evaluation scorer', () => {
  it('compares names folded, without their article', () => {
    expect(nameKey('la Linux Foundation')).toBe(nameKey('Linux Foundation'));
    expect(nameKey('Etats-Unis')).toBe(nameKey('États-Unis'));
  });
  it('pairs by the sentence cited, then by the parties, one to one', () => {
    const a = found(0, 'La Russie et l’Indonésie ont signé un accord.', ['Russie', 'Indonésie']);
    const b = found(
      1,
      'Les deux pays discutent aussi de cybersécurité.',
      ['Russie', 'Indonésie'],
      'discussions',
    );
    expect(matchAgreements(paragraphs, [b, a], gold.agreements)).toEqual([
      { found: 1, gold: 0, overlap: true },
      { found: 0, gold: 1, overlap: true },
    ]);
    // Elsewhere in the text, but with both parties: the same agreement.
    const c = found(0, 'Le document a été signé à Jakarta.', ['Indonesie', 'Russie']);
    expect(matchAgreements(paragraphs, [c], gold.agreements)).toEqual([
      { found: 0, gold: 0, overlap: false },
    ]);
    // Neither the sentence nor enough parties: no pair.
    const d = found(0, 'Le document a été signé à Jakarta.', ['Russie']);
    expect(matchAgreements(paragraphs, [d], gold.agreements)).toEqual([]);
  });
  it('counts precision, recall, exact parties (extras allowed by `also`) and status', () => {
    const a = found(0, 'La Russie et l’Indonésie ont signé un accord.', [
      'Russie',
      'Indonésie',
      'Cuba',
    ]);
    const b = found(
      1,
      'Les deux pays discutent aussi de cybersécurité.',
      ['Russie', 'Indonésie', 'Jakarta'],
      'signé',
    );
    const junk = found(0, 'Le document a été signé à Jakarta.', ['Japon']);
    const s = scoreDocument(
      gold,
      paragraphs,
      [a, b, junk],
      [
        { name: 'Russie', type: 'pays', aliases: [] },
        { name: 'Jakarta', type: 'pays', aliases: [] },
      ],
    );
    const m = measures(s.counts);
    expect(m.agreements.precision).toBeCloseTo(2 / 3);
    expect(m.agreements.recall).toBe(1);
    expect(m.agreements.exactParties).toBe(0.5); // Cuba is not a party; Jakarta is allowed
    expect(m.agreements.status).toBe(0.5);
    expect(m.agreements.verbatim).toBe(1);
    expect(m.actors.pays).toEqual({ precision: 0.5, recall: 0.5 });
    expect(m.actors.junk).toBe(0.5);
    expect(s.junkActors).toEqual(['Jakarta (pays)']);
    expect(s.missedActors).toEqual(['Indonésie (pays)']);
  });
});
