import { describe, expect, it } from 'vitest';
import { extractEntities } from '../src/analysis/actors/index.ts';
import { analyzeDocument } from '../src/analysis/analyze.ts';
import { findDates, resolveWeekday } from '../src/analysis/dates.ts';
import { gazetteer } from '../src/analysis/gazetteer.ts';
import { fold, terms, words } from '../src/analysis/normalize.ts';
import { phraseKey } from '../src/analysis/phrases.ts';
import { parseDocument } from '../src/corpus/document.ts';
import { readData } from './helpers.ts';

const seed = (id: string) => analyzeDocument(parseDocument(id, readData(id), 0));
const analyzeText = (text: string) =>
  analyzeDocument(parseDocument('test.txt', `Document\n\n${text}`, 0));

describe('normalisation', () => {
  it('folds accents and ligatures', () => {
    expect(fold('Sécurité ŒUVRE')).toBe('securite oeuvre');
  });
  it('strips elisions with both apostrophes and keeps hyphenated compounds whole, joined and split', () => {
    expect(words("l'accord d’UIT")).toEqual(['accord', 'uit']);
    expect(words('russo-indonésiennes')).toEqual(['russoindonesiennes', 'russo', 'indonesiennes']);
  });
  it('gives the same terms to accented and unaccented words (fold before stem)', () => {
    expect(terms('securite')).toEqual(terms('Sécurité'));
    expect(terms('sécurités')).toEqual(terms('sécurité'));
  });
  it('drops stopwords but keeps domain words', () => {
    expect(terms('le la de')).toEqual([]);
    expect(terms('contre entre état').length).toBe(3);
  });
  it('splits cyber compounds', () => {
    expect(terms('cybersécurité')).toEqual(expect.arrayContaining(['cyber', ...terms('sécurité')]));
  });
});

describe('country gazetteer', () => {
  const g = gazetteer();
  const code = (s: string) => g.lookup(phraseKey(s))?.code;
  it.each([
    ['Moscou', 'RU'],
    ['russe', 'RU'],
    ['russes', 'RU'],
    ['Fédération de Russie', 'RU'],
    ['La Havane', 'CU'],
    ['cubaine', 'CU'],
    ['Jakarta', 'ID'],
    ['indonésiennes', 'ID'],
    ['Téhéran', 'IR'],
    ['iranien', 'IR'],
    ['comorien', 'KM'],
    ['Washington', 'US'],
  ])('%s → %s', (form, expected) => {
    expect(code(form)).toBe(expected);
  });
  it('does not key on stems: francs is not France', () => {
    expect(code('francs')).toBeUndefined();
  });
  it('resolves compound prefixes in text', () => {
    const e = extractEntities(['des consultations de sécurité russo-indonésiennes']);
    expect(e.actors.map((a) => a.key).sort()).toEqual(['pays:ID', 'pays:RU']);
  });
  it('requires a capital letter for names and capitals', () => {
    const e = extractEntities(['il faut lutter contre le mal de Paris', 'du mal à sécuriser']);
    expect(e.actors.map((a) => a.key)).toEqual(['pays:FR']);
  });
});

describe('actors', () => {
  it('merges an acronym with its long form and finds its country', () => {
    const d = seed('000_d675efb5c39959a3.txt');
    const geic = d.actors.find((a) => a.aliases.includes('GEIC'));
    expect(geic?.name).toBe('Groupe Empresarial de Informática et Communications');
    expect(geic?.country).toBe('CU');
    expect(d.actors.find((a) => a.name === 'RITE')?.country).toBe('RU');
  });
  it('finds people with their role, and no sentence openers, months or days', () => {
    const d = seed('004_8c4fc2a06532ada3.txt');
    const zhao = d.actors.find((a) => a.name === 'Houlin Zhao');
    expect(zhao?.type).toBe('personne');
    expect(zhao?.roles).toEqual(["Secrétaire général de l'UIT"]);
    const all = [seed('000_d675efb5c39959a3.txt'), d, seed('003_16694e5c39f50f83.txt')].flatMap(
      (x) => x.actors,
    );
    for (const a of all) {
      expect(a.name).not.toMatch(/^(Selon|Le|La|Les|Dans)\s/);
      expect(a.name).not.toMatch(/\b(janvier|juillet|octobre|lundi|jeudi|vendredi)\b/i);
    }
    const dilko = all.find((a) => a.name === 'Konstantin Dilkó');
    expect(dilko?.roles[0]).toBe('directeur du marketing pour RITE');
  });
  it('knows organisations by their usual forms (UIT)', () => {
    const d = seed('004_8c4fc2a06532ada3.txt');
    expect(d.actors.find((a) => a.key === 'org:uit')?.type).toBe('organisation');
  });
});

