/**
 * `reseau [partie] [depuis] [jusqua] [statut] [nature]`: who cooperates with whom. Parties are
 * nodes, an agreement links each pair of its parties (a link counts the agreements binding both);
 * with a party, its neighbourhood: the agreements it is in, and so its partners and the links
 * among them.
 */
import { compare } from '../index/corpus-index.ts';
import type { AnswerContext } from './context.ts';
import { readScope, type ScopeArgs } from './scope.ts';
import { selectAgreements } from './select.ts';
import type { NetworkLink, NetworkNode, ReseauAnswer } from './types.ts';

/** Most nodes an answer lists (the most connected); links are those among them. */
export const MAX_NODES = 100;

export function answerReseau(ctx: AnswerContext, args: ScopeArgs): ReseauAnswer {
  const { index } = ctx;
  const scope = readScope(index, args);
  const base = {
    command: 'reseau' as const,
    query: (args.partie ?? '').trim(),
    nodes: [],
    links: [],
    totalNodes: 0,
    agreements: 0,
  };
  if (!scope.ok) {
    const { ok: _, ...rest } = scope;
    return { ...base, filters: [], ...rest };
  }
  const selection = selectAgreements(index, scope.party ? [scope.party.key] : [], scope.filter);
  const nodeCount = new Map<string, number>();
  const linkCount = new Map<string, number>();
  for (const { ag } of selection.found) {
    const parties = [...new Set(ag.parties)].sort(compare);
    for (const p of parties) nodeCount.set(p, (nodeCount.get(p) ?? 0) + 1);
    for (let i = 0; i < parties.length; i++)
      for (let j = i + 1; j < parties.length; j++) {
        const k = `${parties[i]}\u0000${parties[j]}`;
        linkCount.set(k, (linkCount.get(k) ?? 0) + 1);
      }
  }
  const name = (k: string) => index.actor(k)?.name ?? k;
  const ranked: NetworkNode[] = [...nodeCount]
    .map(([key, n]) => {
      const a = index.actor(key);
      return { name: name(key), key, type: a?.type ?? 'organisation', agreements: n };
    })
    .sort(
      (a, b) =>
        b.agreements - a.agreements || a.name.localeCompare(b.name, 'fr') || compare(a.key, b.key),
    );
  // The party asked for always stays in its own neighbourhood.
  const focus = scope.party?.key;
  const kept = ranked.slice(0, MAX_NODES);
  if (focus && !kept.some((n) => n.key === focus)) {
    const own = ranked.find((n) => n.key === focus);
    if (own) kept.splice(kept.length - 1, 1, own);
  }
  const keptKeys = new Set(kept.map((n) => n.key));
  const links: NetworkLink[] = [...linkCount]
    .map(([k, n]) => {
      const [a, b] = k.split('\u0000') as [string, string];
      return { a, b, n };
    })
    .filter(({ a, b }) => keptKeys.has(a) && keptKeys.has(b))
    // The party asked for is the source of its own links, and they come first.
    .map(({ a, b, n }) => (b === focus ? { a: b, b: a, n } : { a, b, n }))
    .sort(
      (x, y) =>
        Number(y.a === focus) - Number(x.a === focus) ||
        y.n - x.n ||
        name(x.a).localeCompare(name(y.a), 'fr') ||
        name(x.b).localeCompare(name(y.b), 'fr'),
    )
    .map(({ a, b, n }) => ({ source: name(a), target: name(b), agreements: n }));
  const answer: ReseauAnswer = {
    ...base,
    ...(scope.party ? { party: scope.party } : {}),
    filters: scope.filters,
    nodes: kept,
    links,
    totalNodes: ranked.length,
    agreements: selection.found.length,
  };
  if (selection.recalled) answer.recalled = selection.recalled;
  if (!selection.found.length) answer.message = 'Aucun accord trouvé pour ce réseau.';
  else if (!links.length)
    answer.message = 'Ces accords ne lient pas deux parties nommées : pas de lien à montrer.';
  return answer;
}
