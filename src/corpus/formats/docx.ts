/**
 * Word (`.docx`): paragraphs and headings read by mammoth (which maps Word's styles to
 * headings, lists, tables), in the document's order. Title: the first heading, else the
 * document's title property (docProps/core.xml), else the first sentence (as for text).
 */
import { unzipSync } from 'fflate';
import { DOMParser, parseHTML } from 'linkedom';
import mammoth from 'mammoth';
import type { DecodeResult } from '../readers.ts';
import { blocksOf, type DomNode } from './html-blocks.ts';

export const DOCX_REASONS = {
  notDocx: 'le contenu n’est pas un document Word .docx',
  oldOrEncrypted:
    'document Word protégé par un mot de passe, ou à l’ancien format .doc : enregistrez-le en .docx sans mot de passe',
  bomb: 'document Word anormal (son contenu décompressé serait démesuré)',
  corrupt: 'document Word illisible (fichier abîmé)',
  empty: 'document Word sans texte',
} as const;

/** Most a .docx may hold once decompressed, and at most this many times its own size. */
const MAX_UNZIPPED = 200 * 1024 * 1024;
const MAX_RATIO = 100;

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
/** An OLE compound file: the old .doc format, or an encrypted Office document. */
const isOle = (b: Uint8Array) => b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;

/** Entries of a zip with their declared sizes, and the core properties' XML (nothing else inflated). */
function inspect(bytes: Uint8Array): { names: Set<string>; unzipped: number; core?: string } {
  const names = new Set<string>();
  let unzipped = 0;
  const files = unzipSync(bytes, {
    filter: (f) => {
      names.add(f.name);
      unzipped += f.originalSize;
      return f.name === 'docProps/core.xml' && f.originalSize < 1024 * 1024;
    },
  });
  const core = files['docProps/core.xml'];
  return { names, unzipped, ...(core ? { core: Buffer.from(core).toString('utf8') } : {}) };
}

function titleProperty(xml: string | undefined): string | undefined {
  if (!xml) return undefined;
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const el = doc.getElementsByTagName('dc:title')[0];
  const t = el?.textContent?.replace(/\s+/g, ' ').trim();
  return t || undefined;
}

export async function readDocx(bytes: Uint8Array): Promise<DecodeResult> {
  if (isOle(bytes)) return { ok: false, reason: DOCX_REASONS.oldOrEncrypted };
  if (!isZip(bytes)) return { ok: false, reason: DOCX_REASONS.notDocx };
  let zip: ReturnType<typeof inspect>;
  try {
    zip = inspect(bytes);
  } catch {
    return { ok: false, reason: DOCX_REASONS.corrupt };
  }
  if (!zip.names.has('word/document.xml')) return { ok: false, reason: DOCX_REASONS.notDocx };
  if (zip.unzipped > MAX_UNZIPPED || zip.unzipped > bytes.length * MAX_RATIO)
    return { ok: false, reason: DOCX_REASONS.bomb };
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes) },
      {
        styleMap: ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"],
        // Pictures are no text: none is decoded into the HTML.
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
      },
    );
    html = result.value;
  } catch {
    return { ok: false, reason: DOCX_REASONS.corrupt };
  }
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const blocks = blocksOf(document.body as unknown as DomNode);
  if (blocks.length === 0) return { ok: false, reason: DOCX_REASONS.empty };
  const title = blocks.find((b) => b.heading > 0)?.text ?? titleProperty(zip.core);
  return {
    ok: true,
    document: {
      format: 'docx',
      paragraphs: blocks.map((b) => b.text),
      ...(title ? { title } : {}),
    },
  };
}
