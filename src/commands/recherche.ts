import { answerRecherche } from '../answers/recherche.ts';
import type { Command } from './types.ts';

export const recherche: Command = {
  name: 'recherche',
  description: 'Recherche plein texte dans le corpus',
  descriptionEn: 'Full-text search in the corpus',
  examples: ['/recherche texte:cybersécurité', '/recherche texte:sécurité informatique'],
  options: [{ name: 'texte', description: 'Mots à chercher', required: true }],
  needsSearch: true,
  answer: async (ctx, args) => {
    await ctx.index.ready();
    return answerRecherche(ctx, args.texte ?? '');
  },
};
