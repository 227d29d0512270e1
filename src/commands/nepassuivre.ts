import { CONSOLE } from '../answers/context.ts';
import { answerNePasSuivre } from '../answers/suivis.ts';
import type { Choice, Command } from './types.ts';

export const nepassuivre: Command = {
  name: 'nepassuivre',
  description: 'Ne plus publier dans ce salon les nouveaux accords d’une partie',
  descriptionEn: 'Stop posting new agreements of a party in this channel',
  examples: ['/nepassuivre partie:Russie'],
  options: [
    {
      name: 'partie',
      description: 'Partie suivie dans ce salon',
      required: true,
      autocomplete: true,
    },
  ],
  permission: 'SendMessages',
  answer: (ctx, args, origin) => answerNePasSuivre(ctx, args, origin ?? CONSOLE),
  // The parties followed in the channel.
  autocomplete: (ctx, _option, typed, origin): Choice[] => {
    if (!origin) return [];
    const t = typed.trim().toLowerCase();
    const names = (ctx.follows?.inChannel(origin.channel) ?? []).map((f) => f.name);
    return names.filter((n) => n.toLowerCase().includes(t)).map((n) => ({ name: n, value: n }));
  },
};
