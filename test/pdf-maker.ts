/**
 * Writes small PDF files for tests: pages of text placed where a test says (Helvetica,
 * WinAnsi encoding), a page that is only a picture (a scan), and real encryption (the
 * standard security handler, RC4 128 bits, revision 3) with a user and an owner password.
 * Written by hand so that each broken case is exactly what it claims to be.
 */
import { createHash, randomBytes } from 'node:crypto';

export interface Run {
  text: string;
  x: number;
  /** Baseline, from the bottom of the page. */
  y: number;
  size?: number;
}

export interface PageSpec {
  runs?: Run[];
  /** The page is a picture only, as a scanner makes it. */
  image?: boolean;
}

export interface PdfOptions {
  title?: string;
  /** Encrypts the file; an empty user password opens it without asking (owner restrictions only). */
  encrypt?: { user: string; owner: string };
}

const WIDTH = 595;
const HEIGHT = 842;

const CP1252: Record<string, number> = {
  '€': 0x80,
  '‚': 0x82,
  '„': 0x84,
  '…': 0x85,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '•': 0x95,
  '–': 0x96,
  '—': 0x97,
  Œ: 0x8c,
  œ: 0x9c,
  Ÿ: 0x9f,
};

/** A text as WinAnsi bytes, escaped for a PDF string literal. */
function pdfString(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = CP1252[ch] ?? ch.codePointAt(0) ?? 63;
    if (code > 255) throw new Error(`not in WinAnsi: ${ch}`);
    if (ch === '(' || ch === ')' || ch === '\\') out += `\\${ch}`;
    else if (code < 32 || code > 126) out += `\\${code.toString(8).padStart(3, '0')}`;
    else out += ch;
  }
  return `(${out})`;
}

function rc4(key: Buffer, data: Buffer): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + (s[i] as number) + (key[i % key.length] as number)) & 255;
    [s[i], s[j]] = [s[j] as number, s[i] as number];
  }
  const out = Buffer.alloc(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 255;
    j = (j + (s[i] as number)) & 255;
    [s[i], s[j]] = [s[j] as number, s[i] as number];
    out[n] = (data[n] as number) ^ (s[((s[i] as number) + (s[j] as number)) & 255] as number);
  }
  return out;
}

const md5 = (...parts: Buffer[]) => createHash('md5').update(Buffer.concat(parts)).digest();
const PAD = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');
const padded = (pw: string) => Buffer.concat([Buffer.from(pw, 'latin1'), PAD]).subarray(0, 32);
const xorKey = (key: Buffer, i: number) => Buffer.from(key.map((b) => b ^ i));

/** The standard security handler, revision 3, 128-bit key (PDF 1.4, algorithms 2, 3 and 5). */
function securityHandler(user: string, owner: string, id: Buffer) {
  const permissions = -4; // everything allowed
  let ownerKey = md5(padded(owner || user));
  for (let i = 0; i < 50; i++) ownerKey = md5(ownerKey);
  let o = rc4(ownerKey, padded(user));
  for (let i = 1; i <= 19; i++) o = rc4(xorKey(ownerKey, i), o);
  const p = Buffer.alloc(4);
  p.writeInt32LE(permissions);
  let key = md5(padded(user), o, p, id);
  for (let i = 0; i < 50; i++) key = md5(key);
  let u = rc4(key, md5(PAD, id));
  for (let i = 1; i <= 19; i++) u = rc4(xorKey(key, i), u);
  const dict = `<< /Filter /Standard /V 2 /R 3 /Length 128 /P ${permissions} /O <${o.toString('hex')}> /U <${Buffer.concat([u, Buffer.alloc(16)]).toString('hex')}> >>`;
  const objectKey = (num: number) => {
    const n = Buffer.from([num & 255, (num >> 8) & 255, (num >> 16) & 255, 0, 0]);
    return md5(key, n).subarray(0, 16);
  };
  return { dict, encrypt: (num: number, data: Buffer) => rc4(objectKey(num), data) };
}

