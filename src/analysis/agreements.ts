/**
 * Agreements reported by a document: kind, parties, signatories, place and date, with the
 * paragraphs that report them. Rule-based: a sentence that names an agreement and a signing
 * (or a clear cooperation/discussion) is evidence; its actors are the parties. A document
 * with no such sentence reports no agreement (an equipment handover is not one).
 */
import { type DateMention, findDates, type ResolvedDate, resolveDate } from './dates.ts';
import type { ExtractedActor, Mention } from './entities.ts';
import { gazetteer } from './gazetteer.ts';
import { ROLE_WORDS } from './lexicon.ts';
import { fold } from './normalize.ts';
import { sentences } from './tokens.ts';

export interface Agreement {
  /** `accord`, `accord intergouvernemental`, `déclaration commune`, `protocole d'entente`, `discussions`… */
  kind: string;
  /** Actor keys of the parties (countries and organisations), most cited first. */
  parties: string[];
  /** Actor keys of the people who signed. */
  signatories: string[];
  place?: string;
  date?: ResolvedDate;
  /** 0-based paragraphs that report it, strongest first. */
  evidence: number[];
  /** True when a front matter (a curator) set the parties. */
  curated?: boolean;
}

const SIGN =
  /\b(sign(?:e|ee|es|ees|ent|er|era|eront|ait|aient|ons|ature|ataires?)|paraphe\w*|conclu|ratifi\w*|(?:ont|a|sont) convenu\w*)\b/;
const NOUN =
  /\b(accords?|declarations? (?:commune|conjointe)s?|protocoles? d ?entente|memorandums?|traites?|conventions?|partenariats?|pacte|charte)\b/;
const COOP =
  /\b(cooper\w*|collabor\w*|discut\w*|pourparlers|rencontre|reunion|groupe de travail conjoint|partenariat)\b/;
const ATTRIBUTION =
  /,\s*(?:a|ont|avait)\s+(?:declare|indique|annonce|rapporte|precise|explique|affirme)|,\s*selon\b|,\s*indique\b|,\s*explique\b|,\s*rapporte\b/;

const KINDS: [RegExp, string][] = [
  [/declarations? (?:commune|conjointe)/, 'déclaration commune'],
  [/protocoles? d ?entente|memorandum/, "protocole d'entente"],
  [/accords? intergouvernementa/, 'accord intergouvernemental'],
  [/traite/, 'traité'],
  [/convention/, 'convention'],
  [/\baccords?\b/, 'accord'],
  [/partenariat/, 'partenariat'],
  [/charte|pacte/, 'charte'],
];

interface Evidence {
  paragraph: number;
  start: number;
  end: number;
  /** 3: agreement + signing; 2: signing or agreement; 1: cooperation or discussion. */
  score: number;
  /** Folded sentence, cut before an attribution (`…, a déclaré Sputnik`). */
  core: string;
  coreEnd: number;
}

