import { beforeAll, describe, expect, it } from 'vitest';
import { answerAccord } from '../src/answers/accord.ts';
import { answerActeurs } from '../src/answers/acteurs.ts';
import type { AnswerContext } from '../src/answers/context.ts';
import { answerCorpus } from '../src/answers/corpus.ts';
import { answerDocument } from '../src/answers/document.ts';
import { answerRecherche } from '../src/answers/recherche.ts';
import { DATA, openIndexer, readData } from './helpers.ts';

let ctx: AnswerContext;
beforeAll(async () => {
  ({ ctx } = await openIndexer(DATA));
});

/** The cited paragraph, read from the file itself: excerpts must be verbatim. */
function paragraphOf(id: string, n: number): string {
  const doc = ctx.index.document(id);
  return doc?.paragraphs[n - 1] ?? '';
}

describe('accord', () => {
  it('russie: the three Russia agreements (Indonesia, Cuba, Iran), with verbatim excerpts', () => {
    const a = answerAccord(ctx, 'russie');
    expect(a.party?.name).toBe('Russie');
    expect(a.results.map((r) => r.document)).toEqual([
      '002_7bacfd5d60cb52ed.txt',
      '000_d675efb5c39959a3.txt',
      '001_5df01aa33b8a02f0.txt',
    ]);
    for (const r of a.results) {
      expect(readData(r.document)).toContain(r.excerpt);
      expect(paragraphOf(r.document, r.paragraph)).toContain(r.excerpt);
      expect(r.excerpt.length).toBeGreaterThan(20);
    }
    expect(a.results[0]?.parties.slice(0, 2).sort()).toEqual(['Indonésie', 'Russie']);
    expect(a.results[1]?.parties).toEqual(expect.arrayContaining(['Cuba', 'Russie']));
    expect(a.results[2]?.parties).toEqual(expect.arrayContaining(['Iran', 'Russie']));
    expect(a.results.map((r) => r.status)).toEqual(['signé', 'signé', 'discussions']);
  });
  it.each(['Russie', 'moscou', 'russe', 'Fédération de Russie'])('%s resolves to Russia', (q) => {
    expect(answerAccord(ctx, q).results).toHaveLength(3);
  });
  it.each(['uit', 'UIT', 'Global Cyber Alliance'])('%s finds the joint declaration', (q) => {
    const a = answerAccord(ctx, q);
    expect(a.results.map((r) => [r.document, r.kind])).toEqual([
      ['004_8c4fc2a06532ada3.txt', 'déclaration commune'],
    ]);
  });
  it('the excerpt marks the party', () => {
    const r = answerAccord(ctx, 'russie').results[0];
    const marked = r?.highlights.map(([s, e]) => r.excerpt.slice(s, e));
    expect(marked).toContain('Russie');
  });
  it('france: a known country without agreement gives none, and says so', () => {
    const a = answerAccord(ctx, 'france');
    expect(a.results).toEqual([]);
    expect(a.message).toBe('Aucun accord trouvé impliquant la France.');
  });
  it('an unknown party gives no result and the closest names', () => {
    const a = answerAccord(ctx, 'rusie');
    expect(a.results).toEqual([]);
    expect(a.message).toMatch(/Aucun pays ni organisation connu/);
    expect(a.suggestions?.[0]).toBe('Russie');
  });
  it('a mention in passing is not an agreement: the United States are cited, not party', () => {
    const a = answerAccord(ctx, 'États-Unis');
    expect(a.results).toEqual([]);
    expect(a.alsoMentioned.map((m) => m.document)).toEqual(['000_d675efb5c39959a3.txt']);
  });
  it('comores: the World Bank financing, as what it is', () => {
    const a = answerAccord(ctx, 'comores');
    expect(a.results.map((r) => [r.document, r.status, r.parties.sort()])).toEqual([
      ['003_16694e5c39f50f83.txt', 'financement', ['Banque mondiale', 'Comores']],
    ]);
  });
});

