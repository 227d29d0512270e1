/** The discord.js client: Guilds intent only (slash commands need no privileged intent). */
import { Client, Events, GatewayIntentBits } from 'discord.js';
import type { FollowNews } from '../answers/types.ts';
import type { App } from '../app.ts';
import type { RunReport } from '../index/status.ts';
import type { Logger } from '../logger.ts';
import { handleInteraction } from './interactions.ts';
import { escapeText, LIMITS, truncate } from './limits.ts';
import { renderPages } from './render.ts';

/** Most messages one channel receives after one re-index (the last says what was left out). */
export const MAX_NEWS_MESSAGES = 3;

/** A Discord channel id (follows made in the console have none). */
const SNOWFLAKE = /^\d{17,20}$/;

/**
 * Posts the news of followed parties in the channel where they were followed: one embed per
 * message, at most MAX_NEWS_MESSAGES, mentioning nobody. A channel the bot can no longer post
 * in is logged and skipped.
 */
export async function postNews(client: Client, news: FollowNews, logger: Logger): Promise<void> {
  if (!SNOWFLAKE.test(news.channel)) return;
  try {
    const channel = await client.channels.fetch(news.channel);
    if (!channel?.isSendable()) {
      logger.warn(`Suivis : le salon ${news.channel} n’accepte pas de messages du bot.`);
      return;
    }
    const pages = renderPages(news);
    for (const [i, embed] of pages.slice(0, MAX_NEWS_MESSAGES).entries()) {
      const last = i === MAX_NEWS_MESSAGES - 1 && pages.length > MAX_NEWS_MESSAGES;
      await channel.send({
        ...(last ? { content: 'La suite avec /accord.' } : {}),
        embeds: [embed],
        allowedMentions: { parse: [] },
      });
    }
  } catch (err) {
    logger.error(`Suivis : publication impossible dans le salon ${news.channel}`, err);
  }
}

export function createClient(apiUrl?: string): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    ...(apiUrl ? { rest: { api: apiUrl } } : {}),
  });
}

/** A client that routes interactions to the commands (not yet connected). */
export function createBot(app: App, logger: Logger): Client {
  const client = createClient(app.config.apiUrl);
  client.on(Events.InteractionCreate, (i) =>
    handleInteraction(i, {
      context: app.context,
      logger,
      busy: () => app.indexer.running,
      access: app.config.addRoleId ? { addRoleId: app.config.addRoleId } : {},
    }),
  );
  client.on(Events.Error, (err) => logger.error('Erreur du client Discord', err));
  return client;
}

/** Logs in; resolves once the client is ready. */
export async function connectBot(client: Client, token: string, logger: Logger): Promise<Client> {
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login(token);
  await ready;
  logger.info(`Connecté à Discord en tant que ${client.user?.tag ?? '?'}.`);
  return client;
}

/** Creates the client and connects it. */
export function startBot(app: App, token: string, logger: Logger): Promise<Client> {
  return connectBot(createBot(app, logger), token, logger);
}

/** After a run that added documents, posts their titles in the announce channel (no mentions). */
export async function announce(
  client: Client,
  channelId: string,
  report: RunReport,
  app: App,
  logger: Logger,
): Promise<void> {
  if (report.added.length === 0) return;
  try {
    const channel = await client.channels.fetch(channelId);
    if (!channel?.isSendable()) {
      logger.warn(`ANNOUNCE_CHANNEL_ID : le salon ${channelId} n’accepte pas de messages du bot.`);
      return;
    }
    const titles = report.added.map(
      (id) => `• ${escapeText(truncate(app.indexer.index.document(id)?.title ?? id, 200))}`,
    );
    const n = report.added.length;
    const head =
      n > 1 ? `${n} nouveaux documents dans le corpus :` : 'Un nouveau document dans le corpus :';
    await channel.send({
      content: truncate([head, ...titles].join('\n'), LIMITS.content),
      allowedMentions: { parse: [] },
    });
  } catch (err) {
    logger.error('Annonce des nouveaux documents impossible', err);
  }
}
