/**
 * /ajouter end to end: a member attaches a file in Discord (the fake serves its download),
 * the bot checks it, writes it into the corpus and answers at once from it; or refuses it
 * (too big, wrong type, unreadable, no permission) and writes nothing.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Client } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, openApp } from '../src/app.ts';
import { answerLine } from '../src/cli/console.ts';
import { findCommand } from '../src/commands/index.ts';
import { loadConfig } from '../src/config.ts';
import { PDF_REASONS } from '../src/corpus/formats/pdf.ts';
import { startBot } from '../src/discord/bot.ts';
import { commandJSON } from '../src/discord/commands.ts';
import { memoryLogger } from '../src/logger.ts';
import { FAKE_TOKEN, FakeDiscord, fakeBotEnv, type SentFile } from './fake-discord.ts';
import { ROOT, seedCopy, tempDir } from './helpers.ts';
import { makePdf } from './pdf-maker.ts';

const FORMATS = join(ROOT, 'eval/corpora/formats');
const ROLE = '800000000000000008';
const LIMIT = 300_000;

interface Embed {
  title: string;
  description?: string;
  fields?: { name: string; value: string }[];
}
interface Body {
  type: number;
  data: { content?: string; embeds?: Embed[]; flags?: number };
}

let fake: FakeDiscord;
let app: App;
let client: Client;
let corpus: string;

beforeAll(async () => {
  fake = new FakeDiscord();
  await fake.start();
  corpus = seedCopy();
  const config = loadConfig({
    ...fakeBotEnv(fake, corpus, join(tempDir(), 'index.json')),
    MAX_FILE_BYTES: String(LIMIT),
    AJOUT_ROLE_ID: ROLE,
    ANALYSIS_WORKERS: '0',
  });
  fake.guildRoles.push({ id: ROLE, name: 'documentalistes' });
  app = await openApp(config, memoryLogger());
  client = await startBot(app, FAKE_TOKEN, memoryLogger());
});

afterAll(async () => {
  await client?.destroy();
  await fake?.stop();
  await app?.indexer.close();
});

const real = (name: string): SentFile => ({ name, bytes: readFileSync(join(FORMATS, name)) });
const added = () => (existsSync(join(corpus, 'ajouts')) ? readdirSync(join(corpus, 'ajouts')) : []);

/** Runs a slash command with files; the answer as the user sees it (reply or deferred edit). */
async function send(
  name: string,
  files: Record<string, SentFile>,
  options: Record<string, string> = {},
  from = {},
): Promise<{ embed?: Embed; text: string; ephemeral: boolean }> {
  const since = fake.requests.length;
  const i = fake.commandWithFiles(name, files, options, from);
  const cb = (await fake.callback(i, since)).body as Body;
  if (cb.type === 5) {
    const edit = (await fake.edit(i, since)).body as Body['data'];
    const embed = edit.embeds?.[0];
    return { ...(embed ? { embed } : {}), text: JSON.stringify(edit), ephemeral: false };
  }
  const embed = cb.data.embeds?.[0];
  return {
    ...(embed ? { embed } : {}),
    text: cb.data.content ?? JSON.stringify(cb.data),
    ephemeral: ((cb.data.flags ?? 0) & 64) !== 0,
  };
}

async function ask(name: string, options: Record<string, string>): Promise<string> {
  const since = fake.requests.length;
  const i = fake.command(name, options);
  const cb = (await fake.callback(i, since)).body as Body;
  const data = cb.type === 5 ? ((await fake.edit(i, since)).body as Body['data']) : cb.data;
  return JSON.stringify(data);
}

