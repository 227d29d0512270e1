/**
 * Word lists for rule-based extraction. Every entry is folded (see normalize.fold).
 * Kept in one place so that a curator can see, and extend, what the extractor knows.
 */
import { fold } from './normalize.ts';

const set = (words: string): Set<string> => new Set(words.trim().split(/\s+/).map(fold));

/** Words that open an organisation name: `Agence nationale…`, `Groupe Empresarial…`. */
export const ORG_HEADS = set(`
  organisation organisations agence groupe ministere conseil banque forum bureau secteur conference
  sommet salon festival colloque guerre bataille revolution crise
  fondation association alliance commission union centre institut comite office universite cour
  parlement assemblee academie federation autorite direction commissariat observatoire reseau
  coalition communaute tribunal senat parti confederation chambre ligue mouvement fonds caisse club
  societe compagnie consortium departement service agency foundation institute council
  `);

/** Heads of events, not actors: `Conférence mondiale de développement…`, `Forum de Paris sur la paix`. */
export const EVENT_HEADS = set(
  'forum conference sommet salon festival colloque guerre bataille revolution crise',
);

/** Organisation heads that count even in lower case (`le ministère iranien des Communications`). */
export const LOWER_ORG_HEADS = set('ministere police parquet tribunal coalition gendarmerie');

/** Words that make a capitalised run an organisation: `Global Cyber Alliance`, `Sputnik News`. */
export const ORG_WORDS = set(`
  alliance accord initiative foundation fondation group groupe institute institut council
  commission partnership corporation corp company inc ltd llc sa sas gmbh news post times press
  agency association center centre forum network lab labs systems technologies technology
  security cyber tech telecom telecoms bank university college trust coalition consortium
  charter commission committee authority office club union consulting engineering services
  motors airways airlines media pharma capital partners holding holdings energy group studio
  cloud web endowment aerospace automotive bio biotech therapeutics industries ag gmbh plc bv nv
  spa srl ltd limited
  `);

/** Cues that introduce an organisation's name: `la société X`, `le consortium russe X`. */
export const ORG_CUES = set(`
  societe entreprise entreprises conglomerat consortium firme compagnie operateur geant startup
  start-up editeur constructeur fabricant groupe agence
  `);

/** Acronyms that name a thing, not an actor. */
export const NOT_ORG_ACRONYMS = set(`
  tic ti it ia ai pib pme ong dns vpn http https ceo pdg usb gps sms covid sida ok tv www pdf
  url html api ip cv rh qr ddos id ue-rf etc nb ps us ii iii iv vi vii viii ix xi xii xiii xiv
  xv xvi xvii xviii xix xx xxi rgpd gdpr fr en ht ttc km kg mw gw adn arn pcr co2 vih
  led lgbt lgbtq irm dnssec ssl tls cve rgpd ssh dns 4g 5g wifi nfc rfid cpu gpu
  `);

/** Role words, for `role, Name` and `Name, role` patterns. */
export const ROLE_WORDS = set(`
  directeur directrice secretaire president presidente ministre premier vice-president
  coordinateur coordinatrice representant representante porte-parole chef cheffe pdg ceo
  fondateur fondatrice colonel general generale ambassadeur ambassadrice senateur senatrice depute
  deputee gouverneur maire conseiller conseillere responsable commissaire administrateur
  administratrice analyste chercheur chercheuse professeur professeure expert experte dirigeant
  dirigeante patron patronne roi reine prince emir cheikh juge procureur procureure avocat
  avocate lieutenant capitaine commandant amiral marechal delegue deleguee haut-representant
  emissaire envoye envoyee ambassadrice chancelier chanceliere mediateur mediatrice negociateur
  negociatrice diplomate fondateur cofondateur porte-parole ceo pdg dg sous-secretaire
  `);

/** Nouns for a person: a capitalised name right after them is a person (`l'artiste Tuia Cherici`). */
export const PERSON_NOUNS = set(`
  artiste artistes chanteur chanteuse rappeur rappeuse acteur actrice comedien comedienne ecrivain
  ecrivaine auteur autrice romancier romanciere poete joueur joueuse footballeur footballeuse
  sportif sportive athlete cycliste tennisman tenniswoman pilote realisateur realisatrice
  photographe musicien musicienne peintre sculpteur styliste mannequin humoriste animateur
  animatrice journaliste chroniqueur chroniqueuse editorialiste medecin chirurgien infirmier
  infirmiere etudiant etudiante eleve militant militante activiste opposant opposante
  dissident dissidente lanceur lanceuse influenceur influenceuse youtubeur youtubeuse chef
  cuisinier cuisiniere entraineur entraineuse selectionneur arbitre capitaine epouse epoux
  femme mari fils fille frere soeur pere mere veuve
  `);

