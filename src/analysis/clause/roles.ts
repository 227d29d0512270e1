/**
 * What an actor mention is doing in its sentence, read from the words around it: a possible
 * party, or a place (`à Jakarta`), a company's nationality (`le chinois CMEC`, `la société
 * russe RITE`), the complement of a role (`secrétaire du Conseil de sécurité`), the country of
 * an organisation (`le GEIC de Cuba`), a source (`, a rapporté WAM`).
 */
import { fold } from '../normalize.ts';
import { type MentionRef, mentionAt, type SentenceView, word } from './view.ts';

const set = (words: string): Set<string> => new Set(words.trim().split(/\s+/).map(fold));

/** Nouns for a state acting: a country adjective or complement after them is the state. */
export const GOVERNMENT_NOUNS = set(`
  gouvernement gouvernements autorites autorite etat etats pays executif diplomatie diplomaties
  regime regimes administration dirigeants dirigeant armee armees marine forces puissance
  puissances capitale capitales delegation delegations republique royaume nation nations
  parlement membres creanciers ambassade ambassades consulat renseignements renseignement
  services leaders leader
  `);

/** Nouns of an act: a country adjective after them is the state that acts (`la décision américaine`). */
const ACT_NOUNS = set(`
  decision volonte intention annonce choix menace retrait sortie engagement position refus
  proposition initiative offre demande accusation accusations ingerence ingerences pression
  pressions sanctions intervention offensive frappe frappes soutien aide critique critiques
  `);

/** Nouns for a company or body: a country adjective next to them is a nationality. */
export const COMPANY_NOUNS = set(`
  groupe groupes constructeur constructeurs laboratoire laboratoires societe societes entreprise
  entreprises firme firmes geant geants compagnie compagnies operateur operateurs fabricant
  fabricants editeur editeurs horloger horlogers biotech startup start-up banque banques assureur
  assureurs transporteur transporteurs equipementier equipementiers motoriste chimiste petrolier
  petroliers gazier gaziers specialiste specialistes leader leaders numero champion champions
  conglomerat consortium filiale filiales marque marques industriel industriels distributeur
  distributeurs chaine chaines agence agences media medias journal quotidien site reseau
  association associations fondation organisation ong club clubs universite universites
  institut ecole hopital avionneur armateur chantier chantiers
  `);

/** Prepositions that make a name a place (`à Moscou`, `en Chine`, `aux Etats-Unis`). */
const PLACE_PREPOSITIONS = set('a au aux en dans sur vers depuis chez via outre pres');

/** Role words: an organisation after them is the complement of a person's title. */
const ROLE_HEADS = set(`
  directeur directrice secretaire president presidente ministre coordinateur coordinatrice
  representant representante porte-parole chef cheffe pdg ceo fondateur fondatrice ambassadeur
  ambassadrice conseiller conseillere responsable commissaire administrateur patron patronne
  dirigeant dirigeante membre membres emissaire envoye analyste chercheur chercheuse expert
  experte professeur directeurs presidents vice-president haut-representant gouverneur
  `);

/** Speech verbs that open an attribution after the main clause: `, a déclaré WAM`. */
const SPEECH = set(`
  declare declarent indique indiquent annonce annoncent rapporte rapportent precise precisent
  ajoute ajoutent explique expliquent affirme affirment souligne soulignent estime estiment
  confie assure note observe commente insiste rappelle poursuit selon ecrit ecrivent
  `);

export type Role =
  | 'party' // may be a party
  | 'place'
  | 'nationality' // country of a company or person
  | 'owner' // country of an organisation (`le GEIC de Cuba`)
  | 'role' // complement of a person's title
  | 'source'
  | 'person';

