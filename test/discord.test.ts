/** End to end: the real discord.js client, logged in against a fake Discord on 127.0.0.1. */
import { execFile, spawn } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Client } from 'discord.js';
import MiniSearch from 'minisearch';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { App } from '../src/app.ts';
import { openApp } from '../src/app.ts';
import { COMMANDS } from '../src/commands/index.ts';
import { loadConfig } from '../src/config.ts';
import { announce, startBot } from '../src/discord/bot.ts';
import { commandsJSON } from '../src/discord/commands.ts';
import { registerCommands } from '../src/discord/deploy.ts';
import { MESSAGES } from '../src/discord/interactions.ts';
import {
  CorpusIndex,
  MINISEARCH_OPTIONS,
  type Passage,
  passageId,
} from '../src/index/corpus-index.ts';
import { memoryLogger } from '../src/logger.ts';
import {
  ACK_DEADLINE_MS,
  APP_ID,
  CHANNEL_ID,
  FakeDiscord,
  GUILD_ID,
  TEAMMATE_ID,
} from './fake-discord.ts';
import { EXTRA, ROOT, seedCopy, tempDir } from './helpers.ts';

const TOKEN = 'MTAw.fake.token-for-tests';
const runProcess = promisify(execFile);
/** The environment without any Discord setting of the machine. */
const cleanEnv = () =>
  Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('DISCORD_')));
interface Embed {
  title: string;
  description?: string;
  fields?: { name: string; value: string }[];
  footer?: { text: string };
}
interface Body {
  type: number;
  data: {
    content?: string;
    embeds?: Embed[];
    flags?: number;
    components?: { components: { custom_id: string; disabled?: boolean; label: string }[] }[];
    allowed_mentions?: { parse: string[]; users: string[] };
    choices?: { name: string; value: string }[];
  };
}

let fake: FakeDiscord;
let app: App;
let client: Client;
let corpus: string;
const logger = memoryLogger();

beforeAll(async () => {
  fake = new FakeDiscord();
  await fake.start();
  corpus = seedCopy();
  const config = loadConfig({
    DISCORD_TOKEN: TOKEN,
    DISCORD_APPLICATION_ID: APP_ID,
    DISCORD_GUILD_ID: GUILD_ID,
    DISCORD_API_URL: fake.apiUrl,
    CORPUS_DIR: corpus,
    INDEX_PATH: join(tempDir(), 'index.json'),
  });
  app = await openApp(config, logger);
  client = await startBot(app, TOKEN, logger);
});

afterAll(async () => {
  await client?.destroy(); // the client first, then the fake (see the notes)
  await fake?.stop();
});

const body = (r: { body: unknown }) => r.body as Body;

