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
import { attributionStart, COMPANY_NOUNS, roleOf } from '../clause/roles.ts';
import { clauseStart, listAfter } from '../clause/structure.ts';
import { type MentionRef, mentionAt, type SentenceView, word } from '../clause/view.ts';
import { AUXILIARIES, ORG_HEADS, ROLE_WORDS } from '../lexicon.ts';
import { onlyVerb } from '../pos.ts';
import { isTight, type Token } from '../tokens.ts';
import type { ExtractedActor, Mention } from './types.ts';

/** Words of a gathering: a name after `devant` then is where people gather. */
const GATHERING =
  /^(rassembl|manifest|attroup|sit-in|veillee|cortege|defil|piquet|massee?s|reunie?s)/;

/**
 * True when a mention stands as the place where people gather: `le rassemblement pour Adama
 * Traoré, mardi 2 juin, devant le tribunal judiciaire de Paris`, `des manifestants se sont
 * rassemblés devant le tribunal de commerce`. (Not a trial or a speech: `comparaître devant le
 * tribunal`, `un discours devant l'Assemblée`: the body acts there.)
 */
function asPlace(v: SentenceView, m: MentionRef): boolean {
  let p = m.from - 1;
  if (/^(le|la|les|l)$/.test(word(v, p))) p--;
  if (word(v, p) !== 'devant') return false;
  for (let k = p - 1; k >= 0 && p - k <= 10; k--) {
    if (GATHERING.test(word(v, k))) return true;
    if (v.tokens[k]?.sentenceStart) break;
  }
  return false;
}

/**
 * True when a mention only repeats in brackets the common-noun phrase before it: `l'application
 * du droit de la mer (UNCLOS)` names a convention, not an actor. (Not after a name, `le
 * Rassemblement national (RN)`, nor after a body's noun, `la brigade de répression du banditisme
 * (BRB)`, nor after a title, `députée (LREM)`.)
 */
function bracketedGloss(v: SentenceView, m: MentionRef): boolean {
  if (!/\(\s*$/.test(v.tokens[m.from]?.gap ?? '')) return false;
  let words = 0;
  for (let k = m.from - 1; k >= 0 && m.from - k <= 8; k--) {
    const t = v.tokens[k] as Token;
    if (
      t.cap ||
      mentionAt(v, k) ||
      ORG_HEADS.has(t.key) ||
      COMPANY_NOUNS.has(t.key) ||
      ROLE_WORDS.has(t.key)
    )
      return false;
    words++;
    if (!isTight(t.gap) || t.sentenceStart) break;
  }
  return words > 0;
}

/**
 * True when a country noun is a person's nationality: `la Danoise Margrethe Vestager`, `le
 * Belge Charles Michel` (a title before it makes the country act: `le président américain`).
 */
function nationalityOfPerson(v: SentenceView, m: MentionRef): boolean {
  // (Not an adjective after a state's noun: `le gouvernement italien Silvio Berlusconi`.)
  const noun = !m.adjective || !!v.tokens[m.from]?.cap;
  return m.type === 'pays' && noun && mentionAt(v, m.to)?.type === 'personne';
}

/** Nouns of a death or a tribute: the person after them is who died (`la mort de George Floyd`). */
const DEATH = /^(mort|deces|meurtre|assassinat|obseques|funerailles|hommage)$/;
/** Gatherings for someone: `le rassemblement pour Adama Traoré`. */
const FOR_SOMEONE =
  /^(rassemblement|rassemblements|manifestation|manifestations|marche|veillee|mobilisation)$/;

/**
 * True when a person is only the one a death or a gathering is about: `la mort du noir
 * américain George Floyd`, `la manifestation pour Adama Traoré`. (A lower-case description may
 * stand before the name.)
 */
function onlyConcerned(v: SentenceView, m: MentionRef): boolean {
  let k = m.from - 1;
  for (let d = 0; d < 3 && k > 0 && !v.tokens[k]?.cap && !/^(de|du|d|pour)$/.test(word(v, k)); d++)
    k--;
  // (`à la mort de son père, Chiang Ching-kuo a promu Lee`: a comma closes the complement.)
  for (let j = k + 1; j <= m.from; j++) if (!isTight(v.tokens[j]?.gap ?? '')) return false;
  const prep = word(v, k);
  const noun = word(v, k - 1);
  return (
    (/^(de|du|d)$/.test(prep) && DEATH.test(noun)) || (prep === 'pour' && FOR_SOMEONE.test(noun))
  );
}

/** True when a mention acts in its sentence. */
function acts(v: SentenceView, m: MentionRef, attribution: number): boolean {
  if (asPlace(v, m) || bracketedGloss(v, m)) return false;
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
  if (role !== 'party' || nationalityOfPerson(v, m)) return false;
  // After `avec`, `entre`, `contre`, `par` (a determiner may stand between).
  let k = m.from - 1;
  if (/^(le|la|les|l)$/.test(word(v, k))) k--;
  if (/^(avec|entre|contre|par)$/.test(word(v, k))) return true;
  // After `et`, a name shares the role of the name it is coordinated with: `avec Paris et
  // Londres` act, `qui concerne l'Allemagne, l'Australie et le Brésil` do not. (With no name
  // before, `et` joins two parties.)
  if (word(v, k) === 'et') {
    const before = mentionAt(v, k - 1);
    // (`les géants américains Apple et Google ont mis`: a verb right after, the pair is its
    // subject; not after a comma, `l'Australie et le Brésil, intervient`.)
    const next = v.tokens[m.to];
    const verb = !!next && isTight(next.gap) && (AUXILIARIES.has(next.key) || onlyVerb(next.text));
    return before && before.from < m.from && !verb ? acts(v, before, attribution) : true;
  }
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
  // An organisation named explicitly is kept, unless every mention of it is a place; a person,
  // unless every mention of them is who a death or a gathering is about.
  const placed = new Map<string, boolean>();
  for (const v of views)
    for (const m of v.mentions)
      if (!m.anaphor)
        placed.set(
          m.key,
          (placed.get(m.key) ?? true) &&
            (m.type === 'personne' ? onlyConcerned(v, m) : asPlace(v, m)),
        );
  for (const a of actors)
    if ((a.type === 'personne' || explicit.has(a.key)) && !placed.get(a.key)) keep.add(a.key);
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
