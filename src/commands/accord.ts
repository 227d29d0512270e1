import { ALL_STATUSES, answerAccord, STATUS_ORDER } from '../answers/accord.ts';
import { suggestPartyChoices } from '../answers/suggest.ts';
import type { Command } from './types.ts';

export const accord: Command = {
  name: 'accord',
  description: 'Accords impliquant un pays ou une organisation, avec leurs sources',
  descriptionEn: 'Agreements involving a country or an organisation, with their sources',
  examples: [
    '/accord partie:Russie',
    '/accord partie:Comores',
    '/accord partie:Russie statut:discussions',
  ],
  options: [
    {
      name: 'partie',
      description: 'Pays ou organisation (ex. Russie, UIT)',
      required: true,
      autocomplete: true,
    },
    {
      name: 'statut',
      description: 'Seulement ce statut (par défaut : tous sauf « mentionné » ; « tous » : tous)',
      choices: [...STATUS_ORDER, ALL_STATUSES],
    },
  ],
  answer: (ctx, args) => answerAccord(ctx, args.partie ?? '', args.statut ?? ''),
  autocomplete: (ctx, _option, typed) => suggestPartyChoices(ctx.index, typed),
};