describe('slash commands', () => {
  it('/accord russie: a public reply with the three agreements, cited, no mention allowed', async () => {
    const i = fake.command('accord', { partie: 'russie' });
    const b = body(await fake.callback(i));
    expect(b.type).toBe(4);
    expect(b.data.flags ?? 0).toBe(0);
    const [e] = b.data.embeds ?? [];
    expect(e?.title).toBe('Accords impliquant la Russie : 3');
    expect(e?.fields).toHaveLength(3);
    expect(e?.fields?.[0]?.name).toMatch(
      /^1\. accord intergouvernemental \(signé\) — Russie, Indonésie/,
    );
    expect(e?.fields?.[0]?.value).toContain('`002_7bacfd5d60cb52ed.txt` · § 1');
    expect(e?.fields?.[0]?.value).toContain('**Russie**');
    expect(b.data.allowed_mentions).toEqual({ parse: [], users: [] });
  });

  it('prive:true answers ephemerally', async () => {
    const b = body(await fake.callback(fake.command('accord', { partie: 'uit', prive: true })));
    expect(b.type).toBe(4);
    expect(b.data.flags).toBe(64);
    expect(b.data.embeds?.[0]?.fields?.[0]?.name).toMatch(
      /déclaration commune \(signé\) — UIT, Global Cyber Alliance/,
    );
  });
  it('/acteurs type:pays lists the countries', async () => {
    const b = body(await fake.callback(fake.command('acteurs', { type: 'pays' })));
    const e = b.data.embeds?.[0];
    expect(e?.title).toMatch(/^Acteurs \(pays\)/);
    expect(e?.description).toContain('**Russie**');
  });

  it('/acteurs, /recherche, /document, /corpus answer with embeds', async () => {
    const acteurs = body(await fake.callback(fake.command('acteurs', { type: 'personne' })));
    expect(acteurs.data.embeds?.[0]?.description).toContain(
      "**Houlin Zhao** (personne) — Secrétaire général de l'UIT",
    );
    const recherche = body(
      await fake.callback(fake.command('recherche', { texte: 'cryptographie' })),
    );
    expect(recherche.data.embeds?.[0]?.fields?.[0]?.value).toContain('**cryptographie**');
    const doc = body(
      await fake.callback(fake.command('document', { id: '003_16694e5c39f50f83.txt' })),
    );
    expect(doc.data.embeds?.[0]?.fields?.find((f) => f.name === 'Accords')?.value).toBe(
      'financement — Comores, Banque mondiale (§ 2)',
    );
    const corpusBody = body(await fake.callback(fake.command('corpus')));
    expect(corpusBody.data.embeds?.[0]?.fields?.[0]?.value).toBe('5 (52 paragraphes)');
  });

  it('/aide says what each command does, with examples, from the command list', async () => {
    const e = body(await fake.callback(fake.command('aide'))).data.embeds?.[0];
    expect(e?.title).toBe('Aide — les commandes d’Accords');
    expect(e?.fields?.map((f) => f.name)).toEqual(COMMANDS.map((c) => `/${c.name}`));
    const accord = e?.fields?.[0]?.value ?? '';
    expect(accord).toContain('Accords impliquant un pays ou une organisation');
    expect(accord).toContain('`/accord partie:Russie`');
    expect(e?.description).toContain('`pour`');
  });

  it('/reindexer is deferred, then edited with what changed', async () => {
    writeFileSync(
      join(corpus, 'nouveau.txt'),
      'Accord franco-japonais\n\nLa France et le Japon ont signé un accord de cybersécurité.\n',
    );
    const since = fake.requests.length;
    const i = fake.command('reindexer');
    expect(body(await fake.callback(i, since)).type).toBe(5);
    const edit = body(await fake.edit(i, since)) as unknown as Body['data'];
    expect(edit.embeds?.[0]?.fields?.[0]).toEqual({
      name: 'Ajoutés',
      value: '• Accord franco-japonais',
    });
  });
});

describe('what Discord enforces', () => {
  it('the fake refuses a callback that comes after the 3-second deadline', async () => {
    const since = fake.requests.length;
    const i = fake.command('corpus');
    fake.advance(ACK_DEADLINE_MS + 100); // as if Discord sent it 3.1 s ago
    const r = await fake.callback(i, since);
    expect(r.status).toBe(404);
    expect((r.body as Body).type).toBe(4);
    await vi.waitFor(() =>
      expect(logger.lines.some((l) => l.includes(`Échec de l’interaction ${i.id}`))).toBe(true),
    );
  });

  it('first /recherche while the search index loads: deferred at once, answered once loaded, one load for all', async () => {
    const docs = [...app.indexer.index.documents()];
    let loads = 0;
    let finish!: () => void;
    const loaded = new Promise<void>((resolve) => {
      finish = resolve;
    });
    const build = () => {
      loads++;
      fake.advance(4000); // a large index takes seconds to load
      const ms = new MiniSearch<Passage>(MINISEARCH_OPTIONS);
      for (const d of docs)
        ms.addAll(d.paragraphs.map((text, p) => ({ id: passageId(d.id, p), text })));
      return ms;
    };
    const slow = new CorpusIndex({
      load: build,
      loadAsync: async () => {
        await loaded;
        return build();
      },
    });
    slow.restore(docs);
    const served = app.indexer.index;
    app.indexer.index = slow;
    try {
      const since = fake.requests.length;
      const a = fake.command('recherche', { texte: 'cryptographie' });
      const b = fake.command('recherche', { texte: 'cybersécurité' }, { pour: TEAMMATE_ID });
      for (const i of [a, b]) {
        const cb = await fake.callback(i, since);
        expect(cb.status).toBe(204);
        expect(body(cb).type).toBe(5);
      }
      finish();
      const edit = (await fake.edit(a, since)).body as Body['data'];
      expect(JSON.stringify(edit.embeds)).toContain('**cryptographie**');
      await fake.edit(b, since);
      expect(loads).toBe(1);
      // The deferred answer for a teammate pings them in a follow-up message.
      const ping = (await fake.followUp(b, since)).body as Body['data'];
      expect(ping.content).toBe(`<@${TEAMMATE_ID}>, voici la réponse à /recherche ci-dessus.`);
    } finally {
      app.indexer.index = served;
    }
  });

  it('pour:@membre pings that teammate, and only them, in the reply itself', async () => {
    const since = fake.notifications.length;
    const b = body(
      await fake.callback(fake.command('accord', { partie: 'uit' }, { pour: TEAMMATE_ID })),
    );
    expect(b.type).toBe(4);
    expect(b.data.content).toBe(`<@${TEAMMATE_ID}>, voici la réponse à /accord ci-dessous.`);
    expect(b.data.allowed_mentions).toEqual({ parse: [], users: [TEAMMATE_ID] });
    expect(fake.notified(since)).toEqual([TEAMMATE_ID]);
  });

  it('pour:@membre after a deferral: the edit notifies nobody, a follow-up pings the teammate', async () => {
    const since = fake.requests.length;
    const notes = fake.notifications.length;
    const i = fake.command('reindexer', {}, { pour: TEAMMATE_ID });
    expect(body(await fake.callback(i, since)).type).toBe(5);
    await fake.edit(i, since);
    await fake.followUp(i, since);
    expect(fake.notifications.slice(notes)).toEqual([
      { user: TEAMMATE_ID, message: expect.any(String), via: 'suivi' },
    ]);
  });

  it('prive with pour is refused in French: a teammate cannot see a private answer', async () => {
    const since = fake.notifications.length;
    const b = body(
      await fake.callback(
        fake.command('accord', { partie: 'uit', prive: true }, { pour: TEAMMATE_ID }),
      ),
    );
    expect(b.data.flags).toBe(64);
    expect(b.data.content).toBe(MESSAGES.privateFor);
    expect(b.data.embeds ?? []).toEqual([]);
    expect(fake.notified(since)).toEqual([]);
  });
});

