/**
 * PDF, Word and web pages: the real files of eval/corpora/formats (vendored, see its README)
 * read as their published text, broken files made here (a scan, an encrypted PDF, a cut
 * one) skipped with their reason, and every command answering from these documents.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerAccord } from '../src/answers/accord.ts';
import { answerActeurs } from '../src/answers/acteurs.ts';
import { answerCorpus } from '../src/answers/corpus.ts';
import { answerDocument } from '../src/answers/document.ts';
import { answerExporter } from '../src/answers/exporter.ts';
import { answerRecherche } from '../src/answers/recherche.ts';
import { renderText } from '../src/cli/render.ts';
import type { SourceDocument } from '../src/corpus/document.ts';
import { decodeDocument } from '../src/corpus/files.ts';
import { PDF_REASONS } from '../src/corpus/formats/pdf.ts';
import { renderPages } from '../src/discord/render.ts';
import { DATA, openIndexer, ROOT, tempDir } from './helpers.ts';
import { flow, makePdf } from './pdf-maker.ts';

const FORMATS = join(ROOT, 'eval/corpora/formats');
const EVAL = join(ROOT, 'eval/corpora');
const norm = (s: string) => s.replace(/\s+/g, ' ').replace(/[’']/g, "'").trim();

async function read(name: string, bytes: Buffer = readFileSync(join(FORMATS, name))) {
  const r = await decodeDocument(name, bytes);
  if (!r.ok) throw new Error(`${name}: ${r.reason}`);
  return r.doc;
}

async function reason(name: string, bytes: Buffer): Promise<string> {
  const r = await decodeDocument(name, bytes);
  if (r.ok) throw new Error(`${name} was read`);
  return r.reason;
}

/** The paragraphs of `doc` that are not, verbatim, in the text file `txt`. */
function notIn(doc: SourceDocument, txt: string, first = doc.paragraphs.length): string[] {
  const text = norm(readFileSync(join(EVAL, txt), 'utf8'));
  return doc.paragraphs.slice(0, first).filter((p) => !text.includes(norm(p)));
}

describe('the real files', () => {
  it('PDF (the Paris Call as published): the call’s paragraphs rebuilt across lines, each with its page', async () => {
    const doc = await read('appel-de-paris.pdf');
    expect(doc.format).toBe('pdf');
    expect(doc.pageCount).toBe(4);
    expect(doc.pages).toHaveLength(doc.paragraphs.length);
    // The call itself (pages 1–3, 25 paragraphs) is the published text, word for word.
    const signed = doc.paragraphs.indexOf('Paris, le 12 novembre 2018');
    expect(signed).toBe(24);
    expect(
      notIn(
        doc,
        'extra/pariscall_appel-de-paris-pour-la-confiance-et-la-securite-dans-le-cybe.txt',
        25,
      ),
    ).toEqual([]);
    expect(doc.paragraphs[0]).toMatch(/^Le cyberespace joue désormais un rôle capital/);
    expect(doc.pages?.[0]).toBe(1);
    expect(doc.pages?.[signed]).toBe(3);
    expect(doc.pages?.at(-1)).toBe(4);
    // No page number, running header or lone line became a paragraph.
    expect(doc.paragraphs.filter((p) => /^\d+$/.test(p))).toEqual([]);
    expect(doc.paragraphs.every((p) => p.length > 10)).toBe(true);
  });

  it('PDF in English: the same layout read the same way', async () => {
    const doc = await read('paris-call.pdf');
    expect(doc.pageCount).toBe(4);
    expect(doc.paragraphs).toContain('Paris, 12th of November, 2018');
    expect(doc.paragraphs.some((p) => p.includes('Budapest Convention on Cybercrime'))).toBe(true);
  });

  it('web page: the article only, its og:title as title and its canonical link as source', async () => {
    const html = readFileSync(join(FORMATS, 'exercice-naval-mediterranee.html'), 'utf8');
    expect(html).toMatch(/Tout accepter/); // the boilerplate is in the page…
    const doc = await read('exercice-naval-mediterranee.html');
    const all = doc.paragraphs.join('\n');
    for (const junk of ['cookies', 'Tout accepter', 'Accueil', 'Partager', 'plus lus', 'Publié le'])
      expect(all).not.toContain(junk); // …and none of it in the document
    expect(doc.title).toMatch(/^Méditerranée orientale: exercice militaire européen/);
    expect(doc.meta.source).toBe(
      'https://actu.example.org/monde/mediterranee-orientale-exercice-naval',
    );
    expect(doc.format).toBe('html');
    expect(notIn(doc, 'dev-news/news_35240.txt')).toEqual([]);
    expect(doc.paragraphs.length).toBeGreaterThanOrEqual(3);
  });

  it('Word: its heading as title, its paragraphs as written', async () => {
    const doc = await read('partenariat-pininfarina-bosch.docx');
    expect(doc.format).toBe('docx');
    expect(doc.title).toMatch(/^Pininfarina : nouveaux partenariats/);
    expect(doc.paragraphs[0]).toBe(doc.title);
    expect(notIn(doc, 'dev-news/news_4202.txt')).toEqual([]);
    expect(doc.paragraphs.some((p) => p.includes('Bosch Engineering et BENTELER'))).toBe(true);
  });
});

