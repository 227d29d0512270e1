/**
 * A command as users see it (French name, description, options), how it answers, and how
 * it completes what is being typed. The same list serves the terminal, Discord registration
 * and Discord routing.
 */
import type { AnswerContext, Origin } from '../answers/context.ts';
import type { Answer } from '../answers/types.ts';
import type { IncomingFile } from '../corpus/intake.ts';

export interface CommandOption {
  name: string;
  description: string;
  required?: boolean;
  /** Fixed choices (shown as such in Discord). */
  choices?: string[];
  /** Discord offers suggestions while the user types (see Command.autocomplete). */
  autocomplete?: boolean;
  /** `file`: a file sent with the command (a Discord attachment, a path in the terminal). */
  type?: 'text' | 'file';
}

/** A suggestion: what is shown, and the value the option receives. */
export interface Choice {
  name: string;
  value: string;
}

export interface Command {
  name: string;
  description: string;
  /** English description, for Discord clients in English. */
  descriptionEn?: string;
  options: CommandOption[];
  /** Commands as a user types them, shown by /aide (`/accord partie:Russie`). */
  examples: string[];
  /**
   * Discord: `ManageGuild`, only members with this permission see and run the command;
   * `SendMessages`, only members who may post in the channel run it, and only in a server;
   * `AddDocuments`, members with the role AJOUT_ROLE_ID, else « Gérer le serveur » (access.ts).
   */
  permission?: 'ManageGuild' | 'SendMessages' | 'AddDocuments';
  /** The bot will post in the channel later (follows): it must be allowed to. */
  postsLater?: boolean;
  /** The answer may take long: acknowledge first (Discord's 3-second deadline). */
  slow?: boolean;
  /**
   * The answer reads the search index: until it is in memory (it loads in the background),
   * acknowledge first. The answer itself waits for the one shared load.
   */
  needsSearch?: boolean;
  /** The answer; `origin` says where it was asked (a Discord channel; by default the console). */
  answer(
    ctx: AnswerContext,
    args: Record<string, string>,
    origin?: Origin,
    /** Files sent with `file` options, by option name. */
    files?: Record<string, IncomingFile>,
  ): Answer | Promise<Answer>;
  autocomplete?(ctx: AnswerContext, option: string, typed: string, origin?: Origin): Choice[];
}

/**
 * A command run on a message (Discord: right-click on a message → Apps): it answers about the
 * message's text, privately.
 */
export interface MessageCommand {
  /** The name shown in the Apps menu (a message command's name may hold spaces and capitals). */
  name: string;
  answer(ctx: AnswerContext, text: string): Answer | Promise<Answer>;
  /** As for a slash command: the answer reads the search index (see Command.needsSearch). */
  needsSearch?: boolean;
}
