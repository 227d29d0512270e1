/**
 * Routing of Discord interactions: slash commands, autocomplete, page buttons. Every path
 * answers (never a spinning interaction), within limits, and failures become a short French
 * message to the user while the error is logged.
 */
import {
  type APIEmbed,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type InteractionReplyOptions,
  type MessageContextMenuCommandInteraction,
  MessageFlags,
  PermissionFlagsBits,
} from 'discord.js';
import { MAX_QUERY_LENGTH } from '../answers/bounds.ts';
import type { AnswerContext, Origin } from '../answers/context.ts';
import type { Answer } from '../answers/types.ts';
import { findCommand, findMessageCommand } from '../commands/index.ts';
import type { Choice, Command } from '../commands/types.ts';
import type { IncomingFile } from '../corpus/intake.ts';
import type { Logger } from '../logger.ts';
import { type AnswerFile, answerFiles } from '../render/files.ts';
import { type Access, allowed, forbiddenMessage } from './access.ts';
import { attachmentFile } from './attachments.ts';
import { FOR_OPTION, PRIVATE_OPTION } from './commands.ts';
import { LIMITS, truncate } from './limits.ts';
import { decodePageId, pageButtons } from './paging.ts';
import { renderPages } from './render.ts';

export interface RouterDeps {
  context: AnswerContext;
  logger: Logger;
  /** Who may run restricted commands (see access.ts). */
  access?: Access;
  /** True while a re-index runs: answers are then acknowledged first (3-second deadline). */
  busy: () => boolean;
}

export const MESSAGES = {
  failure:
    'Désolé, une erreur est survenue en préparant la réponse. Elle a été signalée ; réessayez dans un instant.',
  unknown: 'Cette commande n’existe plus. Les commandes du bot ont peut-être été mises à jour.',
  expired: 'Cette réponse a expiré : relancez la commande pour la parcourir.',
  forbidden: forbiddenMessage('ManageGuild'),
  privateFor:
    'Une réponse privée (« prive ») n’est visible que de vous : elle ne peut pas être adressée à un coéquipier (« pour »). Retirez l’une des deux options.',
  guildOnly: 'Cette commande s’utilise dans un salon d’un serveur, pas en message privé.',
  cannotPost:
    'Ce salon ne permet pas d’envoyer des messages : seuls les membres qui peuvent y écrire gèrent ce qu’il suit.',
  botCannotPost:
    'Le bot ne peut pas publier dans ce salon (il lui faut « Voir le salon », « Envoyer des messages » et « Intégrer des liens ») : donnez-lui ces permissions, ou suivez depuis un autre salon.',
} as const;

/**
 * Whether this member may run the command. Checked on every path that runs one (a slash
 * command, a button): default member permissions can be changed by a server's admins, and a
 * button id can be forged.
 */
function refusal(
  command: Command,
  i: ChatInputCommandInteraction | ButtonInteraction,
  access: Access = {},
): string | undefined {
  if (command.permission === 'ManageGuild' || command.permission === 'AddDocuments')
    return allowed(command, i, access) ? undefined : forbiddenMessage(command.permission, access);
  if (command.permission === 'SendMessages') {
    if (!i.inGuild()) return MESSAGES.guildOnly;
    // A member's permissions in an interaction are those they have in its channel.
    if (!i.memberPermissions?.has(PermissionFlagsBits.SendMessages)) return MESSAGES.cannotPost;
    const bot = [
      PermissionFlagsBits.ViewChannel,
      PermissionFlagsBits.SendMessages,
      PermissionFlagsBits.EmbedLinks,
    ];
    if (command.postsLater && !i.appPermissions?.has(bot)) return MESSAGES.botCannotPost;
  }
  return undefined;
}

/** Where an interaction comes from: its channel and who sent it. */
function originOf(i: Interaction): Origin {
  return { channel: i.channelId ?? 'inconnu', user: i.user.id };
}

/** Files as discord.js uploads them (multipart), with their alternative text. */
function uploads(files: readonly AnswerFile[]) {
  return files.map((f) => ({ attachment: f.data, name: f.name, description: f.description }));
}

/**
 * A command's options as a button carries them: only the command's own text options, within
 * the length a slash command accepts (a forged id may hold anything else).
 */
