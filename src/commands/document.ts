import { answerDocument } from '../answers/document.ts';
import type { Command } from './types.ts';

export const document: Command = {
  name: 'document',
  description: 'Fiche d’un document du corpus',
  options: [
    { name: 'id', description: 'Chemin du document ou partie de son titre', required: true },
  ],
  answer: (ctx, args) => answerDocument(ctx, args.id ?? ''),
};