/** A PDF file of these pages. */
export function makePdf(pages: PageSpec[], options: PdfOptions = {}): Buffer {
  const id = randomBytes(16);
  const security = options.encrypt
    ? securityHandler(options.encrypt.user, options.encrypt.owner, id)
    : undefined;
  const objects: (string | Buffer)[] = [];
  const add = (body: string | Buffer) => objects.push(body) as number;
  const stream = (num: number, data: Buffer, dict = '') => {
    const bytes = security ? security.encrypt(num, data) : data;
    return Buffer.concat([
      Buffer.from(`<< ${dict} /Length ${bytes.length} >>\nstream\n`),
      bytes,
      Buffer.from('\nendstream'),
    ]);
  };
  add('<< /Type /Catalog /Pages 2 0 R >>'); // 1
  add(''); // 2: the page tree, written once the pages are known
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'); // 3
  const image = add(''); // 4: an 8×8 grey picture (a scanned page)
  objects[image - 1] = stream(
    image,
    Buffer.from(Array.from({ length: 64 }, (_, i) => (i * 37) & 255)),
    '/Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray /BitsPerComponent 8',
  );
  const kids: number[] = [];
  for (const page of pages) {
    const ops: string[] = [];
    if (page.image) ops.push(`q ${WIDTH - 100} 0 0 ${HEIGHT - 100} 50 50 cm /Im1 Do Q`);
    for (const r of page.runs ?? [])
      ops.push(`BT /F1 ${r.size ?? 11} Tf ${r.x} ${r.y} Td ${pdfString(r.text)} Tj ET`);
    const content = add('');
    objects[content - 1] = stream(content, Buffer.from(ops.join('\n'), 'latin1'));
    kids.push(
      add(
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${WIDTH} ${HEIGHT}] /Contents ${content} 0 R /Resources << /Font << /F1 3 0 R >> /XObject << /Im1 4 0 R >> >> >>`,
      ),
    );
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  let info: number | undefined;
  if (options.title) {
    const num = objects.length + 1;
    const title = Buffer.from(options.title, 'latin1');
    const value = security ? security.encrypt(num, title) : title;
    info = add(`<< /Title <${value.toString('hex')}> >>`);
  }
  const encrypt = security ? add(security.dict) : undefined;
  const chunks: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let offset = chunks[0]?.length ?? 0;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(offset);
    const bytes = Buffer.concat([
      Buffer.from(`${i + 1} 0 obj\n`),
      typeof body === 'string' ? Buffer.from(body, 'latin1') : body,
      Buffer.from('\nendobj\n'),
    ]);
    chunks.push(bytes);
    offset += bytes.length;
  });
  const xref = [
    'xref',
    `0 ${objects.length + 1}`,
    '0000000000 65535 f ',
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n `),
    'trailer',
    `<< /Size ${objects.length + 1} /Root 1 0 R${info ? ` /Info ${info} 0 R` : ''}${encrypt ? ` /Encrypt ${encrypt} 0 R` : ''} /ID [<${id.toString('hex')}> <${id.toString('hex')}>] >>`,
    'startxref',
    String(offset),
    '%%EOF',
    '',
  ].join('\n');
  chunks.push(Buffer.from(xref, 'latin1'));
  return Buffer.concat(chunks);
}

/**
 * Lines of text laid out as a word processor does: wrapped at `width` characters (about 5.5
 * points each at 11 points), `lead` points apart, a blank line's worth between paragraphs.
 */
export function flow(
  paragraphs: string[],
  options: { x?: number; top?: number; width?: number; lead?: number; size?: number } = {},
): Run[] {
  const { x = 72, top = 760, width = 80, lead = 14, size = 11 } = options;
  const runs: Run[] = [];
  let y = top;
  for (const p of paragraphs) {
    let line = '';
    for (const word of p.split(' ')) {
      if (line && line.length + 1 + word.length > width) {
        runs.push({ text: line, x, y, size });
        y -= lead;
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    if (line) runs.push({ text: line, x, y, size });
    y -= lead * 1.6;
  }
  return runs;
}
