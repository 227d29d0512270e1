/**
 * The status of an agreement from the words of its sentence: what is done to it (signed,
 * joined, financed, extended, broken…), whether it is done or only announced, hoped for or
 * denied, and whether it is an earlier agreement recalled in passing.
 */

import { type SentenceView, word } from '../clause/view.ts';
import { fold } from '../normalize.ts';
import { onlyVerb, POS, pos } from '../pos.ts';
import type { EventClass } from './lexicon.ts';
import type { NounTrigger, VerbTrigger } from './triggers.ts';

export type AgreementStatus =
  | 'signé'
  | 'annoncé'
  | 'en négociation'
  | 'discussions'
  | 'adhésion'
  | 'financement'
  | 'prolongé'
  | 'rompu'
  | 'mentionné';

export const STATUSES: AgreementStatus[] = [
  'signé',
  'annoncé',
  'en négociation',
  'discussions',
  'adhésion',
  'financement',
  'prolongé',
  'rompu',
  'mentionné',
];

const set = (words: string): Set<string> => new Set(words.trim().split(/\s+/).map(fold));

/** Words that put the event in the future or make it a plan: `va signer`, `devrait`, `prévoit`. */
const PLANNED = set(`
  va vont doit doivent devra devront devrait devraient prevoit prevoient prevu prevue envisage envisagent
  projette projettent compte comptent bientot prochainement prochain prochaine
  engagent engage engages engagee projet annonce annoncent annonçant annoncee
  `);

/** Future and conditional endings of the event verbs: `signera`, `collaboreront`. */
const FUTURE = /(?:era|eront|erait|eraient|ira|iront|dra|dront)$/;

/** Words that make the agreement only hoped for, asked for or hypothetical: not an agreement. */
const WISHED = set(`
  espere esperent esperant espoir souhaite souhaitent souhaitant souhaiterait appelle appellent
  appele appelant plaide plaident reclame reclament exige exigent propose proposent proposant
  si eventuel eventuelle hypothetique potentiel potentielle faudrait faut necessaire necessite
  voudrait voudraient veut veulent vouloir tente tentent menace menaces menacent menacant
  menacait menacaient souhait souhaits perspective perspectives eventualite hypothese possibilite
  envisageable prone pronent prôné prôner plaidoyer exhorte exhortent invite invitent probable
  improbable pousse poussent poussera pousseront pousser pousse incite incitent inciter
  hostile hostiles pourra pourront favorable favorables partisan partisans
  envisage envisagent envisager envisageait cherche cherchent chercher cherchait revendication
  revendications
  `);

/** A conditional verb before the agreement word: `cela prendrait longtemps`, `il serait`. */
const CONDITIONAL = /^(?!pourrait|pourraient|devrait|devraient)\p{L}+(rait|raient)$/u;

/** Words that deny the event: `n'ont pas réussi`, `aucun accord`, `il exclut un partenariat`. */
/** Words of an anniversary: the agreement it celebrates is an old one. */
const ANNIVERSARY = /^(anniversaire|centenaire|bicentenaire|cinquantenaire|commemor)/;

const DENIED = set(`
  pas aucun aucune jamais sans ni echec echoue echouent exclut excluent exclu exclue exclus
  refuse refusent refusant rejette rejettent rejete rejetant absence faute defaut
  `);

/**
 * The press's conditional of an allegation, not a hypothesis: `La France aurait négocié un
 * accord`, `ils seraient parvenus à un accord` (an auxiliary in the conditional, a participle).
 */
function alleged(v: SentenceView, i: number): boolean {
  if (!/^(aurait|auraient|serait|seraient)$/.test(word(v, i))) return false;
  let k = i + 1;
  if (/^(deja|finalement|secretement|discretement)$/.test(word(v, k))) k++;
  return (pos(v.tokens[k]?.text ?? '') & POS.participle) !== 0;
}

/** Words that make the event an earlier one: `avait déjà`, `ces derniers mois`, `auparavant`. */
const EARLIER = set('deja auparavant precedemment jadis autrefois');

