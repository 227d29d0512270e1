/**
 * The pieces every embed is made of: a title and description within limits, a cited result
 * (details, the quoted excerpt, its source and the source's link), and pages that hold as
 * many fields or lines as Discord accepts.
 */
import type { APIEmbed, APIEmbedField } from 'discord.js';
import { excerptShowsTitle, whereLabel } from '../answers/labels.ts';
import { sourceLink } from '../answers/select.ts';
import type { Citation } from '../answers/types.ts';
import { boldExcerpt, embedLength, escapeText, LIMITS, truncate } from './limits.ts';

const COLOR = 0x2b6cb0;
/** Room kept on every page for its footer (`Page 12/12`). */
const FOOTER_ROOM = 20;

/** A file name as inline code (never Markdown, never a mention). */
export function code(id: string, max: number): string {
  return `\`${truncate(id, max).replace(/`/g, "'")}\``;
}

/** Longest web address shown as a link (a longer one would crowd out the excerpt). */
const MAX_LINK = 300;

/**
 * A document's source as Markdown: a web address as a masked link `[source](https://…)` (the
 * link text is ours, the address parsed and its parentheses encoded, so nothing from the
 * document can change the Markdown), a name as escaped text, nothing when there is none.
 */
export function sourceMarkdown(source: string | undefined, showHost = false): string {
  if (!source) return '';
  const link = sourceLink(source);
  if (link) {
    const href = link.replace(/\(/g, '%28').replace(/\)/g, '%29');
    const text = showHost ? escapeText(new URL(link).hostname) : 'source';
    return href.length <= MAX_LINK ? `[${text}](${href})` : '';
  }
  return escapeText(truncate(source.trim(), 80));
}

/**
 * `— *Titre* · `fichier` · § 3 · [source](https://…)`, the title left out when the excerpt
 * already shows it.
 */
export function sourceLine(c: Citation): string {
  const title = excerptShowsTitle(c) ? '' : `*${escapeText(truncate(c.title, 180))}* · `;
  const source = sourceMarkdown(c.source);
  return `— ${title}${code(c.document, 120)} · ${whereLabel(c)}${source ? ` · ${source}` : ''}`;
}

/** A field value: details, the quoted excerpt cut to fit, then the source (never cut). */
export function citedValue(c: Citation, details: string[]): string {
  const source = sourceLine(c);
  const head = details
    .filter(Boolean)
    .map((d) => truncate(d, 250))
    .join('\n');
  const room = LIMITS.fieldValue - source.length - head.length - 6;
  const quote = `> ${boldExcerpt(c.excerpt, c.highlights, Math.max(40, room), c.cut)}`;
  return truncate([head, quote, source].filter(Boolean).join('\n'), LIMITS.fieldValue);
}

export function base(title: string, description?: string): APIEmbed {
  const e: APIEmbed = { color: COLOR, title: truncate(title, LIMITS.embedTitle) };
  if (description) e.description = truncate(description, LIMITS.embedDescription);
  return e;
}

/** Pages of fields: each takes as many as fit (25 fields, 6,000 characters with its footer). */
export function fieldPages(head: APIEmbed, fields: APIEmbedField[]): APIEmbed[] {
  const pages: APIEmbed[] = [];
  let page: APIEmbedField[] = [];
  const size = (list: APIEmbedField[]) => embedLength({ ...head, fields: list }) + FOOTER_ROOM;
  for (const f of fields) {
    if (
      page.length &&
      (page.length >= LIMITS.embedFields || size([...page, f]) > LIMITS.embedsTotal)
    ) {
      pages.push({ ...head, fields: page });
      page = [];
    }
    page.push(f);
  }
  pages.push(page.length ? { ...head, fields: page } : { ...head });
  return pages;
}

/** Pages of description lines: each takes as many as fit (4,096 characters). */
export function linePages(head: APIEmbed, intro: string[], lines: string[]): APIEmbed[] {
  const room = Math.min(
    LIMITS.embedDescription,
    LIMITS.embedsTotal - embedLength(head) - FOOTER_ROOM,
  );
  const pages: APIEmbed[] = [];
  let page = [...intro];
  let fresh = true;
  for (const line of lines) {
    if (!fresh && [...page, line].join('\n').length > room) {
      pages.push(base(head.title ?? '', page.join('\n')));
      page = [...intro];
      fresh = true;
    }
    page.push(truncate(line, room));
    fresh = false;
  }
  pages.push(base(head.title ?? '', page.join('\n')));
  return pages;
}
