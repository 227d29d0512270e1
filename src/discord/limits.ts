/**
 * Discord's limits, and text helpers that never exceed them: cut at a sentence or word
 * boundary with an ellipsis, and escape corpus text so it cannot break the Markdown or
 * ping anyone.
 */

export const LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  embedsTotal: 6000,
  embeds: 10,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
  buttonLabel: 80,
  customId: 100,
} as const;

const ELLIPSIS = '…';

/** Cuts text to at most `max` characters, at a sentence, else a word, boundary, with an ellipsis. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return text.slice(0, Math.max(0, max));
  const room = text.slice(0, max - 1);
  const sentence = Math.max(room.lastIndexOf('. '), room.lastIndexOf('! '), room.lastIndexOf('? '));
  if (sentence > max * 0.6) return `${room.slice(0, sentence + 1)} ${ELLIPSIS}`.slice(0, max);
  const space = room.lastIndexOf(' ');
  const cut = space > max * 0.5 ? room.slice(0, space) : room;
  return `${cut.trimEnd()}${ELLIPSIS}`;
}

const ZWSP = '\u200b';

/**
 * The one escape for any text that comes from a document (or a user) before it goes into an
 * embed: title, field name, field value, description. Nothing in it can become live
 * Markdown or ping anyone:
 * - every character Discord's Markdown gives a meaning to (`\ * _ ` ~ | [ ] > #`) is
 *   backslash-escaped wherever it is, so no emphasis, code, spoiler, masked link, heading or
 *   quote can form;
 * - list markers (`-`, `+`, `1.`) and subtext (`-#`) at a line start are escaped;
 * - bare links (`https://…`) are broken by an invisible space after the scheme;
 * - mentions (`@everyone`, `@here`, `<@…>`, `<@&…>`, `<#…>`), timestamps (`<t:…>`), emoji
 *   and command mentions (`<:…>`, `</…>`) are broken by an invisible space.
 * Escaping every such character, rather than discord.js's `escapeMarkdown`, which looks for
 * whole constructs, also covers what it misses: a second masked link on a line, runs of
 * backticks, headings and quotes it leaves alone by default.
 */
export function escapeText(text: string): string {
  return text
    .replace(/[\\*_`~|[\]>#]/g, '\\$&')
    .replace(/^([ \t]*)([-+]|\d+\.)(?=[ \t])/gm, (_m, lead: string, marker: string) =>
      marker.endsWith('.') ? `${lead}${marker.slice(0, -1)}\\.` : `${lead}\\${marker}`,
    )
    .replace(/^([ \t]*)-(?=\\#)/gm, '$1\\-')
    .replace(/\b([a-z][a-z0-9+.-]*):\/\//gi, `$1:${ZWSP}//`)
    .replace(/@(everyone|here)/gi, `@${ZWSP}$1`)
    .replace(/<(?=[@#/:]|a:|t:)/gi, `<${ZWSP}`);
}

/**
 * An excerpt with its matched words in bold, escaped, cut to fit `max` characters without
 * cutting inside a bold run.
 */
export function boldExcerpt(
  excerpt: string,
  highlights: readonly [number, number][],
  max: number,
  cut: { before: boolean; after: boolean } = { before: false, after: false },
): string {
  const parts: string[] = [];
  let at = 0;
  for (const [s, e] of highlights) {
    if (s > at) parts.push(escapeText(excerpt.slice(at, s)));
    parts.push(`**${escapeText(excerpt.slice(s, e))}**`);
    at = e;
  }
  if (at < excerpt.length) parts.push(escapeText(excerpt.slice(at)));
  const lead = cut.before ? `${ELLIPSIS} ` : '';
  const tail = cut.after ? ` ${ELLIPSIS}` : '';
  const whole = lead + parts.join('') + tail;
  if (whole.length <= max) return whole;
  // Rebuild from parts until the budget: plain parts may be cut, bold parts are kept whole or dropped.
  let out = lead;
  for (const p of parts) {
    if (out.length + p.length <= max - 2) {
      out += p;
      continue;
    }
    if (!p.startsWith('**')) {
      const room = max - 1 - out.length;
      if (room > 10) out += truncate(p, room).replace(/…$/, '').replace(/\\$/, '');
    }
    break;
  }
  return `${out.trimEnd()}${ELLIPSIS}`.slice(0, max);
}

/** Total characters Discord counts for an embed. */
export function embedLength(e: {
  title?: string;
  description?: string;
  fields?: { name: string; value: string }[];
  footer?: { text: string };
  author?: { name: string };
}): number {
  return (
    (e.title?.length ?? 0) +
    (e.description?.length ?? 0) +
    (e.footer?.text.length ?? 0) +
    (e.author?.name.length ?? 0) +
    (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}