function foldForCues(s: string): string {
  return fold(s)
    .replace(/['’ʼ]/g, ' ')
    .replace(/\bd accord\b|\ben accord avec\b|\bd un commun accord\b/g, ' ');
}

function scoreSentences(paragraphs: readonly string[]): Evidence[] {
  const out: Evidence[] = [];
  paragraphs.forEach((p, pi) => {
    for (const [s, e] of sentences(p)) {
      const raw = p.slice(s, e);
      const f = foldForCues(raw);
      const sign = SIGN.test(f);
      const noun = NOUN.test(f);
      const score = sign && noun ? 3 : sign || noun ? 2 : COOP.test(f) ? 1 : 0;
      if (!score) continue;
      const cut = f.search(ATTRIBUTION);
      out.push({ paragraph: pi, start: s, end: e, score, core: f, coreEnd: cut > 0 ? s + cut : e });
    }
  });
  return out;
}

/** An organisation cited only as the complement of a role (`secrétaire du Conseil…`) is no party. */
function isRoleComplement(p: string, m: Mention): boolean {
  const before = fold(p.slice(Math.max(0, m.start - 40), m.start))
    .split(/[^a-z-]+/)
    .filter(Boolean);
  return before.slice(-3).some((w) => ROLE_WORDS.has(w));
}

function placeOf(paragraphs: readonly string[], ev: Evidence[]): string | undefined {
  const g = gazetteer();
  for (const e of ev) {
    const s = (paragraphs[e.paragraph] ?? '').slice(e.start, e.end);
    const at = s.match(
      /sign\S*\s+(?:\S+\s+){0,4}?(?:à|a|dans)\s+((?:La |Le )?\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?)/u,
    );
    if (at?.[1] && g.lookup(at[1].replace(/^(La|Le) /, '').toLowerCase()) !== undefined)
      return at[1];
    if (at?.[1] && g.lookup(fold(at[1])) !== undefined) return at[1];
    const capital = fold(s).match(/dans la capitale (\w+)/);
    if (capital?.[1]) {
      const form = g.lookup(capital[1]);
      const name = form && CAPITAL_NAMES[form.code];
      if (name) return name;
    }
  }
  return undefined;
}

/** The capital to name when the text says `la capitale cubaine`. */
const CAPITAL_NAMES: Record<string, string> = {
  CU: 'La Havane',
  RU: 'Moscou',
  ID: 'Jakarta',
  IR: 'Téhéran',
  KM: 'Moroni',
  US: 'Washington',
  CN: 'Pékin',
  FR: 'Paris',
  DE: 'Berlin',
  GB: 'Londres',
  JP: 'Tokyo',
  IN: 'New Delhi',
};

export interface AgreementInput {
  paragraphs: readonly string[];
  actors: readonly ExtractedActor[];
  mentions: readonly Mention[];
  /** The document's own date, if known (front matter or dateline). */
  documentDate?: DateMention;
  /** Most frequent year of the text, to anchor year-less dates (uncertain). */
  dominantYear?: number;
}

export function extractAgreements(input: AgreementInput): Agreement[] {
  const { paragraphs, actors, mentions } = input;
  const byKey = new Map(actors.map((a) => [a.key, a]));
  const ev = scoreSentences(paragraphs);
  const strong = ev.filter((e) => e.score === 3);
  const signing = ev.filter((e) => e.score >= 2);
  const coop = ev.filter((e) => e.score === 1);

  const within = (e: Evidence, end: number) =>
    mentions.filter((m) => m.paragraph === e.paragraph && m.start >= e.start && m.end <= end);
  const partiesOf = (list: Evidence[]) => {
    const counts = new Map<string, number>();
    for (const e of list) {
      const p = paragraphs[e.paragraph] ?? '';
      for (const m of within(e, e.coreEnd)) {
        const a = byKey.get(m.key);
        if (!a || a.type === 'personne') continue;
        if (a.type === 'organisation' && isRoleComplement(p, m)) continue;
        // A bare acronym in brackets is a source credit (`(DDC)`), not a party.
        if (a.aliases.length === 0 && p[m.start - 1] === '(') continue;
        counts.set(a.key, (counts.get(a.key) ?? 0) + 1);
      }
    }
    return counts;
  };

  let basis = strong.length ? strong : signing.length ? signing : [];
  let counts = partiesOf(basis);
  let kind: string | undefined;
  if (basis.length === 0 || counts.size === 0) {
    // No signing: cooperation or discussions between at least two parties.
    const c = partiesOf(coop);
    if (coop.length >= 2 && c.size >= 2) {
      basis = coop;
      counts = c;
      kind = 'discussions';
    } else {
      return [];
    }
  }
  if (counts.size < 2 && basis !== coop) {
    // Widen to the other evidence to find the second party.
    for (const [k, n] of partiesOf([...signing, ...coop])) counts.set(k, (counts.get(k) ?? 0) + n);
  }
  if (!kind) {
    const text = basis.map((e) => e.core).join(' ');
    kind = KINDS.find(([re]) => re.test(text))?.[1] ?? 'accord';
  }
  // Countries of the organisations that are parties.
  for (const key of [...counts.keys()]) {
    const country = byKey.get(key)?.country;
    if (country && !counts.has(`pays:${country}`)) counts.set(`pays:${country}`, 0.5);
  }
  const parties = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([k]) => k);

  const signatories: string[] = [];
  for (const e of signing) {
    if (!SIGN.test(e.core)) continue;
    for (const m of within(e, e.end)) {
      if (byKey.get(m.key)?.type === 'personne' && !signatories.includes(m.key))
        signatories.push(m.key);
    }
  }

  const evidence: number[] = [];
  for (const e of [...basis].sort((a, b) => b.score - a.score || a.paragraph - b.paragraph)) {
    if (!evidence.includes(e.paragraph)) evidence.push(e.paragraph);
  }

  const place = placeOf(paragraphs, [...basis, ...signing]);
  const date = dateOf(input, basis);
  return [
    {
      kind,
      parties,
      signatories,
      ...(place ? { place } : {}),
      ...(date ? { date } : {}),
      evidence,
    },
  ];
}

function dateOf(input: AgreementInput, basis: Evidence[]): ResolvedDate | undefined {
  const ref = input.documentDate?.year
    ? { year: input.documentDate.year, certain: true }
    : { year: input.dominantYear, certain: false };
  let weekday: DateMention | undefined;
  const seen = new Set<number>();
  for (const e of basis) {
    if (seen.has(e.paragraph)) continue;
    seen.add(e.paragraph);
    const dates = findDates(input.paragraphs[e.paragraph] ?? '');
    const precise = dates.find((d) => d.day && d.month);
    if (precise) return resolveDate(precise, ref);
    weekday ??= dates.find((d) => d.weekday);
  }
  if (weekday) return resolveDate(weekday, ref);
  return undefined;
}
