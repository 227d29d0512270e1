/**
 * ◀ ▶ buttons. A button's custom id carries the page and the command with its options, so
 * paging works after a restart; when they do not fit in 100 characters they are kept in
 * memory under a short key, and a click after a restart says the answer has expired.
 */
import { randomBytes } from 'node:crypto';
import {
  type APIActionRowComponent,
  type APIButtonComponent,
  ButtonStyle,
  ComponentType,
} from 'discord.js';
import { LIMITS } from './limits.ts';

export interface PageRequest {
  command: string;
  args: Record<string, string>;
  page: number;
}

const PREFIX = 'pg';
const MEMORY_LIMIT = 2000;
const memory = new Map<string, { command: string; args: Record<string, string> }>();

function encode(req: PageRequest): string {
  const inline = `${PREFIX}|${req.page}|${req.command}|${JSON.stringify(req.args)}`;
  if (inline.length <= LIMITS.customId) return inline;
  const key = randomBytes(6).toString('base64url');
  memory.set(key, { command: req.command, args: req.args });
  if (memory.size > MEMORY_LIMIT) memory.delete(memory.keys().next().value as string);
  return `${PREFIX}|${req.page}|~${key}`;
}

/** The request behind a button, or `expired` when it was kept in a memory that is gone. */
export function decodePageId(id: string): PageRequest | 'expired' | null {
  const [prefix, page, rest, ...json] = id.split('|');
  if (prefix !== PREFIX || page === undefined || rest === undefined) return null;
  const n = Number(page);
  if (!Number.isInteger(n) || n < 0) return null;
  if (rest.startsWith('~')) {
    const kept = memory.get(rest.slice(1));
    return kept ? { ...kept, page: n } : 'expired';
  }
  try {
    const args = JSON.parse(json.join('|')) as Record<string, string>;
    return { command: rest, args, page: n };
  } catch {
    return null;
  }
}

export function pageButtons(
  command: string,
  args: Record<string, string>,
  page: number,
  pages: number,
): APIActionRowComponent<APIButtonComponent>[] {
  if (pages <= 1) return [];
  const button = (
    label: string,
    target: number,
    disabled: boolean,
    slot: string,
  ): APIButtonComponent => ({
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    label,
    // Two buttons may not share an id: a disabled one points at a distinct slot.
    custom_id: disabled ? `${PREFIX}|x|${slot}` : encode({ command, args, page: target }),
    disabled,
  });
  return [
    {
      type: ComponentType.ActionRow,
      components: [
        button('◀ Précédent', page - 1, page === 0, 'prev'),
        button('Suivant ▶', page + 1, page >= pages - 1, 'next'),
      ],
    },
  ];
}