function buttonArgs(command: Command, args: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const o of command.options) {
    const v = args[o.name];
    if (typeof v === 'string' && v.length <= MAX_QUERY_LENGTH) out[o.name] = v;
  }
  return out;
}

/** What a reply carries: one page and its buttons. It mentions nobody (see `mention`). */
export function replyPayload(
  answer: Answer,
  command: string,
  args: Record<string, string>,
  page: number,
  attached?: string,
): {
  embeds: APIEmbed[];
  components: ReturnType<typeof pageButtons>;
  allowedMentions: { parse: []; users: string[] };
} {
  const pages = renderPages(answer, attached);
  const p = Math.min(Math.max(0, page), pages.length - 1);
  // The card of a document just added is paged as /document (its buttons must not add it again).
  const [name, options] =
    answer.command === 'ajouter' && answer.id ? ['document', { id: answer.id }] : [command, args];
  return {
    embeds: pages[p] ? [pages[p] as APIEmbed] : [],
    components: pageButtons(name, options, p, pages.length),
    allowedMentions: { parse: [], users: [] },
  };
}

/**
 * The line that pings the teammate of `pour`, and only them. Discord notifies only for a
 * message it creates: it goes in the reply itself, or, after a deferral (whose edit would
 * notify nobody), in a follow-up message.
 */
export function mention(
  userId: string,
  command: string,
  below: boolean,
): { content: string; allowedMentions: { parse: []; users: string[] } } {
  const where = below ? 'ci-dessus' : 'ci-dessous';
  return {
    content: truncate(`<@${userId}>, voici la réponse à /${command} ${where}.`, LIMITS.content),
    allowedMentions: { parse: [], users: [userId] },
  };
}

/** True when answering may take long enough to miss Discord's 3-second deadline. */
function mayBeSlow(command: Command, deps: RouterDeps): boolean {
  return (
    !!command.slow || deps.busy() || (!!command.needsSearch && !deps.context.index.searchLoaded)
  );
}

/** Autocomplete choices as Discord accepts them: at most 25, names and values of 1–100 characters. */
export function toChoices(choices: readonly Choice[]): { name: string; value: string }[] {
  const out: { name: string; value: string }[] = [];
  for (const c of choices) {
    if (!c.value || c.value.length > LIMITS.choiceValue) continue;
    out.push({ name: truncate(c.name || c.value, LIMITS.choiceName), value: c.value });
    if (out.length >= LIMITS.choices) break;
  }
  return out;
}

/** The files sent with a command's `file` options (Discord attachments). */
function filesOf(
  command: Command,
  i: ChatInputCommandInteraction,
): Record<string, IncomingFile> | undefined {
  const out: Record<string, IncomingFile> = {};
  for (const o of command.options) {
    if (o.type !== 'file') continue;
    const a = i.options.getAttachment(o.name);
    if (a) out[o.name] = attachmentFile(a);
  }
  return Object.keys(out).length ? out : undefined;
}

async function onCommand(i: ChatInputCommandInteraction, deps: RouterDeps): Promise<void> {
  const command = findCommand(i.commandName);
  if (!command) {
    await i.reply({ content: MESSAGES.unknown, flags: MessageFlags.Ephemeral });
    return;
  }
  const args: Record<string, string> = {};
  for (const o of command.options) {
    if (o.type === 'file') continue;
    const v = i.options.getString(o.name);
    if (v) args[o.name] = v;
  }
  const refused = refusal(command, i, deps.access);
  if (refused) {
    await i.reply({
      content: refused,
      flags: MessageFlags.Ephemeral,
      allowedMentions: { parse: [] },
    });
    return;
  }
  const sent = filesOf(command, i);
  const forUser = i.options.getUser(FOR_OPTION)?.id;
  const ephemeral = i.options.getBoolean(PRIVATE_OPTION) ?? false;
  if (forUser && ephemeral) {
    await i.reply({ content: MESSAGES.privateFor, flags: MessageFlags.Ephemeral });
    return;
  }
  const flags = ephemeral ? MessageFlags.Ephemeral : undefined;
  const origin = originOf(i);
  if (mayBeSlow(command, deps)) {
    await i.deferReply(flags ? { flags } : {});
    const answer = await command.answer(deps.context, args, origin, sent);
    const files = await answerFiles(answer);
    await i.editReply({
      ...replyPayload(answer, command.name, args, 0, files[0]?.name),
      ...(files.length ? { files: uploads(files) } : {}),
    });
    if (forUser) await i.followUp(mention(forUser, command.name, true));
    return;
  }
  const answer = await command.answer(deps.context, args, origin, sent);
  const files = await answerFiles(answer);
  await i.reply({
    ...replyPayload(answer, command.name, args, 0, files[0]?.name),
    ...(files.length ? { files: uploads(files) } : {}),
    ...(forUser ? mention(forUser, command.name, false) : {}),
    ...(flags ? { flags } : {}),
  } as InteractionReplyOptions);
}

