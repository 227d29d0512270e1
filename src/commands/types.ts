/**
 * A command as users see it (French name, description, options) and how it answers. The
 * same list serves the terminal and, later, Discord registration and routing.
 */
import type { AnswerContext } from '../answers/context.ts';
import type { Answer } from '../answers/types.ts';

export interface CommandOption {
  name: string;
  description: string;
  required?: boolean;
  /** Fixed choices (shown as such in Discord). */
  choices?: string[];
}

export interface Command {
  name: string;
  description: string;
  options: CommandOption[];
  answer(ctx: AnswerContext, args: Record<string, string>): Answer | Promise<Answer>;
}
