/**
 * Which names are actors of the document: a reader lists the countries, organisations and
 * people that act in the story, not the places where it happens (`à Moscou`, `en Chine`), the
 * nationality of a company (`le chinois CMEC`), nor a name only seen as a place or a complement.
 *
 * A country or an organisation found without an explicit sign (a known organisation, a head
 * word, a cue, an acronym definition) is kept when one of its mentions acts: it opens its
 * clause as subject, follows `avec`, `entre`, `contre`, `par`, qualifies a government
 * (`le gouvernement américain`), or it is a party to an agreement. People are kept.
 */
import type { Agreement } from '../agreements/merge.ts';
import { attributionStart, roleOf } from '../clause/roles.ts';
import { clauseStart, listAfter } from '../clause/structure.ts';
import { type MentionRef, type SentenceView, word } from '../clause/view.ts';
import { ROLE_WORDS } from '../lexicon.ts';
import type { ExtractedActor, Mention } from './types.ts';

/** True when a mention acts in its sentence. */
function acts(v: SentenceView, m: MentionRef, attribution: number): boolean {
  // A name after a preposition of place is a place (`à Saint-Cloud`, `dans les Hauts-de-Seine`).
  let p = m.from - 1;
  if (/^(le|la|les|l)$/.test(word(v, p))) p--;
  if (
    /^(a|au|aux|en|dans|depuis|vers|pres|sur|de|du|des|d)$/.test(word(v, p)) &&
    m.type === 'organisation'
  )
    return false;
  const role = roleOf(v, m, attribution);
  // A country that qualifies a leader acts through them (`le président américain`,
  // `l'ambassadeur des Etats-Unis`).
  if (
    m.type === 'pays' &&
    (role === 'role' || (role === 'nationality' && ROLE_WORDS.has(word(v, m.from - 1))))
  )
    return true;
  if (role !== 'party') return false;
  // After `avec`, `entre`, `contre`, `par` (a determiner may stand between).
  let k = m.from - 1;
  if (/^(le|la|les|l)$/.test(word(v, k))) k--;
  if (/^(avec|entre|contre|par|et)$/.test(word(v, k))) return true;
  // A country adjective that qualifies a government (`les gouvernements français et allemand`).
  if (m.adjective) return true;
  // The subject list that opens its clause.
  const start = clauseStart(v, m.from);
  return listAfter(v, start, m.to).includes(m);
}

export interface Selection {
  actors: ExtractedActor[];
  mentions: Mention[];
}

/**
 * Keeps the actors that act somewhere in the document. `explicit` are the keys whose name was
 * found by an explicit sign (kept whatever their mentions do).
 */
export function selectActors(
  actors: readonly ExtractedActor[],
  mentions: readonly Mention[],
  views: readonly SentenceView[],
  agreements: readonly Agreement[],
  explicit: ReadonlySet<string>,
  /** News media: kept only as parties to an agreement (else they are sources). */
  media: ReadonlySet<string> = new Set(),
): Selection {
  const keep = new Set<string>();
  for (const a of agreements) for (const p of [...a.parties, ...a.signatories]) keep.add(p);
  for (const a of actors) if (a.type === 'personne' || explicit.has(a.key)) keep.add(a.key);
  for (const v of views) {
    const attribution = attributionStart(v);
    for (const m of v.mentions) {
      if (m.anaphor || m.provisional || keep.has(m.key) || media.has(m.key)) continue;
      if (acts(v, m, attribution)) keep.add(m.key);
    }
  }
  return {
    actors: actors.filter((a) => keep.has(a.key)),
    mentions: mentions.filter((m) => keep.has(m.key)),
  };
}
