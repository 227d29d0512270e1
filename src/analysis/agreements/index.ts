/**
 * Agreements reported by a document. The stages, each in its own module:
 *
 * 1. `view.ts`: sentences (ICU segmentation repaired for scraped text) with their actor mentions;
 * 2. `coreference.ts`: anaphors (`les deux pays`, `le groupe`) resolved to names said before;
 *    `compounds.ts`: sides joined by a hyphen (`l'accord UE-Mercosur`) read as two names;
 * 3. `triggers.ts`: agreement words and event words, each checked for its sense;
 * 4. `read.ts`: per clause, the parties by structure (`roles.ts`, `structure.ts`), the
 *    instrument, place and date (`details.ts`), the status (`status.ts`);
 * 5. `merge.ts`: readings of the same agreement merged into one;
 * 6. `signatories.ts`: the people who signed, from the sentences that say so.
 */
import type { ExtractedActor, Mention } from '../actors/index.ts';
import { addMentions, type SentenceView } from '../clause/view.ts';
import type { DateMention } from '../dates.ts';
import { fold } from '../normalize.ts';
import { compoundMentions } from './compounds.ts';
import { Discourse } from './coreference.ts';
import { type Agreement, mergeReadings } from './merge.ts';
import { provisionalNames } from './names.ts';
import { type Candidate, type ReadContext, readSentence } from './read.ts';
import { attachSignatories } from './signatories.ts';

export type { Agreement } from './merge.ts';
export { type AgreementStatus, STATUSES } from './status.ts';

export interface AgreementInput {
  /** The document's sentences with their actor mentions (see clause/view.ts). */
  views: SentenceView[];
  actors: readonly ExtractedActor[];
  /** The document's own date, if known (front matter or dateline). */
  documentDate?: DateMention;
  /** The latest year the text mentions, to tell earlier agreements recalled in passing. */
  latestYear?: number;
  /** Most frequent year of the text, to anchor year-less dates (uncertain). */
  dominantYear?: number;
}

export interface AgreementOutput {
  agreements: Agreement[];
  /** Organisations only the structure of an agreement revealed (see names.ts), with their mentions. */
  actors: ExtractedActor[];
  mentions: Mention[];
}

/**
 * `Bentley et Breitling prolongent…` then `Bentley Motors`: a provisional name that opens an
 * organisation named in full, or that is one of its aliases, is that organisation. Readings
 * are renamed before they are merged, so that both say the same party.
 */
function resolveProvisional(
  readings: Candidate[],
  byKey: ReadonlyMap<string, ExtractedActor>,
): void {
  const orgs = [...byKey.values()].filter((a) => a.type === 'organisation');
  for (const r of readings) {
    for (const [key, name] of [...r.names]) {
      const full = orgs.find((o) => o.name.startsWith(`${name} `) || o.aliases.includes(name));
      if (!full) continue;
      r.parties = [...new Set(r.parties.map((p) => (p === key ? full.key : p)))];
      r.names.delete(key);
      if (!full.aliases.includes(name)) full.aliases.push(name);
    }
  }
}

/** Heads of state and government, ministers and envoys act for their country. */
const LEADER =
  /\b(president|presidente|premier ministre|ministre|chancelier|chanceliere|roi|reine|emir|prince heritier|chef de l etat|chef de la diplomatie|secretaire d etat|ambassadeur|ambassadrice|emissaire|envoye)\b/;

/** Organisations a leader may lead instead of a state: `président du Parlement européen`. */
const LED_ORGANISATION =
  /\b(parlement europeen|commission|banque|fonds|organisation|agence|union|comite|cour|parti|fondation|groupe|societe|entreprise|federation|association|club|universite)\b/;

/**
 * True when a role makes its holder act for a state: `président russe`, `ministre des Affaires
 * étrangères`, not `président du Parlement européen` nor `président du groupe` (the part before
 * the first comma is the role; what follows describes the person).
 */
