/**
 * Reads the agreements one sentence states. Each agreement word (`accord`, `partenariat`) is
 * read with the event word that governs it (`ont signé un accord`, `se retirer de l'accord`,
 * `l'accord a été signé`); event words that say cooperation by themselves (`collaborent`,
 * `s'est allié`, `deviennent soutiens de`) are read alone. For each: the parties by the
 * structure of the clause, the instrument, the status and the details. A sentence may state
 * several agreements (`respectivement avec X et avec Y`; `contrats : A avec B, C avec D`).
 */

import { LENDER_KEYS } from '../actors/known.ts';
import { attributionStart, roleOf } from '../clause/roles.ts';
import { clauseStart, leading, listAfter, type Subject, subjectOf } from '../clause/structure.ts';
import { type MentionRef, mentionAt, type SentenceView, surface, word } from '../clause/view.ts';
import type { DateMention, ResolvedDate } from '../dates.ts';
import { AUXILIARIES } from '../lexicon.ts';
import { onlyVerb, POS, pos } from '../pos.ts';
import {
  dateOf,
  framedInstrument,
  type Instrument,
  instrumentOf,
  joinedInstrument,
  placeOf,
} from './details.ts';
import { type EventClass, NEEDS_NOUN, SELF_SUFFICIENT, WEAK_NOUNS } from './lexicon.ts';
import { candidacyOf, withdrawalOf } from './membership.ts';
import { type AgreementStatus, readStatus } from './status.ts';
import { type NounTrigger, nounTriggers, type VerbTrigger, verbTriggers } from './triggers.ts';

export interface Candidate {
  view: SentenceView;
  kind: string;
  status: AgreementStatus;
  /** Actor keys, in reading order. */
  parties: string[];
  /** Provisional names (see names.ts) among the parties: key → name. */
  names: Map<string, string>;
  instrument?: string;
  place?: string;
  date?: ResolvedDate;
  /** True when the agreement word refers back (`l'accord`, `cet accord`) and adds no party. */
  anaphoric: boolean;
  /** True when the agreement word refers back, whatever it adds (`L'accord a été signé par X`). */
  refersBack: boolean;
  /** True for an agreement word alone with no event (`l'Appel de Paris` cited). */
  recalled: boolean;
  /** True for a definite agreement spoken of with no event (see status.ts). */
  spokenOf?: boolean;
  /** Token where its agreement word stands (to order readings within a sentence). */
  at: number;
  /** The class of the event verb it was read with, if any. */
  verbClass?: EventClass;
}

export interface ReadContext {
  /** The country a person leads or represents (`le président iranien Hassan Rohani`), if any. */
  leaderCountry?: (personKey: string) => string | undefined;
  referenceYear?: number;
  reference: { year?: number; certain: boolean };
  documentDate?: DateMention;
  /** The country the document is about (see index.ts homeCountry), if one stands out. */
  homeCountry?: string;
}

/** Nouns after these words are the frame of another agreement: `dans le cadre de l'Initiative…`. */
const FRAME_BEFORE = [
  'dans le cadre de',
  'dans le cadre du',
  'dans le cadre des',
  'en vertu de',
  'en vertu du',
  'au titre de',
  'au titre du',
  'conformement a',
  'mise en oeuvre de',
  'mise en oeuvre du',
  'principe de',
  'principes de',
  'principe du',
].map((s) => s.split(' '));

const DEFINITE = new Set([
  'l',
  'le',
  'la',
  'les',
  'cet',
  'ce',
  'cette',
  'ces',
  'ledit',
  'ladite',
  'son',
  'sa',
  'ses',
  'leur',
  'leurs',
]);

/** Forms of a done signing: `signé`, `ont signé`, `a été signé`. */
const SIGNED_FORM =
  /^(signe|signee|signes|signees|signent|conclu|conclue|paraphe|ratifie|ratifiee)$/;

/** Verbs of receiving: the giver may be named only as the source (`…, a annoncé le Club de Paris`). */
const RECEIVING =
  /^(obtenu|obtenue|obtenus|obtiennent|obtient|beneficier|beneficie|beneficient|recu|recoivent|recoit)$/;

