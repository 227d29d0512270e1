/**
 * Who may run a command. `ManageGuild` commands: members with « Gérer le serveur ».
 * `AddDocuments` (/ajouter): members with the role AJOUT_ROLE_ID when it is set, and always
 * those with « Gérer le serveur » (they could give themselves the role); by default only them.
 * Checked on every run: default member permissions can be changed by a server's admins.
 */
import {
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  GuildMember,
  PermissionFlagsBits,
} from 'discord.js';
import type { Command } from '../commands/types.ts';

export interface Access {
  /** The role whose members may add documents (AJOUT_ROLE_ID). */
  addRoleId?: string;
}

function hasRole(i: ChatInputCommandInteraction | ButtonInteraction, roleId: string): boolean {
  const member = i.member;
  if (!member) return false;
  if (member instanceof GuildMember) return member.roles.cache.has(roleId);
  return Array.isArray(member.roles) && member.roles.includes(roleId);
}

export function allowed(
  command: Command,
  i: ChatInputCommandInteraction | ButtonInteraction,
  access: Access = {},
): boolean {
  if (!command.permission) return true;
  if (i.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) return true;
  return (
    command.permission === 'AddDocuments' && !!access.addRoleId && hasRole(i, access.addRoleId)
  );
}

/** The refusal, in French, saying who may. */
export function forbiddenMessage(permission: Command['permission'], access: Access = {}): string {
  if (permission === 'AddDocuments' && access.addRoleId)
    return `Cette commande est réservée aux membres qui ont le rôle <@&${access.addRoleId}> ou la permission « Gérer le serveur ».`;
  return 'Cette commande est réservée aux membres d’un serveur qui ont la permission « Gérer le serveur ».';
}
