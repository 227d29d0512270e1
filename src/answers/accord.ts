/**
 * `accord <partie> [statut]`: the agreements a country or organisation is party to, each
 * cited by the sentence that states it. By default every status but `mentionné` (an earlier
 * agreement recalled in passing), signed ones first.
 */
import type { Agreement, AgreementStatus } from '../analysis/agreements/index.ts';
import { STATUSES } from '../analysis/agreements/index.ts';
import type { AnalyzedDocument } from '../analysis/analyze.ts';
import { fold } from '../analysis/normalize.ts';
import { type CorpusIndex, compare } from '../index/corpus-index.ts';
import type { AnswerContext } from './context.ts';
import { citeSentence, mentionSpans } from './excerpt.ts';
import { partyPhrase } from './labels.ts';
import { suggestParties } from './suggest.ts';
import type { AccordAnswer, AgreementResult } from './types.ts';

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

/** The value of the `statut` option that asks for every status, `mentionné` included. */
export const ALL_STATUSES = 'tous';

/** A `statut` option as typed (`signe`, `Signé`, `en negociation`) → a status, or undefined. */
export function parseStatus(typed: string): AgreementStatus | typeof ALL_STATUSES | undefined {
  const key = fold(typed.trim());
  if (key === ALL_STATUSES || key === 'tout') return ALL_STATUSES;
  return STATUSES.find(
    (s) => fold(s) === key || fold(s).replace(/\s+/g, '') === key.replace(/\s+/g, ''),
  );
}

function result(
  index: CorpusIndex,
  doc: AnalyzedDocument,
  ag: Agreement,
  key: string,
): AgreementResult {
  const { paragraph, start, end } = ag.sentence;
  // Mark the parties where the sentence names them.
  const spans = mentionSpans(doc, paragraph, new Set([key, ...ag.parties])).filter(
    ([s, e]) => s >= start && e <= end,
  );
  const name = (k: string) =>
    index.actor(k)?.name ?? doc.actors.find((a) => a.key === k)?.name ?? k;
  const out: AgreementResult = {
    ...citeSentence(doc, paragraph, start, end, spans),
    kind: ag.kind,
    status: ag.status,
    parties: ag.parties.map(name),
    signatories: ag.signatories.map((s) => {
      const a = doc.actors.find((x) => x.key === s);
      return a?.roles[0] ? { name: a.name, role: a.roles[0] } : { name: name(s) };
    }),
  };
  if (ag.instrument) out.instrument = ag.instrument;
  if (ag.place) out.place = ag.place;
  if (ag.date) out.date = ag.date;
  if (ag.curated) out.curated = true;
  return out;
}

/** Most agreements returned in one answer (the best ranked); `total` says how many there are. */
export const MAX_AGREEMENTS = 50;
const MAX_ALSO_MENTIONED = 20;

export function answerAccord(ctx: AnswerContext, query: string, statut = ''): AccordAnswer {
  const { index } = ctx;
  const q = query.trim();
  const empty = (message: string, extra: Partial<AccordAnswer> = {}): AccordAnswer => ({
    command: 'accord',
    query: q,
    results: [],
    total: 0,
    alsoMentioned: [],
    message,
    ...extra,
  });
  const wanted = statut.trim() ? parseStatus(statut) : undefined;
  if (statut.trim() && !wanted) {
    return empty(
      `Statut inconnu : « ${statut.trim()} ». Statuts possibles : ${STATUSES.join(', ')}, ou « ${ALL_STATUSES} ».`,
    );
  }
  if (!q) return empty('Indiquez un pays ou une organisation, par exemple « Russie » ou « UIT ».');
  const keys = index.resolve(q).filter((k) => !k.startsWith('pers:'));
  if (keys.length === 0) {
    const suggestions = suggestParties(index, q, 5).map((s) => s.name);
    return empty(
      `Aucun pays ni organisation connu ne s’appelle « ${q} ».`,
      suggestions.length ? { suggestions } : {},
    );
  }
  // Prefer the key that is party to agreements (a name may be both a country form and an alias).
  const key = [...keys].sort(
    (a, b) => index.agreementsOf(b).length - index.agreementsOf(a).length || compare(a, b),
  )[0] as string;
  const actor = index.actor(key);
  const party = { key, name: actor?.name ?? q, type: actor?.type ?? 'organisation' };

  // Rank on cheap keys first; build citations only for the agreements returned.
  const found: { doc: AnalyzedDocument; ag: Agreement; pos: number }[] = [];
  let recalled = 0;
  for (const id of index.agreementsOf(key)) {
    const doc = index.document(id);
    if (!doc) continue;
    for (const ag of doc.agreements) {
      const pos = ag.parties.indexOf(key);
      if (pos < 0) continue;
      const shown =
        wanted === ALL_STATUSES || (wanted ? ag.status === wanted : ag.status !== 'mentionné');
      if (shown) found.push({ doc, ag, pos });
      else if (!wanted && ag.status === 'mentionné') recalled++;
    }
  }
  const rank = (s: AgreementStatus) => STATUS_ORDER.indexOf(s);
  found.sort(
    (a, b) =>
      rank(a.ag.status) - rank(b.ag.status) ||
      a.pos - b.pos ||
      (b.ag.date?.iso ?? '').localeCompare(a.ag.date?.iso ?? '') ||
      a.doc.id.localeCompare(b.doc.id) ||
      a.ag.sentence.paragraph - b.ag.sentence.paragraph,
  );
  const results = found.slice(0, MAX_AGREEMENTS).map(({ doc, ag }) => result(index, doc, ag, key));

  const withAgreement = new Set(index.agreementsOf(key));
  const alsoMentioned = (actor?.documents ?? [])
    .filter((id) => !withAgreement.has(id))
    .map((id) => {
      const doc = index.document(id);
      return { document: id, title: doc?.title ?? id, mentions: doc?.mentionCounts[key] ?? 0 };
    })
    .sort((a, b) => b.mentions - a.mentions || a.document.localeCompare(b.document))
    .slice(0, MAX_ALSO_MENTIONED);

  const answer: AccordAnswer = {
    command: 'accord',
    query: q,
    party,
    results,
    total: found.length,
    alsoMentioned,
  };
  if (wanted && wanted !== ALL_STATUSES) answer.status = wanted;
  if (wanted === ALL_STATUSES) answer.status = ALL_STATUSES;
  if (recalled) answer.recalled = recalled;
  if (results.length === 0) {
    answer.message = wanted
      ? `Aucun accord au statut « ${wanted} » trouvé impliquant ${partyPhrase(party)}.`
      : `Aucun accord trouvé impliquant ${partyPhrase(party)}.`;
  } else if (found.length > results.length) {
    answer.message = `${found.length} accords trouvés ; voici les ${results.length} premiers (accords signés d’abord, puis partie principale, puis les plus récents).`;
  }
  return answer;
}
