import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument, splitParagraphs } from '../src/corpus/document.ts';
import { decodeDocument, listCorpus } from '../src/corpus/files.ts';
import { openIndexer, tempDir } from './helpers.ts';

describe('documents', () => {
  it('keeps titles short: a long first sentence is cut at a word, with an ellipsis', async () => {
    const { MAX_TITLE } = await import('../src/corpus/document.ts');
    const lead =
      'La Russie et l’Indonésie ont signé un accord intergouvernemental de coopération dans le domaine de la sécurité internationale de l’information, a indiqué le service de presse.';
    const title = parseDocument('a.txt', `${lead}\nSuite du texte.`, 10).title;
    expect(title).toBe(
      'La Russie et l’Indonésie ont signé un accord intergouvernemental de coopération…',
    );
    expect(title.length).toBeLessThanOrEqual(MAX_TITLE);
    const long = `---\ntitre: ${'Un titre de curateur bien trop long '.repeat(5)}\n---\nTexte.`;
    const curated = parseDocument('b.md', long, 10).title;
    expect(curated.length).toBeLessThanOrEqual(MAX_TITLE);
    expect(curated).toMatch(/^Un titre de curateur bien trop long Un titre .*\S…$/);
    expect(parseDocument('c.md', '# Un titre court\n\nTexte.', 10).title).toBe('Un titre court');
  });
  it('takes the title from the front matter (title or titre), else the first line', () => {
    expect(parseDocument('a.md', '---\ntitre: Mon titre\n---\nTexte.', 10).title).toBe('Mon titre');
    expect(parseDocument('a.txt', '\n\nPremière ligne\n\nSuite.', 10).title).toBe('Première ligne');
  });
  it('splits paragraphs on blank lines, and on lines when the text has one paragraph per line', () => {
    expect(splitParagraphs('Un.\n\nDeux.')).toEqual(['Un.', 'Deux.']);
    expect(splitParagraphs('Phrase un.\nPhrase deux.')).toEqual(['Phrase un.', 'Phrase deux.']);
    expect(splitParagraphs('une ligne coupée\nau milieu de la phrase.')).toEqual([
      'une ligne coupée au milieu de la phrase.',
    ]);
  });
  it('reports empty, binary and non-UTF-8 files with a reason', async () => {
    expect(await decodeDocument('a.txt', Buffer.from(''))).toEqual({
      ok: false,
      reason: 'fichier vide',
    });
    expect(await decodeDocument('a.txt', Buffer.from('  \n\n '))).toEqual({
      ok: false,
      reason: 'fichier vide',
    });
    expect(
      await decodeDocument('a.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01])),
    ).toEqual({
      ok: false,
      reason: 'fichier binaire',
    });
    expect(await decodeDocument('a.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9]))).toEqual({
      ok: false,
      reason: 'encodage non UTF-8',
    });
  });
  it('rejects a header that is not YAML, with its line', async () => {
    const r = await decodeDocument('a.md', Buffer.from('---\ntitre: [oups\n---\nTexte.'));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(/^en-tête YAML invalide/);
  });
});

describe('the corpus folder', () => {
  it('reads .txt and .md recursively, skips hidden files and links leading outside', async () => {
    const dir = tempDir();
    const outside = tempDir();
    writeFileSync(join(outside, 'secret.txt'), 'Hors corpus.');
    mkdirSync(join(dir, 'sous'));
    writeFileSync(join(dir, 'a.txt'), 'A.');
    writeFileSync(join(dir, 'sous', 'b.md'), 'B.');
    writeFileSync(join(dir, '.cache.txt'), 'caché');
    writeFileSync(join(dir, 'image.png'), 'x');
    symlinkSync(join(outside, 'secret.txt'), join(dir, 'lien.txt'));
    const { files, skipped } = await listCorpus(dir);
    expect(files.map((f) => f.id)).toEqual(['a.txt', 'sous/b.md']);
    expect(skipped).toEqual([
      { id: 'lien.txt', reason: 'lien vers un fichier hors du dossier du corpus' },
    ]);
  });

  it('indexes the good files and reports each bad one, one bad file never stopping the others', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'bon.txt'),
      'Accord\n\nLa France et le Japon ont signé un accord de cybersécurité à Tokyo.',
    );
    writeFileSync(join(dir, 'vide.txt'), '');
    writeFileSync(join(dir, 'binaire.txt'), Buffer.from([1, 2, 0, 3]));
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from('coop\xe9ration', 'latin1'));
    writeFileSync(join(dir, 'gros.txt'), 'x'.repeat(2048));
    writeFileSync(join(dir, 'ferme.txt'), 'Secret.');
    chmodSync(join(dir, 'ferme.txt'), 0o000);
    const { ctx, report } = await openIndexer(dir, { maxFileBytes: 1024 });
    // root reads anything: the permission case only applies to other users.
    const asRoot = process.getuid?.() === 0;
    expect(ctx.index.size).toBe(asRoot ? 2 : 1);
    expect(ctx.index.document('bon.txt')).toBeDefined();
    const reasons = Object.fromEntries(report.skipped.map((s) => [s.id, s.reason]));
    expect(reasons['vide.txt']).toBe('fichier vide');
    expect(reasons['binaire.txt']).toBe('fichier binaire');
    expect(reasons['latin1.txt']).toBe('encodage non UTF-8');
    expect(reasons['gros.txt']).toMatch(/^fichier trop volumineux/);
    if (!asRoot) expect(reasons['ferme.txt']).toBe('fichier illisible (permissions)');
    expect(ctx.status.skipped.length).toBe(report.skipped.length);
  });

  it('lets a curator override parties and actors in the front matter', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'note.md'),
      '---\ntitle: Note de synthèse\ndate: 2024-03-01\nsource: Ministère\nparties: [France, Japon]\nacteurs:\n  - nom: Jean Dupont\n    type: personne\n    role: négociateur\n---\nLes deux pays poursuivent leurs échanges sur la cybersécurité.\n',
    );
    const { ctx } = await openIndexer(dir);
    const doc = ctx.index.document('note.md');
    expect(doc?.title).toBe('Note de synthèse');
    expect(doc?.date?.iso).toBe('2024-03-01');
    expect(doc?.agreements[0]?.parties).toEqual(['pays:FR', 'pays:JP']);
    expect(doc?.agreements[0]?.curated).toBe(true);
    expect(doc?.actors.find((a) => a.name === 'Jean Dupont')).toMatchObject({
      type: 'personne',
      roles: ['négociateur'],
    });
  });
});