describe('/reindexer permission', () => {
  it('is registered for servers only, for members who manage the server', () => {
    const json = commandsJSON().find((c) => c.name === 'reindexer');
    expect(json?.contexts).toEqual([0]);
    expect(json?.default_member_permissions).toBe('32');
  });
  it.each([
    ['a member without « Gérer le serveur »', { permissions: '0' }],
    ['a direct message', { dm: true }],
  ])('is refused, privately and in French, to %s', async (_who, from) => {
    const b = body(await fake.callback(fake.command('reindexer', {}, {}, from)));
    expect(b.type).toBe(4);
    expect(b.data.flags).toBe(64);
    expect(b.data.content).toBe(MESSAGES.forbidden);
  });
  it('runs for a member with « Gérer le serveur » only', async () => {
    const b = body(await fake.callback(fake.command('reindexer', {}, {}, { permissions: '32' })));
    expect(b.type).toBe(5);
  });
});

describe('autocomplete', () => {
  it('an empty /accord offers the parties with the most agreements, with their count', async () => {
    const b = body(await fake.callback(fake.autocomplete('accord', 'partie', '')));
    expect(b.data.choices?.[0]).toEqual({ name: 'Russie — 3 accords', value: 'Russie' });
  });
  it('typing "rus" offers Russie', async () => {
    const b = body(await fake.callback(fake.autocomplete('accord', 'partie', 'rus')));
    expect(b.type).toBe(8);
    expect(b.data.choices?.[0]).toEqual({ name: 'Russie — 3 accords', value: 'Russie' });
    expect(b.data.choices?.length).toBeLessThanOrEqual(25);
  });
  it('documents are offered by title, with their id as value', async () => {
    const b = body(await fake.callback(fake.autocomplete('document', 'id', 'comores')));
    expect(b.data.choices?.[0]?.value).toBe('003_16694e5c39f50f83.txt');
  });
});

