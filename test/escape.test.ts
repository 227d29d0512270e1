/**
 * Text from a document can never become live Markdown nor ping anyone in Discord: every
 * string of every embed is parsed with a Discord Markdown parser, and nothing the document
 * wrote may come out as a heading, a list, a quote, a link, a mention or formatting.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIEmbed } from 'discord.js';
import { parse } from 'discord-markdown-parser';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerContext } from '../src/answers/context.ts';
import { answerReindexer } from '../src/answers/reindexer.ts';
import { findCommand } from '../src/commands/index.ts';
import { escapeText } from '../src/discord/limits.ts';
import { renderPages } from '../src/discord/render.ts';
import { openIndexer, seedCopy } from './helpers.ts';

interface Node {
  type: string;
  content?: Node[] | string;
}

/** Node types that must never come out of document text. */
const LIVE = new Set([
  'heading',
  'subtext',
  'blockQuote',
  'url',
  'autolink',
  'link',
  'user',
  'role',
  'channel',
  'everyone',
  'here',
  'timestamp',
  'emoji',
  'strong',
  'em',
  'underline',
  'strikethrough',
  'spoiler',
  'inlineCode',
  'codeBlock',
]);
/** A list or quote marker at a line start (the parser knows no lists). */
const BLOCK_MARKER = /^[ \t]*([-*+] |\d+[.)] |>)/m;

function nodes(text: string): Node[] {
  const out: Node[] = [];
  const walk = (list: Node[]) => {
    for (const n of list) {
      out.push(n);
      if (Array.isArray(n.content)) walk(n.content);
    }
  };
  walk(parse(text, 'extended') as Node[]);
  return out;
}

const textOf = (n: Node): string =>
  typeof n.content === 'string' ? n.content : (n.content ?? []).map(textOf).join('');

const HOSTILE = [
  '# Titre',
  '## Sous-titre',
  '-# sous-texte',
  '- élément',
  '* élément',
  '1. premier',
  '> citation',
  '>>> bloc',
  '[lien masqué](https://exemple.org/m)',
  'voir https://exemple.org/a_b_c',
  '**Graisse** *Penché* __Soulignement__ ~~Biffure~~ ||Mystère|| `Monospace`',
  '```bloc de code```',
  '@everyone @here <@123456789012345678> <@!123456789012345678> <@&123456789012345678>',
  '<#123456789012345678> <t:1700000000:R> <:emoji:123456789012345678> </accord:123456789012345678>',
];

describe('escapeText', () => {
  it.each(HOSTILE)('%s stays plain text', (s) => {
    const escaped = escapeText(s);
    expect(nodes(escaped).filter((n) => LIVE.has(n.type))).toEqual([]);
    expect(escaped).not.toMatch(BLOCK_MARKER);
  });
  it('any mix of Markdown and mentions stays plain text', () => {
    const piece = fc.constantFrom(
      ...HOSTILE,
      ' ',
      '\n',
      'texte',
      '_',
      '*',
      '|',
      '~',
      '`',
      '>',
      '#',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const escaped = escapeText(parts.join(''));
        expect(nodes(escaped).filter((n) => LIVE.has(n.type))).toEqual([]);
        expect(escaped).not.toMatch(BLOCK_MARKER);
      }),
      { numRuns: 300 },
    );
  });
});

describe('every embed string of every answer about a hostile document', () => {
  const FILE = 'piege.md';
  const TEXT = [
    '# Accord [piégé](https://exemple.org/t) @everyone entre la France et le Japon',
    '',
    '- La France et le Japon ont signé un accord de cybersécurité à Paris, voir https://exemple.org/texte.',
    '',
    '> La France et le Japon ont signé un accord : **Graisse** __Soulignement__ ~~Biffure~~ ||Mystère|| `Monospace` <@123456789012345678> @here <t:1700000000:R>.',
    '',
    '1. Le ministère japonais de la Défense et [le ministère français](https://exemple.org/m) coopèrent.',
  ].join('\n');
  let ctx: AnswerContext;
  beforeAll(async () => {
    const dir = seedCopy();
    ({ ctx } = await openIndexer(dir));
    writeFileSync(join(dir, FILE), TEXT);
  });

  function strings(e: APIEmbed): string[] {
    return [
      e.title ?? '',
      e.description ?? '',
      ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
      e.footer?.text ?? '',
    ];
  }

  function check(pages: APIEmbed[], allowedBold: RegExp): void {
    for (const page of pages) {
      for (const s of strings(page)) {
        for (const n of nodes(s)) {
          // The renderer's own formatting: bold matched words and names, italic titles,
          // file names as code, excerpts quoted (what is inside them is walked too).
          if (['strong', 'em', 'inlineCode', 'blockQuote'].includes(n.type)) {
            if (n.type === 'strong') expect(textOf(n)).toMatch(allowedBold);
            if (n.type === 'inlineCode') expect(textOf(n)).toMatch(/\.(md|txt)$/);
            continue;
          }
          // The renderer's own timestamps (last indexing) are live; the document's are not.
          if (n.type === 'timestamp') {
            expect((n as Node & { timestamp?: string }).timestamp).not.toBe('1700000000');
            continue;
          }
          expect(LIVE.has(n.type), `${n.type} dans ${JSON.stringify(s)}`).toBe(false);
        }
        // Lines may start with the renderer's own quote (`> `) or number (`1. ` in a field name).
        for (const line of s.split('\n'))
          expect(line.replace(/^(> |\d+\. )/, '')).not.toMatch(BLOCK_MARKER);
        for (const word of ['Graisse', 'Soulignement', 'Biffure', 'Mystère', 'Monospace'])
          if (!allowedBold.test(word))
            expect(s).not.toMatch(new RegExp(`(?<!\\\\)[*_~|\`]${word}`));
      }
    }
  }

  async function pagesOf(command: string, args: Record<string, string>): Promise<APIEmbed[]> {
    const c = findCommand(command);
    if (!c) throw new Error(command);
    return renderPages(await c.answer(ctx, args));
  }

  it('/reindexer, /document, /acteurs, /accord, /recherche, /corpus', async () => {
    check(renderPages(await answerReindexer(ctx)), /^$/);
    expect(ctx.index.document(FILE)).toBeDefined();
    check(await pagesOf('document', { id: FILE }), /^$/);
    check(await pagesOf('acteurs', { document: FILE }), /^(France|Japon|.*ministère.*)$/i);
    check(await pagesOf('accord', { partie: 'Japon' }), /^(France|Japon|Paris|japonais|français)$/);
    check(await pagesOf('recherche', { texte: 'accord Japon' }), /^(accord|Japon)$/i);
    check(
      await pagesOf('recherche', { texte: 'Graisse Mystère everyone' }),
      /^(Graisse|Mystère|everyone)$/i,
    );
    check(await pagesOf('corpus', {}), /^$/);
  });
});
