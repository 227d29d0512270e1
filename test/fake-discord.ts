/**
 * A small fake Discord on 127.0.0.1: REST (gateway discovery, interaction callbacks,
 * webhook edits and follow-ups, command registration, channel messages) and a gateway that
 * sends READY, GUILD_CREATE and the interactions a test asks for. The real discord.js client
 * talks to it.
 *
 * It enforces what Discord enforces:
 * - an interaction must be acknowledged (reply, deferral, update, choices) within 3 seconds
 *   of being sent, once: a later or second callback is refused (10062, 40060), and nothing
 *   can be edited or followed up before the acknowledgement;
 * - message limits (content, embeds, fields, choices, custom ids): a payload over them is
 *   refused (50035, Invalid Form Body);
 * - who a mention notifies: only a message *created* (a reply, a follow-up, a channel
 *   message), not ephemeral, and only users its `allowed_mentions` let through. An edit (of
 *   a deferred reply, or by a button's update) notifies nobody, as in Discord.
 *
 * Its clock can be moved forward (`advance`) to stand for time a slow bot spends, so the
 * deadline is tested without waiting.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

export const APP_ID = '100000000000000001';
export const GUILD_ID = '200000000000000002';
export const CHANNEL_ID = '300000000000000003';
export const BOT_ID = '400000000000000004';
export const USER_ID = '500000000000000005';
export const TEAMMATE_ID = '600000000000000006';

export interface Recorded {
  method: string;
  path: string;
  body: unknown;
  /** Files uploaded with the request (multipart/form-data), see `parseMultipartUpload`. */
  files?: UploadedFile[];
  /** The status the fake answered with. */
  status: number;
  auth?: string;
}

/** A user (or `everyone`) notified by a message the bot created. */
export interface Notification {
  user: string;
  message: string;
  via: 'réponse' | 'suivi' | 'salon';
}

/** Who sends an interaction: a member with these permissions (default: administrator), or a DM. */
export interface Sender {
  permissions?: string;
  /** The bot's own permissions in the channel (default: administrator). */
  appPermissions?: string;
  dm?: boolean;
  /** Role ids the member has. */
  roles?: string[];
}

/** A file a member attaches to a command (served by the fake at the URL Discord gives). */
export interface SentFile {
  name: string;
  bytes: Buffer;
  contentType?: string;
  /** The size Discord announces (default: the bytes' length). */
  size?: number;
}

interface PendingInteraction {
  token: string;
  createdAt: number;
  acknowledged: boolean;
  refused: boolean;
}

/** Discord's acknowledgement deadline. */
export const ACK_DEADLINE_MS = 3000;

const UNKNOWN_INTERACTION: [number, unknown] = [
  404,
  { message: 'Unknown interaction', code: 10062 },
];
const ALREADY_ACKNOWLEDGED: [number, unknown] = [
  400,
  { message: 'Interaction has already been acknowledged.', code: 40060 },
];
const UNKNOWN_WEBHOOK: [number, unknown] = [404, { message: 'Unknown Webhook', code: 10015 }];
const invalidForm = (why: string): [number, unknown] => [
  400,
  { message: 'Invalid Form Body', code: 50035, errors: why },
];

interface EmbedBody {
  title?: string;
  description?: string;
  fields?: { name: string; value: string }[];
  footer?: { text: string };
  author?: { name: string };
}

