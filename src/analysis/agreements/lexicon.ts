/**
 * The words of agreements, in folded form (see normalize.fold): what names an agreement
 * (nouns, with the kind they give), what does something with one (verbs, by class), and the
 * contexts where the same words mean something else. Kept in one place so that a reader can
 * see, and extend, what the extractor knows.
 */
import { fold } from '../normalize.ts';

const set = (words: string): Set<string> => new Set(words.trim().split(/\s+/).map(fold));

/** What an event word does to an agreement; decides its status. */
export type EventClass =
  | 'sign' // signed, concluded, adopted, agreed
  | 'ally' // works together: s'allier, collaborer, coopérer, s'associer
  | 'join' // joins or supports an instrument
  | 'negotiate'
  | 'discuss'
  | 'finance'
  | 'extend'
  | 'break';

/**
 * Nouns that name an agreement, with the kind they give. Multi-word forms first: the longest
 * match wins. Forms are sequences of folded tokens (apostrophes split words: `d entente`).
 */
export const AGREEMENT_NOUNS: [string, string][] = [
  ['accord intergouvernemental', 'accord intergouvernemental'],
  ['accords intergouvernementaux', 'accord intergouvernemental'],
  ['accord intergouvernementale', 'accord intergouvernemental'],
  ['accord cadre', 'accord-cadre'],
  ['accord de cooperation', 'accord de coopération'],
  ['accords de cooperation', 'accord de coopération'],
  ['accord de partenariat', 'accord de partenariat'],
  ['accord de libre echange', 'accord de libre-échange'],
  ['accord commercial', 'accord commercial'],
  ['accords commerciaux', 'accord commercial'],
  ['accord de paix', 'accord de paix'],
  ['accords de paix', 'accord de paix'],
  ['accord', 'accord'],
  ['accords', 'accord'],
  ['entente', 'accord'],
  ['ententes', 'accord'],
  ['traite', 'traité'],
  ['traites', 'traité'],
  ['protocole d entente', "protocole d'entente"],
  ['protocole d accord', "protocole d'accord"],
  ['protocoles d entente', "protocole d'entente"],
  ['protocole', 'protocole'],
  ['memorandum d entente', "protocole d'entente"],
  ['memorandum d accord', "protocole d'entente"],
  ['memorandum', "protocole d'entente"],
  ['declaration commune', 'déclaration commune'],
  ['declaration conjointe', 'déclaration commune'],
  ['declarations communes', 'déclaration commune'],
  ['communique commun', 'déclaration commune'],
  ['communique conjoint', 'déclaration commune'],
  ['convention', 'convention'],
  ['conventions', 'convention'],
  ['partenariat strategique', 'partenariat stratégique'],
  ['partenariat', 'partenariat'],
  ['partenariats', 'partenariat'],
  ['contrat', 'contrat'],
  ['contrats', 'contrat'],
  ['alliance', 'alliance'],
  ['cooperation', 'coopération'],
  ['collaboration', 'coopération'],
  ['collaborations', 'coopération'],
  ['pacte', 'pacte'],
  ['charte', 'charte'],
  ['coentreprise', 'coentreprise'],
  ['joint venture', 'coentreprise'],
  ['moratoire', 'moratoire'],
  ['pret', 'prêt'],
  ['prets', 'prêt'],
  ['financement', 'financement'],
  ['financements', 'financement'],
  ['dialogue strategique', 'dialogue stratégique'],
  ['dialogue', 'dialogue'],
  ['pourparlers', 'pourparlers'],
  ['negociations', 'négociations'],
  ['negociation', 'négociations'],
  ['discussions', 'discussions'],
  ['consultations', 'consultations'],
  ['feuille de route', 'feuille de route'],
  ['appel', 'appel'],
  ['projet commun', 'projet commun'],
  ['projet', 'projet'],
  ['exercice conjoint', 'exercice conjoint'],
  ['exercices conjoints', 'exercice conjoint'],
  ['exercice commun', 'exercice conjoint'],
  ['exercices communs', 'exercice conjoint'],
  ['manoeuvres conjointes', 'exercice conjoint'],
  ['suspension du service de la dette', 'moratoire'],
  ['allegement de la dette', 'allègement de dette'],
  ['aide financiere', 'financement'],
];

/** Nouns whose kind makes them events of a class by themselves. */
export const NOUN_CLASS: Record<string, EventClass> = {
  moratoire: 'finance',
  'allègement de dette': 'finance',
  prêt: 'finance',
  financement: 'finance',
  'dialogue stratégique': 'discuss',
  dialogue: 'discuss',
  pourparlers: 'discuss',
  discussions: 'discuss',
  consultations: 'discuss',
  négociations: 'negotiate',
};