describe('what a folder holds, read once and right', () => {
  const TEXT = 'Accord\n\nLa France et le Japon ont signé un accord de cybersécurité à Tokyo.\n';

  it('a link to another file of the corpus does not index that document twice', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'archives'));
    writeFileSync(join(dir, 'archives', 'accord.txt'), TEXT);
    symlinkSync(join(dir, 'archives', 'accord.txt'), join(dir, 'dernier.txt'));
    symlinkSync('archives/accord.txt', join(dir, 'relatif.txt'));
    const { ctx, report } = await openIndexer(dir);
    expect([...ctx.index.documents()].map((d) => d.id)).toEqual(['archives/accord.txt']);
    expect(report.skipped.map((s) => [s.id, s.reason])).toEqual([
      [
        'dernier.txt',
        'lien vers « archives/accord.txt », un fichier du corpus : indexé une seule fois, sous son propre nom',
      ],
      [
        'relatif.txt',
        'lien vers « archives/accord.txt », un fichier du corpus : indexé une seule fois, sous son propre nom',
      ],
    ]);
  });

  it('reads UTF-16 files with a byte-order mark, little- and big-endian', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    be[0] = 0xfe;
    be[1] = 0xff;
    for (const buf of [le, be]) {
      const r = await decodeDocument('windows.txt', buf);
      expect(r.ok && r.doc.paragraphs[1]).toBe(
        'La France et le Japon ont signé un accord de cybersécurité à Tokyo.',
      );
    }
    expect(await decodeDocument('a.txt', Buffer.from([0xff, 0xfe, 0x41]))).toEqual({
      ok: false,
      reason: 'UTF-16 invalide',
    });
  });

  it('a file name that is not UTF-8 is reported as such, not as a vanished file', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bon.txt'), TEXT);
    writeFileSync(Buffer.from(`${dir}/caf\xe9.txt`, 'latin1'), TEXT);
    const { ctx, report } = await openIndexer(dir);
    expect(ctx.index.size).toBe(1);
    expect(report.skipped).toEqual([
      { id: 'caf\uFFFD.txt', reason: 'nom de fichier non UTF-8 : renommez-le pour qu’il soit lu' },
    ]);
  });
});