/** Why Discord would refuse a message payload, or undefined. */
function invalidMessage(body: unknown): [number, unknown] | undefined {
  const b = (body ?? {}) as {
    content?: string;
    embeds?: EmbedBody[];
    components?: { components: { custom_id?: string; label?: string }[] }[];
  };
  if ((b.content ?? '').length > 2000) return invalidForm('content > 2000');
  const embeds = b.embeds ?? [];
  if (embeds.length > 10) return invalidForm('embeds > 10');
  let total = 0;
  for (const e of embeds) {
    if ((e.title ?? '').length > 256) return invalidForm('embed title > 256');
    if ((e.description ?? '').length > 4096) return invalidForm('embed description > 4096');
    if ((e.footer?.text ?? '').length > 2048) return invalidForm('embed footer > 2048');
    if ((e.fields ?? []).length > 25) return invalidForm('embed fields > 25');
    for (const f of e.fields ?? []) {
      if (!f.name || f.name.length > 256) return invalidForm('field name');
      if (!f.value || f.value.length > 1024) return invalidForm('field value');
    }
    total +=
      (e.title ?? '').length +
      (e.description ?? '').length +
      (e.footer?.text ?? '').length +
      (e.author?.name ?? '').length +
      (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
  }
  if (total > 6000) return invalidForm('embeds > 6000 characters');
  for (const row of b.components ?? []) {
    for (const c of row.components) {
      if ((c.custom_id ?? '').length > 100) return invalidForm('custom_id > 100');
      if ((c.label ?? '').length > 80) return invalidForm('label > 80');
    }
  }
  return undefined;
}

function invalidChoices(body: unknown): [number, unknown] | undefined {
  const choices = ((body ?? {}) as { choices?: { name: string; value: string }[] }).choices ?? [];
  if (choices.length > 25) return invalidForm('choices > 25');
  for (const c of choices) {
    if (!c.name || c.name.length > 100) return invalidForm('choice name');
    if (!c.value || String(c.value).length > 100) return invalidForm('choice value');
  }
  return undefined;
}

/** A file uploaded with a message (multipart/form-data, as discord.js sends `files`). */
export interface UploadedFile {
  /** The form field: `files[0]`, `files[1]`… */
  field: string;
  name: string;
  contentType: string;
  data: Buffer;
  /** The alternative text given in `payload_json.attachments`. */
  description?: string;
}

/** Discord's limits on uploads (a bot in a server without boosts): 10 files, 10 MiB each. */
export const UPLOAD_LIMITS = { files: 10, bytes: 10 * 1024 * 1024 } as const;

/**
 * A multipart/form-data request as Discord reads it: the JSON payload (`payload_json`) and the
 * files (`files[n]`), parsed by the platform's own form-data parser (undici's, in Node).
 * Refused as Discord refuses them: more than 10 files, a file over 10 MiB, an `attachments`
 * entry of the payload that names no uploaded file, a file the payload does not list.
 */
export async function parseMultipartUpload(
  contentType: string,
  bytes: Buffer,
): Promise<{ body: unknown; files: UploadedFile[] } | { error: string }> {
  let form: FormData;
  try {
    form = await new Response(bytes, { headers: { 'content-type': contentType } }).formData();
  } catch (err) {
    return { error: `multipart illisible (${(err as Error).message})` };
  }
  const json = form.get('payload_json');
  let body: Record<string, unknown> = {};
  try {
    if (typeof json === 'string') body = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return { error: 'payload_json n’est pas du JSON' };
  }
  const files: UploadedFile[] = [];
  for (const [field, value] of form.entries()) {
    if (field === 'payload_json') continue;
    if (typeof value === 'string' || !/^files\[\d+\]$/.test(field))
      return { error: `champ inattendu : ${field}` };
    const data = Buffer.from(await value.arrayBuffer());
    if (data.length > UPLOAD_LIMITS.bytes) return { error: `${value.name} > 10 MiB` };
    files.push({ field, name: value.name, contentType: value.type, data });
  }
  if (files.length > UPLOAD_LIMITS.files) return { error: 'plus de 10 fichiers' };
  // A message's attachments, or an interaction callback's (under `data`).
  const data = (body.data ?? {}) as Record<string, unknown>;
  const listed = (body.attachments ?? data.attachments ?? []) as {
    id: string | number;
    filename?: string;
    description?: string;
  }[];
  for (const a of listed) {
    const file = files.find((f) => f.field === `files[${a.id}]`);
    if (!file) return { error: `attachments[${a.id}] ne correspond à aucun fichier envoyé` };
    if (a.description !== undefined) {
      if (a.description.length > 1024) return { error: 'description de pièce jointe > 1024' };
      file.description = a.description;
    }
  }
  if (files.some((f) => !listed.some((a) => f.field === `files[${a.id}]`)))
    return { error: 'fichier envoyé sans entrée dans attachments' };
  return { body, files };
}

interface Option {
  name: string;
  type: number;
  value: string | boolean;
  focused?: boolean;
}

export class FakeDiscord {
  readonly requests: Recorded[] = [];
  readonly notifications: Notification[] = [];
  private readonly pending = new Map<string, PendingInteraction>();
  /** How far the fake's clock runs ahead of the real one (see `advance`). */
  private skew = 0;
  private server: Server;
  private wss: WebSocketServer;
  private socket: WebSocket | undefined;
  private seq = 0;
  private nextId = 700000000000000000n;
  private waiters: { match: (r: Recorded) => boolean; resolve: (r: Recorded) => void }[] = [];
  /** Requests answered only once released (a slow or unreachable Discord). */
  private holds: { match: (path: string) => boolean; released: Promise<void> }[] = [];
  port = 0;
  /** Heartbeats received from the client. */
  heartbeats = 0;

  /** `heartbeatMs`: the interval the gateway asks for (Discord: about 41 s). */
  constructor(private readonly heartbeatMs = 45000) {
    this.server = createServer((req, res) => void this.onHttp(req, res));
    this.wss = new WebSocketServer({ noServer: true });
    this.server.on('upgrade', (req, sock, head) => {
      this.wss.handleUpgrade(req, sock, head, (ws) => this.onSocket(ws));
    });
  }

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  /** Discord's clock. */
  now(): number {
    return Date.now() + this.skew;
  }

  /** Moves Discord's clock forward: stands for time the bot spends (a slow load, say). */
  advance(ms: number): void {
    this.skew += ms;
  }

  /** Users notified since the `since`-th notification. */
  notified(since = 0): string[] {
    return this.notifications.slice(since).map((n) => n.user);
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  /** Holds the answers to matching requests until the returned function is called. */
  hold(match: (path: string) => boolean): () => void {
    let release!: () => void;
    const released = new Promise<void>((r) => {
      release = r;
    });
    const entry = { match, released };
    this.holds.push(entry);
    return () => {
      this.holds.splice(this.holds.indexOf(entry), 1);
      release();
    };
  }

  async stop(): Promise<void> {
    for (const c of this.wss.clients) c.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private id(): string {
    this.nextId += 1n;
    return String(this.nextId);
  }

  /** Resolves with the next request that matches (or one already received after `since`). */
  waitFor(match: (r: Recorded) => boolean, since = 0, ms = 5000): Promise<Recorded> {
    const already = this.requests.slice(since).find(match);
    if (already) return Promise.resolve(already);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('requête attendue jamais reçue')), ms);
      this.waiters.push({
        match,
        resolve: (r) => {
          clearTimeout(timer);
          resolve(r);
        },
      });
    });
  }

  private async onHttp(
    req: IncomingMessage,
    res: import('node:http').ServerResponse,
  ): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const bytes = Buffer.concat(chunks);
    const raw = bytes.toString('utf8');
    let body: unknown = raw;
    let files: UploadedFile[] | undefined;
    let uploadError: [number, unknown] | undefined;
    const type = req.headers['content-type'] ?? '';
    if (type.includes('multipart/form-data')) {
      const upload = await parseMultipartUpload(type, bytes);
      if ('error' in upload) uploadError = invalidForm(upload.error);
      else ({ body, files } = upload);
    } else if (raw) {
      try {
        body = JSON.parse(raw);
      } catch {
        body = raw;
      }
    }
    const url = new URL(req.url ?? '/', 'http://x');
    if (this.serveAttachment(url, req.method ?? 'GET', res)) return;
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v10/, '');
    const rec: Recorded = {
      method: req.method ?? 'GET',
      path,
      body,
      status: 0,
      ...(files ? { files } : {}),
      ...(req.headers.authorization ? { auth: req.headers.authorization } : {}),
    };
    // Decided on arrival (the deadline is Discord's clock when the request comes in).
    const [status, data] = uploadError ?? this.route(rec);
    rec.status = status;
    this.requests.push(rec);
    for (const w of [...this.waiters]) {
      if (w.match(rec)) {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.resolve(rec);
      }
    }
    for (const h of this.holds) if (h.match(path)) await h.released;
    if (data === undefined) {
      res.writeHead(status); // 204: no body, no content type, as Discord does
      res.end();
      return;
    }
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(data));
  }

  private route(rec: Recorded): [number, unknown?] {
    const { path, body } = rec;
    if (path === '/gateway/bot') {
      return [
        200,
        {
          url: `ws://127.0.0.1:${this.port}/gateway`,
          shards: 1,
          session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
        },
      ];
    }
    const callback = path.match(/^\/interactions\/(\d+)\/([^/]+)\/callback$/);
    if (callback) return this.onCallback(callback[1] as string, callback[2] as string, body);
    const original = path.match(/^\/webhooks\/\d+\/([^/]+)\/messages\/@original$/);
    if (original && rec.method === 'PATCH') {
      const i = this.byToken(original[1] as string);
      if (!i?.acknowledged) return UNKNOWN_WEBHOOK;
      const invalid = invalidMessage(body);
      if (invalid) return invalid;
      return [200, this.message(body, rec.files)]; // an edit: nobody is notified
    }
    const followUp = path.match(/^\/webhooks\/\d+\/([^/]+)$/);
    if (followUp && rec.method === 'POST') {
      const i = this.byToken(followUp[1] as string);
      if (!i?.acknowledged) return UNKNOWN_WEBHOOK;
      return this.create(body, 'suivi');
    }
    if (/^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path) && rec.method === 'PUT') {
      return [
        200,
        (body as object[]).map((c) => ({
          ...c,
          id: this.id(),
          application_id: APP_ID,
          version: '1',
        })),
      ];
    }
    if (path === `/channels/${CHANNEL_ID}` && rec.method === 'GET') {
      return [
        200,
        {
          id: CHANNEL_ID,
          type: 0,
          name: 'annonces',
          guild_id: GUILD_ID,
          permission_overwrites: [],
        },
      ];
    }
    if (path === `/channels/${CHANNEL_ID}/messages` && rec.method === 'POST')
      return this.create(body, 'salon');
    return [404, { message: 'Unknown', code: 0 }];
  }

  /** An interaction callback: refused after the 3-second deadline, or when already answered. */
  private onCallback(id: string, token: string, body: unknown): [number, unknown?] {
    const i = this.pending.get(id);
    if (!i || i.token !== token || this.now() - i.createdAt > ACK_DEADLINE_MS) {
      if (i) i.refused = true;
      return UNKNOWN_INTERACTION;
    }
    if (i.acknowledged) return ALREADY_ACKNOWLEDGED;
    const b = (body ?? {}) as { type?: number; data?: unknown };
    if (b.type === 4) {
      const [status, data] = this.create(b.data, 'réponse');
      if (status !== 200) return [status, data];
    } else if (b.type === 7 || b.type === 8) {
      const invalid = b.type === 7 ? invalidMessage(b.data) : invalidChoices(b.data);
      if (invalid) return invalid;
    }
    i.acknowledged = true;
    return [204];
  }

  /** A new message: within Discord's limits, and it notifies whom its mentions may ping. */
  private create(body: unknown, via: Notification['via']): [number, unknown?] {
    const invalid = invalidMessage(body);
    if (invalid) return invalid;
    const message = this.message(body) as { id: string };
    const b = (body ?? {}) as {
      content?: string;
      flags?: number;
      allowed_mentions?: { parse?: string[]; users?: string[] };
    };
    // An ephemeral message notifies nobody; embeds never ping.
    if (((b.flags ?? 0) & 64) === 0) {
      const allowed = b.allowed_mentions;
      for (const m of (b.content ?? '').matchAll(/<@!?(\d+)>/g)) {
        const user = m[1] as string;
        if (!allowed || allowed.parse?.includes('users') || allowed.users?.includes(user))
          this.notifications.push({ user, message: message.id, via });
      }
      if (
        /@(everyone|here)/.test(b.content ?? '') &&
        (!allowed || allowed.parse?.includes('everyone'))
      )
        this.notifications.push({ user: 'everyone', message: message.id, via });
    }
    return [200, message];
  }

  private byToken(token: string): PendingInteraction | undefined {
    for (const i of this.pending.values()) if (i.token === token) return i;
    return undefined;
  }

  private message(body: unknown, files: UploadedFile[] = []): object {
    const b = (body ?? {}) as Record<string, unknown>;
    return {
      id: this.id(),
      channel_id: CHANNEL_ID,
      author: { id: BOT_ID, username: 'accords', discriminator: '0', avatar: null, bot: true },
      content: b.content ?? '',
      embeds: b.embeds ?? [],
      components: b.components ?? [],
      attachments: files.map((f) => ({
        id: this.id(),
        filename: f.name,
        size: f.data.length,
        url: `http://127.0.0.1:${this.port}/attachments/${f.name}`,
        proxy_url: `http://127.0.0.1:${this.port}/attachments/${f.name}`,
        content_type: f.contentType,
      })),
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      pinned: false,
      type: 0,
    };
  }

  private send(payload: object): void {
    this.socket?.send(JSON.stringify(payload));
  }

  /** Sends any dispatch as is (to test what the client does with a malformed one). */
  rawDispatch(t: string, d: object): void {
    this.dispatch(t, d);
  }

  private dispatch(t: string, d: object): void {
    this.seq += 1;
    this.send({ op: 0, t, s: this.seq, d });
  }

  private onSocket(ws: WebSocket): void {
    this.socket = ws;
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: this.heartbeatMs } }));
    ws.on('message', (data) => {
      const msg = JSON.parse(String(data)) as { op: number };
      if (msg.op === 1) {
        this.heartbeats++;
        ws.send(JSON.stringify({ op: 11 }));
      }
      if (msg.op === 2) {
        this.dispatch('READY', {
          v: 10,
          user: { id: BOT_ID, username: 'accords', discriminator: '0', avatar: null, bot: true },
          guilds: [{ id: GUILD_ID, unavailable: true }],
          session_id: 'session',
          resume_gateway_url: `ws://127.0.0.1:${this.port}/gateway`,
          application: { id: APP_ID, flags: 0 },
        });
        this.dispatch('GUILD_CREATE', {
          id: GUILD_ID,
          name: 'Équipe',
          owner_id: USER_ID,
          unavailable: false,
          roles: [
            {
              id: GUILD_ID,
              name: '@everyone',
              permissions: '0',
              position: 0,
              color: 0,
              hoist: false,
              managed: false,
              mentionable: false,
            },
            ...this.guildRoles.map((r, n) => ({
              permissions: '0',
              position: n + 1,
              color: 0,
              hoist: false,
              managed: false,
              mentionable: false,
              ...r,
            })),
          ],
          channels: [
            {
              id: CHANNEL_ID,
              type: 0,
              name: 'annonces',
              guild_id: GUILD_ID,
              permission_overwrites: [],
            },
          ],
          members: [],
          emojis: [],
          stickers: [],
          threads: [],
          voice_states: [],
          presences: [],
          stage_instances: [],
          guild_scheduled_events: [],
          member_count: 2,
          features: [],
          joined_at: new Date().toISOString(),
          large: false,
        });
      }
    });
  }

  private interaction(
    type: number,
    data: object,
    extra: object = {},
    from: Sender = {},
  ): { id: string; token: string } {
    const id = this.id();
    const token = `tok${id}`;
    this.pending.set(id, { token, createdAt: this.now(), acknowledged: false, refused: false });
    const user = { id: USER_ID, username: 'analyste', discriminator: '0', avatar: null };
    const where = from.dm
      ? { channel_id: CHANNEL_ID, channel: { id: CHANNEL_ID, type: 1 }, user, context: 1 }
      : {
          guild_id: GUILD_ID,
          channel_id: CHANNEL_ID,
          channel: { id: CHANNEL_ID, type: 0, name: 'annonces', guild_id: GUILD_ID },
          member: {
            user,
            roles: from.roles ?? [],
            permissions: from.permissions ?? '8',
            joined_at: new Date().toISOString(),
            deaf: false,
            mute: false,
            flags: 0,
          },
          context: 0,
        };
    this.dispatch('INTERACTION_CREATE', {
      id,
      application_id: APP_ID,
      type,
      token,
      version: 1,
      data,
      ...where,
      app_permissions: from.appPermissions ?? '8',
      locale: 'fr',
      guild_locale: 'fr',
      entitlements: [],
      authorizing_integration_owners: {},
      ...extra,
    });
    return { id, token };
  }

  /** A slash command; string options unless a boolean or a user is given. */
  command(
    name: string,
    options: Record<string, string | boolean> = {},
    users: Record<string, string> = {},
    from: Sender = {},
  ) {
    const opts: Option[] = [
      ...Object.entries(options).map(([n, value]) => ({
        name: n,
        type: typeof value === 'boolean' ? 5 : 3,
        value,
      })),
      ...Object.entries(users).map(([n, value]) => ({ name: n, type: 6, value })),
    ];
    const resolved = Object.keys(users).length
      ? {
          resolved: {
            users: Object.fromEntries(
              Object.values(users).map((id) => [
                id,
                { id, username: `membre${id.slice(-2)}`, discriminator: '0', avatar: null },
              ]),
            ),
          },
        }
      : {};
    return this.interaction(
      2,
      { id: this.id(), name, type: 1, options: opts, ...resolved },
      {},
      from,
    );
  }

  autocomplete(name: string, focused: string, value: string, others: Record<string, string> = {}) {
    const opts: Option[] = [
      ...Object.entries(others).map(([n, v]) => ({ name: n, type: 3, value: v })),
      { name: focused, type: 3, value, focused: true },
    ];
    return this.interaction(4, { id: this.id(), name, type: 1, options: opts });
  }

  /** A click, by a member with the given permissions (all by default). */
  button(customId: string, from: Sender = {}) {
    return this.interaction(
      3,
      { custom_id: customId, component_type: 2 },
      {
        message: {
          id: this.id(),
          channel_id: CHANNEL_ID,
          author: { id: BOT_ID, username: 'accords', discriminator: '0', avatar: null, bot: true },
          content: '',
          embeds: [],
          components: [],
          attachments: [],
          timestamp: new Date().toISOString(),
          edited_timestamp: null,
          type: 0,
          flags: 0,
          mentions: [],
          mention_roles: [],
          pinned: false,
          tts: false,
          mention_everyone: false,
        },
      },
      from,
    );
  }

  /**
   * A message command (right-click on a message → Apps, type 3): `data.target_id` names the
   * message, given whole in `data.resolved.messages`, content included (an app receives the
   * content of the message its command is used on without the message-content intent).
   */
  messageCommand(name: string, message: { content: string; authorId?: string }, from: Sender = {}) {
    const target = this.id();
    const authorId = message.authorId ?? TEAMMATE_ID;
    return this.interaction(
      2,
      {
        id: this.id(),
        name,
        type: 3,
        target_id: target,
        resolved: {
          messages: {
            [target]: {
              id: target,
              channel_id: CHANNEL_ID,
              author: { id: authorId, username: 'collègue', discriminator: '0', avatar: null },
              content: message.content,
              embeds: [],
              components: [],
              attachments: [],
              timestamp: new Date().toISOString(),
              edited_timestamp: null,
              type: 0,
              flags: 0,
              mentions: [],
              mention_roles: [],
              pinned: false,
              tts: false,
              mention_everyone: false,
            },
          },
        },
      },
      {},
      from,
    );
  }

  // ── Attachments (issue 12, /ajouter): files sent with a command, downloaded from the fake's
  // own URL as from Discord's CDN. Kept here, apart, so other additions merge cleanly.

  /** More roles of the server (set before the bot connects), e.g. the role that may add documents. */
  readonly guildRoles: { id: string; name: string }[] = [];

  /** Files attached to commands, by attachment id; `downloads` counts each file's downloads. */
  readonly attachmentFiles = new Map<string, SentFile>();
  readonly downloads = new Map<string, number>();

  /** Serves `GET /attachments/<id>/<name>`; true when it was such a request. */
  private serveAttachment(
    url: URL,
    method: string,
    res: import('node:http').ServerResponse,
  ): boolean {
    const m = url.pathname.match(/^\/attachments\/(\d+)\/[^/]+$/);
    if (!m || method !== 'GET') return false;
    const id = m[1] as string;
    const file = this.attachmentFiles.get(id);
    this.downloads.set(id, (this.downloads.get(id) ?? 0) + 1);
    if (!file) {
      res.writeHead(404);
      res.end();
      return true;
    }
    res.writeHead(200, {
      'content-type': file.contentType ?? 'application/octet-stream',
      'content-length': String(file.bytes.length),
    });
    res.end(file.bytes);
    return true;
  }

  /** A slash command with files attached to some options (type 11), and text options. */
  commandWithFiles(
    name: string,
    files: Record<string, SentFile>,
    options: Record<string, string> = {},
    from: Sender = {},
  ) {
    const attachments: Record<string, object> = {};
    const opts: Option[] = Object.entries(options).map(([n, value]) => ({
      name: n,
      type: 3,
      value,
    }));
    for (const [option, file] of Object.entries(files)) {
      const id = this.id();
      this.attachmentFiles.set(id, file);
      const url = `http://127.0.0.1:${this.port}/attachments/${id}/${encodeURIComponent(file.name)}`;
      attachments[id] = {
        id,
        filename: file.name,
        size: file.size ?? file.bytes.length,
        url,
        proxy_url: url,
        ...(file.contentType ? { content_type: file.contentType } : {}),
      };
      opts.push({ name: option, type: 11, value: id });
    }
    return this.interaction(
      2,
      { id: this.id(), name, type: 1, options: opts, resolved: { attachments } },
      {},
      from,
    );
  }

  /** Times the file of an interaction's attachment was downloaded. */
  downloaded(): number {
    return [...this.downloads.values()].reduce((n, x) => n + x, 0);
  }

  /** The callback the bot sent for an interaction. */
  callback(i: { id: string; token: string }, since = 0): Promise<Recorded> {
    return this.waitFor((r) => r.path === `/interactions/${i.id}/${i.token}/callback`, since);
  }

  /** A follow-up message the bot created for an interaction. */
  followUp(i: { token: string }, since = 0): Promise<Recorded> {
    return this.waitFor(
      (r) => r.method === 'POST' && r.path === `/webhooks/${APP_ID}/${i.token}`,
      since,
    );
  }

  /** The edit of the original response (after a deferral). */
  edit(i: { token: string }, since = 0): Promise<Recorded> {
    return this.waitFor(
      (r) => r.method === 'PATCH' && r.path === `/webhooks/${APP_ID}/${i.token}/messages/@original`,
      since,
    );
  }
}

/** A token of the right shape, for tests only. */
export const FAKE_TOKEN = 'MTAw.fake.token-for-tests';

/** The environment of a bot that talks to this fake Discord. */
export function fakeBotEnv(fake: FakeDiscord, corpus: string, indexPath: string) {
  return {
    DISCORD_TOKEN: FAKE_TOKEN,
    DISCORD_APPLICATION_ID: APP_ID,
    DISCORD_GUILD_ID: GUILD_ID,
    DISCORD_API_URL: fake.apiUrl,
    CORPUS_DIR: corpus,
    INDEX_PATH: indexPath,
  };
}