/** Speech and attribution verbs: `a déclaré X`, `selon X`. */
export const SPEECH_CUES = set(`
  selon declare declaree dit explique indique ajoute precise souligne affirme estime renchéri
  rencheri assure annonce confie raconte note
  `);

/** Capitalised words that start sentences or titles but name nobody. */
export const COMMON_CAPITALISED = set(`
  selon pour dans apres avant ainsi mais comme lors depuis chez face grace malgre outre quant
  tandis alors cette cet ces ce le la les un une des du de au aux et ou il elle ils elles nous
  vous on en par sur sous avec sans entre vers contre si toutefois cependant enfin puis donc
  or ni car quand lorsque plus moins tres deja aussi encore egalement notamment meme tout tous
  toute toutes chaque plusieurs certains certaines aucun aucune leur leurs son sa ses mon ma mes
  notre nos votre vos quel quelle quels quelles qui que quoi dont ou voici voila oui non
  internet membres membre etats etat data big next previous post lire aussi voir photo video
  source sources credit copyright article mise jour publie the of and for to in on at by a an
  secretaire directeur president premier ministre general monsieur madame m mme mr mrs dr pr
  how what why when where who our your this these with from about
  gouvernement republique royaume capitale ville region province nord sud est ouest occident
  orient principe principes charte accords appel declaration protocole traite convention
  covid-19 coronavirus web cloud l d ong qu
  `);

export const MONTHS = [
  'janvier',
  'fevrier',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'aout',
  'septembre',
  'octobre',
  'novembre',
  'decembre',
];
export const DAYS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];
export const CALENDAR = new Set([...MONTHS, ...DAYS]);

/** Name particles allowed inside a person's name: `Ali Bin Hassan`, `Ursula von der Leyen`. */
export const NAME_PARTICLES = set(
  'de da del della di van von der den bin ben al el ibn dos das du le',
);

/** Connectors allowed inside an organisation name. */
export const ORG_CONNECTORS = set('de des du d la le les l pour et en sur of for the and on in to');

/** Common first names (international), to tell a person from an organisation. */
export const FIRST_NAMES = set(`
  abdallah abdel abdelaziz abdoulaye abdul ahmed ahmad alain alejandro alexander alexandre alexei
  alexey ali alice amina amir ana andre andrea andrei andrew angela anna anne antoine antonio
  antony ashraf aziz barack benjamin bernard bill boris brad brahima bruno carlos catherine
  cedric charles charlotte cheryl chris christian christine christophe claire claude cristina
  daniel david denis dmitri dmitry donald edouard elisabeth elizabeth emmanuel eric emily
  fabien fatima fatou felix florence francois francoise frank franck frederic gabriel georges
  george gerard gilles guillaume hamid hassan helene henri hillary houlin hugo ibrahim igor
  ivan jacques james jean jeanne jeff jennifer jerome jim joe john jose joseph juan julia julie
  julien justin karim kamala kate kevin konstantin laurent leila liu luc lucas luis marc marco
  maria marie marine mario mark martin mary mathieu matthieu maxime mehdi michael michel
  michelle mike mikhail mohamed mohammad mohammed muhammad moussa nadia narendra natalia
  nathalie nicolas nikolai nikolay nicola oleg olivier omar pascal patrick paul pedro peter
  philip philippe pierre rachid rafael raul recep richard robert roger sam samuel sandrine
  sarah sebastien serge sergei sergey sophie stephane steve steven sylvie thierry thomas tim
  ursula valerie vincent vladimir wang william xavier xi yann yannick yves zhang zhao
  `);

/** Determiners and quantifiers: a word after one of these is a noun (`un signe`, `le traité`). */
export const DETERMINERS = set(`
  le la les l un une des du d au aux ce cet cette ces son sa ses leur leurs notre nos votre vos
  mon ma mes premier premiere nouveau nouvel nouvelle nouveaux nouvelles tout tous toute toutes
  aucun aucune chaque plusieurs quel quelle deux trois quatre cinq six sept huit neuf dix
  `);

/** Auxiliaries and verb forms that make the next participle a verb (`a été traité`). */
export const AUXILIARIES = set(`
  a ai as avons avez ont avait avaient aura auront aurait auraient avoir ayant eu
  est sont etait etaient sera seront serait seraient etre ete etant
  va vont allait allaient doit doivent devait devaient devrait devraient pourrait pourraient
  peut peuvent
  `);