/** The classes that give a status of their own, strongest first. */
const CLASS_STATUS: [EventClass, AgreementStatus][] = [
  ['break', 'rompu'],
  ['extend', 'prolongé'],
  ['join', 'adhésion'],
  ['finance', 'financement'],
  ['negotiate', 'en négociation'],
  ['discuss', 'discussions'],
];

export interface StatusInput {
  view: SentenceView;
  /** Token range of the clause the agreement is read in. */
  from: number;
  to: number;
  nouns: NounTrigger[];
  verbs: VerbTrigger[];
  /** The year the document speaks from: its date, or the latest year it mentions. */
  referenceYear?: number;
  /** True when the only agreement word is a named instrument with no event about it. */
  instrumentOnly: boolean;
}

export type StatusReading =
  | {
      status: AgreementStatus;
      /** A definite agreement spoken of with no event (`le partenariat avec l'UIT offre…`). */
      spokenOf?: boolean;
    }
  | { rejected: 'wished' | 'denied' };

function inClause(input: StatusInput, w: (k: string, i: number) => boolean): boolean {
  for (let i = input.from; i < input.to; i++) if (w(word(input.view, i), i)) return true;
  return false;
}

/** A year written next to the agreement word: `signé en 2014`, `accords d'Oslo de 1993`. */
function nearYear(input: StatusInput): number | undefined {
  const anchors = [...input.nouns.map((n) => n.from), ...input.verbs.map((v) => v.from)];
  for (const a of anchors) {
    for (let i = Math.max(input.from, a - 8); i < Math.min(input.to, a + 8); i++) {
      const w = word(input.view, i);
      if (/^(1[6-9]|20)\d\d$/.test(w)) return Number(w);
    }
  }
  return undefined;
}

