/** Buttons can be forged: a button never runs what its clicker may not run, nor mentions anyone. */
import { join } from 'node:path';
import type { Client } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, openApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { startBot } from '../src/discord/bot.ts';
import { MESSAGES } from '../src/discord/interactions.ts';
import { memoryLogger } from '../src/logger.ts';
import { FAKE_TOKEN, FakeDiscord, fakeBotEnv, TEAMMATE_ID } from './fake-discord.ts';
import { seedCopy, tempDir } from './helpers.ts';

/** A member without « Gérer le serveur ». */
const MEMBER = { permissions: '0' };
interface Body {
  type: number;
  data: {
    content?: string;
    flags?: number;
    allowed_mentions?: { parse: string[]; users: string[] };
    components?: { components: { custom_id: string }[] }[];
  };
}

let fake: FakeDiscord;
let app: App;
let client: Client;
let reindexRuns = 0;

beforeAll(async () => {
  fake = new FakeDiscord();
  await fake.start();
  const config = loadConfig(fakeBotEnv(fake, seedCopy(), join(tempDir(), 'index.json')));
  const logger = memoryLogger();
  app = await openApp(config, logger, { watch: false });
  const run = app.indexer.run.bind(app.indexer);
  app.indexer.run = (o) => {
    reindexRuns++;
    return run(o);
  };
  client = await startBot(app, FAKE_TOKEN, logger);
});

afterAll(async () => {
  await client?.destroy();
  await fake?.stop();
  await app?.indexer.close();
});

const body = async (i: { id: string; token: string }) => (await fake.callback(i)).body as Body;

describe('permissions on every path that runs a command', () => {
  it.each([
    ['a forged button', () => fake.button('pg|0|reindexer|{}', MEMBER)],
    [
      'the slash command, whatever the server settings let through',
      () => fake.command('reindexer', {}, {}, MEMBER),
    ],
  ])('%s cannot run /reindexer for a member who may not', async (_, send) => {
    const before = reindexRuns;
    const b = await body(send());
    expect(b.type).toBe(4);
    expect(b.data.flags).toBe(64);
    expect(b.data.content).toBe(MESSAGES.forbidden);
    expect(reindexRuns).toBe(before);
  });

  it('a member who may manage the server still can', async () => {
    const before = reindexRuns;
    const i = fake.command('reindexer');
    expect((await body(i)).type).toBe(5);
    await fake.edit(i);
    expect(reindexRuns).toBe(before + 1);
  });
});

describe('mentions never come from a button', () => {
  it('a forged « pour » in a button id pings nobody', async () => {
    const b = await body(fake.button(`pg|1|acteurs|{"pour":"${TEAMMATE_ID}"}`, MEMBER));
    expect(b.type).toBe(7);
    expect(b.data.content).toBeUndefined();
    expect(b.data.allowed_mentions).toEqual({ parse: [], users: [] });
  });
});
