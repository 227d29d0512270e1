/**
 * « Chercher dans les accords »: right-click on a message → Apps. Searches the corpus for the
 * message's text, as /recherche does, and answers privately.
 */
import { MAX_QUERY_LENGTH } from '../answers/bounds.ts';
import { answerRecherche } from '../answers/recherche.ts';
import type { SearchAnswer } from '../answers/types.ts';
import type { MessageCommand } from './types.ts';

/** A message's text as a query: links and mentions left out, cut at a word within the cap. */
export function messageQuery(text: string): string {
  const plain = text
    .replace(/<[@#][!&]?\d+>|<a?:\w+:\d+>|<t:\d+(?::\w)?>/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/[*_~`|>#[\]()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (plain.length <= MAX_QUERY_LENGTH) return plain;
  const cut = plain.slice(0, MAX_QUERY_LENGTH + 1);
  const space = cut.lastIndexOf(' ');
  return (space > 0 ? cut.slice(0, space) : cut.slice(0, MAX_QUERY_LENGTH)).trim();
}

export const chercherMessage: MessageCommand = {
  name: 'Chercher dans les accords',
  needsSearch: true,
  answer: async (ctx, text): Promise<SearchAnswer> => {
    const q = messageQuery(text);
    if (!q)
      return {
        command: 'recherche',
        query: '',
        mode: 'none',
        results: [],
        total: 0,
        message: 'Ce message ne contient pas de texte à chercher.',
      };
    await ctx.index.ready();
    return answerRecherche(ctx, q);
  },
};
