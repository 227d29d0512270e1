/**
 * `accord <partie> [avec] [depuis] [jusqua] [statut] [nature]`: the agreements a country or
 * organisation is party to (with `avec`, or a second name in `partie`: those binding both),
 * each cited by the sentence that states it. By default every status but `mentionné` (an
 * earlier agreement recalled in passing), signed ones first. The answer says which filters it
 * applied.
 */
import type { AgreementStatus } from '../analysis/agreements/index.ts';
import type { AnswerContext } from './context.ts';
import { type AgreementFilter, ALL_STATUSES, filterLabels, readFilter } from './filters.ts';
import { partyPhrase } from './labels.ts';
import {
  agreementResult,
  type Found,
  resolveParty,
  selectAgreements,
  splitParties,
} from './select.ts';
import type { AccordAnswer, PartyRef } from './types.ts';

export { ALL_STATUSES, parseStatus } from './filters.ts';

/** The order answers follow: what is done first, what is only recalled last. */
export const STATUS_ORDER: AgreementStatus[] = [
  'signé',
  'adhésion',
  'financement',
  'prolongé',
  'annoncé',
  'en négociation',
  'discussions',
  'rompu',
  'mentionné',
];

/** Most agreements returned in one answer (the best ranked); `total` says how many there are. */
export const MAX_AGREEMENTS = 50;
const MAX_ALSO_MENTIONED = 20;

export interface AccordArgs {
  partie?: string;
  avec?: string;
  statut?: string;
  depuis?: string;
  jusqua?: string;
  nature?: string;
}

/** `la Russie et l’Iran`, or `la Russie`. */
function partiesPhrase(party: PartyRef, other?: PartyRef): string {
  return other ? `${partyPhrase(party)} et ${partyPhrase(other)}` : partyPhrase(party);
}

export function answerAccord(
  ctx: AnswerContext,
  args: AccordArgs | string,
  statut = '',
): AccordAnswer {
  const a: AccordArgs = typeof args === 'string' ? { partie: args, statut } : args;
  const { index } = ctx;
  const q = (a.partie ?? '').trim();
  const empty = (message: string, extra: Partial<AccordAnswer> = {}): AccordAnswer => ({
    command: 'accord',
    query: q,
    results: [],
    total: 0,
    alsoMentioned: [],
    message,
    ...extra,
  });
  const read = readFilter(a);
  if ('error' in read) return empty(read.error);
  const filter: AgreementFilter = read;
  if (!q) return empty('Indiquez un pays ou une organisation, par exemple « Russie » ou « UIT ».');

  // Two parties: `avec`, or two names typed in `partie` (`russie iran`).
  let party: PartyRef | undefined;
  let other: PartyRef | undefined;
  const first = resolveParty(index, q);
  if (first.party) party = first.party;
  else if (!a.avec?.trim()) [party, other] = splitParties(index, q) ?? [];
  if (!party) {
    if (first.party) return empty(''); // unreachable: a resolved name is the party
    const s = first.suggestions;
    return empty(first.message, s.length ? { suggestions: s } : {});
  }
  if (a.avec?.trim()) {
    const second = resolveParty(index, a.avec);
    if (!second.party)
      return empty(
        second.message,
        second.suggestions.length ? { suggestions: second.suggestions } : {},
      );
    other = second.party;
  }
  if (other?.key === party.key) other = undefined;

  const keys = other ? [party.key, other.key] : [party.key];
  const selection = selectAgreements(index, keys, filter);
  // Rank: status, then the party's place among the parties, then the most recent.
  const rank = (s: AgreementStatus) => STATUS_ORDER.indexOf(s);
  const key = party.key;
  const pos = (f: Found) => f.ag.parties.indexOf(key);
  const found = [...selection.found].sort(
    (x, y) =>
      rank(x.ag.status) - rank(y.ag.status) ||
      pos(x) - pos(y) ||
      (y.ag.date?.iso ?? '').localeCompare(x.ag.date?.iso ?? '') ||
      x.doc.id.localeCompare(y.doc.id) ||
      x.ag.sentence.paragraph - y.ag.sentence.paragraph,
  );
  const results = found
    .slice(0, MAX_AGREEMENTS)
    .map(({ doc, ag }) => agreementResult(index, doc, ag, keys));

  const actor = index.actor(key);
  const withAgreement = new Set(index.agreementsOf(key));
  const alsoMentioned = other
    ? []
    : (actor?.documents ?? [])
        .filter((id) => !withAgreement.has(id))
        .map((id) => {
          const doc = index.document(id);
          return { document: id, title: doc?.title ?? id, mentions: doc?.mentionCounts[key] ?? 0 };
        })
        .sort((x, y) => y.mentions - x.mentions || x.document.localeCompare(y.document))
        .slice(0, MAX_ALSO_MENTIONED);

  const answer: AccordAnswer = {
    command: 'accord',
    query: q,
    party,
    results,
    total: found.length,
    alsoMentioned,
    filters: [...(other ? [`avec ${partyPhrase(other)}`] : []), ...filterLabels(filter, a.nature)],
  };
  if (other) answer.with = other;
  if (filter.status) answer.status = filter.status;
  if (filter.since) answer.since = filter.since;
  if (filter.until) answer.until = filter.until;
  if (filter.nature) answer.nature = (a.nature ?? '').trim();
  if (selection.recalled) answer.recalled = selection.recalled;
  if (selection.undated) answer.undated = selection.undated;
  const who = other ? `liant ${partiesPhrase(party, other)}` : `impliquant ${partyPhrase(party)}`;
  if (results.length === 0) {
    answer.message =
      filter.status && filter.status !== ALL_STATUSES
        ? `Aucun accord au statut « ${filter.status} » trouvé ${who}.`
        : `Aucun accord trouvé ${who}.`;
  } else if (found.length > results.length) {
    answer.message = `${found.length} accords trouvés ; voici les ${results.length} premiers (accords signés d’abord, puis partie principale, puis les plus récents).`;
  }
  return answer;
}