export function readStatus(input: StatusInput): StatusReading {
  // What the verb does decides first (`demander un moratoire` is a negotiation, `annuler un
  // prêt` a break); a noun's own class applies when no verb says otherwise.
  // (`vont bénéficier de l'accord de paix`: to benefit from an agreement is no financing.)
  const benefitOnly = (x: { cls: EventClass; from: number }) =>
    x.cls === 'finance' &&
    /^benefic/.test(word(input.view, x.from)) &&
    input.nouns.length > 0 &&
    !input.nouns.some((n) => n.cls === 'finance');
  const verbClasses = new Set<EventClass>(
    input.verbs
      .filter((x) => !benefitOnly(x))
      .map((v) => v.cls)
      .filter((c) => c !== 'sign' && c !== 'ally'),
  );
  const classes = verbClasses.size
    ? verbClasses
    : new Set<EventClass>([
        ...input.verbs.filter((x) => !benefitOnly(x)).map((v) => v.cls),
        ...input.nouns.flatMap((n) => (n.cls ? [n.cls] : [])),
      ]);
  const triggers = [...input.nouns.map((n) => n.from), ...input.verbs.map((v) => v.from)];
  const anchor = Math.min(...triggers);
  // Hopes, calls and conditions before the agreement word make it no agreement.
  // Hopes, calls and threats close before the agreement word (`menacent de cesser`), not a
  // threat named far away (`la menace constituée par la cybercriminalité`).
  const wished = inClause(
    input,
    (w, i) =>
      i < anchor &&
      anchor - i <= 12 &&
      (WISHED.has(w) ||
        (CONDITIONAL.test(w) && !alleged(input.view, i)) ||
        // `s'il y a une convention bilatérale`: `si` elided
        (w === 's' && /^(il|ils)$/.test(word(input.view, i + 1)))) &&
      (!w.startsWith('menac') || /^(de|d)$/.test(word(input.view, i + 1))),
  );
  const denied = inClause(
    input,
    (w, i) =>
      // (A negation far before, `C'est pas cette injonction que…`, is about something else.)
      ((DENIED.has(w) && triggers.some((at) => i < at + 3 && i >= at - 10)) ||
        // `par un armistice, non par un accord de paix`
        (w === 'non' && i < anchor && anchor - i <= 3)) &&
      !(w === 'pas' && word(input.view, i - 1) === 'ne' && classes.has('break')),
  );
  // `un accord est possible`: hypothetical.
  for (const n of input.nouns) {
    for (let k = n.to; k < Math.min(input.to, n.to + 4); k++) {
      if (
        /^(possible|envisageable|probable|hypothetique|eventuel|eventuelle|souhaitable)$/.test(
          word(input.view, k),
        )
      )
        return { rejected: 'wished' };
    }
  }
  // `"Pourquoi ne pas quitter l'UE ?", aurait demandé…`: a question after the agreement word,
  // in its clause, reports nothing.
  for (let k = anchor + 1; k <= Math.min(input.to, input.view.tokens.length - 1); k++)
    if (/\?/.test(input.view.tokens[k]?.gap ?? '')) return { rejected: 'wished' };
  // `à condition que l'Assemblée et le Sénat se mettent d'accord`: a condition.
  if (
    inClause(
      input,
      (w, i) =>
        i < anchor && anchor - i <= 12 && w === 'condition' && word(input.view, i - 1) === 'a',
    )
  )
    return { rejected: 'wished' };
  // `des conditions strictes à toute coopération`, `aucun accord`: any agreement, not one.
  if (
    input.nouns.some((n) =>
      /^(toute|tout|toutes|tous|aucun|aucune)$/.test(word(input.view, n.from - 1)),
    )
  )
    return { rejected: 'denied' };
  // `Possible alliance entre EELV et LFI`: a possibility.
  if (
    input.nouns.some((n) =>
      /^(possible|possibles|eventuel|eventuelle|eventuels|eventuelles|hypothetique)$/.test(
        word(input.view, n.from - 1),
      ),
    )
  )
    return { rejected: 'wished' };
  // `Il est temps de mettre fin à l'accord`: a call.
  if (
    inClause(
      input,
      (w, i) =>
        i < anchor &&
        w === 'temps' &&
        /^(est|serait|etait)$/.test(word(input.view, i - 1)) &&
        /^(de|d)$/.test(word(input.view, i + 1)),
    )
  )
    return { rejected: 'wished' };
  // `les négociations que l'ACCC espère lancer`: hoped for in a relative clause.
  if (wishedAfter(input, anchor)) return { rejected: 'wished' };
  // `un retrait de la Convention affaiblirait la lutte`: the event is the subject of a
  // conditional, a hypothesis.
  if (hypotheticalSubject(input, anchor)) return { rejected: 'wished' };
  let status: AgreementStatus | undefined;
  for (const [cls, s] of CLASS_STATUS) {
    if (classes.has(cls)) {
      status = s;
      break;
    }
  }
  // `ne se sent plus lié`: the negation is the break itself.
  // `n'est pas pressée de ratifier le traité`, `exhorte à ne pas ratifier le CETA, traité…`:
  // the treaty exists; only its ratification is refused or hoped for.
  const ratifying =
    input.nouns.length > 0 && input.verbs.some((x) => /^ratifi/.test(word(input.view, x.from)));
  if ((denied && status !== 'rompu') || wished) {
    if (ratifying || refusedKnown(input)) return { status: 'mentionné', spokenOf: true };
    return { rejected: denied ? 'denied' : 'wished' };
  }

  const year = nearYear(input);
  // An agreement named by its year (`les accords d'Oslo de 1993`, `l'accord de 2015`) is an
  // earlier one, whatever the document's own date.
  const named = input.nouns.some((n) => {
    for (let k = n.to; k < Math.min(input.to, n.to + 6); k++) {
      if (word(input.view, k) === 'de' && /^(1[6-9]|20)\d\d$/.test(word(input.view, k + 1)))
        return true;
      if (/[,;:]/.test(input.view.tokens[k + 1]?.gap ?? '')) break;
    }
    return false;
  });
  const older =
    named ||
    (year !== undefined && input.referenceYear !== undefined && year < input.referenceYear);
  const earlier =
    inClause(input, (w) => EARLIER.has(w)) ||
    // `Le 31 août 1980, il y a 40 ans, … signent un accord`: an anniversary.
    inClause(
      input,
      (w, i) =>
        w === 'il' &&
        word(input.view, i + 1) === 'y' &&
        word(input.view, i + 2) === 'a' &&
        /^(\d+|\p{L}+)$/u.test(word(input.view, i + 3)) &&
        /^ans$/.test(word(input.view, i + 4)),
    ) ||
    // `depuis le retrait des Etats-Unis de l'accord`: a past event, the frame of the story.
    inClause(input, (w, i) => w === 'depuis' && i < anchor && anchor - i <= 4) ||
    // `seul pays à avoir signé`, `après avoir signé` (not `a annoncé avoir signé`: news).
    inClause(
      input,
      (w, i) =>
        w === 'avoir' &&
        /^sign|^conclu/.test(word(input.view, i + 1)) &&
        /^(a|apres)$/.test(word(input.view, i - 1)),
    ) ||
    inClause(input, (w, i) => w === 'ces' && /^dernier/.test(word(input.view, i + 1))) ||
    // `commémorer le centenaire du traité de Trianon`: an anniversary recalls it.
    inClause(input, (w, i) => i < anchor && anchor - i <= 4 && ANNIVERSARY.test(w)) ||
    // `une violation de l'accord`, `le respect du traité`, `ont un traité d'extradition`,
    // `l'accord encore en vigueur`: the agreement exists already.
    input.nouns.some((n) => existing(input.view, n.from) || inForce(input.view, n.to));
  // Joining and extending are news about an agreement whatever its age (`la prolongation du
  // partenariat qui unit les deux marques depuis 2003`); a break of an agreement named by an
  // earlier year is recalled (`ne se sent plus tenu par les accords d'Oslo de 1993`).
  if (status === 'adhésion' || status === 'prolongé') return { status };
  if (status === 'rompu') return { status: older ? 'mentionné' : status };
  if (older || earlier) return { status: 'mentionné' };
  // A named instrument with no event: recalled, unless the clause announces it (`ont annoncé en
  // juin le projet "Gaia X"`).
  const announced = inClause(input, (w, i) => i < anchor && anchor - i <= 6 && /^annonc/.test(w));
  if (input.instrumentOnly) return { status: announced ? 'annoncé' : 'mentionné' };
  if (status) return { status };
  // `s'est associé … pour explorer une collaboration`: working together to explore is talking.
  const exploring = inClause(
    input,
    (w, i) => i > anchor && /^(explorer|etudier|examiner|discuter|evaluer)$/.test(w),
  );
  if (exploring && input.verbs.some((v) => v.cls === 'ally')) return { status: 'discussions' };
  // Plans are read around the agreement words, not in the whole clause.
  const near = (i: number) => i >= anchor - 8 && i <= anchor + 3;
  const planned = inClause(
    input,
    (w, i) =>
      (near(i) &&
        PLANNED.has(w) &&
        !(w.startsWith('annonc') && classes.has('sign')) &&
        // `a annoncé (vendredi) avoir trouvé un accord`: done.
        ![1, 2, 3].some((d) => word(input.view, i + d) === 'avoir')) ||
      (FUTURE.test(w) && input.verbs.some((v) => i >= v.from && i < v.to)) ||
      (w === 's' && word(input.view, i + 1) === 'engagent'),
  );
  if (planned) return { status: 'annoncé' };
  // `pour tenter de trouver un accord`, `afin de conclure un accord`: sought, not reached.
  if (sought(input)) return { status: 'en négociation' };
  if (!input.verbs.length) {
    const reading = withoutEvent(input);
    if (reading) return reading;
  }
  return { status: 'signé' };
}

