/** `acteurs [type] [document] [pays]`: who the corpus cites, most important first. */
import type { ActorType } from '../analysis/actors/index.ts';
import { gazetteer } from '../analysis/gazetteer.ts';
import { phraseKey } from '../analysis/phrases.ts';
import { type Actor, compare } from '../index/corpus-index.ts';
import type { AnswerContext } from './context.ts';
import { findDocument } from './document.ts';
import type { ActorsAnswer } from './types.ts';

export const ACTOR_TYPES: ActorType[] = ['pays', 'organisation', 'personne'];

/** `pays`, `organisations`, `Personne`… → the actor type; undefined for anything else. */
export function parseActorType(text: string): ActorType | undefined {
  const key = phraseKey(text);
  return ACTOR_TYPES.find((t) => key === t || key === `${t}s`);
}
/** Most actors returned in one answer; `total` says how many match. */
export const MAX_ACTORS = 500;

export interface ActorFilters {
  type?: string;
  document?: string;
  pays?: string;
}

function byImportance(a: Actor, b: Actor): number {
  return (
    b.documents.length - a.documents.length ||
    b.mentions - a.mentions ||
    a.name.localeCompare(b.name, 'fr') ||
    compare(a.key, b.key)
  );
}

export function answerActeurs(ctx: AnswerContext, filters: ActorFilters = {}): ActorsAnswer {
  const out: ActorsAnswer = { command: 'acteurs', filters: {}, actors: [], total: 0 };
  const index = ctx.index;
  let type: ActorType | undefined;
  if (filters.type) {
    const t = parseActorType(filters.type);
    if (!t) {
      return {
        ...out,
        message: `Type inconnu : « ${filters.type} ». Types possibles : pays, organisation, personne.`,
      };
    }
    type = t;
    out.filters.type = t;
  }
  let country: string | undefined;
  if (filters.pays) {
    const form = gazetteer().lookup(phraseKey(filters.pays));
    if (!form || form.kind === 'prefix')
      return { ...out, message: `Pays inconnu : « ${filters.pays} ».` };
    country = form.code;
    out.filters.pays = gazetteer().country(form.code)?.name ?? filters.pays;
  }
  // A document's own actors are few: start from them rather than from the whole corpus.
  let list: Actor[];
  if (filters.document) {
    const doc = findDocument(ctx, filters.document);
    if (!doc) return { ...out, message: `Aucun document ne correspond à « ${filters.document} ».` };
    out.filters.document = doc.id;
    list = doc.actors
      .map((a) => index.actor(a.key))
      .filter((a): a is Actor => !!a)
      .sort(byImportance);
  } else list = index.actors();
  const keep = (a: Actor) =>
    (!type || a.type === type) &&
    (!country || a.key === `pays:${country}` || a.country === country);
  const matching = list.filter(keep);
  out.total = matching.length;
  out.actors = matching.slice(0, MAX_ACTORS).map((a) => ({
    key: a.key,
    name: a.name,
    type: a.type,
    roles: a.roles,
    aliases: a.aliases,
    documents: a.documents,
    mentions: a.mentions,
    ...(a.country ? { country: gazetteer().country(a.country)?.name ?? a.country } : {}),
  }));
  if (out.total === 0) out.message = 'Aucun acteur ne correspond à ces critères.';
  return out;
}
