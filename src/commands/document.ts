import { answerDocument } from '../answers/document.ts';
import { suggestDocuments } from '../answers/suggest.ts';
import type { Command } from './types.ts';

export const document: Command = {
  name: 'document',
  description: 'Fiche d’un document du corpus',
  descriptionEn: 'Card of one document of the corpus',
  options: [
    {
      name: 'id',
      description: 'Chemin du document ou partie de son titre',
      required: true,
      autocomplete: true,
    },
  ],
  answer: (ctx, args) => answerDocument(ctx, args.id ?? ''),
  autocomplete: (ctx, _option, typed) => suggestDocuments(ctx.index, typed),
};
