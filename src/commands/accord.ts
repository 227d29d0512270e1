import { ALL_STATUSES, answerAccord, STATUS_ORDER } from '../answers/accord.ts';
import { suggestNatures, suggestPartyChoices } from '../answers/suggest.ts';
import type { Command, CommandOption } from './types.ts';

/** The options that filter agreements, shared by /accord, /chronologie, /reseau and /exporter. */
export const FILTER_OPTIONS: Record<'depuis' | 'jusqua' | 'statut' | 'nature', CommandOption> = {
  depuis: {
    name: 'depuis',
    description: 'À partir de cette date : une année (2017), un mois (octobre 2017) ou un jour',
  },
  jusqua: {
    name: 'jusqua',
    description: 'Jusqu’à cette date : une année (2019), un mois (mars 2019) ou un jour',
  },
  statut: {
    name: 'statut',
    description: 'Seulement ce statut (par défaut : tous sauf « mentionné » ; « tous » : tous)',
    choices: [...STATUS_ORDER, ALL_STATUSES],
  },
  nature: {
    name: 'nature',
    description: 'Nature de l’accord (ex. accord, protocole d’entente, partenariat)',
    autocomplete: true,
  },
};

/** Autocomplete for a filtering command: parties, and natures for `nature`. */
export function filterAutocomplete(
  index: Parameters<typeof suggestNatures>[0],
  option: string,
  typed: string,
) {
  return option === 'nature' ? suggestNatures(index, typed) : suggestPartyChoices(index, typed);
}

export const accord: Command = {
  name: 'accord',
  description: 'Accords impliquant un pays ou une organisation (ou deux), avec leurs sources',
  descriptionEn: 'Agreements involving a country or an organisation (or two), with their sources',
  examples: [
    '/accord partie:Russie',
    '/accord partie:Russie avec:Iran',
    '/accord partie:Russie statut:discussions',
    '/accord partie:UIT depuis:2018 nature:déclaration',
  ],
  options: [
    {
      name: 'partie',
      description: 'Pays ou organisation (ex. Russie, UIT) ; deux noms : les accords qui les lient',
      required: true,
      autocomplete: true,
    },
    {
      name: 'avec',
      description: 'Seulement les accords qui lient aussi cette partie',
      autocomplete: true,
    },
    FILTER_OPTIONS.depuis,
    FILTER_OPTIONS.jusqua,
    FILTER_OPTIONS.statut,
    FILTER_OPTIONS.nature,
  ],
  answer: (ctx, args) => answerAccord(ctx, args),
  autocomplete: (ctx, option, typed) => filterAutocomplete(ctx.index, option, typed),
};