describe('acteurs', () => {
  it('lists countries, organisations and people, most cited first', () => {
    const a = answerActeurs(ctx);
    expect(a.actors[0]?.name).toBe('Russie');
    expect(new Set(a.actors.map((x) => x.type))).toEqual(
      new Set(['pays', 'organisation', 'personne']),
    );
    for (const x of a.actors)
      for (const d of x.documents) expect(ctx.index.document(d)).toBeDefined();
  });
  it('filters by type, document and country', () => {
    const people = answerActeurs(ctx, { type: 'personne' }).actors.map((x) => x.name);
    expect(people).toEqual(
      expect.arrayContaining([
        'Houlin Zhao',
        'Brahima Sanou',
        'Philip Reitinger',
        'Nikolai Pátrushev',
      ]),
    );
    const inDoc = answerActeurs(ctx, { document: '004_8c4fc2a06532ada3.txt' }).actors.map(
      (x) => x.name,
    );
    expect(inDoc).toContain('Global Cyber Alliance');
    expect(inDoc).not.toContain('Russie');
    const russian = answerActeurs(ctx, { pays: 'russie' }).actors.map((x) => x.name);
    expect(russian).toEqual(expect.arrayContaining(['Russie', 'RITE', 'Rostec']));
    expect(russian).not.toContain('Cuba');
  });
  it.each(['pays', 'Pays', 'organisations', 'personne'])('type %s is understood', (type) => {
    const a = answerActeurs(ctx, { type });
    expect(a.message).toBeUndefined();
    expect(a.actors.length).toBeGreaterThan(0);
    expect(new Set(a.actors.map((x) => x.type)).size).toBe(1);
  });
  it('type pays lists the countries', () => {
    const names = answerActeurs(ctx, { type: 'pays' }).actors.map((x) => x.name);
    expect(names).toEqual(expect.arrayContaining(['Russie', 'Cuba', 'Iran', 'Indonésie']));
  });
  it('an unknown type says which ones exist', () => {
    expect(answerActeurs(ctx, { type: 'villes' }).message).toMatch(/pays, organisation, personne/);
  });
});

describe('recherche', () => {
  it('is accent-insensitive and marks the matched words', () => {
    const a = answerRecherche(ctx, 'securite informatique');
    expect(a.mode).toBe('exact');
    expect(a.results.length).toBeGreaterThan(0);
    for (const r of a.results) {
      expect(paragraphOf(r.document, r.paragraph)).toContain(r.excerpt);
      const words = r.highlights.map(([s, e]) => r.excerpt.slice(s, e).toLowerCase());
      expect(words.some((w) => w.startsWith('sécurit') || w.includes('sécurité'))).toBe(true);
    }
  });
  it('tolerates a typo when nothing matches exactly', () => {
    const a = answerRecherche(ctx, 'cryptografie');
    expect(a.mode).toBe('approx');
    expect(a.results[0]?.document).toBe('002_7bacfd5d60cb52ed.txt');
  });
  it('says so when nothing matches', () => {
    const a = answerRecherche(ctx, 'zzzzqqq');
    expect(a.results).toEqual([]);
    expect(a.message).toMatch(/Aucun passage/);
  });
});

describe('document and corpus', () => {
  it('gives a card by id or title fragment', () => {
    const a = answerDocument(ctx, 'Comores Câbles');
    expect(a.document?.id).toBe('003_16694e5c39f50f83.txt');
    expect(a.document?.agreements.map((g) => [g.status, g.paragraph])).toEqual([
      ['financement', 2],
    ]);
    expect(a.document?.paragraphs).toBe(5);
    expect(answerDocument(ctx, 'inexistant').message).toMatch(/Aucun document/);
  });
  it('summarises the corpus', () => {
    const a = answerCorpus(ctx);
    expect(a.documents).toBe(5);
    expect(a.agreements).toBe(5);
    expect(a.skipped).toEqual([]);
    expect(a.lastIndexedAt).toBeDefined();
  });
});

