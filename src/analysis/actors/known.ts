/**
 * Names known in advance: international organisations (by any of their forms), news media
 * (cited as sources: their tokens are taken, no actor is made) and places that are not countries
 * (continents, seas, regions: taken, no actor).
 */
import { isStopword } from '../normalize.ts';
import { KNOWN_ORGANISATIONS, MEDIA } from '../organisations.ts';
import { PhraseMatcher, phraseKey } from '../phrases.ts';
import { PLACES } from '../places.ts';
import { isCommonWord } from '../pos.ts';
import { isTight, type Token } from '../tokens.ts';
import { type Collector, orgKey, type ParagraphState } from './collector.ts';

interface KnownForm {
  name: string;
  kind: 'organisation' | 'media' | 'place';
  /** An upper-case form (`UIT`, `UN`) only matches upper-case text. */
  acronym: boolean;
  /** A place that stands for the organisation only when it acts (`Bruxelles`). */
  seat?: boolean;
  /** The press writes it in lower case (`les talibans`). */
  lowercase?: boolean;
}

/**
 * Words before a medium that make it a source, not an actor: `a indiqué à l'AFP`, `selon
 * Reuters`, `d'après Le Monde`, `rapporté par l'AFP`, `dans Der Spiegel`, `sur France Inter`,
 * `un journaliste de l'AFP`.
 */
const SOURCE_BEFORE = /^(a|au|aux|selon|apres|par|dans|sur|pour|de|du|des|d|chez)$/;
const ARTICLE = /^(l|le|la|les)$/;

/** Whether the medium at token `i` is cited as a source (see SOURCE_BEFORE). */
function citedAsSource(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]?.gap.includes('(')) return true; // a credit: `(AFP)`
  const j = ARTICLE.test(tokens[i - 1]?.key ?? '') ? i - 1 : i;
  if (SOURCE_BEFORE.test(tokens[j - 1]?.key ?? '')) return true;
  // A programme's credit: `l'émission … en partenariat avec Le Monde`, `… avec journal Le
  // Parisien`.
  const cue = /^(journal|quotidien|radio|chaine|magazine|site)$/.test(tokens[j - 1]?.key ?? '')
    ? 1
    : 0;
  const k = (n: number) => tokens[j - cue - n]?.key ?? '';
  return k(1) === 'avec' && k(2) === 'partenariat' && k(3) === 'en';
}

/** Prepositions that make a seat a place: `à Bruxelles`, `depuis Bruxelles`. */
const PLACE_BEFORE = /^(a|en|dans|depuis|vers|pres|de|pour)$/;

const isAcronymForm = (f: string) => f === f.toUpperCase() && !/\d/.test(f);

const known = new PhraseMatcher<KnownForm>();
for (const org of KNOWN_ORGANISATIONS) {
  for (const f of org.forms)
    known.add(f, {
      name: org.name,
      kind: 'organisation',
      acronym: isAcronymForm(f),
      ...(org.lowercase ? { lowercase: true } : {}),
    });
  for (const f of org.seats ?? [])
    known.add(f, { name: org.name, kind: 'organisation', acronym: false, seat: true });
}
for (const m of MEDIA)
  known.add(m, { name: m, kind: 'media', acronym: isAcronymForm(m) }, () => false);
for (const p of PLACES) known.add(p, { name: p, kind: 'place', acronym: false }, () => false);

/** Keys of the financing institutions known in advance (`la Banque mondiale`, `le FMI`). */
export const LENDER_KEYS: ReadonlySet<string> = new Set(
  KNOWN_ORGANISATIONS.filter((o) => o.lender).map((o) => orgKey(o.name)),
);

/** Keys of the organisations made of member states (`l'UE`, `l'OTAN`, `l'OMS`). */
export const MEMBERSHIP_KEYS: ReadonlySet<string> = new Set(
  KNOWN_ORGANISATIONS.filter((o) => o.members).map((o) => orgKey(o.name)),
);

/** A French word written in capitals (`UN HOMME DE 23 ANS`, `L'UN DE SES`): a shouted heading. */
const shouted = (t: Token | undefined) =>
  !!t?.upper && (isStopword(t.key) || isCommonWord(t.text.toLowerCase()));

/**
 * True when the acronym at token i stands in a line written in capitals (`UN HOMME DE 23 À 25
 * ANS EN FUITE`): a French word there, not the acronym.
 */
function inShoutedLine(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return shouted(tokens[i - 1]) || (!!next && !/[\n(]/.test(next.gap) && shouted(next));
}

/**
 * True when a known name of several words opens a longer one: `le Conseil européen des
 * relations internationales` is a think tank, not the Conseil européen (the head stage reads
 * it whole). A complement of lower-case nouns glued after it makes it longer.
 */
function longerName(tokens: readonly Token[], i: number, n: number): boolean {
  const of = tokens[i + n];
  const next = tokens[i + n + 1];
  if (n < 2 || !of || !next || !/^(de|des|du)$/.test(of.key) || !isTight(of.gap)) return false;
  return (
    isTight(next.gap) &&
    !next.cap &&
    !isStopword(next.key) &&
    /^\p{L}+$/u.test(next.text) &&
    isCommonWord(next.text)
  );
}

/** Finds known organisations, media and places in a paragraph. */
export function findKnown(c: Collector, s: ParagraphState): void {
  const { tokens } = s;
  // Where the last medium cited as a source ends: `selon Le Monde et France Inter`.
  let sourceEnd = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (s.claimed[i]) continue;
    const t = tokens[i];
    const m = t && known.match(tokens, i);
    if (!t || !m || !s.free(i, i + m[1])) continue;
    const [form, n] = m;
    // Acronyms must be written in capitals; names must start with a capital (or a digit: G7).
    const last = tokens[i + n - 1];
    const written = form.acronym
      ? t.upper
      : t.cap || /\d/.test(t.text) || !!form.lowercase || (form.kind === 'place' && !!last?.cap);
    if (!written || (form.acronym && n === 1 && inShoutedLine(tokens, i))) continue;
    if (form.kind === 'organisation' && longerName(tokens, i, n)) continue;
    const end = (tokens[i + n - 1] ?? t).end;
    const asPlace = form.seat && PLACE_BEFORE.test(tokens[i - 1]?.key ?? '');
    if (form.kind === 'organisation' && !asPlace) {
      const key = orgKey(form.name);
      const actor = c.actor(key, form.name, 'organisation');
      // The form the text uses is one of its names (`l'ONU` for the Nations unies).
      const written = s.text.slice(t.start, end);
      const folded = phraseKey(written);
      if (
        !form.seat &&
        !isStopword(folded) &&
        ![actor.name, ...actor.aliases].some((x) => phraseKey(x) === folded)
      )
        actor.aliases.push(written);
      c.explicit.add(key);
      c.mention(key, s.index, t.start, end);
    } else if (
      form.kind === 'media' &&
      !citedAsSource(tokens, i) &&
      !(tokens[i - 1]?.key === 'et' && sourceEnd === i - 1)
    ) {
      // A medium is a source, unless it acts (`Google va rémunérer le groupe Spiegel`): kept
      // then as an organisation, selected only as a party (select.ts).
      const key = orgKey(form.name);
      c.actor(key, form.name, 'organisation');
      c.media.add(key);
      c.mention(key, s.index, t.start, end);
    } else {
      c.ignore(asPlace ? 'place' : form.kind, s.index, t.start, end);
      if (form.kind === 'media') sourceEnd = i + n;
    }
    s.claim(i, i + n);
    i += n - 1;
  }
}
