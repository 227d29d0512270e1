/** `accord <partie>`: the agreements a country or organisation is party to, each with its source. */
import type { Agreement } from '../analysis/agreements.ts';
import type { AnalyzedDocument } from '../analysis/analyze.ts';
import { type CorpusIndex, compare } from '../index/corpus-index.ts';
import type { AnswerContext } from './context.ts';
import { cite, mentionSpans } from './excerpt.ts';
import { partyPhrase } from './labels.ts';
import { suggestParties } from './suggest.ts';
import type { AccordAnswer, AgreementResult } from './types.ts';

/** Keys that stand for the party in a document: itself, and for a country its organisations. */
function partyKeys(doc: AnalyzedDocument, key: string): Set<string> {
  const keys = new Set([key]);
  if (key.startsWith('pays:')) {
    const code = key.slice(5);
    for (const a of doc.actors) if (a.country === code) keys.add(a.key);
  }
  return keys;
}

function result(
  index: CorpusIndex,
  doc: AnalyzedDocument,
  ag: Agreement,
  key: string,
): AgreementResult {
  const keys = partyKeys(doc, key);
  // The passage that supports the answer: the strongest evidence paragraph naming the party.
  // A body paragraph is better evidence than the title line repeated as paragraph 1.
  const names = (p: number) => doc.mentions.some((m) => m.paragraph === p && keys.has(m.key));
  const isTitle = (p: number) => doc.paragraphs[p]?.trim() === doc.title.trim();
  const para = ag.evidence.find((p) => names(p) && !isTitle(p)) ?? ag.evidence.find(names);
  const index_ = para ?? ag.evidence[0] ?? 0;
  const allParties = new Set(ag.parties);
  const spans = mentionSpans(doc, index_, new Set([...keys, ...allParties]));
  const name = (k: string) =>
    doc.actors.find((a) => a.key === k)?.name ?? index.actor(k)?.name ?? k;
  const out: AgreementResult = {
    ...cite(doc, index_, spans),
    kind: ag.kind,
    parties: ag.parties.map((p) => index.actor(p)?.name ?? name(p)),
    signatories: ag.signatories.map((s) => {
      const a = doc.actors.find((x) => x.key === s);
      return a?.roles[0] ? { name: a.name, role: a.roles[0] } : { name: name(s) };
    }),
  };
  if (ag.place) out.place = ag.place;
  if (ag.date) out.date = ag.date;
  if (ag.curated) out.curated = true;
  return out;
}

/** Most agreements returned in one answer (the best ranked); `total` says how many there are. */
export const MAX_AGREEMENTS = 50;
const MAX_ALSO_MENTIONED = 20;

export function answerAccord(ctx: AnswerContext, query: string): AccordAnswer {
  const { index } = ctx;
  const q = query.trim();
  if (!q) {
    return {
      command: 'accord',
      query,
      results: [],
      total: 0,
      alsoMentioned: [],
      message: 'Indiquez un pays ou une organisation, par exemple « Russie » ou « UIT ».',
    };
  }
  const keys = index.resolve(q).filter((k) => !k.startsWith('pers:'));
  if (keys.length === 0) {
    const suggestions = suggestParties(index, q, 5).map((s) => s.name);
    return {
      command: 'accord',
      query: q,
      results: [],
      total: 0,
      alsoMentioned: [],
      message: `Aucun pays ni organisation connu ne s’appelle « ${q} ».`,
      ...(suggestions.length ? { suggestions } : {}),
    };
  }
  // Prefer the key that is party to agreements (a name may be both a country form and an alias).
  const key = [...keys].sort(
    (a, b) => index.agreementsOf(b).length - index.agreementsOf(a).length || compare(a, b),
  )[0] as string;
  const actor = index.actor(key);
  const party = { key, name: actor?.name ?? q, type: actor?.type ?? 'organisation' };

  // Rank on cheap keys first; build citations only for the agreements returned.
  const found: { doc: AnalyzedDocument; ag: Agreement; pos: number }[] = [];
  for (const id of index.agreementsOf(key)) {
    const doc = index.document(id);
    if (!doc) continue;
    for (const ag of doc.agreements) {
      const pos = ag.parties.indexOf(key);
      if (pos >= 0) found.push({ doc, ag, pos });
    }
  }
  const weak = (ag: Agreement) => (ag.kind === 'discussions' ? 1 : 0);
  found.sort(
    (a, b) =>
      weak(a.ag) - weak(b.ag) ||
      a.pos - b.pos ||
      (b.ag.date?.iso ?? '').localeCompare(a.ag.date?.iso ?? '') ||
      a.doc.id.localeCompare(b.doc.id),
  );
  const results = found.slice(0, MAX_AGREEMENTS).map(({ doc, ag }) => result(index, doc, ag, key));

  const withAgreement = new Set(found.map((f) => f.doc.id));
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
  if (results.length === 0)
    answer.message = `Aucun accord trouvé impliquant ${partyPhrase(party)}.`;
  else if (found.length > results.length) {
    answer.message = `${found.length} accords trouvés ; voici les ${results.length} premiers (accords signés, puis partie principale, puis les plus récents).`;
  }
  return answer;
}