describe('unseen documents (eval/corpora/extra, vendored) added to the seeds', () => {
  let wide: AnswerContext;
  beforeAll(async () => {
    const { cpSync, readdirSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { seedCopy, EXTRA } = await import('./helpers.ts');
    const dir = seedCopy();
    for (const f of readdirSync(EXTRA)) cpSync(join(EXTRA, f), join(dir, f));
    ({ ctx: wide } = await openIndexer(dir));
  });
  it('indexes all 27 documents and keeps the Russia answer', () => {
    expect(wide.index.size).toBe(27);
    expect(answerAccord(wide, 'russie').results).toHaveLength(3);
  });
  it('finds the agreements of the new documents, with verbatim excerpts', () => {
    const israel = answerAccord(wide, 'Israël').results;
    expect(israel.map((r) => r.document)).toEqual([
      'orangesum_virus-accord-scientifique-entre-des-entreprises-aux-emirats.txt',
    ]);
    expect(israel[0]?.parties).toEqual(expect.arrayContaining(['Émirats arabes unis', 'Israël']));
    // Every agreement is stated by a verbatim sentence; one without named parties is an
    // instrument or an agreement between unnamed sides (`deux entreprises … avec deux entreprises`).
    for (const doc of wide.index.documents()) {
      for (const ag of doc.agreements) {
        const { paragraph, start, end } = ag.sentence;
        const sentence = doc.paragraphs[paragraph]?.slice(start, end) ?? '';
        expect(sentence.length).toBeGreaterThan(10);
        if (!ag.parties.length)
          expect(ag.instrument ?? sentence).toMatch(/Appel|Accord|Convention|Charte|avec|entre/);
      }
    }
    // The two Emirati companies are no states: the agreement between them has no state party.
    const companies = wide.index
      .document('orangesum_virus-accord-scientifique-entre-des-entreprises-aux-emirats.txt')
      ?.agreements.find((ag) => ag.status === 'signé');
    expect(companies?.parties).toEqual([]);
    for (const r of answerRecherche(wide, 'logiciels malveillants').results) {
      expect(wide.index.document(r.document)?.paragraphs[r.paragraph - 1]).toContain(r.excerpt);
    }
  });
  it('a cyber news item without agreement reports none', () => {
    expect(
      wide.index.document('orangesum_le-chu-de-rouen-paralyse-par-une-attaque-informatique.txt')
        ?.agreements,
    ).toEqual([]);
  });
});

describe('suggestions while typing', () => {
  it('offers parties by the start of any of their names or of an inner word, agreement parties first', async () => {
    const { suggestParties } = await import('../src/answers/suggest.ts');
    expect(suggestParties(ctx.index, 'rus')[0]).toEqual({ name: 'Russie', value: 'Russie' });
    expect(suggestParties(ctx.index, 'mosc')[0]?.name).toBe('Russie');
    expect(suggestParties(ctx.index, 'cyber').map((s) => s.name)).toContain(
      'Global Cyber Alliance',
    );
    expect(suggestParties(ctx.index, 'indonsie')[0]?.name).toBe('Indonésie');
    expect(suggestParties(ctx.index, '').length).toBeGreaterThan(0);
    expect(suggestParties(ctx.index, 'a').length).toBeLessThanOrEqual(25);
  });
  it('an empty /accord offers the parties with the most agreements, with their count', async () => {
    const { suggestPartyChoices } = await import('../src/answers/suggest.ts');
    const choices = suggestPartyChoices(ctx.index, '');
    expect(choices[0]).toEqual({ name: 'Russie — 3 accords', value: 'Russie' });
    const counts = choices.map((c) => Number(c.name.match(/ — (\d+) accords?$/)?.[1]));
    expect(counts.every((n) => n >= 1)).toBe(true);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    for (const c of choices) expect(answerAccord(ctx, c.value).results.length).toBeGreaterThan(0);
  });
  it('offers only parties some document names (no country the corpus never cites)', async () => {
    const { suggestPartyChoices } = await import('../src/answers/suggest.ts');
    expect(answerAccord(ctx, 'France').alsoMentioned).toEqual([]);
    expect(suggestPartyChoices(ctx.index, 'fran').map((c) => c.value)).not.toContain('France');
    expect(suggestPartyChoices(ctx.index, 'etats')).toContainEqual({
      name: 'États-Unis — sans accord, dans 1 document',
      value: 'États-Unis',
    });
  });
  it('offers documents by title or path', async () => {
    const { suggestDocuments } = await import('../src/answers/suggest.ts');
    expect(suggestDocuments(ctx.index, 'havane').map((s) => s.value)).toEqual([
      '000_d675efb5c39959a3.txt',
    ]);
    expect(suggestDocuments(ctx.index, '004').map((s) => s.value)).toEqual([
      '004_8c4fc2a06532ada3.txt',
    ]);
  });
});
