/** Answers as a French analyst reads them, in the console and in Discord. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerContext } from '../src/answers/context.ts';
import { answerDocument } from '../src/answers/document.ts';
import { countryArticle, dateLabel, partyPhrase } from '../src/answers/labels.ts';
import { answerRecherche, PASSAGE_LENGTH } from '../src/answers/recherche.ts';
import type { Answer } from '../src/answers/types.ts';
import { localTime, renderText } from '../src/cli/render.ts';
import { COMMANDS, findCommand } from '../src/commands/index.ts';
import { renderPages } from '../src/discord/render.ts';
import { DATA, openIndexer } from './helpers.ts';

let ctx: AnswerContext;
beforeAll(async () => {
  ({ ctx } = await openIndexer(DATA));
});

async function answer(command: string, args: Record<string, string>): Promise<Answer> {
  const c = findCommand(command);
  if (!c) throw new Error(command);
  return c.answer(ctx, args);
}

/** Everything a user may see of an answer: the console text and every Discord string. */
function shown(a: Answer): string[] {
  return [
    renderText(a),
    ...renderPages(a).flatMap((e) => [
      e.title ?? '',
      e.description ?? '',
      ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
    ]),
  ];
}

describe('/recherche', () => {
  it('a title line is never a passage of its own', () => {
    const a = answerRecherche(ctx, 'Havane');
    expect(a.results.length).toBeGreaterThan(0);
    for (const r of a.results) {
      const doc = ctx.index.document(r.document);
      expect(r.paragraph === 1 && doc?.paragraphs[0] === doc?.title).toBe(false);
    }
  });
  it('passages holding the whole query word rank above those holding it inside a compound', () => {
    const a = answerRecherche(ctx, 'sécurité');
    const whole = a.results.map((r) => /(^|[^\p{L}])sécurité/iu.test(r.excerpt));
    expect(whole).toContain(false); // `cybersécurité` alone
    expect(whole.indexOf(false)).toBeGreaterThan(0);
    // Grouped by document: within each document, whole-word passages first.
    const byDoc = new Map<string, boolean[]>();
    a.results.forEach((r, i) => {
      byDoc.set(r.document, [...(byDoc.get(r.document) ?? []), whole[i] as boolean]);
    });
    for (const list of byDoc.values()) expect(list).toEqual([...list].sort((x, y) => +y - +x));
  });
  it('only the words that matched are bold: `cybersécurité`, not the `sécurité` of « Conseil de sécurité »', () => {
    const a = answerRecherche(ctx, 'cybersécurité');
    const marked = a.results.flatMap((r) => r.highlights.map(([s, e]) => r.excerpt.slice(s, e)));
    expect(new Set(marked.map((w) => w.toLowerCase()))).toEqual(new Set(['cybersécurité']));
    expect(a.results.some((r) => r.excerpt.includes('Conseil de sécurité'))).toBe(true);
  });
  it('one compact line per passage, grouped by document, the title once per document', () => {
    const a = answerRecherche(ctx, 'sécurité');
    for (const r of a.results) expect(r.excerpt.length).toBeLessThanOrEqual(PASSAGE_LENGTH + 20);
    const order = a.results.map((r) => r.document);
    expect(order).toEqual([...new Set(order)].flatMap((d) => order.filter((x) => x === d)));
    const text = renderText(a);
    for (const d of new Set(order)) {
      const title = ctx.index.document(d)?.title ?? '';
      expect(text.split(title).length - 1).toBe(1);
    }
    expect(text).toMatch(/^ {2}§ \d+ : /m);
  });
});

