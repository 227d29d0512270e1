/** The command list as Discord registers it: the same list the router uses. */
import {
  ApplicationCommandType,
  ContextMenuCommandBuilder,
  InteractionContextType,
  PermissionFlagsBits,
  type RESTPostAPIApplicationCommandsJSONBody,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  type RESTPostAPIContextMenuApplicationCommandsJSONBody,
  SlashCommandBuilder,
} from 'discord.js';
import { MAX_QUERY_LENGTH } from '../answers/bounds.ts';
import { COMMANDS, MESSAGE_COMMANDS } from '../commands/index.ts';
import type { Command, MessageCommand } from '../commands/types.ts';
import type { Access } from './access.ts';

/** Options every command has: answer privately, address the answer to a teammate. */
export const PRIVATE_OPTION = 'prive';
export const FOR_OPTION = 'pour';

export function commandJSON(
  c: Command,
  access: Access = {},
): RESTPostAPIChatInputApplicationCommandsJSONBody {
  const b = new SlashCommandBuilder().setName(c.name).setDescription(c.description);
  if (c.descriptionEn)
    b.setDescriptionLocalizations({ 'en-US': c.descriptionEn, 'en-GB': c.descriptionEn });
  for (const o of c.options) {
    if (o.type === 'file') {
      b.addAttachmentOption((opt) =>
        opt.setName(o.name).setDescription(o.description).setRequired(!!o.required),
      );
      continue;
    }
    b.addStringOption((opt) => {
      opt.setName(o.name).setDescription(o.description).setRequired(!!o.required);
      if (o.choices) opt.addChoices(...o.choices.map((x) => ({ name: x, value: x })));
      else if (o.autocomplete) opt.setAutocomplete(true);
      return opt.setMaxLength(MAX_QUERY_LENGTH);
    });
  }
  b.addBooleanOption((o) =>
    o.setName(PRIVATE_OPTION).setDescription('Réponse visible de vous seul (publique par défaut)'),
  );
  b.addUserOption((o) =>
    o.setName(FOR_OPTION).setDescription('Coéquipier à qui adresser la réponse (seul mentionné)'),
  );
  if (c.permission === 'SendMessages') b.setContexts(InteractionContextType.Guild);
  if (c.permission === 'ManageGuild' || c.permission === 'AddDocuments') {
    // Servers only (a DM has no such permission), and by default only for members who manage
    // the server; a command open to a role is shown to all and checked when run (access.ts).
    b.setContexts(InteractionContextType.Guild);
    if (c.permission === 'ManageGuild' || !access.addRoleId)
      b.setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild);
  }
  return b.toJSON();
}

/** A message command (Apps menu), as Discord registers it. */
export function messageCommandJSON(
  c: MessageCommand,
): RESTPostAPIContextMenuApplicationCommandsJSONBody {
  return new ContextMenuCommandBuilder()
    .setName(c.name)
    .setType(ApplicationCommandType.Message)
    .toJSON();
}

/** Every command: the slash commands, then the message commands. */
export function commandsJSON(access: Access = {}): RESTPostAPIApplicationCommandsJSONBody[] {
  return [
    ...COMMANDS.map((c) => commandJSON(c, access)),
    ...MESSAGE_COMMANDS.map(messageCommandJSON),
  ];
}
