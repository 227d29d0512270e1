/** `acteurs [type] [document] [pays]`: who the corpus cites, most important first. */
import type { ActorType } from '../analysis/entities.ts';
import { gazetteer } from '../analysis/gazetteer.ts';
import { phraseKey } from '../analysis/phrases.ts';
import type { Actor } from '../index/corpus-index.ts';
import type { AnswerContext } from './context.ts';
import { findDocument } from './document.ts';
import type { ActorsAnswer } from './types.ts';

export const ACTOR_TYPES: ActorType[] = ['pays', 'organisation', 'personne'];

export interface ActorFilters {
  type?: string;
  document?: string;
  pays?: string;
}

/** True when an actor belongs to a country: the country itself, its organisations, people whose role names it. */
function ofCountry(ctx: AnswerContext, a: Actor, code: string): boolean {
  if (a.key === `pays:${code}` || a.country === code) return true;
  if (a.type !== 'personne') return false;
  const g = gazetteer();
  return a.roles.some((r) =>
    phraseKey(r)
      .split(' ')
      .some(
        (w) =>
          g.lookup(w)?.code === code ||
          ctx.index.resolve(w).some((k) => ctx.index.actor(k)?.country === code),
      ),
  );
}

export function answerActeurs(ctx: AnswerContext, filters: ActorFilters = {}): ActorsAnswer {
  const out: ActorsAnswer = { command: 'acteurs', filters: {}, actors: [], total: 0 };
  let list = ctx.index.actors();
  if (filters.type) {
    const t = phraseKey(filters.type).replace(/s$/, '') as ActorType;
    if (!ACTOR_TYPES.includes(t)) {
      return {
        ...out,
        message: `Type inconnu : « ${filters.type} ». Types possibles : pays, organisation, personne.`,
      };
    }
    out.filters.type = t;
    list = list.filter((a) => a.type === t);
  }
  if (filters.document) {
    const doc = findDocument(ctx, filters.document);
    if (!doc) return { ...out, message: `Aucun document ne correspond à « ${filters.document} ».` };
    out.filters.document = doc.id;
    list = list.filter((a) => a.documents.includes(doc.id));
  }
  if (filters.pays) {
    const form = gazetteer().lookup(phraseKey(filters.pays));
    if (!form || form.kind === 'prefix')
      return { ...out, message: `Pays inconnu : « ${filters.pays} ».` };
    out.filters.pays = gazetteer().country(form.code)?.name ?? filters.pays;
    list = list.filter((a) => ofCountry(ctx, a, form.code));
  }
  out.actors = list.map((a) => ({
    key: a.key,
    name: a.name,
    type: a.type,
    roles: a.roles,
    aliases: a.aliases,
    documents: a.documents,
    mentions: a.mentions,
    ...(a.country ? { country: gazetteer().country(a.country)?.name ?? a.country } : {}),
  }));
  out.total = out.actors.length;
  if (out.total === 0) out.message = 'Aucun acteur ne correspond à ces critères.';
  return out;
}