function actsForState(role: string): boolean {
  const head = fold(role.split(',')[0] ?? '').replace(/['’]/g, ' ');
  return LEADER.test(head) && !LED_ORGANISATION.test(head);
}

/** Actors for the provisional names that became parties, with every mention of them. */
function promote(agreements: Agreement[], readings: Candidate[], views: SentenceView[]) {
  const names = new Map<string, string>();
  for (const r of readings) for (const [k, n] of r.names) names.set(k, n);
  const wanted = new Set(agreements.flatMap((a) => a.parties).filter((k) => names.has(k)));
  const actors: ExtractedActor[] = [...wanted].map((key) => ({
    key,
    name: names.get(key) ?? key,
    type: key.startsWith('pays:') ? ('pays' as const) : ('organisation' as const),
    aliases: [],
    roles: [],
  }));
  const mentions: Mention[] = [];
  for (const v of views) {
    for (const m of v.mentions) {
      if (!m.provisional || !wanted.has(m.key)) continue;
      const a = v.tokens[m.from];
      const b = v.tokens[m.to - 1];
      if (a && b) mentions.push({ key: m.key, paragraph: v.paragraph, start: a.start, end: b.end });
    }
  }
  return { actors, mentions };
}

/**
 * The country a document is about: the only country its title names, else one named at least
 * three times and twice as often as any other. Undefined when no country stands out.
 */
export function homeCountry(views: readonly SentenceView[]): string | undefined {
  const inTitle = new Set(
    views
      .filter((v) => v.title)
      .flatMap((v) => v.mentions.filter((m) => m.type === 'pays').map((m) => m.key)),
  );
  if (inTitle.size === 1) return [...inTitle][0];
  if (inTitle.size > 1) return undefined;
  const counts = new Map<string, number>();
  for (const v of views)
    for (const m of v.mentions)
      if (m.type === 'pays') counts.set(m.key, (counts.get(m.key) ?? 0) + 1);
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  if (!first || first[1] < 3 || (second && second[1] * 2 > first[1])) return undefined;
  return first[0];
}

/** Names of the bodies that act for a state (not its companies or agencies). */
const STATE_BODY = /^(ministère|gouvernement|présidence|chancellerie|ambassade|diplomatie)\b/i;

export function extractAgreements(input: AgreementInput): AgreementOutput {
  const byKey = new Map(input.actors.map((a) => [a.key, a]));
  const { views } = input;
  const referenceYear = input.documentDate?.year ?? input.latestYear;
  const leaderCountry = (key: string) => {
    const a = byKey.get(key);
    if (!a?.country || !a.roles.some(actsForState)) return undefined;
    return `pays:${a.country}`;
  };
  const ctx: ReadContext = {
    leaderCountry,
    ...(referenceYear ? { referenceYear } : {}),
    reference: input.documentDate?.year
      ? { year: input.documentDate.year, certain: true }
      : { year: input.dominantYear, certain: false },
    ...(input.documentDate ? { documentDate: input.documentDate } : {}),
  };
  const home = homeCountry(views);
  if (home) ctx.homeCountry = home;
  const discourse = new Discourse(byKey);
  const known = new Set(byKey.keys());
  const readings: Candidate[] = [];
  for (const v of views) {
    addMentions(v, discourse.resolve(v));
    addMentions(v, compoundMentions(v, known));
    addMentions(v, provisionalNames(v));
    const found = readSentence(v, ctx);
    for (const c of found) discourse.agreed(c.parties);
    readings.push(...found);
    discourse.observe(v);
  }
  const countryOf = (key: string) => {
    const code = byKey.get(key)?.country;
    return code ? `pays:${code}` : undefined;
  };
  const stateOf = (key: string) => {
    const a = byKey.get(key);
    // (A ministry named without its country, in an article about one country, is its.)
    return a && STATE_BODY.test(a.name) ? (countryOf(key) ?? home) : undefined;
  };
  resolveProvisional(readings, byKey);
  // An agreement recalled in passing with neither parties nor a name (`la clause du contrat`)
  // tells a reader nothing they could look up.
  const agreements = mergeReadings(readings, countryOf, stateOf).filter(
    (a) => a.status !== 'mentionné' || a.parties.length > 0 || a.instrument,
  );
  attachSignatories(agreements, views);
  return { agreements, ...promote(agreements, readings, views) };
}
