/** Curator headers checked by a schema: a wrong field is reported (field, line) and left out. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerAccord } from '../src/answers/accord.ts';
import { answerActeurs } from '../src/answers/acteurs.ts';
import { answerCorpus } from '../src/answers/corpus.ts';
import { renderText } from '../src/cli/render.ts';
import { readFrontMatter } from '../src/corpus/front-matter.ts';
import { embedLength, LIMITS } from '../src/discord/limits.ts';
import { renderPages } from '../src/discord/render.ts';
import { openIndexer, seedCopy } from './helpers.ts';

const BODY = 'La France et le Japon ont signé un accord de coopération en cybersécurité à Tokyo.\n';

describe('readFrontMatter', () => {
  it('drops a null actor and reports it with its line, keeping the others', () => {
    const { meta, problems } = readFrontMatter('titre: Note\nacteurs: [~, Jean Dupont]', 2);
    expect(meta).toEqual({ title: 'Note', acteurs: [{ nom: 'Jean Dupont' }] });
    expect(problems).toEqual([
      {
        field: 'acteurs[1]',
        line: 3,
        message: 'attendu : un nom ou { nom, type, role }, reçu une valeur vide',
      },
    ]);
  });

  it('drops an actor whose name is a number; drops only the role when the role is one', () => {
    const yaml = [
      'acteurs:',
      '  - nom: 42',
      '    type: personne',
      '  - nom: Jean Dupont',
      '    type: personne',
      '    role: 42',
      '  - nom: ANSSI',
      '    type: agence',
    ].join('\n');
    const { meta, problems } = readFrontMatter(yaml, 2);
    expect(meta.acteurs).toEqual([{ nom: 'Jean Dupont', type: 'personne' }, { nom: 'ANSSI' }]);
    expect(problems.map((p) => [p.field, p.line])).toEqual([
      ['acteurs[1].nom', 3],
      ['acteurs[2].role', 7],
      ['acteurs[3].type', 9],
    ]);
    expect(problems[1]?.message).toBe(
      'attendu : du texte, reçu un nombre (mettez-le entre guillemets)',
    );
    expect(problems[2]?.message).toBe('attendu : pays, organisation ou personne');
  });

  it('refuses parties given as key: value pairs instead of inventing « [object Object] »', () => {
    const { meta, problems } = readFrontMatter('type: accord\nparties: {a: 1}', 2);
    expect(meta).toEqual({ type: 'accord' });
    expect(problems).toEqual([
      {
        field: 'parties',
        line: 3,
        message: 'attendu : une liste de noms, reçu des paires clé: valeur',
      },
    ]);
  });

  it('accepts what the README documents, and empty keys as absent', () => {
    const { meta, problems } = readFrontMatter(
      'titre: T\ndate: 2024-03-01\nsource:\nparties: France, Japon\nacteurs:\n  - Jean Dupont\n  - name: ANSSI\n    type: organisation',
      2,
    );
    expect(problems).toEqual([]);
    expect(meta).toEqual({
      title: 'T',
      date: '2024-03-01',
      parties: ['France', 'Japon'],
      acteurs: [{ nom: 'Jean Dupont' }, { nom: 'ANSSI', type: 'organisation' }],
    });
  });

  it('a header that is not YAML stays an error naming its line', () => {
    expect(() => readFrontMatter('titre: [oups', 2)).toThrow(
      /^en-tête YAML invalide \(ligne \d+\)$/,
    );
  });
});

describe('one bad header affects nothing else', () => {
  it('indexes every file, reports each wrong field in /corpus, and /acteurs still answers', async () => {
    const dir = seedCopy();
    writeFileSync(join(dir, 'nul.md'), `---\nacteurs: [~]\n---\n${BODY}`);
    writeFileSync(join(dir, 'nom.md'), `---\nacteurs:\n  - nom: 42\n---\n${BODY}`);
    writeFileSync(
      join(dir, 'role.md'),
      `---\nacteurs:\n  - nom: Jean Dupont\n    type: personne\n    role: 42\n---\n${BODY}`,
    );
    writeFileSync(join(dir, 'parties.md'), `---\nparties: {a: 1}\n---\n${BODY}`);
    writeFileSync(join(dir, 'bon.txt'), `Bon\n\n${BODY}`);
    const { ctx, report } = await openIndexer(dir);
    expect(report.error).toBeUndefined();
    expect(report.skipped).toEqual([]);
    expect(ctx.index.size).toBe(10);
    const corpus = answerCorpus(ctx);
    expect(corpus.warnings).toEqual([
      {
        id: 'nom.md',
        reason:
          'en-tête : champ « acteurs[1].nom » ignoré (ligne 3) : attendu : du texte, reçu un nombre (mettez-le entre guillemets)',
      },
      {
        id: 'nul.md',
        reason:
          'en-tête : champ « acteurs[1] » ignoré (ligne 2) : attendu : un nom ou { nom, type, role }, reçu une valeur vide',
      },
      {
        id: 'parties.md',
        reason:
          'en-tête : champ « parties » ignoré (ligne 2) : attendu : une liste de noms, reçu des paires clé: valeur',
      },
      {
        id: 'role.md',
        reason:
          'en-tête : champ « acteurs[1].role » ignoré (ligne 5) : attendu : du texte, reçu un nombre (mettez-le entre guillemets)',
      },
    ]);
    expect(renderText(corpus)).toContain(
      'Fichiers indexés avec des champs d’en-tête ignorés : 4\n- nom.md : en-tête : champ « acteurs[1].nom » ignoré (ligne 3)',
    );
    const people = answerActeurs(ctx, { type: 'personne' });
    expect(people.actors.find((a) => a.name === 'Jean Dupont')?.roles).toEqual([]);
    const france = answerAccord(ctx, 'france').results.map((r) => r.document);
    expect(france).toContain('bon.txt');
    for (const r of answerAccord(ctx, 'japon').results)
      expect(r.parties).not.toContain('[object Object]');
  });

  it('the warnings survive a restart from the snapshot', async () => {
    const { tempDir } = await import('./helpers.ts');
    const dir = seedCopy();
    const snapshotPath = join(tempDir(), 'index.json');
    writeFileSync(join(dir, 'nul.md'), `---\nacteurs: [~]\n---\n${BODY}`);
    await (await openIndexer(dir, { snapshotPath })).indexer.close();
    const again = await openIndexer(dir, { snapshotPath });
    expect(again.report.added).toEqual([]);
    expect(answerCorpus(again.ctx).warnings.map((w) => w.id)).toEqual(['nul.md']);
  });
});

describe('/corpus in Discord with many header warnings and alerts', () => {
  it('stays within Discord limits and mentions no one', async () => {
    const dir = seedCopy();
    for (let i = 0; i < 60; i++)
      writeFileSync(
        join(dir, `@everyone-${i}.md`),
        `---\nacteurs:\n  - nom: Jean\n    role: ${i}\n  - ~\n---\n${BODY}`,
      );
    const { ctx } = await openIndexer(dir);
    ctx.status.saveError = 'disque plein <@123456789012345678>';
    const pages = renderPages(answerCorpus(ctx));
    for (const e of pages) {
      expect(embedLength(e)).toBeLessThanOrEqual(LIMITS.embedsTotal);
      expect((e.description ?? '').length).toBeLessThanOrEqual(LIMITS.embedDescription);
      for (const f of e.fields ?? []) expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
      // Outside code spans (where Discord renders no mention), nothing can ping.
      expect(JSON.stringify(e).replace(/`[^`]*`/g, '')).not.toMatch(/<@\d|@everyone/);
    }
  });
});