function framed(v: SentenceView, n: NounTrigger): boolean {
  for (const words of FRAME_BEFORE) {
    let k = n.from - 1;
    // (`dans le cadre de l'accord`, `dans le cadre d'un accord`)
    if (DEFINITE.has(word(v, k)) || /^(un|une)$/.test(word(v, k))) k--;
    let ok = true;
    for (let j = words.length - 1; j >= 0; j--, k--) {
      const w = word(v, k);
      if (w !== words[j] && !(w === 'd' && words[j] === 'de')) {
        ok = false;
        break;
      }
    }
    if (ok) return true;
  }
  return false;
}

/** Clauses of a sentence: split at `;` only (commas and quotes stay inside a clause). */
function clauses(v: SentenceView): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (let i = 1; i < v.tokens.length; i++) {
    if (/;/.test(v.tokens[i]?.gap ?? '')) {
      out.push([start, i]);
      start = i;
    }
  }
  out.push([start, v.tokens.length]);
  return out;
}

interface Anchor {
  noun?: NounTrigger;
  verb?: VerbTrigger;
  /** The agreement is only the frame of the clause (`dans le cadre de l'accord conclu en 2015`). */
  framed?: boolean;
}

const anchorFrom = (a: Anchor) => Math.min(a.noun?.from ?? Infinity, a.verb?.from ?? Infinity);
const anchorTo = (a: Anchor) => Math.max(a.noun?.to ?? -1, a.verb?.to ?? -1);

/** True when only verb-group words stand in [from, to): `a été`, `ont`, `conclu en 2015`. */
function onlyAuxiliaries(v: SentenceView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = word(v, k);
    if (!(AUXILIARIES.has(w) || w === 'ete' || w === 'en' || /^(1[6-9]|20)\d\d$/.test(w)))
      return false;
  }
  return true;
}

/** Keys of legislative chambers. */
const LEGISLATURE =
  /^org:(assemblee nationale|senat|parlement|chambre des (representants|deputes|communes|lords)|congres|bundestag|bundesrat|knesset|douma)\b/;

/** Pairs agreement words with the event words that govern them. */
function anchorsOf(v: SentenceView, nouns: NounTrigger[], verbs: VerbTrigger[]): Anchor[] {
  const used = new Set<VerbTrigger>();
  const anchors: Anchor[] = [];
  // A weak noun right after a strong one is its complement: `accord … de coopération`.
  const mains = nouns.filter((n, i) => {
    const prev = nouns[i - 1];
    if (!prev) return true;
    // `accords et ententes`, `contrats ou partenariats`: one reading for coordinated nouns.
    const coordinated =
      n.from - prev.to <= 2 &&
      (/^(et|ou)$/.test(word(v, n.from - 1)) || /^(et|ou)$/.test(word(v, n.from - 2)));
    // `la Convention d'Istanbul, un traité adopté en 2011`: an apposition names it again.
    let k = prev.to;
    while (k < n.from - 1 && (v.tokens[k]?.cap || /^(d|de|du|des|la|l)$/.test(word(v, k)))) k++;
    const apposition =
      k === n.from - 1 &&
      /^(un|une)$/.test(word(v, k)) &&
      /,/.test(v.tokens[k]?.gap ?? '') &&
      !!v.tokens[prev.from]?.cap;
    if (apposition) return false;
    // `les négociations d'un accord`: what talks are about is no other agreement.
    const talkedAbout =
      (prev.cls === 'negotiate' || prev.cls === 'discuss') &&
      n.from - prev.to <= 3 &&
      /^(de|d|du|des|sur)$/.test(word(v, prev.to)) &&
      [...Array(n.from - prev.to).keys()].every((j) =>
        /^(de|d|du|des|sur|un|une|l|le|la|les|nouvel|nouveau|nouvelle)$/.test(word(v, prev.to + j)),
      );
    if (talkedAbout) return false;
    // `accord … de coopération`: a weak noun right after a strong one is its complement.
    const complement =
      WEAK_NOUNS.has(n.kind) &&
      n.from - prev.to <= 4 &&
      !verbs.some((x) => x.from >= prev.to && x.to <= n.from);
    return !(coordinated || complement);
  });
  for (const n of mains) {
    let governor: VerbTrigger | undefined;
    for (const x of verbs) {
      if (x.to > n.from || n.from - x.to > 10) continue;
      const between = mains.some((m) => m !== n && m.from >= x.to && m.to <= n.from);
      let blocked = false;
      for (let k = x.to; k < n.from; k++) {
        // A verb, or another noun that is the object (`dénoncé les mensonges sur le traité`);
        // a noun followed by `de` leads to the agreement (`la signature d'un partenariat`).
        if (onlyVerb(surface(v, k)) && !prepositionalLocution(v, k)) blocked = true;
        if (
          isPlainNoun(surface(v, k)) &&
          !/^(de|d|du|des)$/.test(word(v, k + 1)) &&
          !mentionAt(v, k)
        )
          blocked = true;
      }
      if (!between && !blocked) governor = x;
    }
    // `l'accord a été signé`, `l'accord conclu en 2015`
    governor ??= verbs.find(
      (x) =>
        x.from >= n.to &&
        x.from - n.to <= 4 &&
        onlyAuxiliaries(v, n.to, x.from) &&
        x.cls !== 'join',
    );
    if (governor) used.add(governor);
    anchors.push({ noun: n, ...(governor ? { verb: governor } : {}) });
  }
  for (const x of verbs) {
    if (used.has(x)) continue;
    // `candidate à l'Union européenne`, `la sortie du Royaume-Uni de l'UE`: membership of an
    // organisation of states (not `candidat à Barcelone`, `quitter la course`).
    const membership = !!(candidacyOf(v, x) ?? withdrawalOf(v, x));
    // `acquis par le gouvernement comorien à travers la Banque mondiale`: the means of an
    // international financing institution.
    const viaInstitution =
      x.cls === 'finance' &&
      x.to - x.from > 1 &&
      LENDER_KEYS.has(mentionAt(v, x.to + (/^(la|le|l)$/.test(word(v, x.to)) ? 1 : 0))?.key ?? '');
    const self =
      viaInstitution ||
      membership ||
      SELF_SUFFICIENT.has(word(v, x.from)) ||
      (x.to - x.from > 1 && (x.cls === 'sign' || x.cls === 'ally' || x.cls === 'join'));
    if (self || x.cls === 'join' || !NEEDS_NOUN.has(x.cls)) anchors.push({ verb: x });
  }
  return anchors.sort((a, b) => anchorFrom(a) - anchorFrom(b));
}