describe('French', () => {
  it.each([
    ['Russie', 'la Russie'],
    ['Iran', 'l’Iran'],
    ['Indonésie', 'l’Indonésie'],
    ['États-Unis', 'les États-Unis'],
    ['Émirats arabes unis', 'les Émirats arabes unis'],
    ['Comores', 'les Comores'],
    ['Cuba', 'Cuba'],
    ['Israël', 'Israël'],
    ['Japon', 'le Japon'],
    ['Mexique', 'le Mexique'],
    ['Royaume-Uni', 'le Royaume-Uni'],
    ["Côte d'Ivoire", "la Côte d'Ivoire"],
    ['Arabie Saoudite', 'l’Arabie Saoudite'],
    ['Hongrie', 'la Hongrie'],
    ['Îles Marshall', 'les Îles Marshall'],
  ])('%s → %s', (name, phrase) => {
    expect(`${countryArticle(name)}${name}`).toBe(phrase);
  });
  it('an organisation is named without a made-up article', () => {
    expect(partyPhrase({ name: 'UIT', type: 'organisation' })).toBe('« UIT »');
  });
  it('dates: in words, the year said to be inferred, never a date without a day nor a doubled one', () => {
    expect(dateLabel({ text: '2018-07', iso: '2018-07', uncertain: false })).toBe('juillet 2018');
    expect(dateLabel({ text: 'le 9 juillet', iso: '2018-07-09', uncertain: false })).toBe(
      '9 juillet 2018',
    );
    expect(dateLabel({ text: 'le 6 octobre', iso: '2017-10-06', uncertain: true })).toBe(
      '6 octobre 2017 (année déduite ; le texte dit « le 6 octobre »)',
    );
    expect(dateLabel({ text: 'vendredi', uncertain: true })).toBe('');
  });
  it('no « (s) » plural, no « date non précisée », no doubled date, anywhere', async () => {
    const answers: Answer[] = [];
    for (const partie of ['russie', 'uit', 'comores', 'france', 'rusie'])
      answers.push(await answer('accord', { partie }));
    for (const type of ['', 'pays', 'organisation', 'personne'])
      answers.push(await answer('acteurs', type ? { type } : {}));
    for (const texte of ['sécurité', 'cryptografie', 'zzzz'])
      answers.push(await answer('recherche', { texte }));
    for (const d of ctx.index.documents()) answers.push(await answer('document', { id: d.id }));
    answers.push(await answer('corpus', {}), await answer('reindexer', {}));
    for (const a of answers) {
      for (const s of shown(a)) {
        expect(s).not.toMatch(/\((s|x)\)/);
        expect(s).not.toContain('non précisée');
        expect(s).not.toMatch(/(\d{4}-\d\d) — « \1 »/);
        expect(s).not.toMatch(/impliquant (Russie|France|Comores)/);
      }
    }
  });
  it('« Cité aussi » only beside results; the documents named by ids /document accepts', async () => {
    const russie = await answer('accord', { partie: 'russie' });
    const usa = await answer('accord', { partie: 'États-Unis' });
    if (russie.command !== 'accord' || usa.command !== 'accord') throw new Error();
    const cli = renderText(usa);
    expect(cli).not.toMatch(/Cité aussi|Autres documents/);
    expect(cli).toContain('Documents qui en parlent, sans accord :\n- 000_d675efb5c39959a3.txt');
    const ids = renderPages(usa)[0]?.description?.match(/`([^`]+)`/g) ?? [];
    expect(ids).toEqual(['`000_d675efb5c39959a3.txt`']);
    for (const id of ids) expect(answerDocument(ctx, id.slice(1, -1)).document).toBeDefined();
    if (russie.alsoMentioned.length)
      expect(renderText(russie)).toContain('Autres documents qui en parlent');
  });
  it('a result shows its title once (heading, excerpt and source together)', async () => {
    const a = await answer('accord', { partie: 'russie' });
    if (a.command !== 'accord') throw new Error();
    const blocks = renderText(a).split(/\n\n/).slice(1);
    a.results.forEach((r, i) => {
      const title = r.title.replace(/…$/, '');
      expect(blocks[i]?.split(title).length).toBe(2);
    });
    for (const f of renderPages(a)[0]?.fields ?? []) {
      const r = a.results.find((x) => f.value.includes(x.document));
      expect(f.value.split(r?.title.replace(/…$/, '') ?? '∅').length).toBeLessThanOrEqual(2);
    }
  });
});

describe('times', () => {
  it('Discord shows the last indexing as a Discord timestamp; the console in local time', async () => {
    const a = await answer('corpus', {});
    if (a.command !== 'corpus' || !a.lastIndexedAt) throw new Error();
    const s = Math.floor(new Date(a.lastIndexedAt).getTime() / 1000);
    const field = renderPages(a)[0]?.fields?.find((f) => f.name === 'Dernière indexation');
    expect(field?.value).toBe(`<t:${s}:f> (<t:${s}:R>)`);
    const tz = process.env.TZ;
    process.env.TZ = 'Europe/Paris';
    try {
      expect(localTime('2026-11-22T19:23:38.116Z')).toBe('22 novembre 2026 à 20:23');
      expect(renderText(a)).toContain(`Dernière indexation : ${localTime(a.lastIndexedAt)}`);
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
  });
});

describe('help', () => {
  it('lists every command of the one list', async () => {
    const text = renderText(await answer('aide', {}));
    for (const c of COMMANDS) expect(text).toContain(`/${c.name}`);
  });
});