describe('/ajouter from Discord', () => {
  it('adds the attached PDF, says what it found, and the next question is answered from it', async () => {
    const before = fake.downloaded();
    const r = await send('ajouter', { fichier: real('appel-de-paris.pdf') });
    expect(fake.downloaded()).toBe(before + 1);
    expect(r.embed?.title).toMatch(/^Document ajouté : Le cyberespace joue désormais/);
    expect(r.embed?.description).toContain('`ajouts/appel-de-paris.pdf`');
    const field = (n: string) => r.embed?.fields?.find((f) => f.name === n)?.value ?? '';
    expect(field('Fichier')).toBe('`ajouts/appel-de-paris.pdf` (PDF)');
    expect(field('Taille')).toMatch(/^4 pages, 32 paragraphes/);
    expect(field('Accords')).toContain('Convention de Budapest (p. 2, § 8)');
    expect(field('Organisations')).toContain('Nations unies');
    expect(readFileSync(join(corpus, 'ajouts/appel-de-paris.pdf'))).toEqual(
      readFileSync(join(FORMATS, 'appel-de-paris.pdf')),
    );
    // At once: searched and cited with its page, with no re-index in between.
    const found = await ask('recherche', { texte: 'gouvernance de l’Internet à Berlin' });
    expect(found).toContain('ajouts/appel-de-paris.pdf');
    expect(found).toContain('p. 3, § 24');
  });

  it('takes a title and a source given with the file, and never overwrites a file of the same name', async () => {
    const docx = real('partenariat-pininfarina-bosch.docx');
    const r = await send(
      'ajouter',
      { fichier: { ...docx, name: 'appel-de-paris.docx' } },
      { titre: 'Partenariat Pininfarina', source: 'https://example.org/pininfarina' },
    );
    expect(r.embed?.title).toBe('Document ajouté : Partenariat Pininfarina');
    // As /document shows a source: a link named by its site.
    expect(r.embed?.fields?.find((f) => f.name === 'Source')?.value).toBe(
      '[example.org](https://example.org/pininfarina)',
    );
    const again = await send('ajouter', { fichier: { ...docx, name: 'appel-de-paris.docx' } });
    expect(again.embed?.title).toBe('Document refusé');
    expect(again.embed?.description).toContain('ce fichier est déjà dans le corpus');
    // Another file under a taken name gets a name of its own; the first stays as it was.
    const page = real('exercice-naval-mediterranee.html');
    const other = await send('ajouter', { fichier: { ...page, name: 'appel-de-paris.html' } });
    expect(other.embed?.description).toContain('`ajouts/appel-de-paris.html`');
    const third = await send('ajouter', {
      fichier: { name: 'appel-de-paris.html', bytes: Buffer.from(`${page.bytes}<!-- v2 -->`) },
    });
    expect(third.embed?.description).toContain('`ajouts/appel-de-paris-2.html`');
    expect(readFileSync(join(corpus, 'ajouts/appel-de-paris.html'))).toEqual(page.bytes);
    expect(await ask('accord', { partie: 'Chypre' })).toContain('ajouts/appel-de-paris.html');
  });

  it('refuses a file too big, before downloading it or while downloading it', async () => {
    const before = fake.downloaded();
    const big = { name: 'gros.txt', bytes: Buffer.from('Texte. '.repeat(60_000)) };
    const r = await send('ajouter', { fichier: big });
    expect(r.embed?.title).toBe('Document refusé');
    expect(r.embed?.description).toContain('fichier trop volumineux (410,2 Ko, limite 293,0 Ko)');
    expect(fake.downloaded()).toBe(before); // refused on the size Discord announced
    // A size announced wrong: the download stops past the limit.
    const lying = await send('ajouter', { fichier: { ...big, size: 1000 } });
    expect(lying.embed?.description).toMatch(/fichier trop volumineux/);
    expect(added()).not.toContain('gros.txt');
  });

  it('refuses a file whose content is of another type, whatever its name', async () => {
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
      'base64',
    );
    const r = await send('ajouter', { fichier: { name: 'rapport.pdf', bytes: png } });
    expect(r.embed?.description).toContain('type de fichier non pris en charge (image/png, .png)');
    const docx = real('partenariat-pininfarina-bosch.docx');
    const renamed = await send('ajouter', { fichier: { ...docx, name: 'note.pdf' } });
    expect(renamed.embed?.description).toContain(
      'le nom dit .pdf mais le contenu est un document Word',
    );
    const scan = await send('ajouter', {
      fichier: { name: 'scan.pdf', bytes: makePdf([{ image: true }]) },
    });
    expect(scan.embed?.description).toContain(PDF_REASONS.noText);
    expect(added()).not.toEqual(expect.arrayContaining(['rapport.pdf', 'note.pdf', 'scan.pdf']));
  });

  it('is refused to a member without the role or « Gérer le serveur », allowed with the role', async () => {
    const before = fake.downloaded();
    const file = real('paris-call.pdf');
    const r = await send('ajouter', { fichier: file }, {}, { permissions: '0' });
    expect(r.ephemeral).toBe(true);
    expect(r.text).toBe(
      `Cette commande est réservée aux membres qui ont le rôle <@&${ROLE}> ou la permission « Gérer le serveur ».`,
    );
    expect(fake.downloaded()).toBe(before);
    expect(added()).not.toContain('paris-call.pdf');
    const ok = await send('ajouter', { fichier: file }, {}, { permissions: '0', roles: [ROLE] });
    expect(ok.embed?.title).toMatch(/^Document ajouté : Cyberspace now plays/);
    expect(added()).toContain('paris-call.pdf');
  });

  it('is registered with an attachment option, for everyone when a role may add, else for managers', () => {
    const command = findCommand('ajouter');
    if (!command) throw new Error('no /ajouter');
    const open = commandJSON(command, { addRoleId: ROLE });
    expect(open.options?.[0]).toMatchObject({ name: 'fichier', type: 11, required: true });
    expect(open.default_member_permissions).toBeUndefined();
    expect(commandJSON(command).default_member_permissions).toBe('32');
  });
});

describe('/ajouter in the terminal', () => {
  it('adds a file named by its path, and refuses one too big or missing', async () => {
    const dir = tempDir();
    const note = join(dir, 'note de synthèse.md');
    writeFileSync(
      note,
      '# Note de synthèse\n\nLe Japon et le Viêt Nam ont signé un accord de coopération en cybersécurité le 4 mai 2021 à Hanoï.\n',
    );
    const out = await answerLine(app, `/ajouter ${note}`, memoryLogger());
    expect(out).toContain('Document ajouté au corpus : ajouts/note-de-synthèse.md');
    expect(out).toContain('Fichier : ajouts/note-de-synthèse.md');
    expect(await answerLine(app, '/accord Viêt Nam', memoryLogger())).toContain(
      'ajouts/note-de-synthèse.md',
    );
    const big = join(dir, 'gros.txt');
    writeFileSync(big, 'Texte. '.repeat(60_000));
    expect(await answerLine(app, `/ajouter ${big}`, memoryLogger())).toBe(
      'Fichier refusé (gros.txt) : fichier trop volumineux (410,2 Ko, limite 293,0 Ko).',
    );
    expect(await answerLine(app, `/ajouter ${join(dir, 'absent.pdf')}`, memoryLogger())).toBe(
      `/ajouter : fichier introuvable : ${join(dir, 'absent.pdf')}`,
    );
  });
});