/** A verb inside a prepositional phrase: `à partir d'aujourd'hui`, `à compter du 1er juin`. */
function prepositionalLocution(v: SentenceView, k: number): boolean {
  return (
    /^(partir|compter|dater)$/.test(word(v, k)) &&
    word(v, k - 1) === 'a' &&
    /^(de|d|du|des)$/.test(word(v, k + 1))
  );
}

/** True when an agreement word is cited by one of its parts: `l'article 50 du traité`. */
function citedArticle(v: SentenceView, at: number): boolean {
  let k = at - 1;
  if (/^(la|le|l|les)$/.test(word(v, k))) k--;
  if (!/^(de|du|des|d)$/.test(word(v, k))) return false;
  k--;
  if (/^(\d+|[ivxlc]+|premier|1er|bis)$/.test(word(v, k))) k--;
  return /^(article|articles|chapitre|alinea|paragraphe|annexe|clause|section|titre)$/.test(
    word(v, k),
  );
}

/** An announcing verb shortly before token `at`: `ont annoncé en juin le projet …`. */
function putForward(v: SentenceView, at: number): boolean {
  for (let k = Math.max(0, at - 6); k < at; k++)
    if (/^(annonc|lanc|present|devoil|propos)/.test(word(v, k))) return true;
  return false;
}

/** A word that can only be a common noun (`mensonges`), not an adjective or a verb. */
function isPlainNoun(w: string): boolean {
  const p = pos(w);
  return (
    (p & POS.noun) !== 0 &&
    (p &
      (POS.adjective |
        POS.verb |
        POS.participle |
        POS.adverb |
        POS.determiner |
        POS.preposition)) ===
      0
  );
}

/**
 * Sides named by a compound next to the noun: `accord russo-indonésien`, `projet
 * franco-allemand`, `l'accord de libre-échange UE-Mercosur`.
 */
