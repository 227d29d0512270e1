/**
 * Anaphors that stand for parties named earlier: `les deux pays`, `les deux laboratoires`,
 * `le groupe`, `le laboratoire français`, and `nous` in a quotation attributed to an
 * organisation. Each is resolved against what the document has said so far and added to the
 * sentence as a mention, so that the structural stages treat it like a name.
 */
import type { ActorType, ExtractedActor } from '../actors/index.ts';
import { type MentionRef, mentionAt, type SentenceView, word } from '../clause/view.ts';
import { AUXILIARIES } from '../lexicon.ts';
import { fold } from '../normalize.ts';
import { onlyVerb } from '../pos.ts';

const NUMBERS: Record<string, number> = { deux: 2, trois: 3, quatre: 4, cinq: 5 };

const COUNTRY_GROUP = new Set([
  'pays',
  'etats',
  'gouvernements',
  'parties',
  'puissances',
  'capitales',
  'nations',
  'voisins',
  'allies',
  'dirigeants',
]);
const ORG_GROUP = new Set([
  'groupes',
  'entreprises',
  'societes',
  'laboratoires',
  'marques',
  'constructeurs',
  'partenaires',
  'organisations',
  'institutions',
  'entites',
  'firmes',
  'compagnies',
  'geants',
  'organismes',
  'acteurs',
  'parties',
]);

/** Singular heads that, with a definite article and no name after, refer to a known organisation. */
const ORG_ANAPHORS = new Set(
  [
    'groupe',
    'laboratoire',
    'societe',
    'entreprise',
    'constructeur',
    'firme',
    'geant',
    'compagnie',
    'operateur',
    'fabricant',
    'editeur',
    'organisation',
    'agence',
    'fondation',
    'association',
    'institution',
    'ong',
    'conglomerat',
    'consortium',
    'horloger',
    'biotech',
    'banque',
  ].map(fold),
);

/** Singular heads that, bare, refer to the state the story is about: `le gouvernement`. */
const STATE_ANAPHORS = new Set(['gouvernement', 'pays', 'etat', 'executif', 'regime']);

/** Conjunctions that open a clause whose subject pronoun continues the sentence. */
const SUBORDINATORS = new Set(['lorsqu', 'lorsque', 'quand', 'puisqu', 'puisque', 'depuis']);

export class Discourse {
  private readonly counts = new Map<string, number>();
  private readonly recent: { key: string; type: ActorType }[] = [];
  private lastParties: string[] = [];
  /** The country of the last person named with one (`le président palestinien Mahmoud Abbas`). */
  private leaderCountry: string | undefined;
  /** The name the last sentence opened with, when it was a country or an organisation (for `Elle`). */
  private lastSubject: string | undefined;

  constructor(private readonly actors: ReadonlyMap<string, ExtractedActor>) {}

  /** Records the parties of the last agreement read (for `les deux pays`). */
  agreed(parties: readonly string[]): void {
    if (parties.length) this.lastParties = [...parties];
  }

  /** Records a sentence's names, once its agreements are read. */
  observe(v: SentenceView): void {
    const opener = v.mentions.find((m) => m.from <= 3);
    this.lastSubject =
      opener && opener.type !== 'personne' && !opener.adjective && !opener.provisional
        ? opener.key
        : undefined;
    for (const m of v.mentions) {
      if (m.type === 'personne') {
        const country = this.actors.get(m.key)?.country;
        if (country) this.leaderCountry = `pays:${country}`;
        continue;
      }
      if (m.adjective || m.anaphor || m.provisional) continue;
      this.counts.set(m.key, (this.counts.get(m.key) ?? 0) + 1);
      const at = this.recent.findIndex((r) => r.key === m.key);
      if (at >= 0) this.recent.splice(at, 1);
      this.recent.push({ key: m.key, type: m.type });
    }
  }

  private lastOf(n: number, country: boolean): string[] {
    const fromAgreement = this.lastParties.filter(
      (k) => (this.actors.get(k)?.type === 'pays') === country,
    );
    if (fromAgreement.length === n) return fromAgreement;
    const out: string[] = [];
    for (let i = this.recent.length - 1; i >= 0 && out.length < n; i--) {
      const r = this.recent[i];
      if (r && (r.type === 'pays') === country) out.unshift(r.key);
    }
    return out.length === n ? out : [];
  }

  /** The state a bare `le gouvernement` refers to: the country of the last leader named, else the most named country. */
  private salientCountry(): string | undefined {
    if (this.leaderCountry) return this.leaderCountry;
    let best: string | undefined;
    let bestScore = 0;
    this.recent.forEach((r, i) => {
      if (r.type !== 'pays') return;
      const score = (this.counts.get(r.key) ?? 0) + i / 1000;
      if (score > bestScore) {
        best = r.key;
        bestScore = score;
      }
    });
    return best;
  }

