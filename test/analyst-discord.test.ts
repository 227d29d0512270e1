/**
 * End to end, the analysts' commands: the real discord.js client against the fake Discord.
 * Charts and exports arrive as multipart uploads; the PNG decodes to the size the renderer
 * states, the CSV parses and round-trips every field; follows post news after a re-index that
 * adds a matching document, and nothing for another one, and survive a restart.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Client } from 'discord.js';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerExporter } from '../src/answers/exporter.ts';
import type { ExportRecord } from '../src/answers/types.ts';
import { type App, openApp, watchFollows } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { postNews, startBot } from '../src/discord/bot.ts';
import { MESSAGES } from '../src/discord/interactions.ts';
import { memoryLogger } from '../src/logger.ts';
import { CSV_COLUMNS, LIST_SEPARATOR } from '../src/render/csv.ts';
import { NETWORK_SIZE } from '../src/render/network.ts';
import { TIMELINE_SIZE } from '../src/render/timeline.ts';
import {
  CHANNEL_ID,
  FAKE_TOKEN,
  FakeDiscord,
  fakeBotEnv,
  type Recorded,
  type UploadedFile,
} from './fake-discord.ts';
import { seedCopy, tempDir } from './helpers.ts';

interface Embed {
  title: string;
  description?: string;
  fields?: { name: string; value: string }[];
}
interface Data {
  content?: string;
  embeds?: Embed[];
  flags?: number;
  attachments?: { id: string; filename: string; description?: string }[];
}

let fake: FakeDiscord;
let app: App;
let client: Client;
let corpus: string;
let env: ReturnType<typeof fakeBotEnv> & { FOLLOWS_PATH: string };
let unwatch: () => void;
const logger = memoryLogger();

beforeAll(async () => {
  fake = new FakeDiscord();
  await fake.start();
  corpus = seedCopy();
  const dir = tempDir();
  env = {
    ...fakeBotEnv(fake, corpus, join(dir, 'index.json')),
    FOLLOWS_PATH: join(dir, 'suivis.json'),
  };
  app = await openApp(loadConfig(env), logger, { watch: false });
  client = await startBot(app, FAKE_TOKEN, logger);
  // As main.ts does: news of followed parties posted after every re-index.
  unwatch = watchFollows(app, (news) => void postNews(client, news, logger));
});

afterAll(async () => {
  unwatch?.();
  await client?.destroy();
  await fake?.stop();
  await app?.indexer.close();
});

/** The reply of a slow command: deferred, then the original response edited with its file. */
async function editedReply(i: { id: string; token: string }): Promise<Recorded> {
  const ack = await fake.callback(i);
  expect((ack.body as { type: number }).type).toBe(5);
  const edit = await fake.edit(i);
  expect(edit.status).toBe(200);
  return edit;
}

/** What a message request carries: an interaction callback's `data`, or the body itself. */
const dataOf = (r: Recorded) =>
  (r.path.endsWith('/callback') ? (r.body as { data: Data }).data : r.body) as Data;

function onlyFile(r: Recorded): UploadedFile {
  expect(r.files).toHaveLength(1);
  return r.files?.[0] as UploadedFile;
}

describe('/chronologie', () => {
  it('replies with the agreements in date order and the chart as a PNG upload of the stated size', async () => {
    const edit = await editedReply(fake.command('chronologie', {}));
    const file = onlyFile(edit);
    expect(file.name).toBe('chronologie-corpus.png');
    expect(file.contentType).toBe('image/png');
    // The seed agreements fall within two years: counted by month.
    expect(file.description).toBe('Graphique : accords par mois');
    const png = PNG.sync.read(file.data);
    expect({ width: png.width, height: png.height }).toEqual(TIMELINE_SIZE);
    expect(file.data.length).toBeLessThan(300 * 1024);
    const [e] = dataOf(edit).embeds ?? [];
    expect(e?.title).toBe('Chronologie des accords du corpus');
    expect(e?.description).toMatch(
      /^2 accords datés d’octobre 2017 à juillet 2018 · 3 accords sans date\n/,
    );
    const dates = (e?.fields ?? []).map((f) => f.name).filter((n) => n !== 'Sans date');
    expect(dates[0]).toMatch(/\d{4}/);
  });

  it('a party that is not known: a French message and no file', async () => {
    const edit = await editedReply(fake.command('chronologie', { partie: 'Atlantide' }));
    expect(edit.files ?? []).toEqual([]);
    expect(dataOf(edit).embeds?.[0]?.description).toContain(
      'Aucun pays ni organisation connu ne s’appelle « Atlantide ».',
    );
  });
});

