/**
 * Membership of an organisation of states, read from the event word alone: leaving it
 * (`la sortie du Royaume-Uni de l'Union européenne`, `les États-Unis se retirent de l'OMS`,
 * `quitter l'OTAN`) ends an agreement; a candidacy (`candidate à l'Union européenne`) is an
 * accession under negotiation. Only organisations made of member states count (see
 * `members` in organisations.ts): `quitter Google` or `se retirer de la course` say nothing of
 * an agreement.
 */
import { MEMBERSHIP_KEYS } from '../actors/known.ts';
import { type MentionRef, mentionAt, type SentenceView, word } from '../clause/view.ts';
import type { VerbTrigger } from './triggers.ts';

/** Event words of leaving: the noun, the verb (`se retirer`, `quitter`, `sortir`). */
const LEAVING = /^(sortie|sortir|sort|sortent|sorti|sortis|retrait|retir\p{L}*|quitt\p{L}*)$/u;

const OF = /^(de|du|des|d)$/;
const ARTICLE = /^(la|le|l|les)$/;

/** The organisation a membership word is about, and the member named with it, if any. */
export interface Membership {
  organisation: MentionRef;
  /** `la sortie du Royaume-Uni de l'UE`: the member named after the event word. */
  member?: MentionRef;
}

const isUnion = (m: MentionRef | undefined) =>
  !!m && m.type === 'organisation' && !m.provisional && MEMBERSHIP_KEYS.has(m.key);

/** Skips an article: the token where the name after `k` starts. */
function nameAt(v: SentenceView, k: number): number {
  return ARTICLE.test(word(v, k)) ? k + 1 : k;
}

/**
 * A withdrawal from an organisation of states: `sortie [du X] de l'UE`, `se retirer de l'OMS`,
 * `quitter l'OTAN` (the organisation follows the event word, a member may stand between).
 */
export function withdrawalOf(v: SentenceView, x: VerbTrigger): Membership | undefined {
  if (x.cls !== 'break' || !LEAVING.test(word(v, x.from))) return undefined;
  let k = x.to;
  // `quitter l'OTAN`: the organisation as direct object.
  if (/^quitt/.test(word(v, x.from))) {
    const m = mentionAt(v, nameAt(v, k));
    return isUnion(m) ? { organisation: m as MentionRef } : undefined;
  }
  if (!OF.test(word(v, k))) return undefined;
  const m = mentionAt(v, nameAt(v, k + 1));
  if (isUnion(m)) return { organisation: m as MentionRef };
  // `la sortie du Royaume-Uni de l'UE`, `le retrait des États-Unis de l'OMS`.
  if (!m || m.type === 'personne') {
    // `sortie de leur pays de l'UE`: a possessive names the member by reference.
    if (!/^(leur|son|sa)$/.test(word(v, k + 1))) return undefined;
    k += 3;
  } else k = m.to;
  const member = m && m.type !== 'personne' ? m : undefined;
  if (!OF.test(word(v, k))) return undefined;
  const organisation = mentionAt(v, nameAt(v, k + 1));
  if (!isUnion(organisation)) return undefined;
  return { organisation: organisation as MentionRef, ...(member ? { member } : {}) };
}

/** `candidate à l'Union européenne`: a candidacy to an organisation of states. */
export function candidacyOf(v: SentenceView, x: VerbTrigger): Membership | undefined {
  if (!/^candidat/.test(word(v, x.from)) || !/^(a|au)$/.test(word(v, x.to))) return undefined;
  const m = mentionAt(v, nameAt(v, x.to + 1));
  return isUnion(m) ? { organisation: m as MentionRef } : undefined;
}