describe('PDF layout, on files made here', () => {
  const header = (page: number) => [
    { text: 'Ministère des Affaires étrangères — Rapport 2020', x: 72, y: 810, size: 9 },
    { text: String(page), x: 295, y: 30, size: 9 },
  ];

  it('joins wrapped lines and words cut by a hyphen, and leaves out running headers and page numbers', async () => {
    const pdf = makePdf(
      [
        {
          runs: [
            { text: 'La Russie et Cuba ont signé un accord de coopé-', x: 72, y: 760 },
            { text: 'ration en matière de sécurité informatique le 3 mars', x: 72, y: 746 },
            { text: '2020 à La Havane.', x: 72, y: 732 },
            ...flow(['Le texte prévoit des échanges réguliers entre les deux pays.'], { top: 700 }),
            ...header(1),
          ],
        },
        {
          runs: [
            ...flow(['La Chine et l’Iran ont signé un protocole sur la cybersécurité.']),
            ...header(2),
          ],
        },
        { runs: [...flow(['Fin du rapport, troisième page.']), ...header(3)] },
      ],
      { title: 'Rapport sur la coopération' },
    );
    const doc = await read('rapport.pdf', pdf);
    expect(doc.paragraphs).toEqual([
      'La Russie et Cuba ont signé un accord de coopération en matière de sécurité informatique le 3 mars 2020 à La Havane.',
      'Le texte prévoit des échanges réguliers entre les deux pays.',
      'La Chine et l’Iran ont signé un protocole sur la cybersécurité.',
      'Fin du rapport, troisième page.',
    ]);
    expect(doc.pages).toEqual([1, 1, 2, 3]);
    expect(doc.title).toBe('Rapport sur la coopération');
  });

  it('skips a scan, an encrypted, a truncated, a corrupt PDF and a file that is no PDF, each with its reason', async () => {
    const text = makePdf([{ runs: flow(['La France et le Japon coopèrent.']) }]);
    expect(await reason('scan.pdf', makePdf([{ image: true }, { image: true }]))).toBe(
      PDF_REASONS.noText,
    );
    expect(
      await reason(
        'secret.pdf',
        makePdf([{ runs: flow(['Texte protégé.']) }], { encrypt: { user: 'x', owner: 'y' } }),
      ),
    ).toBe(PDF_REASONS.password);
    expect(await reason('coupe.pdf', text.subarray(0, Math.floor(text.length * 0.6)))).toBe(
      PDF_REASONS.truncated,
    );
    expect(
      await reason('abime.pdf', Buffer.from('%PDF-1.7\n' + 'x'.repeat(500) + '\n%%EOF\n')),
    ).toBe(PDF_REASONS.corrupt);
    expect(await reason('faux.pdf', Buffer.from('Ceci est un texte.'))).toBe(PDF_REASONS.notPdf);
    // Encrypted with an empty user password (restrictions only): readable, and read.
    const open = makePdf([{ runs: flow(['La France et le Japon coopèrent.']) }], {
      encrypt: { user: '', owner: 'proprietaire' },
    });
    expect((await read('ouvert.pdf', open)).paragraphs).toEqual([
      'La France et le Japon coopèrent.',
    ]);
  });

  it('skips a cut Word file and a web page without an article', async () => {
    const docx = readFileSync(join(FORMATS, 'partenariat-pininfarina-bosch.docx'));
    expect(await reason('coupe.docx', docx.subarray(0, 4000))).toMatch(/^document Word illisible/);
    expect(await reason('note.docx', Buffer.from('pas un document Word'))).toMatch(
      /n’est pas un document Word/,
    );
    expect(
      await reason(
        'vide.html',
        Buffer.from(
          '<!doctype html><html><head><title>x</title></head><body><nav><a href="/">Accueil</a></nav></body></html>',
        ),
      ),
    ).toMatch(/sans article/);
  });
});