/** The token where an attribution starts (`, a déclaré X`, `, selon X`), or the sentence end. */
export function attributionStart(v: SentenceView): number {
  for (let i = 1; i < v.tokens.length; i++) {
    const gap = v.tokens[i]?.gap ?? '';
    if (!/[,»"”]/.test(gap)) continue;
    let k = i;
    // `, a déclaré`, `, a-t-il dit`, `», indique`, `, selon`
    if (/^(a|ont|avait|avaient)$/.test(word(v, k))) k++;
    if (SPEECH.has(word(v, k)) || (word(v, i) === 'a' && /^t$/.test(word(v, i + 1)))) {
      // Only when the rest is short: an attribution, not a new clause.
      if (v.tokens.length - i <= 14) return i;
    }
  }
  return v.tokens.length;
}

/** The noun a country adjective qualifies: the nearest word before it, over adjectives and `et`. */
function headBefore(v: SentenceView, m: MentionRef): string {
  for (let k = m.from - 1; k >= Math.max(0, m.from - 6); k--) {
    const w = word(v, k);
    const other = mentionAt(v, k);
    if (other?.adjective || w === 'et' || w === 'ou') continue;
    if (other) return `@${other.type}`;
    return w;
  }
  return '';
}

/** The word a complement `de X` depends on: `gouvernement` in `gouvernement du Canada`. */
function complementHead(v: SentenceView, m: MentionRef): string | undefined {
  let k = m.from - 1;
  if (!/^(de|du|des|d)$/.test(word(v, k))) {
    // `de la Fédération de Russie`, `de l'Indonésie`
    if (/^(la|le|l|les)$/.test(word(v, k)) && /^(de|d)$/.test(word(v, k - 1))) k--;
    else return undefined;
  }
  k--;
  const other = mentionAt(v, k);
  if (other) return `@${other.type}`;
  // Skip adjectives between the head and `de`: `les autorités locales de X`.
  return word(v, k);
}

/** Nouns that introduce a news medium by its name: `l'agence officielle émiratie WAM`. */
const MEDIUM_NOUNS = set(`
  agence quotidien journal hebdomadaire magazine chaine television radio site media
  `);

/**
 * `L'agence officielle émiratie WAM a annoncé dimanche cet accord`: a medium, named by its kind,
 * that reports is the source of the news, not a party to it.
 */
function reportingMedium(v: SentenceView, m: MentionRef): boolean {
  let k = m.from - 1;
  while (k >= Math.max(0, m.from - 5) && (mentionAt(v, k)?.adjective || !v.tokens[k]?.cap)) {
    if (MEDIUM_NOUNS.has(word(v, k))) break;
    if (
      !/^(officiel|officielle|publique|public|d|de|etat|presse|national|nationale)$/.test(
        word(v, k),
      ) &&
      !mentionAt(v, k)?.adjective
    )
      return false;
    k--;
  }
  if (!MEDIUM_NOUNS.has(word(v, k))) return false;
  // (An agency is a medium when official or of the press: not `l'agence russe Rosatom`.)
  if (word(v, k) === 'agence') {
    let press = false;
    for (let j = k + 1; j < m.from; j++) if (/^(officielle|presse)$/.test(word(v, j))) press = true;
    if (!press) return false;
  }
  let after = m.to;
  if (/^(a|ont|avait|avaient)$/.test(word(v, after))) after++;
  return SPEECH.has(word(v, after));
}

/** The role of a mention in its sentence. */
export function roleOf(v: SentenceView, m: MentionRef, attribution: number): Role {
  if (m.type === 'personne') return 'person';
  if (m.from >= attribution) return 'source';
  const prev = word(v, m.from - 1);
  const prev2 = word(v, m.from - 2);
  if (m.adjective) {
    const head = headBefore(v, m);
    if (GOVERNMENT_NOUNS.has(head) || ACT_NOUNS.has(head)) return 'party';
    // `le chinois CMEC`, `le britannique GSK`: a demonym before a name.
    const next = mentionAt(v, m.to);
    if (next && next.type !== 'pays') return 'nationality';
    return 'nationality';
  }
  // `à Moscou`, `en Chine`: a country after a preposition of place is a place (an
  // organisation after `à` is a recipient: `fournit à l'AIEA`).
  if (
    m.type === 'pays' &&
    (PLACE_PREPOSITIONS.has(prev) ||
      (/^(la|le|l|les)$/.test(prev) && PLACE_PREPOSITIONS.has(prev2)))
  )
    return 'place';
  if (prev === 'selon' || (prev === 'apres' && prev2 === 'd')) return 'source';
  if (m.type === 'organisation' && reportingMedium(v, m)) return 'source';
  const head = complementHead(v, m);
  if (head !== undefined) {
    if (GOVERNMENT_NOUNS.has(head) || ACT_NOUNS.has(head)) return 'party';
    if (ROLE_HEADS.has(head)) return 'role';
    if (head === '@organisation') return m.type === 'pays' ? 'owner' : 'party';
    if (COMPANY_NOUNS.has(head)) return 'owner';
    return m.type === 'pays' ? 'owner' : 'party';
  }
  // `le secrétaire général de l'UIT` is handled above; `le directeur Rostec` is rare.
  return 'party';
}
