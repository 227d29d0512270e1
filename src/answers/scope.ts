/**
 * The scope of the agreement commands whose party is optional (`/chronologie`, `/reseau`,
 * `/exporter`): the party, if one is named, and the filters, read once, with the French
 * message for whatever cannot be read.
 */
import type { CorpusIndex } from '../index/corpus-index.ts';
import { type AgreementFilter, filterLabels, readFilter } from './filters.ts';
import { resolveParty } from './select.ts';
import type { PartyRef } from './types.ts';

export interface ScopeArgs {
  partie?: string;
  statut?: string;
  depuis?: string;
  jusqua?: string;
  nature?: string;
}

export type Scope =
  | { ok: true; party?: PartyRef; filter: AgreementFilter; filters: string[] }
  | { ok: false; message: string; suggestions?: string[] };

export function readScope(index: CorpusIndex, args: ScopeArgs): Scope {
  const read = readFilter(args);
  if ('error' in read) return { ok: false, message: read.error };
  const filters = filterLabels(read, args.nature);
  const q = args.partie?.trim();
  if (!q) return { ok: true, filter: read, filters };
  const r = resolveParty(index, q);
  if (!r.party)
    return {
      ok: false,
      message: r.message,
      ...(r.suggestions.length ? { suggestions: r.suggestions } : {}),
    };
  return { ok: true, party: r.party, filter: read, filters };
}