/**
 * Nouns that are agreements only with parties named around them (`dialogue`, `coopération`:
 * common words in news); the others are agreements as soon as their sense is right.
 */
export const WEAK_NOUNS = new Set([
  'projet',
  'projet commun',
  'coopération',
  'dialogue',
  'discussions',
  'consultations',
  'négociations',
  'financement',
  'prêt',
  'moratoire',
  'alliance',
  'feuille de route',
  'charte',
  'protocole',
  'convention',
  'contrat',
]);

/**
 * Event verbs, by class, as folded word sequences. A form ending in `*` matches any word that
 * starts with it (`collabor*`: collabore, collaborent, collaborera…).
 */
export const EVENT_VERBS: [string, EventClass][] = [
  // sign
  ['sign*', 'sign'],
  ['paraph*', 'sign'],
  ['ratifi*', 'sign'],
  ['conclu', 'sign'],
  ['conclue', 'sign'],
  ['conclus', 'sign'],
  ['conclues', 'sign'],
  ['conclure', 'sign'],
  ['conclut', 'sign'],
  ['concluent', 'sign'],
  ['conclura', 'sign'],
  ['concluront', 'sign'],
  ['conclusion', 'sign'],
  ['scell*', 'sign'],
  ['entérin*', 'sign'],
  ['adopte', 'sign'],
  ['adoptee', 'sign'],
  ['adoptees', 'sign'],
  ['adoptes', 'sign'],
  ['adoptent', 'sign'],
  ['adoption', 'sign'],
  ['convenu', 'sign'],
  ['convenus', 'sign'],
  ['conviennent', 'sign'],
  ['mis d accord', 'sign'],
  ['mises d accord', 'sign'],
  ['mettent d accord', 'sign'],
  ['mettre d accord', 'sign'],
  ['tombes d accord', 'sign'],
  ['tombe d accord', 'sign'],
  ['trouve un accord', 'sign'],
  ['trouver un accord', 'sign'],
  ['parvenu a un accord', 'sign'],
  ['parvenus a un accord', 'sign'],
  ['parviennent a un accord', 'sign'],
  ['officialis*', 'sign'],
  // ally
  ['collabore', 'ally'],
  ['collaborent', 'ally'],
  ['collaborer', 'ally'],
  ['collaborera', 'ally'],
  ['collaboreront', 'ally'],
  ['collaborait', 'ally'],
  ['collaboraient', 'ally'],
  ['collaborant', 'ally'],
  ['coopere', 'ally'],
  ['cooperent', 'ally'],
  ['cooperer', 'ally'],
  ['coopereront', 'ally'],
  ['coopera', 'ally'],
  ['alli*', 'ally'],
  ['associe', 'ally'],
  ['associes', 'ally'],
  ['associee', 'ally'],
  ['associees', 'ally'],
  ['associent', 'ally'],
  ['associer', 'ally'],
  ['travailler ensemble', 'ally'],
  ['travaillent ensemble', 'ally'],
  ['travailleront ensemble', 'ally'],
  ['travailler conjointement', 'ally'],
  ['travailler collectivement', 'ally'],
  ['travailler de concert', 'ally'],
  ['font equipe', 'ally'],
  ['faire equipe', 'ally'],
  ['unissent leurs forces', 'ally'],
  ['unir leurs forces', 'ally'],
  ['joignent leurs forces', 'ally'],
  // join
  ['rejoint', 'join'],
  ['rejoindre', 'join'],
  ['rejoignent', 'join'],
  ['rejoindra', 'join'],
  ['rejoindront', 'join'],
  ['adhere', 'join'],
  ['adherent', 'join'],
  ['adherer', 'join'],
  ['adhesion', 'join'],
  ['ralli*', 'join'],
  ['deviennent soutiens', 'join'],
  ['devient soutien', 'join'],
  ['devenu soutien', 'join'],
  ['devenus soutiens', 'join'],
  ['deviennent membres', 'join'],
  ['devient membre', 'join'],
  ['deviennent signataires', 'join'],
  ['devient signataire', 'join'],
  ['soutenu', 'join'],
  ['soutiennent', 'join'],
  ['soutient', 'join'],
  ['engages', 'join'],
  ['engage', 'join'],
  ['engagees', 'join'],
  ['engagent', 'join'],
  // negotiate
  ['negoci*', 'negotiate'],
  ['candidate', 'negotiate'],
  ['candidat', 'negotiate'],
  ['demande', 'negotiate'],
  ['demandent', 'negotiate'],
  // discuss
  ['discut*', 'discuss'],
  ['reprennent langue', 'discuss'],
  ['reprendre langue', 'discuss'],
  // finance
  ['a travers', 'finance'],
  ['grace a', 'finance'],
  ['grace au', 'finance'],
  ['par l intermediaire de', 'finance'],
  ['avec le soutien de', 'finance'],
  ['avec le soutien du', 'finance'],
  ['avec l appui de', 'finance'],
  ['avec l appui du', 'finance'],
  ['financ*', 'finance'],
  ['obtenu', 'finance'],
  ['beneficier', 'finance'],
  ['accorde', 'finance'],
  ['octroye', 'finance'],
  // extend
  ['prolong*', 'extend'],
  ['renouvel*', 'extend'],
  ['reconduit', 'extend'],
  ['reconduction', 'extend'],
  // break
  ['retir*', 'break'],
  ['retrait', 'break'],
  ['sortir', 'break'],
  ['sortie', 'break'],
  ['quitter', 'break'],
  ['quitte', 'break'],
  ['rompu', 'break'],
  ['rompre', 'break'],
  ['rompt', 'break'],
  ['rupture', 'break'],
  ['denonc*', 'break'],
  ['suspend*', 'break'],
  ['suspension', 'break'],
  ['annul*', 'break'],
  ['resili*', 'break'],
  ['cesser', 'break'],
  ['cesse', 'break'],
  ['cessent', 'break'],
  ['abrog*', 'break'],
  ['gel', 'break'],
  ['geler', 'break'],
  ['gele', 'break'],
  ['stoppe', 'break'],
  ['stopper', 'break'],
  ['met fin', 'break'],
  ['mettre fin', 'break'],
  ['mis fin', 'break'],
  ['plus lie', 'break'],
  ['plus lies', 'break'],
  ['plus tenu', 'break'],
  ['plus tenus', 'break'],
];