describe('agreements', () => {
  it('Russia–Cuba: parties, place, and « jeudi » dated from the dateline, its year inferred', () => {
    const [ag] = seed('000_d675efb5c39959a3.txt').agreements;
    expect(ag?.kind).toBe('accord de coopération');
    expect(ag?.status).toBe('signé');
    expect(ag?.parties).toEqual(
      expect.arrayContaining(['pays:RU', 'pays:CU', 'org:rite', 'org:geic']),
    );
    expect(ag?.place).toBe('La Havane');
    // `LA HAVANE, le 6 octobre (DDC) … ont signé … jeudi`: the Thursday before Friday 6 October.
    expect(ag?.date).toEqual({ text: 'jeudi', iso: '2017-10-05', uncertain: true });
  });
  it('Russia–Indonesia: intergovernmental agreement, signatories, Jakarta', () => {
    const d = seed('002_7bacfd5d60cb52ed.txt');
    const [ag] = d.agreements;
    expect(ag?.kind).toBe('accord intergouvernemental');
    expect(ag?.parties.slice(0, 2).sort()).toEqual(['pays:ID', 'pays:RU']);
    expect(ag?.signatories.map((k) => d.actors.find((a) => a.key === k)?.name)).toEqual([
      'Nikolai Patrushev',
      'Mohammad Makhfud',
    ]);
    expect(ag?.place).toBe('Jakarta');
  });
  it('Russia–Iran are discussions, not a signature', () => {
    const [ag] = seed('001_5df01aa33b8a02f0.txt').agreements;
    expect(ag?.status).toBe('discussions');
    expect(ag?.parties).toEqual(expect.arrayContaining(['pays:RU', 'pays:IR']));
    expect(ag?.parties).not.toContain('pays:UA');
  });
  it('UIT–Global Cyber Alliance: joint declaration dated with the document year', () => {
    const [ag] = seed('004_8c4fc2a06532ada3.txt').agreements;
    expect(ag?.kind).toBe('déclaration commune');
    expect(ag?.parties).toEqual(['org:uit', 'org:global cyber alliance']);
    expect(ag?.date).toEqual({ text: 'le 9 juillet', iso: '2018-07-09', uncertain: false });
  });
  it('an equipment handover acquired through the World Bank is its financing, not a signing', () => {
    const [ag, ...more] = seed('003_16694e5c39f50f83.txt').agreements;
    expect(more).toEqual([]);
    expect(ag?.status).toBe('financement');
    expect(ag?.parties.sort()).toEqual(['org:banque mondiale', 'pays:KM']);
  });
});

describe('dates', () => {
  it('a deadline, a start or a dateline is not the date of the agreement', () => {
    const v = (text: string) => analyzeText(text).agreements[0]?.date?.iso;
    expect(v('La Serbie a signé un accord avec la Chine pour achever l’usine d’ici 2025.')).toBe(
      undefined,
    );
    expect(v('Bentley et Breitling prolongent le partenariat qui les unit depuis 2003.')).toBe(
      undefined,
    );
    expect(v('La Grèce et Chypre ont signé un accord le 12 mars 2019.')).toBe('2019-03-12');
  });
  it('a weekday is the last such day before the dateline', () => {
    expect(resolveWeekday('jeudi', findDates('6 octobre 2017')[0], undefined)).toBe('2017-10-05');
    expect(resolveWeekday('vendredi', findDates('6 octobre 2017')[0], undefined)).toBe(
      '2017-10-06',
    );
    expect(resolveWeekday('jeudi', findDates('6 octobre')[0], undefined)).toBe(undefined);
  });
  it('reads French dates and keeps the words as written', () => {
    const d = findDates('le 1er août 2020, en octobre 2013, 11/11/2021, jeudi');
    expect(d.map((x) => [x.text, x.year, x.month, x.day])).toEqual([
      ['le 1er août 2020', 2020, 8, 1],
      ['en octobre 2013', 2013, 10, undefined],
      ['11/11/2021', 2021, 11, 11],
      ['jeudi', undefined, undefined, undefined],
    ]);
  });
});
