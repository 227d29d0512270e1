/**
 * What a re-index brought that followers want to hear: the agreements of the documents added
 * or changed that were not there before (same parties, kind, status, date and sentence) and
 * involve a followed party. The tracker remembers each document's agreements as a set of
 * fingerprints; after a run it compares the documents the run touched, then remembers them.
 */
import type { Agreement } from '../analysis/agreements/index.ts';
import type { AnalyzedDocument } from '../analysis/analyze.ts';
import { type CorpusIndex, compare } from '../index/corpus-index.ts';
import type { Follow, FollowStore } from '../index/follows.ts';
import type { RunReport } from '../index/status.ts';
import { STATUS_ORDER } from './accord.ts';
import { agreementResult } from './select.ts';
import type { FollowNews } from './types.ts';

/** Most agreements one post cites (the message says how many more there are). */
export const MAX_NEWS = 10;

/** What makes an agreement the same one after a document changed. */
function fingerprint(doc: AnalyzedDocument, ag: Agreement): string {
  const { paragraph, start, end } = ag.sentence;
  return JSON.stringify([
    ag.kind,
    ag.status,
    [...ag.parties].sort(compare),
    ag.date?.iso ?? '',
    ag.instrument ?? '',
    (doc.paragraphs[paragraph] ?? '').slice(start, end),
  ]);
}

export class NewsTracker {
  private readonly known = new Map<string, Set<string>>();

  /** Remembers the agreements of every document now indexed (call once, before any run). */
  constructor(private readonly index: () => CorpusIndex) {
    for (const doc of index().documents()) this.remember(doc);
  }

  private remember(doc: AnalyzedDocument): void {
    if (doc.agreements.length)
      this.known.set(doc.id, new Set(doc.agreements.map((ag) => fingerprint(doc, ag))));
    else this.known.delete(doc.id);
  }

  /**
   * The news of one run, one entry per channel that follows a party of a new agreement, in
   * channel order. Every document the run touched is remembered anew, whoever follows it.
   */
  afterRun(report: RunReport, follows: FollowStore): FollowNews[] {
    const index = this.index();
    const fresh: { doc: AnalyzedDocument; ag: Agreement }[] = [];
    for (const id of [...report.added, ...report.updated].sort(compare)) {
      const doc = index.document(id);
      if (!doc) continue;
      const before = this.known.get(id) ?? new Set<string>();
      // Agreements only recalled in passing are old news, as /accord leaves them out.
      for (const ag of doc.agreements)
        if (ag.status !== 'mentionné' && !before.has(fingerprint(doc, ag))) fresh.push({ doc, ag });
      this.remember(doc);
    }
    for (const id of report.removed) this.known.delete(id);
    if (!fresh.length) return [];
    const byChannel = new Map<string, Follow[]>();
    for (const f of follows.all())
      byChannel.set(f.channel, [...(byChannel.get(f.channel) ?? []), f]);
    const out: FollowNews[] = [];
    for (const [channel, list] of [...byChannel].sort(([a], [b]) => compare(a, b))) {
      const keys = new Set(list.map((f) => f.party));
      const matching = fresh
        .filter(({ ag }) => ag.parties.some((p) => keys.has(p)))
        .sort(
          (x, y) =>
            STATUS_ORDER.indexOf(x.ag.status) - STATUS_ORDER.indexOf(y.ag.status) ||
            compare(x.doc.id, y.doc.id) ||
            x.ag.sentence.paragraph - y.ag.sentence.paragraph,
        );
      if (!matching.length) continue;
      const parties = list
        .filter((f) => matching.some(({ ag }) => ag.parties.includes(f.party)))
        .map((f) => ({
          key: f.party,
          name: index.actor(f.party)?.name ?? f.name,
          type: index.actor(f.party)?.type ?? 'organisation',
        }));
      out.push({
        command: 'suivi',
        channel,
        parties,
        results: matching
          .slice(0, MAX_NEWS)
          .map(({ doc, ag }) => agreementResult(index, doc, ag, [...keys])),
        total: matching.length,
      });
    }
    return out;
  }
}
