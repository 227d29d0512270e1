import { answerDocument } from '../answers/document.ts';
import { suggestDocuments } from '../answers/suggest.ts';
import type { Command } from './types.ts';

export const document: Command = {
  name: 'document',
  description: 'Fiche d’un document du corpus',
  descriptionEn: 'Card of one document of the corpus',
  examples: ['/document id:004_8c4fc2a06532ada3.txt', '/document id:Comores'],
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