describe('/reseau', () => {
  it('a party’s neighbourhood: the picture, and its links in words', async () => {
    const edit = await editedReply(fake.command('reseau', { partie: 'russie' }));
    const file = onlyFile(edit);
    expect(file.name).toBe('reseau-russie.png');
    const png = PNG.sync.read(file.data);
    expect({ width: png.width, height: png.height }).toEqual(NETWORK_SIZE);
    expect(file.data.length).toBeLessThan(300 * 1024);
    const [e] = dataOf(edit).embeds ?? [];
    expect(e?.title).toBe('Réseau des accords autour de la Russie');
    expect(e?.description).toContain('• Russie — Iran : 1 accord');
    expect(e?.description).toContain('• Russie — Indonésie : 1 accord');
  });
});

describe('/exporter', () => {
  it('CSV: a spreadsheet file that parses and gives back every field of every agreement', async () => {
    const edit = await editedReply(fake.command('exporter', {}));
    const file = onlyFile(edit);
    expect(file.name).toBe('accords-corpus.csv');
    // UTF-8 with a byte-order mark, so that spreadsheets read the accents.
    expect([...file.data.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(file.data, { bom: true, delimiter: ';', columns: true }) as Record<
      string,
      string
    >[];
    const expected = answerExporter(app.context, {}).records;
    expect(rows.length).toBe(expected.length);
    expect(rows.length).toBeGreaterThan(3);
    const back = (row: Record<string, string>): ExportRecord => {
      const r = {} as Record<string, unknown>;
      for (const { key, header } of CSV_COLUMNS) {
        const v = row[header] ?? '';
        if (key === 'parties' || key === 'signatories') r[key] = v ? v.split(LIST_SEPARATOR) : [];
        else if (key === 'paragraph') r[key] = Number(v);
        else if (key === 'dateCertain') r[key] = v === '' ? null : v === 'oui';
        else r[key] = v === '' && key !== 'excerpt' && key !== 'title' ? null : v;
      }
      return r as unknown as ExportRecord;
    };
    expect(rows.map(back)).toEqual(expected);
    expect(dataOf(edit).embeds?.[0]?.description).toContain(
      `${expected.length} accords exportés (CSV pour tableur`,
    );
  });

  it('JSON: the same records', async () => {
    const edit = await editedReply(fake.command('exporter', { partie: 'russie', format: 'json' }));
    const file = onlyFile(edit);
    expect(file.name).toBe('accords-russie.json');
    const json = JSON.parse(file.data.toString('utf8')) as { total: number; records: unknown[] };
    expect(json.records).toEqual(answerExporter(app.context, { partie: 'russie' }).records);
    expect(json.total).toBe(3);
  });
});

describe('follows', () => {
  const channelPosts = (since: number) =>
    fake.requests
      .slice(since)
      .filter((r) => r.method === 'POST' && r.path === `/channels/${CHANNEL_ID}/messages`);

  it('/suivre, then a re-index that adds a matching document posts it, cited, with its link', async () => {
    const reply = dataOf(await fake.callback(fake.command('suivre', { partie: 'russie' })));
    expect(reply.embeds?.[0]?.description).toMatch(/^Ce salon suit désormais la Russie/);
    const list = dataOf(await fake.callback(fake.command('suivis')));
    expect(list.embeds?.[0]?.description).toMatch(/• Russie \(suivie depuis le /);

    const since = fake.requests.length;
    writeFileSync(
      join(corpus, '010_russie_vietnam.md'),
      [
        '---',
        'title: Moscou et Hanoï signent un accord de cybersécurité',
        'source: https://exemple.org/actualites/russie-vietnam_(2024)',
        '---',
        'La Russie et le Vietnam ont signé le 5 mars 2024 à Hanoï un accord de coopération en matière de sécurité de l’information.',
        '',
      ].join('\n'),
    );
    const report = await app.indexer.run();
    expect(report.added).toEqual(['010_russie_vietnam.md']);
    const post = await fake.waitFor(
      (r) => r.method === 'POST' && r.path === `/channels/${CHANNEL_ID}/messages`,
      since,
    );
    expect(post.status).toBe(200);
    const [e] = dataOf(post).embeds ?? [];
    expect(e?.title).toBe('Nouvel accord impliquant la Russie');
    expect(e?.fields?.[0]?.value).toContain('accord de coopération (signé) — Russie, Vietnam');
    expect(e?.fields?.[0]?.value).toContain('`010_russie_vietnam.md` · § 1');
    // The source as a link whose address cannot end the Markdown early.
    expect(e?.fields?.[0]?.value).toContain(
      '[source](https://exemple.org/actualites/russie-vietnam_%282024%29)',
    );
    expect((post.body as { allowed_mentions?: unknown }).allowed_mentions).toEqual({ parse: [] });
    expect(channelPosts(since)).toHaveLength(1);
  });

  it('a document with no followed party posts nothing; an unchanged agreement is not posted again', async () => {
    const since = fake.requests.length;
    writeFileSync(
      join(corpus, '011_japon_canada.md'),
      'Le Japon et le Canada ont signé le 2 avril 2024 à Ottawa un accord de coopération en matière de cybersécurité.\n',
    );
    // The Russian document rewritten, its agreement the same.
    writeFileSync(
      join(corpus, '010_russie_vietnam.md'),
      'La Russie et le Vietnam ont signé le 5 mars 2024 à Hanoï un accord de coopération en matière de sécurité de l’information.\n\nUn second paragraphe.\n',
    );
    const report = await app.indexer.run();
    expect(report.added).toEqual(['011_japon_canada.md']);
    expect(report.updated).toEqual(['010_russie_vietnam.md']);
    // A command answered after the run: any post would have been sent before it.
    await fake.callback(fake.command('suivis'));
    await new Promise((r) => setTimeout(r, 200));
    expect(channelPosts(since)).toEqual([]);
  });

  it('follows survive a restart', async () => {
    const again = await openApp(
      loadConfig({ ...env, INDEX_PATH: join(tempDir(), 'i.json') }),
      logger,
      {
        watch: false,
      },
    );
    try {
      expect(again.follows.inChannel(CHANNEL_ID).map((f) => f.name)).toEqual(['Russie']);
    } finally {
      await again.indexer.close();
    }
  });

  it('/nepassuivre stops it; a member who cannot post, or a bot that cannot, is told why', async () => {
    const off = dataOf(await fake.callback(fake.command('nepassuivre', { partie: 'Russie' })));
    expect(off.embeds?.[0]?.description).toBe('Ce salon ne suit plus la Russie.');
    // VIEW_CHANNEL only (1 << 10): no SEND_MESSAGES.
    const member = dataOf(
      await fake.callback(fake.command('suivre', { partie: 'iran' }, {}, { permissions: '1024' })),
    );
    expect(member.content).toBe(MESSAGES.cannotPost);
    expect(member.flags).toBe(64);
    const bot = dataOf(
      await fake.callback(
        fake.command('suivre', { partie: 'iran' }, {}, { appPermissions: '1024' }),
      ),
    );
    expect(bot.content).toBe(MESSAGES.botCannotPost);
    const dm = dataOf(await fake.callback(fake.command('suivis', {}, {}, { dm: true })));
    expect(dm.content).toBe(MESSAGES.guildOnly);
    expect(app.follows.inChannel(CHANNEL_ID)).toEqual([]);
  });

  afterAll(() => {
    rmSync(join(corpus, '010_russie_vietnam.md'), { force: true });
    rmSync(join(corpus, '011_japon_canada.md'), { force: true });
  });
});

describe('« Chercher dans les accords » (right-click on a message)', () => {
  it('searches the corpus for the message’s text and answers privately', async () => {
    const i = fake.messageCommand('Chercher dans les accords', {
      content: 'Tu as vu <@500000000000000005> ce qui se passe avec Rostec ? https://exemple.org',
    });
    const cb = await fake.callback(i);
    const reply =
      (cb.body as { type: number }).type === 5 ? dataOf(await fake.edit(i)) : dataOf(cb);
    if ((cb.body as { type: number }).type === 5)
      expect((cb.body as { data?: { flags?: number } }).data?.flags).toBe(64);
    else expect(reply.flags).toBe(64);
    const [e] = reply.embeds ?? [];
    // The mention and the link are no words to search.
    expect(e?.title).toMatch(/^Recherche « Tu as vu ce qui se passe avec Rostec \? » : /);
    expect(e?.fields?.[0]?.value).toContain('**Rostec**');
  });

  it('a message without text says so', async () => {
    const i = fake.messageCommand('Chercher dans les accords', { content: '' });
    const cb = await fake.callback(i);
    const reply =
      (cb.body as { type: number }).type === 5 ? dataOf(await fake.edit(i)) : dataOf(cb);
    expect(reply.embeds?.[0]?.description).toBe('Ce message ne contient pas de texte à chercher.');
  });
});