function compoundCountries(v: SentenceView, n: NounTrigger): MentionRef[] {
  const out: MentionRef[] = [];
  for (let k = n.to; k < Math.min(v.tokens.length, n.to + 3); k++) {
    const t = v.tokens[k];
    if (!t?.text.includes('-')) continue;
    const here = v.mentions.filter((m) => m.from === k);
    const sides = here.filter((m) => m.to === k + 1 && !m.adjective);
    out.push(...here.filter((m) => m.type === 'pays' || (sides.length >= 2 && sides.includes(m))));
  }
  return out;
}

/** The country of the topic: `l'accord sur le nucléaire iranien` (Iran is a party). */
function topicCountries(v: SentenceView, n: NounTrigger): MentionRef[] {
  let k = n.to;
  while (k < n.to + 2 && !/^(sur|concernant)$/.test(word(v, k))) k++;
  if (!/^(sur|concernant)$/.test(word(v, k))) return [];
  const out: MentionRef[] = [];
  for (let j = k + 1; j < Math.min(v.tokens.length, k + 5); j++) {
    const m = mentionAt(v, j);
    if (m?.type === 'pays' && m.adjective) out.push(m);
  }
  return out;
}

/** The giver of a financing: `le financement de la Banque mondiale`, `un prêt du FMI`. */
function funders(v: SentenceView, n: NounTrigger): MentionRef[] {
  if (n.cls !== 'finance') return [];
  let k = n.to;
  if (!/^(de|du|des|d)$/.test(word(v, k))) return [];
  k++;
  if (/^(la|le|l|les)$/.test(word(v, k))) k++;
  const m = mentionAt(v, k);
  return m && m.type === 'organisation' && !m.provisional ? [m] : [];
}

/** The names set `entre` right after the noun: `l'accord entre Israël et les Emirats`. */
function entreList(
  v: SentenceView,
  n: NounTrigger,
  limit: number,
): { found: boolean; list: MentionRef[] } {
  // (`l'accord secret passé en 1984 entre …`: a participle and a date may stand between.)
  for (let k = n.to; k < Math.min(limit, n.to + 6); k++) {
    if (word(v, k) === 'entre') return { found: true, list: listAfter(v, k + 1, limit) };
    if (/[,;:]/.test(v.tokens[k + 1]?.gap ?? '')) break;
  }
  return { found: false, list: [] };
}

/** Names after the prepositions that introduce parties, up to the end of the clause. */
function objectLists(
  v: SentenceView,
  from: number,
  to: number,
  classes: Set<EventClass>,
  passive: boolean,
  nouns: readonly NounTrigger[],
): MentionRef[][] {
  const out: MentionRef[][] = [];
  for (let k = from; k < to; k++) {
    const w = word(v, k);
    if (
      k > from &&
      /^(qui|que|dont|afin|lorsque|tandis|alors|mais|car|sans)$/.test(w) &&
      !mentionAt(v, k)
    )
      break;
    if (k > from && w === 'pour' && out.length) break;
    // `tensions avec la Turquie`: an `avec` that completes another noun is not about the
    // agreement (but `ses accords et ententes avec X` completes the agreement words).
    if (
      w === 'avec' &&
      k - from > 4 &&
      isPlainNoun(surface(v, k - 1)) &&
      !mentionAt(v, k - 1) &&
      !nouns.some((n) => n.from <= k - 1 && k - 1 < n.to)
    )
      continue;
    if (w === 'avec' || w === 'entre') out.push(listAfter(v, k + 1, to));
    else if (w === 'par' && passive) out.push(listAfter(v, k + 1, to));
    else if (
      /^(a|au|aux)$/.test(w) &&
      k - from <= 3 &&
      (classes.has('ally') ||
        classes.has('join') ||
        classes.has('negotiate') ||
        classes.has('finance'))
    )
      out.push(listAfter(v, k + 1, to).filter((m) => m.type !== 'pays' || !m.adjective));
  }
  return out;
}

