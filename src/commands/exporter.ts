import { answerExporter, EXPORT_FORMATS } from '../answers/exporter.ts';
import { FILTER_OPTIONS, filterAutocomplete } from './accord.ts';
import type { Command } from './types.ts';

export const exporter: Command = {
  name: 'exporter',
  description: 'Tous les accords qui correspondent, en fichier CSV (tableur) ou JSON',
  descriptionEn: 'Every matching agreement as a CSV (spreadsheet) or JSON file',
  examples: ['/exporter', '/exporter partie:Russie', '/exporter partie:UIT format:json'],
  options: [
    {
      name: 'partie',
      description: 'Pays ou organisation (par défaut : tout le corpus)',
      autocomplete: true,
    },
    {
      name: 'format',
      description: 'csv (tableur, séparateur « ; ») ou json ; par défaut : csv',
      choices: [...EXPORT_FORMATS],
    },
    FILTER_OPTIONS.depuis,
    FILTER_OPTIONS.jusqua,
    FILTER_OPTIONS.statut,
    FILTER_OPTIONS.nature,
  ],
  slow: true,
  answer: (ctx, args) => answerExporter(ctx, args),
  autocomplete: (ctx, option, typed) => filterAutocomplete(ctx.index, option, typed),
};