/** Determiners of what someone has: `nos accords`, `ses engagements`. */
const POSSESSIVE = /^(nos|vos|leurs|ses|son|sa|notre|votre|leur)$/;

/**
 * The status of agreement words with no event verb, when the words around them tell it; else
 * undefined (the agreement is read as signed).
 */
function withoutEvent(input: StatusInput): StatusReading | undefined {
  const { view, nouns } = input;
  const body = !view.title;
  // `révélant les contrats passés entre…`, `a critiqué l'accord`: an agreement that another
  // verb is about, with no event of its own, exists already: it is recalled.
  if (nouns.every((n) => !n.cls) && objectOfVerb(input)) return { status: 'mentionné' };
  // `La Colombie accueille, en partenariat avec l'Allemagne, la Journée…`: the manner of
  // another event; the partnership exists, it is not the news.
  if (nouns.every((n) => word(view, n.from - 1) === 'en' && word(view, n.to) === 'avec'))
    return { status: 'mentionné' };
  // `le Ceta (traité de libre-échange entre l'UE et le Canada)`: a name explained, no event.
  if (
    nouns.every(
      (n) => /[,(]\s*$/.test(view.tokens[n.from]?.gap ?? '') && !!view.tokens[n.from - 1]?.cap,
    )
  )
    return { status: 'mentionné' };
  // `une série d'accords bilatéraux avec l'UE`: agreements in the plural, with no event in the
  // body of a text, exist already.
  if (body && nouns.every((n) => /[sx]$/.test(view.tokens[n.from]?.text ?? '')))
    return { status: 'mentionné' };
  // `Un accord avec l'UE ?`: a question, no event.
  if (/\?/.test(view.text.slice(-3))) return { rejected: 'wished' };
  // `des enjeux tels que l'accord sur le nucléaire iranien`: a definite agreement with no event
  // in the body of the text is one the reader knows, recalled.
  if (body && nouns.every((n) => definite(input, n)))
    return { status: 'mentionné', spokenOf: true };
  // `et enfin nos accords commerciaux`: agreements one has, with no event.
  if (
    body &&
    nouns.every(
      (n) => POSSESSIVE.test(word(view, n.from - 1)) || POSSESSIVE.test(word(view, n.from - 2)),
    )
  )
    return { status: 'mentionné' };
  return undefined;
}

/** True when a relative clause right after the agreement word hopes for it: `que X espère lancer`. */
function wishedAfter(input: StatusInput, anchor: number): boolean {
  const { view } = input;
  for (let i = anchor + 1; i < Math.min(input.to, anchor + 4); i++) {
    if (!/^(que|qu)$/.test(word(view, i))) continue;
    for (let k = i + 1; k < Math.min(input.to, i + 6); k++)
      if (WISHED.has(word(view, k))) return true;
    return false;
  }
  return false;
}

/** Verbs of reaching an agreement, as infinitives: `trouver`, `conclure`, `parvenir`. */
const REACH = /^(trouver|conclure|parvenir|aboutir|arriver|signer|decrocher|obtenir)$/;

/** True when the agreement is what someone tries to reach: `pour tenter de trouver un accord`. */
function sought(input: StatusInput): boolean {
  const { view } = input;
  // The verb of reaching: an event word, or the verb just before the agreement word (`trouver
  // un accord`, `parvenir à un accord`).
  const reach = [
    ...input.verbs.map((v) => v.from),
    ...input.nouns.flatMap((n) => [n.from - 2, n.from - 3]),
  ];
  return reach.some((at) => {
    if (at < 0 || !REACH.test(word(view, at))) return false;
    const p1 = word(view, at - 1);
    const p2 = word(view, at - 2);
    return (
      /^(pour|afin)$/.test(p1) ||
      (/^(de|d|a)$/.test(p1) &&
        /^(tenter|tente|tentent|chercher|cherche|cherchent|essayer|essaie|essaient|afin|vue|vise|visent|visant|viser|objectif|but|efforts?)$/.test(
          p2,
        ))
    );
  });
}

/**
 * True when the agreement or event word stands in the subject of a conditional verb: no verb
 * before it in the clause, and the clause's verb after it is conditional (`affaiblirait`).
 */
function hypotheticalSubject(input: StatusInput, anchor: number): boolean {
  const { view } = input;
  for (let i = input.from; i < anchor; i++) if (onlyVerb(view.tokens[i]?.text ?? '')) return false;
  for (let i = anchor + 1; i < Math.min(input.to, anchor + 12); i++) {
    const t = view.tokens[i]?.text ?? '';
    if (/[,;:]/.test(view.tokens[i]?.gap ?? '')) return false;
    if ((pos(t) & POS.verb) === 0) continue;
    return /(rait|raient)$/.test(fold(t)) && (pos(t) & (POS.noun | POS.adjective)) === 0;
  }
  return false;
}

/** Nouns about an agreement that exists: `une violation de l'accord`, `le respect du traité`. */
const EXISTING = set(`
  violation violations viole respect application applications termes clauses clause dispositions
  esprit lettre mise oeuvre vertu
  `);

/** True when the text says the agreement is in force: `encore en vigueur`, `en vigueur depuis`. */
function inForce(v: SentenceView, to: number): boolean {
  for (let k = to; k < Math.min(v.tokens.length, to + 10); k++) {
    if (word(v, k) !== 'en' || word(v, k + 1) !== 'vigueur') continue;
    return (
      /^(encore|toujours|actuellement|deja)$/.test(word(v, k - 1)) || word(v, k + 2) === 'depuis'
    );
  }
  return false;
}

/** True when the agreement word completes a noun that presupposes it: `violation de l'accord`. */
/**
 * `de ne pas signer l'accord de libre-échange entre l'UE et le Mercosur`: a definite agreement
 * whose sides are named is one that exists (negotiated), whatever is refused or hoped of it.
 */
function refusedKnown(input: StatusInput): boolean {
  const v = input.view;
  if (!input.verbs.some((x) => x.cls === 'sign')) return false;
  return input.nouns.some((n) => {
    if (!/^(l|le|la|les)$/.test(word(v, n.from - 1))) return false;
    for (let k = n.to; k < Math.min(input.to, n.to + 5); k++) {
      if (/[,;:]/.test(v.tokens[k]?.gap ?? '')) return false;
      if (word(v, k) === 'entre') return true;
    }
    return false;
  });
}

function existing(v: SentenceView, from: number): boolean {
  // `les Emirats ont un traité d'extradition avec l'Espagne`: having one.
  // (The verb as written: `à des négociations` is no `a`.)
  const verb = (v.tokens[from - 2]?.text ?? '').toLowerCase();
  if (/^(un|une|des)$/.test(word(v, from - 1)) && /^(a|ont|avait|avaient)$/.test(verb)) return true;
  let k = from - 1;
  if (/^(l|le|la|les|cet|cette|ce|ces|un|une)$/.test(word(v, k))) k--;
  // `conformément à l'accord`
  if (/^(a|au|aux)$/.test(word(v, k)) && word(v, k - 1) === 'conformement') return true;
  if (!/^(de|du|des|d)$/.test(word(v, k))) return false;
  // (`en vertu d'un accord`)
  return EXISTING.has(word(v, k - 1));
}

/** True when the agreement word is the definite object of a verb: `révélant les contrats`. */
/** True when a determiner that names a known thing opens the agreement word: `l'accord`, `ce traité`. */
function definite(input: StatusInput, n: NounTrigger): boolean {
  return /^(les|le|la|l|ces|cet|cette|ce|du|au|aux)$/.test(word(input.view, n.from - 1));
}

function objectOfVerb(input: StatusInput): boolean {
  const n = input.nouns[0];
  if (!n) return false;
  const det = word(input.view, n.from - 1);
  if (!/^(les|le|la|l|ces|cet|cette|ce)$/.test(det)) return false;
  // (`rejetait massivement l'accord`: an adverb may stand between.)
  let k = n.from - 2;
  if (/ment$/.test(word(input.view, k)) && pos(input.view.tokens[k]?.text ?? '') & POS.adverb) k--;
  const verb = input.view.tokens[k]?.text ?? '';
  return /ant$/i.test(verb) ? (pos(verb) & POS.noun) === 0 : onlyVerb(verb);
}