describe('commands on PDF, Word and web pages beside the seeds', () => {
  async function corpus() {
    const dir = tempDir();
    cpSync(DATA, dir, { recursive: true });
    for (const f of [
      'appel-de-paris.pdf',
      'exercice-naval-mediterranee.html',
      'partenariat-pininfarina-bosch.docx',
    ])
      cpSync(join(FORMATS, f), join(dir, f));
    writeFileSync(join(dir, 'scan.pdf'), makePdf([{ image: true }]));
    const good = makePdf([{ runs: flow(['Texte protégé par un mot de passe.']) }]);
    writeFileSync(join(dir, 'coupe.pdf'), good.subarray(0, good.length - 200));
    writeFileSync(
      join(dir, 'secret.pdf'),
      makePdf([{ runs: flow(['Texte protégé.']) }], { encrypt: { user: 'x', owner: 'y' } }),
    );
    writeFileSync(join(dir, 'ancien.odt'), 'PK');
    return openIndexer(dir, { workers: 0 });
  }

  it('answers from them as from text, citing the page of a PDF; /corpus lists the skipped files with why', async () => {
    const { ctx, indexer } = await corpus();
    try {
      // /corpus: the good files indexed, each broken one listed with its reason (JSON: skipped[]).
      const c = answerCorpus(ctx);
      expect(c.documents).toBe(8);
      expect(c.skipped).toEqual(
        expect.arrayContaining([
          { id: 'scan.pdf', reason: PDF_REASONS.noText },
          { id: 'coupe.pdf', reason: PDF_REASONS.truncated },
          { id: 'secret.pdf', reason: PDF_REASONS.password },
          {
            id: 'ancien.odt',
            reason: expect.stringMatching(/OpenDocument \(\.odt\) non pris en charge/),
          },
        ]),
      );
      expect(renderText(c)).toContain(`scan.pdf : ${PDF_REASONS.noText}`);

      // /recherche: the PDF's passage, verbatim, with its page and paragraph.
      await ctx.index.ready();
      const r = await answerRecherche(ctx, 'Forum sur la gouvernance de l’Internet à Berlin');
      const hit = r.results.find((x) => x.document === 'appel-de-paris.pdf');
      expect(hit).toMatchObject({ page: 3, paragraph: 24 });
      expect(hit?.excerpt).toContain('Forum sur la gouvernance de l’Internet');
      // Verbatim: a window of the paragraph as read from the PDF.
      const paragraph = (await read('appel-de-paris.pdf')).paragraphs[23] ?? '';
      expect(paragraph).toContain(hit?.excerpt);
      expect(renderText(r)).toContain('p. 3, § 24 :');
      expect(JSON.stringify(renderPages(r))).toContain('p. 3, § 24');

      // /document: a PDF's pages; a web page's source.
      const d = answerDocument(ctx, 'appel-de-paris.pdf');
      expect(d.document).toMatchObject({ format: 'pdf', pages: 4, paragraphs: 32 });
      const dt = renderText(d);
      expect(dt).toContain('Fichier : appel-de-paris.pdf (PDF)');
      expect(dt).toContain('Taille : 4 pages, 32 paragraphes');
      expect(dt).toMatch(/Convention de Budapest \(p\. 2, § 8\)/);
      expect(renderText(answerDocument(ctx, 'exercice-naval-mediterranee.html'))).toContain(
        'Source : https://actu.example.org/monde/mediterranee-orientale-exercice-naval',
      );

      // /accord: the agreement the web page reports, quoted from the article.
      const a = answerAccord(ctx, 'Italie');
      const quad = a.results.find((x) => x.document === 'exercice-naval-mediterranee.html');
      expect(quad?.parties).toEqual(
        expect.arrayContaining(['France', 'Italie', 'Grèce', 'Chypre']),
      );
      expect(quad?.excerpt).toContain("se sont mis d'accord pour déployer une présence commune");

      // /exporter: a PDF's agreement carries its page beside its paragraph.
      const rows = answerExporter(ctx, { statut: 'tous' }).records;
      expect(rows.find((x) => x.instrument === 'Convention de Budapest')).toMatchObject({
        document: 'appel-de-paris.pdf',
        paragraph: 8,
        page: 2,
      });
      expect(rows.find((x) => x.document.endsWith('.html'))?.page).toBeNull();

      // /acteurs: the companies and people of the Word file.
      const who = answerActeurs(ctx, { document: 'partenariat-pininfarina-bosch.docx' });
      expect(who.actors.map((x) => x.name)).toEqual(
        expect.arrayContaining(['Automobili Pininfarina', 'Bosch Engineering', 'BENTELER']),
      );
    } finally {
      await indexer.close();
    }
  });
});