  /** The organisation a definite description (`le laboratoire`) most likely refers to. */
  private salientOrganisation(head: string): string | undefined {
    let best: string | undefined;
    let bestScore = 0;
    this.recent.forEach((r, i) => {
      if (r.type !== 'organisation') return;
      const a = this.actors.get(r.key);
      const name = fold(a?.name ?? '');
      const sameHead = name.split(/[\s'’-]+/)[0] === head ? 2 : 0;
      const score = (this.counts.get(r.key) ?? 0) + sameHead + i / 1000;
      if (score > bestScore) {
        best = r.key;
        bestScore = score;
      }
    });
    return best;
  }

  /** Mentions to add to the sentence for its anaphors. */
  resolve(v: SentenceView): MentionRef[] {
    const out: MentionRef[] = [];
    // `Elle avait déjà déployé…`: a sentence that opens with a pronoun continues the last one.
    const first = v.tokens[0];
    if (first && /^(Il|Elle)$/.test(first.text) && this.lastSubject)
      out.push(this.ref(this.lastSubject, 0, 1));
    for (let i = 0; i < v.tokens.length; i++) {
      if (mentionAt(v, i)) continue;
      const w = word(v, i);
      const next = word(v, i + 1);
      // `Chypre n'a … que depuis 2004, lorsqu'elle a rejoint l'UE`: a subject pronoun after a
      // conjunction stands for the country or organisation that opens the sentence, when it is
      // the only one named before the pronoun (`Apple persiste et signe: Fortnite …, puisqu'il a
      // rompu`: left unresolved).
      // `Quant à l'Union européenne, elle a sécurisé…`: the name set apart before the comma.
      if (/^(il|elle)$/.test(w) && word(v, 0) === 'quant' && /,/.test(v.tokens[i]?.gap ?? '')) {
        const topic = v.mentions.find((m) => m.from <= 4 && m.to <= i && m.type !== 'personne');
        if (topic && !topic.adjective) out.push(this.ref(topic.key, i, i + 1));
        continue;
      }
      if (i > 0 && /^(il|elle)$/.test(w) && SUBORDINATORS.has(word(v, i - 1))) {
        const before = new Set(
          v.mentions
            .filter((m) => m.to <= i && m.type !== 'personne' && !m.adjective && !m.provisional)
            .map((m) => m.key),
        );
        const [only] = before;
        const opener = v.mentions.find((m) => m.key === only && m.from <= 1);
        if (only && before.size === 1 && opener) out.push(this.ref(only, i, i + 1));
        continue;
      }
      // `les deux pays`, `les trois entités`
      if (w === 'les' && NUMBERS[next] && v.tokens[i + 2]) {
        const head = word(v, i + 2);
        const n = NUMBERS[next] as number;
        const country = COUNTRY_GROUP.has(head) && !ORG_GROUP.has(head);
        if (COUNTRY_GROUP.has(head) || ORG_GROUP.has(head)) {
          let keys = this.lastOf(n, country);
          if (!keys.length && head === 'parties')
            keys = this.lastParties.length === n ? this.lastParties : [];
          for (const key of keys) out.push(this.ref(key, i, i + 3));
          i += 2;
        }
        continue;
      }
      // `le gouvernement` alone (not `le gouvernement du Canada`, `le gouvernement libanais`)
      if (/^(le|l)$/.test(w) && STATE_ANAPHORS.has(next)) {
        const after = v.tokens[i + 2];
        const qualified = (after && /^(de|du|des|d)$/.test(after.key)) || !!mentionAt(v, i + 2);
        if (!qualified) {
          const key = this.salientCountry();
          if (key) out.push(this.ref(key, i, i + 2));
        }
        i += 1;
        continue;
      }
      // `le groupe`, `le laboratoire français` (not `le groupe Renault`, `la société russe de
      // technologie … RITE`: a name follows, the cue is part of it)
      if (/^(le|la|l)$/.test(w) && ORG_ANAPHORS.has(next)) {
        if (this.nameFollows(v, i + 2)) continue;
        // `avec Flèche, la société de production dont…`: an apposition describes the name
        // before it.
        const before = v.tokens[i - 1];
        if (/,/.test(v.tokens[i]?.gap ?? '') && (before?.cap || mentionAt(v, i - 1))) continue;
        const key = this.salientOrganisation(next);
        if (key) out.push(this.ref(key, i, i + 2));
        i += 1;
      }
    }
    return out;
  }

  /**
   * True when an organisation's name follows a cue within its noun phrase: adjectives and
   * complements, up to the name (`la société russe de technologie de l'information RITE`).
   */
  private nameFollows(v: SentenceView, from: number): boolean {
    for (let k = from; k < Math.min(v.tokens.length, from + 8); k++) {
      const t = v.tokens[k];
      if (!t || (k > from && /[,;:()«»"“”]/.test(t.gap))) return false;
      const m = mentionAt(v, k);
      if (m?.type === 'organisation' && !m.anaphor) return true;
      if (t.cap && !m) return true;
      if (m) continue;
      // A verb, a clitic or a preposition other than `de` ends the noun phrase.
      if (
        onlyVerb(t.text) ||
        AUXILIARIES.has(t.key) ||
        /^(s|se|ne|n|avec|pour|par|a|au|aux|dans|sur|qui|que)$/.test(t.key)
      )
        return false;
    }
    return false;
  }

  private ref(key: string, from: number, to: number): MentionRef {
    const type = this.actors.get(key)?.type ?? 'organisation';
    return { key, type, from, to, adjective: false, anaphor: true };
  }
}