/**
 * Event verbs that only count next to an agreement noun of the same clause (`annuler un
 * prêt`, `suspendre un accord`): alone they mean many other things.
 */
export const NEEDS_NOUN = new Set(['sign', 'extend', 'break', 'finance', 'negotiate', 'join']);

/** Verb forms that do not need an agreement noun: the verb itself says cooperation. */
export const SELF_SUFFICIENT = set(`
  collabore collaborent collaborer collaborera collaboreront collaborait collaboraient collaborant
  coopere cooperent cooperer coopereront
  allie allies alliee alliees allient allier allieront
  associe associes associent
  `);

/** Words that make `accord` something else than an agreement. */
export const ACCORD_NOT = {
  /** `d'accord`, `en accord avec`, `d'un commun accord`, `faute d'accord`, `sans accord`. */
  before: set('faute sans absence defaut manque'),
  /** `accord de principe` is still an agreement; `accord parental`, `accord du juge` are consent. */
  after: set('parental parentale maternel paternel amiable tacite prealable expres'),
};

/** Nouns of acts that are not agreements when they are what is signed. */
export const NOT_AGREEMENT_OBJECTS = set(`
  decret decrets loi lois ordonnance ordonnances petition petitions tribune tribunes lettre
  lettres livre livres autographe autographes cheque cheques but buts doublé double triple
  victoire victoires retour arrivee score partition album disque titre roman ouvrage texte
  proposition propositions amendement amendements reglement arrete arretes motion motions
  decision decisions appel appels pétition chanson film
  `);

/** `contrat` of one person: a job, a transfer, a lease. */
export const PERSONAL_CONTRACT = set(`
  travail mariage assurance location apprentissage professionnalisation joueur pret-bail cdi cdd
  saisonnier engagement interim mission prolongation duree ans an saison saisons
  `);

/** `convention` in the sense of a party's convention or a citizens' assembly. */
export const CONVENTION_NOT = set(`
  republicaine democrate nationale investiture parti citoyenne citoyens collective collectives
  fiscale
  `);

/** `protocole` in the sense of a procedure. */
export const PROTOCOL_NOT = set(`
  sanitaire sanitaires medical therapeutique experimental experimentale de soins test tests
  d essai essais clinique cliniques hospitalier securite
  `);

/** `entente` in the sense of good relations or a cartel. */
export const ENTENTE_NOT = set('bonne cordiale illicite illicites prix cartel');

/** Words of debt, after which `moratoire` or `suspension` is financing. */
export const DEBT_WORDS = set('dette dettes remboursement remboursements creanciers service');

/** Words that make an agreement a legal settlement (not counted). */
export const SETTLEMENT_WORDS = set(`
  amiable plainte plaintes proces tribunal tribunaux juge juges justice action collective
  transaction plaignants plaignante plaignant avocats avocat procureur procureure indemnisation
  indemnisations litige litiges poursuites
  `);

/** Words of sports, where contracts and transfers concern one player. */
export const SPORTS_WORDS = set(`
  club clubs joueur joueuse footballeur footballeuse attaquant defenseur milieu gardien
  entraineur transfert transfere mercato ligue championnat match matchs equipe selection
  `);
