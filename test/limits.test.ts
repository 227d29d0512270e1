/** Every Discord payload stays within Discord's limits, whatever the query and the corpus. */
import { cpSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIEmbed } from 'discord.js';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { gazetteer } from '../src/analysis/gazetteer.ts';
import type { AnswerContext } from '../src/answers/context.ts';
import type { Answer } from '../src/answers/types.ts';
import { COMMANDS, findCommand } from '../src/commands/index.ts';
import { mention, replyPayload, toChoices } from '../src/discord/interactions.ts';
import { boldExcerpt, embedLength, LIMITS, truncate } from '../src/discord/limits.ts';
import { renderPages } from '../src/discord/render.ts';
import { EXTRA, openIndexer, seedCopy } from './helpers.ts';

let ctx: AnswerContext;

beforeAll(async () => {
  const dir = seedCopy();
  for (const f of readdirSync(EXTRA)) cpSync(join(EXTRA, f), join(dir, f));
  // Hostile text: a huge paragraph, Markdown, mentions, a very long title and file name.
  const long = Array.from(
    { length: 400 },
    (_, i) =>
      `La Russie et @everyone **signent** <@123456789012345678> l'accord n°${i} avec le Japon.`,
  ).join(' ');
  writeFileSync(
    join(dir, `${'x'.repeat(150)}.txt`),
    `${'Titre très long '.repeat(30)}\n\n${long}\n\n${long.slice(0, 5000)}`,
  );
  ({ ctx } = await openIndexer(dir));
});

