/**
 * A small fake Discord on 127.0.0.1: REST (gateway discovery, interaction callbacks,
 * webhook edits, command registration, channel messages) and a gateway that sends READY,
 * GUILD_CREATE and the interactions a test asks for. The real discord.js client talks to it.
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
  auth?: string;
}

interface Option {
  name: string;
  type: number;
  value: string | boolean;
  focused?: boolean;
}

export class FakeDiscord {
  readonly requests: Recorded[] = [];
  private server: Server;
  private wss: WebSocketServer;
  private socket: WebSocket | undefined;
  private seq = 0;
  private nextId = 700000000000000000n;
  private waiters: { match: (r: Recorded) => boolean; resolve: (r: Recorded) => void }[] = [];
  /** Requests answered only once released (a slow or unreachable Discord). */
  private holds: { match: (path: string) => boolean; released: Promise<void> }[] = [];
  port = 0;

  constructor() {
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
    const raw = Buffer.concat(chunks).toString('utf8');
    let body: unknown = raw;
    if ((req.headers['content-type'] ?? '').includes('multipart/form-data')) {
      const m = raw.match(/name="payload_json"[^\n]*\r?\n(?:[^\n]*\r?\n)*?\r?\n([\s\S]*?)\r?\n--/);
      body = m?.[1] ? JSON.parse(m[1]) : raw;
    } else if (raw) {
      try {
        body = JSON.parse(raw);
      } catch {
        body = raw;
      }
    }
    const url = new URL(req.url ?? '/', 'http://x');
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v10/, '');
    const rec: Recorded = {
      method: req.method ?? 'GET',
      path,
      body,
      ...(req.headers.authorization ? { auth: req.headers.authorization } : {}),
    };
    this.requests.push(rec);
    for (const w of [...this.waiters]) {
      if (w.match(rec)) {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.resolve(rec);
      }
    }
    for (const h of this.holds) if (h.match(path)) await h.released;
    const json = (status: number, data?: unknown) => {
      if (data === undefined) {
        res.writeHead(status); // 204: no body, no content type, as Discord does
        res.end();
        return;
      }
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(data));
    };
    if (path === '/gateway/bot') {
      return json(200, {
        url: `ws://127.0.0.1:${this.port}/gateway`,
        shards: 1,
        session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
      });
    }
    if (/^\/interactions\/\d+\/[^/]+\/callback$/.test(path)) return json(204);
    if (
      /^\/webhooks\/\d+\/[^/]+\/messages\/@original$/.test(path) ||
      /^\/webhooks\/\d+\/[^/]+$/.test(path)
    ) {
      return json(200, this.message(body));
    }
    if (/^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path) && rec.method === 'PUT') {
      return json(
        200,
        (body as object[]).map((c) => ({
          ...c,
          id: this.id(),
          application_id: APP_ID,
          version: '1',
        })),
      );
    }
    if (path === `/channels/${CHANNEL_ID}` && rec.method === 'GET') {
      return json(200, {
        id: CHANNEL_ID,
        type: 0,
        name: 'annonces',
        guild_id: GUILD_ID,
        permission_overwrites: [],
      });
    }
    if (path === `/channels/${CHANNEL_ID}/messages` && rec.method === 'POST')
      return json(200, this.message(body));
    return json(404, { message: 'Unknown', code: 0 });
  }

  private message(body: unknown): object {
    const b = (body ?? {}) as Record<string, unknown>;
    return {
      id: this.id(),
      channel_id: CHANNEL_ID,
      author: { id: BOT_ID, username: 'accords', discriminator: '0', avatar: null, bot: true },
      content: b.content ?? '',
      embeds: b.embeds ?? [],
      components: b.components ?? [],
      attachments: [],
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
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 45000 } }));
    ws.on('message', (data) => {
      const msg = JSON.parse(String(data)) as { op: number };
      if (msg.op === 1) ws.send(JSON.stringify({ op: 11 }));
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
  ): { id: string; token: string } {
    const id = this.id();
    const token = `tok${id}`;
    this.dispatch('INTERACTION_CREATE', {
      id,
      application_id: APP_ID,
      type,
      token,
      version: 1,
      data,
      guild_id: GUILD_ID,
      channel_id: CHANNEL_ID,
      channel: { id: CHANNEL_ID, type: 0, name: 'annonces', guild_id: GUILD_ID },
      member: {
        user: { id: USER_ID, username: 'analyste', discriminator: '0', avatar: null },
        roles: [],
        permissions: '8',
        joined_at: new Date().toISOString(),
        deaf: false,
        mute: false,
        flags: 0,
      },
      app_permissions: '8',
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
    return this.interaction(2, { id: this.id(), name, type: 1, options: opts, ...resolved });
  }

  autocomplete(name: string, focused: string, value: string, others: Record<string, string> = {}) {
    const opts: Option[] = [
      ...Object.entries(others).map(([n, v]) => ({ name: n, type: 3, value: v })),
      { name: focused, type: 3, value, focused: true },
    ];
    return this.interaction(4, { id: this.id(), name, type: 1, options: opts });
  }

  button(customId: string) {
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
    );
  }

  /** The callback the bot sent for an interaction. */
  callback(i: { id: string; token: string }, since = 0): Promise<Recorded> {
    return this.waitFor((r) => r.path === `/interactions/${i.id}/${i.token}/callback`, since);
  }

  /** The edit of the original response (after a deferral). */
  edit(i: { token: string }, since = 0): Promise<Recorded> {
    return this.waitFor(
      (r) => r.method === 'PATCH' && r.path === `/webhooks/${APP_ID}/${i.token}/messages/@original`,
      since,
    );
  }
}
