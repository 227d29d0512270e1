/** The analysts' features on the answer objects: two parties, filters, and what they say. */
import { beforeAll, describe, expect, it } from 'vitest';
import { answerAccord } from '../src/answers/accord.ts';
import type { AnswerContext } from '../src/answers/context.ts';
import { parsePeriod } from '../src/answers/filters.ts';
import { DATA, openIndexer } from './helpers.ts';

let ctx: AnswerContext;
beforeAll(async () => {
  ({ ctx } = await openIndexer(DATA));
});

describe('periods as French readers write them', () => {
  it.each([
    ['2017', '2017-01-01', '2017-12-31'],
    ['2016-02', '2016-02-01', '2016-02-29'],
    ['octobre 2017', '2017-10-01', '2017-10-31'],
    ['Fév. 2019', '2019-02-01', '2019-02-28'],
    ['1er octobre 2017', '2017-10-01', '2017-10-01'],
    ['05/10/2017', '2017-10-05', '2017-10-05'],
    ['10/2017', '2017-10-01', '2017-10-31'],
    ['2017-10-05', '2017-10-05', '2017-10-05'],
  ])('%s → %s … %s', (typed, from, to) => {
    expect(parsePeriod(typed)).toMatchObject({ from, to });
  });
  it.each(['bientôt', '2017-13', '31/02/2017', '17', 'octobre'])('%s is no date', (typed) => {
    expect(parsePeriod(typed)).toBeUndefined();
  });
});

describe('/accord with two parties and filters', () => {
  it('russie iran, russie avec:iran and « Russie et Iran » give the agreements binding both', () => {
    for (const a of [
      answerAccord(ctx, { partie: 'russie iran' }),
      answerAccord(ctx, { partie: 'russie', avec: 'iran' }),
      answerAccord(ctx, { partie: 'Russie et Iran' }),
    ]) {
      expect(a.party?.name).toBe('Russie');
      expect(a.with?.name).toBe('Iran');
      expect(a.results.map((r) => r.document)).toEqual(['001_5df01aa33b8a02f0.txt']);
      for (const r of a.results)
        expect(r.parties).toEqual(expect.arrayContaining(['Russie', 'Iran']));
      expect(a.filters).toEqual(['avec l’Iran', 'tous les statuts sauf « mentionné »']);
    }
  });
  it('two parties that share no agreement: none, said in French', () => {
    const a = answerAccord(ctx, { partie: 'russie', avec: 'comores' });
    expect(a.results).toEqual([]);
    expect(a.message).toBe('Aucun accord trouvé liant la Russie et les Comores.');
  });
  it('an unknown second party gives the closest names', () => {
    const a = answerAccord(ctx, { partie: 'russie', avec: 'Irann' });
    expect(a.results).toEqual([]);
    expect(a.message).toBe('Aucun pays ni organisation connu ne s’appelle « Irann ».');
    expect(a.suggestions).toContain('Iran');
  });
  it('depuis and jusqua keep the dated agreements of the period and count the undated ones', () => {
    const all = answerAccord(ctx, { partie: 'uit' });
    expect(all.results[0]?.date?.iso).toBe('2018-07-09');
    expect(answerAccord(ctx, { partie: 'uit', depuis: 'juillet 2018' }).results).toHaveLength(1);
    expect(answerAccord(ctx, { partie: 'uit', jusqua: '8 juillet 2018' }).results).toHaveLength(0);
    const after = answerAccord(ctx, { partie: 'uit', depuis: '2019' });
    expect(after.results).toHaveLength(0);
    expect(after.filters).toContain('depuis 2019');
    const russia = answerAccord(ctx, { partie: 'russie', depuis: '2000' });
    // Indonesia and Iran have no date: left out of a period, and counted.
    expect(russia.results.map((r) => r.document)).toEqual(['000_d675efb5c39959a3.txt']);
    expect(russia.undated).toBe(2);
  });
  it('nature keeps the kinds that hold its words', () => {
    expect(answerAccord(ctx, { partie: 'uit', nature: 'déclaration' }).results).toHaveLength(1);
    expect(
      answerAccord(ctx, { partie: 'uit', nature: 'Déclaration commune' }).results,
    ).toHaveLength(1);
    const none = answerAccord(ctx, { partie: 'uit', nature: 'traité' });
    expect(none.results).toHaveLength(0);
    expect(none.filters).toContain('nature : traité');
  });
  it('a wrong date is refused in French, naming the option', () => {
    expect(answerAccord(ctx, { partie: 'russie', jusqua: 'demain' }).message).toMatch(
      /^« demain » n’est pas une date pour « jusqua »/,
    );
  });
});
