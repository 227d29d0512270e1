/**
 * Triggers: the words of a sentence that name an agreement (`accord`, `protocole d'entente`)
 * or do something with one (`signer`, `collaborer`, `se retirer`), each checked for its
 * sense. `signe de vie`, `signer un décret`, `d'accord`, `faute d'accord`, `traité de menteur`,
 * a party's `convention`, a `protocole sanitaire`, a player's `contrat`: all are read here and
 * dropped, so no later stage sees them.
 */

import { mentionAt, type SentenceView, word } from '../clause/view.ts';
import { AUXILIARIES, DETERMINERS, ORG_HEADS } from '../lexicon.ts';
import { fold } from '../normalize.ts';
import {
  ACCORD_NOT,
  AGREEMENT_NOUNS,
  CONVENTION_NOT,
  ENTENTE_NOT,
  EVENT_VERBS,
  type EventClass,
  NOT_AGREEMENT_OBJECTS,
  NOUN_CLASS,
  PERSONAL_CONTRACT,
  PROTOCOL_NOT,
} from './lexicon.ts';

export interface NounTrigger {
  /** Token range [from, to). */
  from: number;
  to: number;
  kind: string;
  /** The class the noun gives by itself (`moratoire`: finance), if any. */
  cls?: EventClass;
  /** Written with a capital inside the sentence: part of a name (`Accord de Paris`). */
  capitalised: boolean;
}

export interface VerbTrigger {
  from: number;
  to: number;
  cls: EventClass;
  /** Folded words of the match (`signe`, `mis d accord`). */
  form: string;
}

interface Form {
  words: string[];
  /** The last word is a prefix (`collabor*`). */
  prefix: boolean;
}

function parse(form: string): Form {
  const words = fold(form).split(' ');
  const last = words[words.length - 1] ?? '';
  const prefix = last.endsWith('*');
  if (prefix) words[words.length - 1] = last.slice(0, -1);
  return { words, prefix };
}

const NOUNS = AGREEMENT_NOUNS.map(([f, kind]) => ({ form: parse(f), kind }));
const VERBS = EVENT_VERBS.map(([f, cls]) => ({ form: parse(f), cls, text: fold(f) }));

/**
 * Forms by their first word, in list order (longest first where the list says so), so that
 * each token is compared with the few forms that can start there; forms whose only word is a
 * prefix (`collabor*`) are tried on every token.
 */
function byFirstWord<T extends { form: Form }>(
  list: T[],
): { exact: Map<string, T[]>; prefixed: T[] } {
  const exact = new Map<string, T[]>();
  const prefixed: T[] = [];
  for (const x of list) {
    if (x.form.prefix && x.form.words.length === 1) {
      prefixed.push(x);
      continue;
    }
    const first = x.form.words[0] ?? '';
    const bucket = exact.get(first);
    if (bucket) bucket.push(x);
    else exact.set(first, [x]);
  }
  return { exact, prefixed };
}

const NOUN_INDEX = byFirstWord(NOUNS);
const VERB_INDEX = byFirstWord(VERBS);

/** The forms that may start at a word, in list order. */
function candidates<T extends { form: Form }>(
  index: { exact: Map<string, T[]>; prefixed: T[] },
  w: string,
): T[] {
  const exact = index.exact.get(w);
  const prefixed = index.prefixed.filter((x) => w.startsWith(x.form.words[0] ?? ''));
  if (!prefixed.length) return exact ?? [];
  return exact ? [...exact, ...prefixed] : prefixed;
}

/** Number of tokens a form covers at i, or 0. */
function matchForm(v: SentenceView, i: number, f: Form): number {
  for (let k = 0; k < f.words.length; k++) {
    const w = word(v, i + k);
    const want = f.words[k] ?? '';
    const last = k === f.words.length - 1;
    if (last && f.prefix ? !w.startsWith(want) : w !== want) return 0;
    if (k > 0 && /[.;:()]/.test(v.tokens[i + k]?.gap ?? '')) return 0;
  }
  return f.words.length;
}

const isDeterminer = (w: string) => DETERMINERS.has(w);

/**
 * True when token `at` stands inside brackets that open with a capitalised head word of a
 * name: `Acted (Agence d'aide à la coopération technique et au développement)`.
 */
