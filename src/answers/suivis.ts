/**
 * `suivre <partie>`, `nepassuivre <partie>`, `suivis`: the parties a channel follows. After
 * each re-index, new or changed agreements involving one of them are posted in that channel
 * (see news.ts). A follow belongs to the channel, not to who asked: anyone who may post there
 * may manage it.
 */
import { MAX_FOLLOWS_PER_CHANNEL } from '../index/follows.ts';
import type { AnswerContext, Origin } from './context.ts';
import { partyPhrase } from './labels.ts';
import { resolveParty } from './select.ts';
import type { FollowAnswer } from './types.ts';

const NO_STORE = 'Le suivi des parties n’est pas disponible ici.';

function listed(ctx: AnswerContext, origin: Origin): FollowAnswer['follows'] {
  return (ctx.follows?.inChannel(origin.channel) ?? []).map((f) => ({
    name: ctx.index.actor(f.party)?.name ?? f.name,
    since: f.since,
  }));
}

function base(
  command: FollowAnswer['command'],
  query: string,
  ctx: AnswerContext,
  origin: Origin,
  message: string,
): FollowAnswer {
  return { command, query, changed: false, follows: listed(ctx, origin), message };
}

/** Resolves the party, or the answer that says why not. */
function partyOf(
  command: 'suivre' | 'nepassuivre',
  ctx: AnswerContext,
  origin: Origin,
  typed: string | undefined,
) {
  const q = (typed ?? '').trim();
  if (!q)
    return base(
      command,
      q,
      ctx,
      origin,
      'Indiquez un pays ou une organisation, par exemple « Russie ».',
    );
  const r = resolveParty(ctx.index, q);
  if (!r.party) {
    const a = base(command, q, ctx, origin, r.message);
    if (r.suggestions.length) a.suggestions = r.suggestions;
    return a;
  }
  return r.party;
}

export async function answerSuivre(
  ctx: AnswerContext,
  args: { partie?: string },
  origin: Origin,
): Promise<FollowAnswer> {
  const q = (args.partie ?? '').trim();
  if (!ctx.follows) return base('suivre', q, ctx, origin, NO_STORE);
  const party = partyOf('suivre', ctx, origin, args.partie);
  if ('command' in party) return party;
  const here = ctx.follows.inChannel(origin.channel);
  if (ctx.follows.has(origin.channel, party.key))
    return {
      ...base('suivre', q, ctx, origin, `Ce salon suit déjà ${partyPhrase(party)}.`),
      party,
    };
  if (here.length >= MAX_FOLLOWS_PER_CHANNEL)
    return {
      ...base(
        'suivre',
        q,
        ctx,
        origin,
        `Ce salon suit déjà ${MAX_FOLLOWS_PER_CHANNEL} parties, le maximum : retirez-en une avec /nepassuivre.`,
      ),
      party,
    };
  try {
    await ctx.follows.add({
      channel: origin.channel,
      party: party.key,
      name: party.name,
      since: new Date().toISOString(),
      ...(origin.user ? { by: origin.user } : {}),
    });
  } catch (err) {
    return {
      ...base(
        'suivre',
        q,
        ctx,
        origin,
        `Le suivi n’a pas pu être enregistré : ${(err as Error).message}.`,
      ),
      party,
    };
  }
  return {
    ...base(
      'suivre',
      q,
      ctx,
      origin,
      `Ce salon suit désormais ${partyPhrase(party)} : après chaque réindexation, les accords nouveaux ou modifiés qui ${party.type === 'pays' && /^les /.test(partyPhrase(party)) ? 'les' : 'l’'}impliquent seront publiés ici.`,
    ),
    party,
    changed: true,
  };
}

export async function answerNePasSuivre(
  ctx: AnswerContext,
  args: { partie?: string },
  origin: Origin,
): Promise<FollowAnswer> {
  const q = (args.partie ?? '').trim();
  if (!ctx.follows) return base('nepassuivre', q, ctx, origin, NO_STORE);
  // A followed party is found by the name it was followed under, even if the corpus lost it.
  const byName = ctx.follows
    .inChannel(origin.channel)
    .find((f) => f.name.toLowerCase() === q.toLowerCase());
  const party = byName
    ? {
        key: byName.party,
        name: byName.name,
        type: ctx.index.actor(byName.party)?.type ?? 'organisation',
      }
    : partyOf('nepassuivre', ctx, origin, args.partie);
  if ('command' in party) return party;
  let removed: boolean;
  try {
    removed = await ctx.follows.remove(origin.channel, party.key);
  } catch (err) {
    return {
      ...base(
        'nepassuivre',
        q,
        ctx,
        origin,
        `Le suivi n’a pas pu être retiré : ${(err as Error).message}.`,
      ),
      party,
    };
  }
  return {
    ...base(
      'nepassuivre',
      q,
      ctx,
      origin,
      removed
        ? `Ce salon ne suit plus ${partyPhrase(party)}.`
        : `Ce salon ne suivait pas ${partyPhrase(party)}.`,
    ),
    party,
    changed: removed,
  };
}

export function answerSuivis(ctx: AnswerContext, origin: Origin): FollowAnswer {
  if (!ctx.follows) return base('suivis', '', ctx, origin, NO_STORE);
  const n = ctx.follows.inChannel(origin.channel).length;
  return base(
    'suivis',
    '',
    ctx,
    origin,
    n > 1
      ? `Ce salon suit ${n} parties : les accords nouveaux ou modifiés qui les impliquent sont publiés ici après chaque réindexation.`
      : n === 1
        ? 'Ce salon suit une partie : les accords nouveaux ou modifiés qui l’impliquent sont publiés ici après chaque réindexation.'
        : 'Ce salon ne suit aucune partie. Ajoutez-en une avec /suivre (par exemple /suivre partie:Russie).',
  );
}
