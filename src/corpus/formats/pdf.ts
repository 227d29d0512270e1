/**
 * PDF: the text layer read by pdf.js (Mozilla's PDF reader, pure JavaScript), laid out into
 * paragraphs by pdf-layout.ts, each with its page. No OCR: a PDF without a text layer (a
 * scan) is refused with that reason, as are encrypted (password), truncated and corrupt files.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { DecodeResult } from '../readers.ts';
import { layoutPages, type PdfItem, type PdfPage } from './pdf-layout.ts';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | undefined;

/** pdf.js, loaded when the first PDF is read (about 0.2 s). */
function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs;
}

/** Folders of pdf.js's data: fonts of the 14 standard PDF fonts, character maps (CJK). */
function dataDir(name: string): string {
  const require = createRequire(import.meta.url);
  return `${join(dirname(require.resolve('pdfjs-dist/package.json')), name)}/`;
}

export const PDF_REASONS = {
  notPdf: 'le contenu n’est pas un PDF (en-tête %PDF absent)',
  truncated: 'PDF tronqué : la fin du fichier manque (fichier incomplet ou copie interrompue)',
  password: 'PDF protégé par un mot de passe : enregistrez-en une copie sans mot de passe',
  corrupt: 'PDF illisible (fichier abîmé)',
  noText:
    'PDF sans texte (document scanné ?) : aucune reconnaissance de caractères (OCR) ; joignez une version avec texte',
} as const;

/** True when the bytes start like a PDF (the header may follow up to 1 KB of junk). */
export function looksLikePdf(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, 1024)).includes('%PDF-');
}

/** A PDF ends with `%%EOF` (within its last kilobyte): without it, the file was cut. */
function looksComplete(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(Math.max(0, bytes.length - 1024))).includes('%%EOF');
}

/** A title in the document's properties, unless it is a tool's placeholder. */
function usableTitle(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const t = raw.replace(/\s+/g, ' ').trim();
  if (t.length < 4) return undefined;
  if (/^(microsoft word|untitled|sans titre|document\s*\d*$|présentation|diapositive)/i.test(t))
    return undefined;
  if (/\.(docx?|odt|pdf|rtf|txt|indd|qxp)$/i.test(t)) return undefined;
  return t;
}

export interface PdfContent {
  paragraphs: string[];
  /** 1-based page of each paragraph. */
  pages: number[];
  pageCount: number;
  title?: string;
}

/** Reads the text of a PDF; every failure is a French reason. */
export async function readPdf(bytes: Uint8Array): Promise<DecodeResult> {
  if (!looksLikePdf(bytes)) return { ok: false, reason: PDF_REASONS.notPdf };
  if (!looksComplete(bytes)) return { ok: false, reason: PDF_REASONS.truncated };
  const lib = await loadPdfJs();
  let doc: Awaited<ReturnType<PdfJs['getDocument']>['promise']> | undefined;
  try {
    doc = await lib.getDocument({
      data: new Uint8Array(bytes), // pdf.js takes ownership of the buffer it is given
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: lib.VerbosityLevel.ERRORS,
      standardFontDataUrl: dataDir('standard_fonts'),
      cMapUrl: dataDir('cmaps'),
      cMapPacked: true,
    }).promise;
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const view = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items: PdfItem[] = [];
      for (const it of content.items) {
        if (!('str' in it)) continue;
        const [a, b, c, d, x, y] = it.transform as number[];
        // Horizontal text only: a rotated watermark or a vertical margin note is no paragraph.
        if (Math.abs(b ?? 0) > 1e-3 || Math.abs(c ?? 0) > 1e-3 || (a ?? 0) <= 0) continue;
        items.push({ str: it.str, x: x ?? 0, y: y ?? 0, w: it.width, size: Math.abs(d ?? 0) });
      }
      pages.push({ width: view.width, height: view.height, items });
      page.cleanup();
    }
    const laid = layoutPages(pages);
    if (!laid.some((p) => /\p{L}/u.test(p.text))) return { ok: false, reason: PDF_REASONS.noText };
    const meta = await doc.getMetadata().catch(() => undefined);
    const title =
      usableTitle(meta?.metadata?.get('dc:title')) ??
      usableTitle((meta?.info as { Title?: unknown } | undefined)?.Title);
    const content: PdfContent = {
      paragraphs: laid.map((p) => p.text),
      pages: laid.map((p) => p.page),
      pageCount: doc.numPages,
      ...(title ? { title } : {}),
    };
    return { ok: true, document: { format: 'pdf', ...content } };
  } catch (err) {
    const name = (err as { name?: string }).name;
    if (name === 'PasswordException') return { ok: false, reason: PDF_REASONS.password };
    return { ok: false, reason: PDF_REASONS.corrupt };
  } finally {
    await doc?.destroy().catch(() => undefined);
  }
}