function insideBracketedName(v: SentenceView, at: number): boolean {
  for (let k = at; k >= Math.max(0, at - 8); k--) {
    const gap = v.tokens[k]?.gap ?? '';
    if (gap.includes(')')) return false;
    if (gap.includes('(')) return !!v.tokens[k]?.cap && ORG_HEADS.has(word(v, k)) && k < at;
  }
  return false;
}

/** Sense checks for a noun at [from, to): false when the word means something else here. */
function nounSense(v: SentenceView, from: number, to: number, kind: string): boolean {
  const prev = word(v, from - 1);
  const prev2 = word(v, from - 2);
  const next = word(v, to);
  const next2 = word(v, to + 1);
  const around = [prev2, prev, next, next2];
  const head = word(v, from);
  // A name of an organisation (`Tech Accord`, `Alliance for Securing Democracy`) is no trigger.
  const inside = mentionAt(v, from);
  if (inside && inside.type !== 'pays' && !inside.provisional) return false;
  // The name of a law or a decree: `la loi Pacte`, `le projet de loi de Financement de la…`.
  const LAW = /^(loi|lois|decret|ordonnance|reglement|directive|code)$/;
  if (LAW.test(prev) || (/^(de|du|sur)$/.test(prev) && LAW.test(prev2))) return false;
  // A job: `chargée des partenariats`, `directeur des partenariats`, `responsable des contrats`.
  if (
    /^(des|du|de)$/.test(prev) &&
    /^(charge|chargee|directeur|directrice|responsable|vice-president|vice-presidente|head)$/.test(
      prev2,
    )
  )
    return false;
  // A crime's money: `la lutte contre le financement du terrorisme`, `financement illégal`.
  if (
    /^financement/.test(head) &&
    (/^(terrorisme|jihad|djihad|terroristes|illegal|illegaux|illicite|occulte)/.test(
      next === 'du' || next === 'des' ? next2 : next,
    ) ||
      (prev === 'le' && prev2 === 'contre'))
  )
    return false;
  // Inside the name given in brackets: `l'ONG Acted (Agence d'aide à la coopération technique…)`.
  if (insideBracketedName(v, from)) return false;
  // `appel` is an instrument only by name: `l'Appel de Paris`, `l'Appel de Christchurch`.
  if (head === 'appel')
    return !!v.tokens[from]?.cap && /^(de|du)$/.test(next) && !!v.tokens[to + 1]?.cap;
  if (head === 'accord' || head === 'accords') {
    // `d'accord`, `tomber d'accord` (the verbs are triggers of their own), `en accord avec`.
    // (Not `une série d'accords`, `un projet d'accord`: a noun after a noun.)
    if (
      prev === 'd' &&
      !/\s/.test(v.tokens[from]?.gap ?? ' ') &&
      head === 'accord' &&
      !/^(projet|projets|signature|conclusion|texte|proposition|protocole|memorandum)$/.test(prev2)
    )
      return false;
    if (prev === 'en' && next === 'avec') return false;
    if (prev === 'commun' && prev2 === 'un') return false;
    if (ACCORD_NOT.before.has(prev) || ACCORD_NOT.before.has(prev2)) return false;
    if (ACCORD_NOT.after.has(next)) return false;
    // `son accord`, `leur accord` alone is consent (`le retrait de son accord`), not an agreement.
    if (
      /^(son|sa|leur|mon|notre|votre)$/.test(prev) &&
      !/^(de|d|du|des|sur|avec|entre|et|commercial|cadre)$/.test(next)
    )
      return false;
    // `son accord` given to a decision is consent, not an agreement.
    if (
      /^(donne|donner|donnera|donnent|obtenu|obtenir|reçu|recu)$/.test(prev2) &&
      /^(son|leur|l|un)$/.test(prev) &&
      !/^(de|avec|entre|sur)$/.test(next)
    )
      return false;
  }
  if (kind === 'traité') {
    // A noun needs a determiner: `le traité de Lisbonne`; `traité de menteur`, `a été traité` are verbs.
    // (In an apposition, a kind of treaty: `le CETA, traité de libre-échange entre…`, `Ceta
    // (traité de libre-échange entre l'Europe et le Canada)`.)
    const apposed =
      /[,(]\s*$/.test(v.tokens[from]?.gap ?? '') &&
      (next === 'entre' || (next === 'de' && TREATY_KINDS.test(word(v, to + 1))));
    if (
      !isDeterminer(prev) &&
      !apposed &&
      !(v.tokens[from]?.cap && next === 'de' && !/^\p{Ll}/u.test(v.tokens[to + 1]?.text ?? 'a'))
    )
      return false;
    if (AUXILIARIES.has(prev)) return false;
  }
  if (kind === 'protocole' || kind === "protocole d'entente") {
    if (around.some((w) => PROTOCOL_NOT.has(w))) return false;
  }
  if (kind === 'convention') {
    if (around.some((w) => CONVENTION_NOT.has(w))) return false;
  }
  if (kind === 'accord' && (head === 'entente' || head === 'ententes')) {
    if (around.some((w) => ENTENTE_NOT.has(w))) return false;
  }
  if (kind === 'projet') {
    // `projet de loi`, `projet de barrage`: a project is an agreement only by name (`le projet "Gaia X"`).
    const named = /["«“]\s*$/.test(v.tokens[to]?.gap ?? '') && !!v.tokens[to]?.cap;
    if (!named) return false;
  }
  if (kind === 'contrat') {
    if (PERSONAL_CONTRACT.has(next) || PERSONAL_CONTRACT.has(next2)) return false;
    // `lui a fait signer un contrat`
    if (/^sign/.test(prev2) && madeToSign(v, from - 2)) return false;
    // Contracts sold to customers (`commercialiser de nouveaux contrats`, `souscrire un contrat`).
    if (
      [prev, prev2, word(v, from - 3)].some((w) =>
        /^(commercialis\p{L}*|vend\p{L}*|souscri\p{L}*|propose\p{L}*|offre\p{L}*|clients?)$/u.test(
          w,
        ),
      )
    )
      return false;
  }
  if (kind === 'prêt') {
    // `un prêt`, `le prêt de la Banque mondiale`; without a determiner, `prêt à`, `prêts pour`
    // are adjectives (ready).
    if (!isDeterminer(prev)) return false;
  }
  // `Entente Sannois-Saint-Gratien`, `Alliance Française`: a capitalised word before a name is part of it.
  const t = v.tokens[from];
  const following = v.tokens[to];
  if (t?.cap && !t.sentenceStart && following?.cap && /^\s*$/.test(following.gap)) return false;
  if (kind === 'alliance' || kind === 'charte') {
    if (v.tokens[from]?.cap && from > 0) return kind === 'charte';
  }
  return true;
}

/** Nouns that name an agreement in this sentence, longest match first. */
/** What a treaty is of: `traité de libre-échange`, `traité de paix`, `traité d'amitié`. */
const TREATY_KINDS =
  /^(libre|paix|cooperation|amitie|alliance|extradition|commerce|non|defense|securite|interdiction|adhesion|fusion|reconciliation)/;

export function nounTriggers(v: SentenceView): NounTrigger[] {
  const out: NounTrigger[] = [];
  for (let i = 0; i < v.tokens.length; i++) {
    for (const { form, kind } of candidates(NOUN_INDEX, word(v, i))) {
      const n = matchForm(v, i, form);
      if (!n) continue;
      if (nounSense(v, i, i + n, kind)) {
        const t = v.tokens[i];
        const trigger: NounTrigger = {
          from: i,
          to: i + n,
          kind,
          capitalised: !!t?.cap && !t.sentenceStart,
        };
        const cls = NOUN_CLASS[kind];
        if (cls) trigger.cls = cls;
        out.push(trigger);
      }
      i += n - 1;
      break;
    }
  }
  return out;
}

/** Folded forms of `signer` (the prefix `sign*` would also take `signal`, `signifier`). */
const SIGN_FORMS = new Set(
  `signe signes signee signees signer signera signeront signerait signeraient signait signaient
  signent signant signons signez signerons signature signatures signataire signataires signa
  signerent signé`
    .split(/\s+/)
    .map(fold),
);

/**
 * True when someone is made to sign at token `at`: `lui avait (même) fait signer un contrat`
 * is an individual's contract.
 */
function madeToSign(v: SentenceView, at: number): boolean {
  if (!/^(fait|faire|fera|font)$/.test(word(v, at - 1))) return false;
  for (let k = at - 2; k >= Math.max(0, at - 5); k--) {
    if (/^(lui|leur|le|la|l|les|me|m|te|t)$/.test(word(v, k))) return true;
    if (!(AUXILIARIES.has(word(v, k)) || /^(meme|deja|aussi|alors)$/.test(word(v, k)))) break;
  }
  return false;
}

/** Sense checks for an event word: false when it means something else here. */
function verbSense(
  v: SentenceView,
  from: number,
  to: number,
  cls: EventClass,
  form: string,
): boolean {
  const w = word(v, from);
  // A heading in capitals (`UN HOMMAGE DISCUTABLE ET DISCUTÉ`) states nothing.
  if (v.tokens[from]?.upper) return false;
  // `soutenu par LREM`: a passive support of a person, not joining something.
  if (cls === 'join' && /^soutenu/.test(w) && word(v, to) === 'par') return false;
  // `ministère des Finances`: a word of a name is no event.
  const inside = mentionAt(v, from);
  if (inside && inside.type !== 'pays' && !inside.provisional) return false;
  const t = v.tokens[from];
  const prev = word(v, from - 1);
  if (cls === 'sign' && form.startsWith('sign')) {
    if (!SIGN_FORMS.has(w)) return false;
    // `les signataires de…` names people or parties, it is no signing.
    if (w === 'signataire' || w === 'signataires') return false;
    // `signe` without accent is a noun (`un signe`, `signe de vie`) unless it is a verb with an object.
    if (t && (t.text.toLowerCase() === 'signe' || t.text.toLowerCase() === 'signes')) {
      if (isDeterminer(prev) || word(v, to) === 'de' || word(v, to) === 'des') return false;
    }
    const obj = objectWords(v, to, 5);
    if (obj.some((x) => NOT_AGREEMENT_OBJECTS.has(x))) return false;
  }
  // `grâce à un accord`, `à travers un programme`: a means of financing names a financer, not
  // an agreement (that one is read by its own noun).
  if (cls === 'finance' && to - from > 1) {
    const k = /^(la|le|l|les|un|une)$/.test(word(v, to)) ? to + 1 : to;
    const m = mentionAt(v, k);
    if (m?.type !== 'organisation') return false;
  }
  if (cls === 'sign' && madeToSign(v, from)) return false;
  // `collabore à plusieurs revues`: contributing to something, not cooperating with someone.
  if (/^collabor/.test(w) && /^(a|au|aux)$/.test(word(v, to))) return false;
  // `a dénoncé l'accord comme "une grande trahison"`: criticised, not broken.
  if (/^denonc/.test(w) && objectWords(v, to, 6).includes('comme')) return false;
  // `suspendus au dialogue`: waiting on it, not suspending it.
  if (/^suspendu/.test(w) && /^(a|au|aux)$/.test(word(v, to))) return false;
  // `une demande`, `le candidat`: nouns, not the verbs.
  if (/^(demande|demandent|candidat|candidate)$/.test(w) && (isDeterminer(prev) || prev === 'de'))
    return false;
  if ((cls === 'ally' && /^(alli|associ)/.test(w)) || (cls === 'join' && /^engag/.test(w))) {
    // `s'allier`, `se sont associés`: reflexive; `ses alliés`, `associé à` are not events.
    let k = from - 1;
    while (k >= 0 && AUXILIARIES.has(word(v, k))) k--;
    if (!/^(s|se)$/.test(word(v, k))) return false;
  }
  return true;
}

/** Up to n folded words after token i, stopping at a clause break. */
function objectWords(v: SentenceView, i: number, n: number): string[] {
  const out: string[] = [];
  for (let k = i; k < v.tokens.length && out.length < n; k++) {
    if (k > i && /[.;:,()]/.test(v.tokens[k]?.gap ?? '')) break;
    out.push(word(v, k));
  }
  return out;
}

/** Event words of the sentence, longest match first. */
export function verbTriggers(v: SentenceView): VerbTrigger[] {
  const out: VerbTrigger[] = [];
  for (let i = 0; i < v.tokens.length; i++) {
    let best: VerbTrigger | undefined;
    for (const { form, cls, text } of candidates(VERB_INDEX, word(v, i))) {
      const n = matchForm(v, i, form);
      if (!n || (best && best.to - best.from >= n)) continue;
      if (!verbSense(v, i, i + n, cls, text)) continue;
      best = { from: i, to: i + n, cls, form: text };
    }
    if (best) {
      out.push(best);
      i = best.to - 1;
    }
  }
  return out;
}