describe('paging', () => {
  beforeAll(async () => {
    for (const f of readdirSync(EXTRA)) cpSync(join(EXTRA, f), join(corpus, f));
    await app.indexer.run();
  });

  /** Every page of an answer, clicking ▶ until it is disabled. */
  async function allPages(i: { id: string; token: string }): Promise<Embed[]> {
    let b = body(await fake.callback(i));
    const pages = [b.data.embeds?.[0] as Embed];
    for (;;) {
      const next = b.data.components?.[0]?.components[1];
      if (!next || next.disabled) return pages;
      b = body(await fake.callback(fake.button(next.custom_id)));
      expect(b.type).toBe(7);
      pages.push(b.data.embeds?.[0] as Embed);
    }
  }

  it('◀ ▶ page through /acteurs: each page as full as Discord allows, the count said is what the pages hold', async () => {
    const pages = await allPages(fake.command('acteurs'));
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((e, n) => {
      expect(e.footer?.text).toBe(`Page ${n + 1}/${pages.length}`);
    });
    const lines = pages.flatMap((e) => (e.description ?? '').split('\n'));
    expect(lines).toHaveLength(Number(pages[0]?.title.match(/^Acteurs : (\d+)$/)?.[1]));
    expect((pages[0]?.description ?? '').length).toBeGreaterThan(3800);
  });

  it('/recherche pages through the passages it counts, grouped by document, each title once', async () => {
    const pages = await allPages(fake.command('recherche', { texte: 'accord' }));
    const said = pages[0]?.title.match(/: (\d+) passages dans (\d+) documents$/);
    const fields = pages.flatMap((e) => e.fields ?? []);
    expect(fields).toHaveLength(Number(said?.[2]));
    const passages = fields.flatMap((f) => f.value.split('\n').filter((l) => l.startsWith('§ ')));
    expect(passages).toHaveLength(Number(said?.[1]));
    // One field per document: its title as the name, its file once, then a line per passage.
    expect(new Set(fields.map((f) => f.value.split('\n')[0])).size).toBe(fields.length);
    for (const f of fields) expect(f.value.split('\n')[0]).toMatch(/^`[^`]+\.txt`$/);
  });

  it('a button whose answer is gone says it has expired, privately', async () => {
    const b = body(await fake.callback(fake.button('pg|1|~disparu')));
    expect(b.type).toBe(4);
    expect(b.data.flags).toBe(64);
    expect(b.data.content).toBe(MESSAGES.expired);
  });
});

describe('errors', () => {
  it('an unknown command is answered, never left spinning', async () => {
    const b = body(await fake.callback(fake.command('inexistante')));
    expect(b.data.content).toBe(MESSAGES.unknown);
    expect(b.data.flags).toBe(64);
  });
  it('a handler that throws gives a short French message and logs the error', async () => {
    const original = app.context.index.top;
    app.context.index.top = () => {
      throw new Error('panne injectée');
    };
    try {
      const b = body(await fake.callback(fake.command('recherche', { texte: 'accord' })));
      expect(b.data.content).toBe(MESSAGES.failure);
      expect(b.data.flags).toBe(64);
      expect(logger.lines.some((l) => l.includes('Échec de l’interaction'))).toBe(true);
    } finally {
      app.context.index.top = original;
    }
  });
});

describe('registration and announcements', () => {
  it('npm run deploy registers the command list to the guild', async () => {
    const since = fake.requests.length;
    const r = await registerCommands(app.config);
    expect(r.count).toBe(commandsJSON().length);
    const put = await fake.waitFor((x) => x.method === 'PUT', since);
    expect(put.path).toBe(`/applications/${APP_ID}/guilds/${GUILD_ID}/commands`);
    expect(put.auth).toBe(`Bot ${TOKEN}`);
    expect(put.body).toEqual(JSON.parse(JSON.stringify(commandsJSON())));
    const names = (put.body as { name: string }[]).map((c) => c.name);
    expect(names).toEqual([
      'accord',
      'chronologie',
      'reseau',
      'exporter',
      'acteurs',
      'recherche',
      'document',
      'suivre',
      'suivis',
      'nepassuivre',
      'corpus',
      'reindexer',
      'ajouter',
      'aide',
      'Chercher dans les accords',
    ]);
    // The message command is one (type 3: right-click on a message → Apps).
    expect((put.body as { name: string; type: number }[]).at(-1)?.type).toBe(3);
  });
  it('npm run deploy works from a folder whose path has a space', async () => {
    const dir = join(tempDir(), 'mon bot');
    mkdirSync(dir);
    cpSync(join(ROOT, 'src'), join(dir, 'src'), { recursive: true });
    cpSync(join(ROOT, 'package.json'), join(dir, 'package.json'));
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
    const since = fake.requests.length;
    const r = await runProcess(
      join(ROOT, 'node_modules/.bin/tsx'),
      [join(dir, 'src/discord/deploy.ts')],
      {
        cwd: dir,
        env: {
          ...cleanEnv(),
          DISCORD_TOKEN: TOKEN,
          DISCORD_APPLICATION_ID: APP_ID,
          DISCORD_GUILD_ID: GUILD_ID,
          DISCORD_API_URL: fake.apiUrl,
        },
      },
    );
    expect(r.stdout).toBe(
      `${commandsJSON().length} commandes enregistrées pour le serveur ${GUILD_ID}.\n`,
    );
    expect(fake.requests.slice(since).some((x) => x.method === 'PUT')).toBe(true);
  });
  it('posts the titles of new documents in the announce channel, with no mention', async () => {
    const since = fake.requests.length;
    const notes = fake.notifications.length;
    writeFileSync(
      join(corpus, 'autre.txt'),
      'Partenariat @everyone\n\nLe Brésil et le Chili ont signé un accord.\n',
    );
    const report = await app.indexer.run();
    expect(report.added).toEqual(['autre.txt']);
    await announce(client, CHANNEL_ID, report, app, logger);
    const post = await fake.waitFor(
      (x) => x.method === 'POST' && x.path === `/channels/${CHANNEL_ID}/messages`,
      since,
    );
    expect(fake.notified(notes)).toEqual([]);
    const b = post.body as { content: string; allowed_mentions: { parse: string[] } };
    expect(b.content).toContain('Un nouveau document dans le corpus :');
    expect(b.content).toContain('Partenariat @\u200beveryone');
    expect(b.allowed_mentions.parse).toEqual([]);
  });
});

describe('npm start with a token', () => {
  /** The child's stderr as it comes, and a way to wait for a line. */
  function collect(child: ReturnType<typeof spawn>) {
    const out = {
      stderr: '',
      until: (text: string) =>
        new Promise<void>((resolve) => {
          const check = () => {
            if (out.stderr.includes(text)) {
              child.stderr?.off('data', check);
              resolve();
            }
          };
          child.stderr?.on('data', check);
          check();
        }),
    };
    child.stderr?.on('data', (d) => {
      out.stderr += d;
    });
    return out;
  }

  function start(env: Record<string, string>) {
    return spawn(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'src/main.ts')], {
      cwd: ROOT,
      env: {
        ...cleanEnv(),
        CORPUS_DIR: seedCopy(),
        INDEX_PATH: join(tempDir(), 'index.json'),
        ...env,
      },
    });
  }

  it('connects, then stops cleanly on SIGTERM (exit 0), never logging the token', async () => {
    const child = start({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiUrl });
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    const connected = new Promise<void>((resolve) =>
      child.stderr.on('data', () => {
        if (stderr.includes('Connecté à Discord')) resolve();
      }),
    );
    await connected;
    child.kill('SIGTERM');
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(stderr).toContain('Arrêt demandé');
    expect(stderr).not.toContain(TOKEN);
  });

  it('a stop asked while connecting is a clean stop too (exit 0)', async () => {
    const release = fake.hold((path) => path === '/gateway/bot');
    try {
      const child = start({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiUrl });
      const out = collect(child);
      await out.until('Corpus chargé');
      await fake.waitFor((r) => r.path === '/gateway/bot', fake.requests.length);
      child.kill('SIGTERM');
      const code = await new Promise((resolve) => child.on('close', resolve));
      expect(out.stderr).toContain('Arrêt demandé pendant la connexion.');
      expect(code).toBe(0);
    } finally {
      release();
    }
  });

  it('an error thrown inside discord.js is logged with its stack; the bot keeps answering', async () => {
    const child = start({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiUrl });
    const out = collect(child);
    await out.until('Connecté à Discord');
    // An interaction without the fields discord.js needs makes its socket handler throw.
    fake.rawDispatch('INTERACTION_CREATE', {
      id: '1',
      type: 2,
      data: { id: '2', name: 'accord', type: 1 },
    });
    // discord.js's event emitter turns it into a rejected promise that nobody handles.
    await out.until('Promesse rejetée non gérée');
    expect(out.stderr).toMatch(/Promesse rejetée non gérée \(.+\)\n\s+at new BaseInteraction/);
    const b = body(await fake.callback(fake.command('corpus')));
    expect(b.data.embeds?.[0]?.title).toBe('État du corpus');
    child.kill('SIGTERM');
    expect(await new Promise((resolve) => child.on('close', resolve))).toBe(0);
  });

  it('a malformed setting stops the start with one French line naming it', async () => {
    const child = start({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: 'pas une url' });
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([
      'Configuration invalide : DISCORD_API_URL n’est pas une URL valide (reçu « pas une url »).',
    ]);
  });
});
