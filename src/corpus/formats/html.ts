/**
 * Web pages (`.html`, `.htm`): the article only, found by Defuddle (which drops navigation,
 * cookie banners, bylines, share links, « most read » boxes, footers), its blocks as
 * paragraphs. Title: `og:title`, else `<title>` (without the site's name); source: the canonical link
 * (else `og:url`). The page's own encoding is honoured (byte-order mark, `<meta charset>`),
 * else UTF-8, else Windows-1252, as browsers do.
 */
import { Defuddle } from 'defuddle/node';
import { parseHTML } from 'linkedom';
import type { DecodeResult } from '../readers.ts';
import { blocksOf, type DomNode } from './html-blocks.ts';

export const HTML_REASONS = {
  notHtml: 'le contenu n’est pas une page web (HTML)',
  binary: 'fichier binaire',
  noArticle: 'page web sans article lisible',
} as const;

/** The encoding a page declares in its first kilobyte (`<meta charset=…>`), if any. */
function declaredCharset(head: string): string | undefined {
  const m =
    head.match(/<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i) ??
    head.match(/<meta[^>]+content\s*=\s*["'][^"']*charset\s*=\s*([\w-]+)/i);
  return m?.[1]?.toLowerCase();
}

/** The page's text, in the encoding it uses. */
export function decodeHtml(
  bytes: Uint8Array,
): { ok: true; text: string } | { ok: false; reason: string } {
  const buf = Buffer.from(bytes);
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf)
    return { ok: true, text: new TextDecoder('utf-8').decode(buf.subarray(3)) };
  if ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff))
    return {
      ok: true,
      text: new TextDecoder(buf[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(buf.subarray(2)),
    };
  if (buf.includes(0)) return { ok: false, reason: HTML_REASONS.binary };
  const label = declaredCharset(buf.subarray(0, 1024).toString('latin1'));
  if (label && label !== 'utf-8' && label !== 'utf8') {
    try {
      return { ok: true, text: new TextDecoder(label).decode(buf) };
    } catch {
      // An unknown label: read as browsers do without one.
    }
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(buf) };
  } catch {
    return { ok: true, text: new TextDecoder('windows-1252').decode(buf) };
  }
}

/** True when a text is an HTML page (a tag a page starts with, near its start). */
export function looksLikeHtml(text: string): boolean {
  return /<(?:!doctype\s+html|html|head|body|meta|title|article|main|div|p)[\s>]/i.test(
    text.slice(0, 4096),
  );
}

const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** An absolute http(s) address, or undefined. */
function absoluteUrl(href: string | null | undefined, base?: string): string | undefined {
  if (!href?.trim()) return undefined;
  try {
    const url = base ? new URL(href.trim(), base) : new URL(href.trim());
    return /^https?:$/.test(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

export async function readHtml(bytes: Uint8Array): Promise<DecodeResult> {
  const decoded = decodeHtml(bytes);
  if (!decoded.ok) return decoded;
  if (!looksLikeHtml(decoded.text)) return { ok: false, reason: HTML_REASONS.notHtml };
  const { document } = parseHTML(decoded.text);
  const meta = (selector: string, attribute: string) =>
    document.querySelector(selector)?.getAttribute(attribute) ?? undefined;
  const ogUrl = absoluteUrl(meta('meta[property="og:url"]', 'content'));
  const source = absoluteUrl(meta('link[rel~="canonical"]', 'href'), ogUrl) ?? ogUrl;
  const ogTitle = clean(meta('meta[property="og:title"]', 'content'));
  const pageTitle = clean(document.querySelector('title')?.textContent);
  let article: { content: string; title?: string };
  try {
    article = await Defuddle(document as unknown as Parameters<typeof Defuddle>[0], source);
  } catch {
    return { ok: false, reason: HTML_REASONS.noArticle };
  }
  const body = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document
    .body;
  const paragraphs = blocksOf(body as unknown as DomNode).map((b) => b.text);
  // og:title, else <title> as Defuddle cleans it (without the site's name), else as written.
  const title = ogTitle || clean(article.title) || pageTitle;
  if (!paragraphs.some((p) => /\p{L}/u.test(p)))
    return { ok: false, reason: HTML_REASONS.noArticle };
  // The article's heading is the page's title: it opens the text, as a title line does.
  if (title && paragraphs[0] !== title) paragraphs.unshift(title);
  return {
    ok: true,
    document: {
      format: 'html',
      paragraphs,
      ...(title ? { title } : {}),
      ...(source ? { source } : {}),
    },
  };
}
