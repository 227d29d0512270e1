import { answerAjouter } from '../answers/ajouter.ts';
import type { Command } from './types.ts';

export const ajouter: Command = {
  name: 'ajouter',
  description: 'Ajoute un document au corpus (PDF, Word, page web, texte) et dit ce qu’il contient',
  descriptionEn:
    'Adds a document to the corpus (PDF, Word, web page, text) and tells what it holds',
  examples: ['/ajouter fichier:rapport.pdf', '/ajouter fichier:note.docx titre:Note de synthèse'],
  permission: 'AddDocuments',
  slow: true,
  options: [
    { name: 'fichier', description: 'Le document à ajouter', required: true, type: 'file' },
    { name: 'titre', description: 'Titre du document (sinon : celui qu’il porte)' },
    { name: 'source', description: 'D’où vient le document (lien, éditeur)' },
  ],
  answer: (ctx, args, _origin, files) => answerAjouter(ctx, args, files?.fichier),
};