/** Reads the agreements of one sentence. */
export function readSentence(v: SentenceView, ctx: ReadContext): Candidate[] {
  const allNouns = nounTriggers(v);
  // A word read as a noun (`négociations`, `collaboration`) is not read again as a verb.
  const allVerbs = verbTriggers(v).filter(
    (x) => !allNouns.some((n) => x.from < n.to && n.from < x.to),
  );
  if (!allNouns.length && !allVerbs.length) return [];
  const attribution = attributionStart(v);
  const out: Candidate[] = [];
  for (const [from, to] of clauses(v)) {
    const end = Math.max(from + 1, Math.min(to, attribution));
    const nouns = allNouns.filter((n) => n.from >= from && n.to <= end);
    const verbs = allVerbs.filter((x) => x.from >= from && x.to <= end);
    const frames = nouns.filter((n) => framed(v, n));
    let anchors = anchorsOf(
      v,
      nouns.filter((n) => !frames.includes(n)),
      verbs,
    );
    // A clause about something else, framed by an agreement: the frame is what it reports.
    if (!anchors.length && frames.length) {
      anchors = anchorsOf(v, frames, verbs)
        .filter((a) => a.noun)
        .map((a) => ({ ...a, framed: true }));
    }
    anchors.forEach((a, i) => {
      const next = anchors[i + 1];
      const limit = next ? anchorFrom(next) : end;
      out.push(...readAnchor(v, a, { from, to: end, limit, frames, nouns, ctx, attribution }));
    });
  }
  // Talks named in a sentence that reports a signing are its setting (`signé à Jakarta, où ont
  // eu lieu des consultations`), not other talks.
  const signing = allVerbs.some((x) => x.cls === 'sign' && SIGNED_FORM.test(word(v, x.from)));
  // One reading per agreement: the same parties and status twice in a sentence are one; talks
  // of the parties of another event of the sentence are its purpose (`ont signé un protocole
  // d'entente pour explorer…` is signed).
  const seen = new Set<string>();
  const partiesKey = (c: Candidate) => [...c.parties].sort().join(',');
  // An instrument named as what another reading joins is not also recalled on its own.
  const instruments = new Set(out.filter((c) => !c.recalled).map((c) => c.instrument));
  return out.filter((c) => {
    if (signing && c.status === 'discussions' && !c.verbClass) return false;
    if (c.recalled && c.instrument && instruments.has(c.instrument)) return false;
    // Talks that are the purpose of an event, or the history of a relation whose news the
    // sentence gives (`ont annoncé la prolongation du partenariat qui unit les deux marques
    // depuis 2003`), with the same parties: one agreement, the news.
    const weak = (x: Candidate) => x.status === 'discussions' || x.status === 'mentionné';
    const purpose =
      weak(c) &&
      c.parties.length > 0 &&
      out.some((o) => o !== c && !weak(o) && partiesKey(o) === partiesKey(c));
    if (purpose) return false;
    const key = `${c.status}|${partiesKey(c)}|${c.instrument ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

interface Scope {
  from: number;
  to: number;
  /** Where the next anchor starts: object lists stop there. */
  limit: number;
  frames: NounTrigger[];
  /** Every agreement noun of the clause. */
  nouns: NounTrigger[];
  ctx: ReadContext;
  attribution: number;
}

function readAnchor(v: SentenceView, a: Anchor, scope: Scope): Candidate[] {
  const { noun, verb } = a;
  const classes = new Set<EventClass>([
    ...(verb ? [verb.cls] : []),
    ...(noun?.cls ? [noun.cls] : []),
  ]);

  // The instrument: a named agreement, the frame after it, or what a join verb is about.
  let instrument: Instrument | undefined = noun ? instrumentOf(v, noun) : undefined;
  const frame = scope.frames.find((f) => f.from > anchorFrom(a) && f.from < scope.limit + 12);
  if (!instrument && frame && frame !== noun) instrument = instrumentOf(v, frame);
  if (!instrument && verb?.cls === 'join') instrument = joinedInstrument(v, verb, scope.to);
  instrument ??= framedInstrument(v, anchorFrom(a), scope.to);
  if (classes.has('join') && !instrument) return [];
  // `l'article 8 de la Convention européenne des droits de l'homme`: a law cited, not an
  // agreement reported.
  if (noun && !verb && citedArticle(v, noun.from)) return [];

  const eligible = (m: MentionRef) => {
    if (instrument && m.from >= instrument.from && m.to <= instrument.to) return false;
    return roleOf(v, m, scope.attribution) === 'party';
  };

  // The subject: of the event verb when it comes first; of the clause for a noun alone.
  let subject: Subject = { mentions: [], firstPerson: false };
  const first = anchorFrom(a);
  if (verb && (!noun || verb.from < noun.from)) subject = subjectOf(v, verb.from);
  else if (noun && !a.framed && clauseStart(v, noun.from) < noun.from - 1)
    subject = leading(v, noun.from);
  let subjects = subject.mentions.filter(eligible);
  // A named instrument cited with no event about it (`à l'aide de l'article 50 du Traité de
  // Lisbonne`): the subject of the clause does something else with it, it is no party; unless
  // the subject puts it forward (`ont annoncé le projet "Gaia X"`).
  if (!verb && !noun?.cls && instrument && !a.framed && !putForward(v, first)) subjects = [];
  // A person as subject (`Barack et Michelle Obama avaient conclu un contrat`, `il collabore
  // avec…`, `le maire sortant, rallié à…`): an individual's contract or move, not an agreement
  // between states or organisations — unless the person leads a state (`le président
  // français … a signé`), who then acts for it.
  const people = subject.mentions.filter((m) => m.type === 'personne');
  // Set when the subject is a person who acts for no state: an agreement then needs its parties
  // named otherwise (`un nouveau traité franco-allemand`).
  let individual = false;
  if (!subjects.length && (people.length || subject.personal)) {
    subjects = people.flatMap((m) => {
      const code = scope.ctx.leaderCountry?.(m.key);
      return code
        ? [{ key: code, type: 'pays' as const, from: m.from, to: m.to, adjective: false }]
        : [];
    });
    individual = subjects.length === 0;
  }
  const speaker = v.mentions.filter(
    (m) => m.from >= scope.attribution && m.type === 'organisation' && !m.adjective,
  );
  // `Nous avons des discussions avec …", a ajouté Sanofi`: the speaker.
  if (subject.firstPerson && speaker.length) subjects = speaker;

  // `l'accord a été signé par X`, `un accord de retrait, conclu … par le Conseil de l'UE`.
  const participle =
    !!noun &&
    [noun.to, noun.to + 1, noun.to + 2].some((k) =>
      /^(conclus?|conclues?|signes?|signees?|paraphes?|paraphees?|ratifies?|ratifiees?)$/.test(
        word(v, k),
      ),
    );
  const passive = (!!verb && !!noun && verb.from > noun.from) || participle;
  // Names after the event word: `s'est allié avec GSK, une collaboration…`, `ont signé un accord avec X`.
  const objectFrom = verb && (!noun || verb.from < noun.from) ? verb.to : anchorTo(a);
  const lists = objectLists(
    v,
    objectFrom,
    scope.limit,
    classes,
    passive || verb?.cls === 'sign',
    scope.nouns,
  ).map((l) => l.filter(eligible));
  // `Cette mission entre la Chine et la France a été décidée dans le cadre d'un accord`: the
  // parties of a framing agreement are those the clause sets `entre`.
  if (a.framed && lists.every((l) => l.length === 0)) {
    for (let k = scope.from; k < scope.to; k++)
      if (word(v, k) === 'entre') lists.push(listAfter(v, k + 1, scope.to).filter(eligible));
  }
  const extra = noun
    ? [...compoundCountries(v, noun), ...topicCountries(v, noun), ...funders(v, noun)]
    : [];
  // `à travers la Banque mondiale`, `grâce au FMI`: the institution that finances.
  const means =
    verb && !noun && verb.cls === 'finance' && verb.to - verb.from > 1
      ? v.mentions.filter(
          (m) => m.from >= verb.to && m.from <= verb.to + 1 && LENDER_KEYS.has(m.key),
        )
      : [];
  // `… ont obtenu une suspension de la dette, a annoncé le Club de Paris`: the giver.
  // (Only a lender: `…, selon la Haute autorité de santé` is a source, not a giver.)
  const giver =
    verb && RECEIVING.test(word(v, verb.from)) && lists.flat().length === 0
      ? speaker.filter((m) => LENDER_KEYS.has(m.key))
      : [];

  const status = readStatus({
    view: v,
    from: scope.from,
    to: scope.to,
    nouns: noun ? [noun] : [],
    verbs: verb ? [verb] : [],
    ...(scope.ctx.referenceYear ? { referenceYear: scope.ctx.referenceYear } : {}),
    instrumentOnly: !verb && !noun?.cls && !!instrument,
  });
  if ('rejected' in status) return [];
  // Membership of an organisation of states (see membership.ts).
  const membership = verb && !noun ? (withdrawalOf(v, verb) ?? candidacyOf(v, verb)) : undefined;

  const definite =
    !!noun &&
    DEFINITE.has(word(v, noun.from - 1)) &&
    !instrument &&
    !/^(de|d|du|des|sur|entre|avec)$/.test(word(v, noun.to));
  const make = (mentions: MentionRef[]): Candidate => {
    const names = new Map<string, string>();
    for (const m of mentions) if (m.provisional) names.set(m.key, m.provisional);
    const parties = [...new Set(mentions.map((m) => m.key))];
    const recalled = status.status === 'mentionné';
    const date = dateOf(v, scope.ctx.reference, scope.ctx.documentDate, recalled);
    const place = placeOf(v);
    return {
      view: v,
      kind: membership ? 'adhésion' : kindOf(noun, classes),
      status: status.status,
      parties,
      names,
      ...(instrument ? { instrument: instrument.name } : {}),
      anaphoric: definite && lists.every((l) => l.length === 0) && extra.length === 0,
      refersBack: definite,
      recalled: !verb && !noun?.cls,
      ...(status.spokenOf ? { spokenOf: true } : {}),
      at: first,
      ...(verb ? { verbClass: verb.cls } : {}),
      ...(date ? { date } : {}),
      ...(place ? { place } : {}),
    };
  };

  // `la Turquie et la Grèce ont signé des accords, respectivement avec X et avec Y`
  const respectively =
    lists.length >= 2 && v.tokens.slice(first, scope.limit).some((t) => t.key === 'respectivement');
  if (respectively && subjects.length === lists.length) {
    return subjects.map((s, i) => make([s, ...(lists[i] ?? [])]));
  }
  // `contrats : Google Cloud avec Renault et Orange, Amazon Web Services avec Volkswagen`
  const pairs = pairList(v, first, scope.to, eligible);
  if (pairs.length >= 2) return pairs.map((p) => make(p));

  // `les accords entre Israël et les Emirats` named by someone else (`Les Palestiniens ont
  // dénoncé…`): the parties are the ones set `entre`; the speaker comments, and the agreement
  // is only recalled.
  const named = noun ? entreList(v, noun, scope.limit) : undefined;
  // `des accords entre des autorités locales et des pays étrangers`: no one is named, a kind
  // of agreement is meant, not one.
  if (named && named.list.length === 0 && named.found) return [];
  const between = named ? named.list.filter(eligible) : [];
  // `les contrats passés entre la France et deux pays du Golfe, l'Arabie saoudite et les
  // Emirats`: agreements in the plural between one and several are one with each.
  const [one, ...others] = between;
  if (
    noun &&
    one &&
    others.length >= 2 &&
    /[sx]$/.test(surface(v, noun.from)) &&
    word(v, one.to) === 'et' &&
    !instrument
  )
    return others.map((o) => make([one, o]));
  // (A person who speaks of it, `la décision d'Emmanuel Macron de ne pas signer l'accord entre
  // l'UE et le Mercosur`, is no more a party.)
  if (
    between.length >= 2 &&
    (subjects.length || individual) &&
    !subjects.some((s) => between.some((b) => b.key === s.key))
  ) {
    if (!instrument && status.status !== 'signé') status.status = 'mentionné';
    return [make(between)];
  }
  // Membership: the member named with the event word, else the subject; and the organisation.
  const members = membership
    ? [...(membership.member ? [membership.member] : subjects), membership.organisation]
    : [];
  const mentions = membership
    ? members
    : [...subjects, ...lists.flat(), ...extra, ...giver, ...means];
  const parties = new Set(mentions.map((m) => m.key));
  const strong = !!noun && !WEAK_NOUNS.has(noun.kind);
  // An agreement between unnamed sides must be one agreement, done: `Deux entreprises ont signé
  // un accord avec deux entreprises israéliennes`, not `avant de signer des partenariats avec…`.
  const oneDone =
    !!noun &&
    /^(un|une|l|le|la)$/.test(word(v, noun.from - 1)) &&
    !!verb &&
    !/(er|ir|re)$/.test(word(v, verb.from));
  const unnamedSides = strong && !!verb && verb.cls === 'sign' && lists.length > 0 && oneDone;
  // Joining needs someone who joins: a country or an organisation, not a person.
  if (classes.has('join') && parties.size === 0) return [];
  // `collabore avec Moha La Squale`, `avec des chercheurs`: a partner that is a person or no
  // one named makes it no agreement between organisations.
  const partnerless = lists.length > 0 && lists.every((l) => l.length === 0) && !between.length;
  if (
    parties.size === 1 &&
    partnerless &&
    (classes.has('ally') || classes.has('sign')) &&
    !instrument
  )
    return [];
  if (individual && !extra.length) return [];
  // `les négociations avec le FMI piétinent`, in a story about Lebanon: a lender deals with a
  // state; unnamed, it is the country the document is about.
  if (
    parties.size === 1 &&
    scope.ctx.homeCountry &&
    mentions.every((m) => LENDER_KEYS.has(m.key)) &&
    (classes.has('negotiate') || classes.has('finance'))
  ) {
    const home = scope.ctx.homeCountry;
    const at = mentions[0] as MentionRef;
    mentions.unshift({ key: home, type: 'pays', from: at.from, to: at.from, adjective: false });
    parties.add(home);
  }
  // `payé par la Santé publique britannique en vertu d'un accord bilatéral` (for expatriates
  // in France): a bilateral agreement with no party named binds the two countries the
  // sentence names, whatever their role.
  // (`le modèle suisse, avec une série d'accords bilatéraux avec l'UE`: one side named, the
  // other the only other country of the sentence.)
  if (parties.size <= 1 && noun && /^bilater/.test(word(v, noun.to))) {
    const others = v.mentions.filter((m) => m.type === 'pays' && !parties.has(m.key));
    let countries = [...new Map(others.map((m) => [m.key, m])).values()];
    // (Several: the one named just before, `le modèle Suisse, avec une série d'accords…`.)
    if (parties.size === 1 && countries.length > 1) {
      const before = others.filter((m) => m.to <= noun.from && noun.from - m.to <= 8);
      countries = before.slice(-1);
    }
    if (parties.size + countries.length === 2) {
      for (const m of countries) parties.add(m.key);
      mentions.push(...countries);
    }
  }
  // `l'Assemblée nationale et le Sénat ont trouvé un accord sur le texte`: chambers agreeing on
  // a law make law, not an agreement between parties.
  if (parties.size > 0 && [...parties].every((p) => LEGISLATURE.test(p))) return [];
  // A financing by a named funder is one, even with the beneficiary said elsewhere.
  const funded = extra.some((m) => m.type === 'organisation') && noun?.cls === 'finance';
  const accepted =
    parties.size >= 2 ||
    (parties.size === 1 && (strong || !!verb || !!instrument || funded)) ||
    (parties.size === 0 && (!!instrument || unnamedSides));
  if (!accepted) return [];
  return [make(mentions)];
}

/** `: A avec B et C, D avec E` after the trigger: one agreement per pair. */
function pairList(
  v: SentenceView,
  anchor: number,
  to: number,
  eligible: (m: MentionRef) => boolean,
): MentionRef[][] {
  let colon = -1;
  for (let k = anchor; k < to; k++) {
    if (/:/.test(v.tokens[k]?.gap ?? '')) {
      colon = k;
      break;
    }
  }
  if (colon < 0) return [];
  const out: MentionRef[][] = [];
  let k = colon;
  while (k < to) {
    const left = mentionAt(v, k);
    if (!left || !eligible(left)) break;
    if (word(v, left.to) !== 'avec') break;
    // The right side runs until a name followed by `avec` (the next pair).
    const right: MentionRef[] = [];
    let j = left.to + 1;
    for (const m of listAfter(v, j, to)) {
      if (word(v, m.to) === 'avec') break;
      if (eligible(m)) right.push(m);
      j = m.to;
    }
    for (const r of right) out.push([left, r]);
    const last = right[right.length - 1];
    if (!last) break;
    k = last.to;
    while (k < to && !mentionAt(v, k)) k++;
  }
  return out;
}

function kindOf(noun: NounTrigger | undefined, classes: Set<EventClass>): string {
  if (noun) return noun.kind;
  if (classes.has('join')) return 'adhésion';
  if (classes.has('ally')) return 'coopération';
  if (classes.has('discuss')) return 'discussions';
  if (classes.has('finance')) return 'financement';
  return 'accord';
}