function assertWithin(command: string, args: Record<string, string>, answer: Answer): void {
  const pages = Math.max(1, 40);
  for (let page = 0; page < pages; page++) {
    const p = replyPayload(answer, command, args, page);
    if (args.pour)
      expect(mention(args.pour, command, page > 0).content.length).toBeLessThanOrEqual(
        LIMITS.content,
      );
    expect(p.embeds.length).toBeLessThanOrEqual(LIMITS.embeds);
    let total = 0;
    for (const e of p.embeds) {
      expect((e.title ?? '').length).toBeLessThanOrEqual(LIMITS.embedTitle);
      expect((e.description ?? '').length).toBeLessThanOrEqual(LIMITS.embedDescription);
      expect((e.fields ?? []).length).toBeLessThanOrEqual(LIMITS.embedFields);
      for (const f of e.fields ?? []) {
        expect(f.name.length).toBeGreaterThan(0);
        expect(f.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
        expect(f.value.length).toBeGreaterThan(0);
        expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
      }
      expect((e.footer?.text ?? '').length).toBeLessThanOrEqual(LIMITS.footer);
      total += embedLength(e as Parameters<typeof embedLength>[0]);
    }
    expect(total).toBeLessThanOrEqual(LIMITS.embedsTotal);
    for (const row of p.components) {
      for (const b of row.components) {
        expect(('label' in b ? (b.label ?? '') : '').length).toBeLessThanOrEqual(
          LIMITS.buttonLabel,
        );
        expect('custom_id' in b ? b.custom_id.length : 0).toBeLessThanOrEqual(LIMITS.customId);
      }
    }
    if (p.components.length === 0 || p.components[0]?.components[1]?.disabled) break;
  }
}

async function check(command: string, args: Record<string, string>): Promise<void> {
  const c = findCommand(command);
  if (!c) throw new Error(command);
  assertWithin(command, args, await c.answer(ctx, args));
}

describe('Discord limits', () => {
  it('accord: every party the corpus and the gazetteer know', async () => {
    const names = new Set([
      ...ctx.index.actors().map((a) => a.name),
      ...gazetteer()
        .all()
        .map((c) => c.name),
    ]);
    for (const name of names) await check('accord', { partie: name });
  });

  it('acteurs: every filter combination, every document', async () => {
    for (const type of ['', 'pays', 'organisation', 'personne']) {
      await check('acteurs', type ? { type } : {});
      for (const d of ctx.index.documents())
        await check('acteurs', { ...(type ? { type } : {}), document: d.id });
    }
  });

  it('document and corpus: every document', async () => {
    for (const d of ctx.index.documents()) await check('document', { id: d.id });
    await check('corpus', {});
  });

  it('recherche and accord: arbitrary text, long options and a teammate mention', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 300 }), fc.boolean(), async (text, mention) => {
        const extra: Record<string, string> = mention ? { pour: '123456789012345678' } : {};
        await check('recherche', { texte: text, ...extra });
        await check('accord', { partie: text, ...extra });
      }),
      { numRuns: 150 },
    );
    for (const word of ['russie', 'accord', 'cybersécurité', 'signent', 'Japon', 'everyone'])
      await check('recherche', { texte: word });
  });

  it('a page holds as many results as fit, and the title counts exactly what the pages hold', async () => {
    const FOOTER_ROOM = 20;
    const check = (
      pages: ReturnType<typeof renderPages>,
      said: number,
      items: (e: APIEmbed) => string[],
    ) => {
      expect(pages.flatMap(items)).toHaveLength(said);
      for (let i = 0; i + 1 < pages.length; i++) {
        const page = pages[i] as APIEmbed;
        const next = pages[i + 1] as APIEmbed;
        // Full: the next page's first result would not have fitted.
        if (page.fields?.length) {
          const first = next.fields?.[0];
          if (!first) throw new Error('page vide');
          const grown = { ...page, fields: [...page.fields, first] };
          expect(
            page.fields.length === LIMITS.embedFields ||
              embedLength(grown as Parameters<typeof embedLength>[0]) + FOOTER_ROOM >
                LIMITS.embedsTotal,
          ).toBe(true);
        } else {
          const line = (next.description ?? '').split('\n').find((l) => l.startsWith('**'));
          expect(`${page.description}\n${line}`.length).toBeGreaterThan(
            Math.min(
              LIMITS.embedDescription,
              LIMITS.embedsTotal - (page.title ?? '').length - FOOTER_ROOM,
            ),
          );
        }
      }
    };
    const number = (title: string | undefined) => Number(title?.match(/: (\d+)/)?.[1] ?? 0);
    let multi = 0;
    for (const name of ctx.index
      .actors()
      .filter((a) => a.type !== 'personne')
      .map((a) => a.name)) {
      const a = await findCommand('accord')?.answer(ctx, { partie: name });
      if (a?.command !== 'accord' || !a.results.length) continue;
      const pages = renderPages(a);
      if (pages.length > 1) multi++;
      check(pages, number(pages[0]?.title), (e) => (e.fields ?? []).map((f) => f.name));
    }
    for (const type of ['', 'pays', 'organisation', 'personne']) {
      const a = await findCommand('acteurs')?.answer(ctx, type ? { type } : {});
      if (!a) throw new Error('acteurs');
      const pages = renderPages(a);
      if (pages.length > 1) multi++;
      check(pages, number(pages[0]?.title), (e) =>
        (e.description ?? '').split('\n').filter((l) => l.startsWith('**')),
      );
    }
    for (const texte of ['accord', 'russie', 'cybersécurité', 'signent Japon', 'sécurité']) {
      const a = await findCommand('recherche')?.answer(ctx, { texte });
      if (!a) throw new Error('recherche');
      const pages = renderPages(a);
      if (pages.length > 1) multi++;
      const said = pages[0]?.title?.match(/: (\d+) passages? dans (\d+) documents?$/);
      check(pages, Number(said?.[1]), (e) =>
        (e.fields ?? []).flatMap((f) => f.value.split('\n').filter((l) => l.startsWith('§ '))),
      );
      expect(pages.flatMap((e) => e.fields ?? [])).toHaveLength(Number(said?.[2]));
    }
    expect(multi).toBeGreaterThan(2);
  });

  it('autocomplete: at most 25 choices, names and values of 1–100 characters', async () => {
    await fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (typed) => {
        for (const c of COMMANDS) {
          for (const o of c.options.filter((x) => x.autocomplete)) {
            const choices = toChoices(c.autocomplete?.(ctx, o.name, typed) ?? []);
            expect(choices.length).toBeLessThanOrEqual(25);
            for (const ch of choices) {
              expect(ch.name.length).toBeGreaterThanOrEqual(1);
              expect(ch.name.length).toBeLessThanOrEqual(100);
              expect(ch.value.length).toBeGreaterThanOrEqual(1);
              expect(ch.value.length).toBeLessThanOrEqual(100);
            }
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('truncation cuts at a boundary with an ellipsis and keeps bold runs whole', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 3000 }), fc.integer({ min: 2, max: 2000 }), (s, max) => {
        expect(truncate(s, max).length).toBeLessThanOrEqual(max);
      }),
    );
    const text =
      'Le mot important est ici. Puis une longue suite de mots sans intérêt particulier.';
    const out = boldExcerpt(text, [[7, 16]], 40);
    expect(out.length).toBeLessThanOrEqual(40);
    expect(out).toContain('**important**');
    expect(out.endsWith('…')).toBe(true);
    expect((out.match(/\*\*/g) ?? []).length % 2).toBe(0);
  });
});