/**
 * A message command (right-click → Apps): answered privately, about the message's text. Only
 * the answer's first page is shown (its buttons would run a slash command of another name).
 */
async function onMessageCommand(
  i: MessageContextMenuCommandInteraction,
  deps: RouterDeps,
): Promise<void> {
  const command = findMessageCommand(i.commandName);
  if (!command) {
    await i.reply({ content: MESSAGES.unknown, flags: MessageFlags.Ephemeral });
    return;
  }
  const text = i.targetMessage.content;
  const slow = deps.busy() || (!!command.needsSearch && !deps.context.index.searchLoaded);
  if (slow) await i.deferReply({ flags: MessageFlags.Ephemeral });
  const answer = await command.answer(deps.context, text);
  const pages = renderPages(answer);
  const payload = {
    embeds: pages.slice(0, 1),
    allowedMentions: { parse: [] as [], users: [] },
  };
  if (slow) await i.editReply(payload);
  else await i.reply({ ...payload, flags: MessageFlags.Ephemeral });
}

async function onAutocomplete(i: AutocompleteInteraction, deps: RouterDeps): Promise<void> {
  const command = findCommand(i.commandName);
  const focused = i.options.getFocused(true);
  const choices =
    command?.autocomplete?.(deps.context, focused.name, String(focused.value ?? ''), originOf(i)) ??
    [];
  await i.respond(toChoices(choices));
}

async function onButton(i: ButtonInteraction, deps: RouterDeps): Promise<void> {
  const req = decodePageId(i.customId);
  const command = req && req !== 'expired' ? findCommand(req.command) : undefined;
  if (!req || req === 'expired' || !command) {
    await i.reply({ content: MESSAGES.expired, flags: MessageFlags.Ephemeral });
    return;
  }
  const refused = refusal(command, i, deps.access);
  if (refused) {
    await i.reply({
      content: refused,
      flags: MessageFlags.Ephemeral,
      allowedMentions: { parse: [] },
    });
    return;
  }
  const args = buttonArgs(command, req.args);
  // The message keeps the file it was sent with: a page edit leaves attachments as they are.
  const attached = i.message.attachments.first()?.name;
  if (mayBeSlow(command, deps)) {
    await i.deferUpdate();
    const answer = await command.answer(deps.context, args, originOf(i));
    await i.editReply(replyPayload(answer, command.name, args, req.page, attached));
    return;
  }
  const answer = await command.answer(deps.context, args, originOf(i));
  await i.update(replyPayload(answer, command.name, args, req.page, attached));
}

export async function handleInteraction(i: Interaction, deps: RouterDeps): Promise<void> {
  try {
    if (i.isAutocomplete()) await onAutocomplete(i, deps);
    else if (i.isChatInputCommand()) await onCommand(i, deps);
    else if (i.isMessageContextMenuCommand()) await onMessageCommand(i, deps);
    else if (i.isButton()) await onButton(i, deps);
  } catch (err) {
    deps.logger.error(`Échec de l’interaction ${i.id}`, err);
    try {
      if (i.isAutocomplete()) {
        if (!i.responded) await i.respond([]);
      } else if (i.isRepliable()) {
        if (i.deferred || i.replied)
          await i.followUp({ content: MESSAGES.failure, flags: MessageFlags.Ephemeral });
        else await i.reply({ content: MESSAGES.failure, flags: MessageFlags.Ephemeral });
      }
    } catch (again) {
      deps.logger.error(`Impossible de signaler l’échec de l’interaction ${i.id}`, again);
    }
  }
}
