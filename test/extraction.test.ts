/**
 * Extraction, trap by trap and pattern by pattern, on real sentences of the development
 * documents (eval/corpora: OrangeSum articles, CC BY-SA 4.0; Paris Call texts, EUPL-1.2). Each
 * test names what a reader expects: no agreement in a word's other sense, only the true
 * parties, the agreements a differently worded sentence reports.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../src/analysis/analyze.ts';
import { report } from '../src/analysis/report.ts';
import { sentenceSpans, windows } from '../src/analysis/sentences.ts';
import { parseDocument, titleOf } from '../src/corpus/document.ts';
import { ROOT } from './helpers.ts';

/** The analysis of a text given as paragraphs (the first one is the title line). */
function read(...paragraphs: string[]) {
  const text = paragraphs.join('\n\n');
  const doc = analyzeDocument(parseDocument('test.txt', text, text.length));
  return { ...report(doc), doc };
}

/** The analysis of a development document. */
function readFile(path: string) {
  const text = readFileSync(join(ROOT, 'eval/corpora', path), 'utf8');
  const doc = analyzeDocument(parseDocument(path, text, text.length));
  return { ...report(doc), doc };
}

const names = (a: { parties: string[] }) => [...a.parties].sort();

describe('words in another sense are no agreement', () => {
  it.each([
    [
      'chambers agreeing on a law: « l’Assemblée nationale et le Sénat ont trouvé un accord sur le texte »',
      "Alors que l'Assemblée nationale et le Sénat ont trouvé, lundi 23 juin, un accord sur le texte contre les violences sexuelles, les associations montent au créneau et dénoncent un texte inutile.",
    ],
    [
      'a crime’s money: « la lutte contre le financement du terrorisme »',
      "Tracfin, l'organisme du ministère de l'Économie et des Finances, chargé de la lutte contre le blanchiment d'argent et contre le financement du terrorisme, avait signalé des mouvements financiers suspects.",
    ],
    ['« signe » as a sign', 'Peut-être un signe de vie dans les nuages de Vénus'],
    [
      '« signer un décret »',
      'Un nouveau décret signé lundi prolongera cette "pause" jusqu\'au 31 décembre et inclura cette fois plusieurs types de visas de travail.',
    ],
    [
      '« signataires de la proposition de loi »',
      '"La Chine refuse de permettre à la communauté internationale d\'aller enquêter dans le laboratoire de Wuhan", a déploré le sénateur républicain Lindsey Graham, un des signataires de la proposition de loi.',
    ],
    [
      'a party’s « convention »',
      "Le président américain Donald Trump a affirmé mardi qu'il cherchait désormais un autre Etat que la Caroline du Nord pour organiser la convention républicaine.",
    ],
    [
      '« faute d’accord »',
      "Faute d'accord politique, les Etats-Unis se préparent à une vague d'expulsions.",
    ],
    [
      'a court settlement',
      "Les femmes harcelées ou agressées alors qu'elles travaillaient pour Harvey Weinstein et sa société de production devraient bientôt pouvoir être indemnisées par un fonds doté de 19 millions de dollars, suite à un accord censé mettre fin à deux actions en justice et annoncé mardi par la procureure de l'Etat de New York.",
    ],
    [
      'a sanctions law the president « signera »',
      'Le Congrès américain a adopté jeudi une loi prévoyant de sanctionner les responsables chinois. "Je n\'ai aucun doute que le président la signera", a-t-il confié ensuite à des journalistes.',
    ],
    ['« traité » as « called »', 'Traité de "vendu" par un policier, un adolescent porte plainte'],
    [
      'a hope, not an agreement',
      'Les dirigeants européens espéraient un accord rapide mardi sur la répartition des postes.',
    ],
    // Found reading random news articles (OrangeSum, never annotated).
    [
      'the name of a law: « la loi Pacte »',
      "L'Assemblée nationale a donné son feu vert lors de l'examen de la loi Pacte.",
    ],
    [
      'pushed toward an agreement: « poussera les Palestiniens à un accord »',
      "C'est la normalisation avec les pays arabes qui poussera les Palestiniens à un accord de paix avec Israël.",
    ],
    [
      'contracts sold to customers',
      'Mais depuis le 20 novembre, Engie a cessé de commercialiser de nouveaux contrats de ce type.',
    ],
    [
      'a hypothesis: « un retrait de la Convention affaiblirait »',
      "Pour les militants, un retrait de la Convention d'Istanbul affaiblirait la lutte contre les violences domestiques.",
    ],
    [
      'ruled out: « il exclut un partenariat »',
      'Il exclut désormais un partenariat avec les géants américains Apple et Google.',
    ],
    [
      'denied: « par un armistice, non par un accord de paix »',
      'La Guerre de Corée a été ponctuée par un armistice, non par un accord de paix.',
    ],
    [
      'a possibility: « les deux parties pourront parvenir à un accord »',
      'Israël et le Hamas négocient. Les deux parties pourront parvenir à un accord sécuritaire plus large.',
    ],
    [
      'opposed: « hostile à un accord avec le Hamas »',
      'Naftali Bennett était hostile à un accord avec le Hamas.',
    ],
    [
      'a law cited by its article',
      "Il s'appuie sur l'article 8 de la Convention européenne des droits de l'homme, qui protège le droit au respect de la vie privée.",
    ],
    [
      'a source is not a financer: « …, selon la Haute autorité de santé »',
      "Les tests salivaires doivent pouvoir bénéficier d'un financement temporaire, appelé forfait innovation, selon la Haute autorité de santé (HAS).",
    ],
    [
      'a person made to sign: « lui avait même fait signer un contrat »',
      'Le producteur avait repéré le jeune chanteur Alain Chamfort et lui avait même fait signer un contrat avec Flèche, la société de production dont il est propriétaire.',
    ],
    [
      'a member of parliament who joins a group',
      'Après le décès du député, sa suppléante Claudia Rouaux rejoint le groupe PS.',
    ],
    [
      'the name of a bill: « projet de loi de Financement de la Sécurité sociale »',
      "Une séance nocturne était dédiée à l'examen du projet de loi de Financement de la Sécurité sociale.",
    ],
    [
      'a job: « chargée des partenariats »',
      'Campbell Brown, une vice-présidente de Facebook chargée des partenariats à l’international, l’a précisé.',
    ],
    [
      'a word of a name given in brackets',
      "Six Français travaillant pour l'ONG française Acted (Agence d'aide à la coopération technique et au développement) ont été tués dimanche.",
    ],
    [
      'talks hoped for in a relative clause: « que l’ACCC espère lancer »',
      "Cette position n'augure rien de bon pour les négociations que l'ACCC espère lancer entre Google, Facebook et les médias australiens.",
    ],
    [
      'a person who joins a party, whatever their office',
      "Le nouveau président du Parlement européen, l'Italien David Sassoli, est entré en politique en 2009. C'est un projet auquel David Sassoli se rallie immédiatement et qui donne naissance au Parti démocrate.",
    ],
  ])('%s', (_label, sentence) => {
    expect(read('Document', sentence).agreements).toEqual([]);
  });

  it('« l’Accord de Paris » is an instrument recalled, not a French party', () => {
    const { agreements } = readFile(
      'extra/pariscall_protection-du-systeme-de-noms-de-domaines-dns-lentreprise-fr.txt',
    );
    expect(agreements.map((a) => [a.status, a.instrument, a.parties])).toEqual([
      ['mentionné', 'Accord de Paris', []],
    ]);
  });
});

describe('only the true parties', () => {
  it('a name after a civility is a person, never a party: « un accord entre M. Kim et le président sud-coréen »', () => {
    const { agreements } = read(
      'Document',
      "Il était le résultat d'un accord entre M. Kim et le président sud-coréen Moon Jae-in qui avaient tenu trois sommets en l'espace de quelques mois.",
    );
    for (const a of agreements) expect(a.parties).not.toContain('Kim');
  });
  it('the Iran deal of 2015 has its seven parties, not every actor of the article', () => {
    const { agreements } = readFile('dev-news/news_35204.txt');
    expect(Math.max(...agreements.map((a) => a.parties.length))).toBeLessThanOrEqual(7);
    const vienna = agreements.find((a) => a.status === 'mentionné');
    expect(names(vienna ?? { parties: [] })).toEqual(
      ['Allemagne', 'Chine', 'France', 'Iran', 'Royaume-Uni', 'Russie', 'États-Unis'].sort(),
    );
  });
  it('a US agency and the company it contracts with: Sanofi and the Barda', () => {
    const { agreements } = readFile('dev-news/news_11918.txt');
    const barda = agreements.find((a) =>
      a.parties.some((p) => /Autorité pour la recherche/.test(p)),
    );
    expect(barda?.parties).toContain('Sanofi');
    expect(barda?.parties).not.toContain('États-Unis');
  });
  it('a company’s nationality is no party: « le chinois CMEC »', () => {
    const [a] = read(
      'Document',
      'En janvier, les autorités de Belgrade ont signé un accord avec le chinois CMEC (China Machinery Engineering Corporation) pour mettre sur les rails une usine de traitement des eaux.',
    ).agreements;
    expect(a?.parties).toContain('CMEC');
    expect(a?.parties).not.toContain('Chine');
  });
  it('brands of two countries: Bentley and Breitling, not the United Kingdom nor Crewe', () => {
    const { agreements } = readFile('dev-news/news_9040.txt');
    expect(agreements.map((a) => [a.status, names(a)])).toEqual([
      ['prolongé', ['Bentley Motors', 'Breitling']],
    ]);
  });
  it('a sea is a place: la Méditerranée orientale is no party', () => {
    const { agreements, actors } = readFile('dev-news/news_35240.txt');
    for (const a of agreements) expect(a.parties.join()).not.toMatch(/Méditerranée/);
    expect(actors.map((a) => a.name)).not.toContain('Méditerranée');
  });
  it('a medium named by its kind that announces the agreement is its source: « L’agence officielle émiratie WAM a annoncé dimanche cet accord »', () => {
    const { agreements } = read(
      'Document',
      "Alors qu'Israël et les Emirats arabes unis ont annoncé jeudi la normalisation de leurs relations, deux sociétés des deux pays --l'émirati APEX National Investment et l'israélien TeraGroup-- ont signé un accord pour développer la recherche sur le nouveau coronavirus.L'agence officielle émiratie WAM a annoncé dimanche cet accord qui vise à mener et à améliorer la recherche et les études relatives au Covid-19, notamment sur un test rapide.",
    );
    expect(agreements.map((a) => [a.status, names(a)])).toEqual([
      ['signé', ['APEX National Investment', 'TeraGroup']],
    ]);
  });
  it('an agency that is no medium stays a party: « l’agence russe Rosatom a annoncé un accord avec la Hongrie »', () => {
    const { agreements } = read(
      'Document',
      "L'agence russe Rosatom a annoncé mardi un accord avec la Hongrie pour construire deux réacteurs.",
    );
    expect(agreements.map(names)).toEqual([['Hongrie', 'Rosatom']]);
  });
  it('a press agency is a source: WAM is no party', () => {
    const { agreements, actors } = readFile(
      'extra/orangesum_virus-accord-scientifique-entre-des-entreprises-aux-emirats.txt',
    );
    for (const a of agreements) expect(a.parties).not.toContain('WAM');
    expect(actors.map((a) => a.name)).not.toContain('WAM');
    // Two Emirati companies and two Israeli ones, not named: no state is party.
    expect(agreements.find((a) => a.status === 'signé')?.parties).toEqual([]);
  });
  it('« Elle … avant de signer un contrat avec … »: an unresolved pronoun signing is a person', () => {
    expect(
      read(
        'Document',
        "Elle a ensuite enregistré son premier album à l'âge de 14 ans avant de signer un contrat avec la société d'édition Atlantic Records.",
      ).agreements,
    ).toEqual([]);
    const [a] = read(
      'Document',
      "La Russie a tenu des discussions avant de signer un accord avec l'Inde.",
    ).agreements;
    expect(names(a ?? { parties: [] })).toEqual(['Inde', 'Russie']);
  });
  it('a person is no party: an individual’s contract or move', () => {
    expect(
      read(
        'Document',
        "Peu après leur départ de la Maison Blanche, Barack et Michelle Obama avaient conclu un contrat d'édition record avec Penguin Random House, prévoyant un livre pour chacun.",
      ).agreements,
    ).toEqual([]);
  });
  it('a capital stands for its state as the subject of a political act, Bruxelles for the EU', () => {
    const [a] = read(
      'Document',
      'Bruxelles et Washington ont signé un accord commercial.',
    ).agreements;
    expect(names(a ?? { parties: [] })).toEqual(['Union européenne', 'États-Unis']);
    const [b] = read('Document', 'La France et le Japon ont signé un accord à Tokyo.').agreements;
    expect(names(b ?? { parties: [] })).toEqual(['France', 'Japon']);
    expect(b?.place).toBe('Tokyo');
  });
});

describe('one agreement said by a state and by its ministry', () => {
  it('« le ministère des Finances … négociations avec le FMI », then « le Liban … avec le FMI »: one, Liban and FMI', () => {
    const { agreements } = read(
      'Crise au Liban : démission d’un haut responsable',
      'Le directeur général du ministère des Finances, impliqué dans les négociations avec le Fonds monétaire international (FMI), a annoncé sa démission.',
      'Le Liban a sollicité une aide. Mais les négociations du Liban avec le FMI piétinent.',
    );
    expect(agreements.map(names)).toEqual([['Fonds monétaire international', 'Liban']]);
  });
});

describe('party patterns', () => {
  it.each([
    [
      'subject coordination',
      "L'UIT et Global Cyber Alliance ont signé le 9 juillet une déclaration commune afin de coopérer en faveur d'une société de l'information plus sûre.",
      ['Global Cyber Alliance', 'UIT'],
    ],
    [
      '« avec »',
      "Le groupe Sanofi s'est allié avec le britannique GSK, une collaboration dont les deux laboratoires espèrent obtenir un résultat d'ici 2021.",
      ['GSK', 'Sanofi'],
    ],
    [
      '« entre X et Y »',
      'Signé en 2014, cet accord de coopération policière entre Paris et Ankara permet que des jihadistes rentrant de Syrie soient interceptés.',
      ['France', 'Turquie'],
    ],
    [
      'a compound adjective: franco-allemand',
      'Emmanuel Macron et Angela Merkel ont signé mardi un nouveau traité franco-allemand.',
      ['Allemagne', 'France'],
    ],
    [
      '« s’associe à … avec »',
      'Le ministère iranien des Communications s’est associé à un engagement avec le conglomérat russe de défense et de technologie Rostec pour explorer une future collaboration.',
      ['Rostec', 'ministère iranien des Communications'],
    ],
    ['« rejoint »', 'Ankara a rejoint la coalition antijihadiste en 2015.', ['Turquie']],
    [
      'a government qualified by its country: « les gouvernements allemands et français »',
      'Les gouvernements allemands et français ont annoncé en juin dernier le projet "Gaia X", pour faire émerger une offre européenne.',
      ['Allemagne', 'France'],
    ],
  ])('%s', (_label, sentence, parties) => {
    const [a] = read('Document', sentence).agreements;
    expect(names(a ?? { parties: [] })).toEqual(parties);
  });

  it('sides joined by a hyphen: « l’accord de libre-échange UE-Mercosur », « une coopération France-Italie »', () => {
    const trade = read(
      'Document',
      "Ils se félicitent de l'opposition du président français à l'accord de libre-échange UE-Mercosur.",
    );
    expect(trade.agreements.map(names)).toEqual([['Mercosur', 'Union européenne']]);
    expect(trade.actors.map((a) => a.name)).toEqual(
      expect.arrayContaining(['Mercosur', 'Union européenne']),
    );
    const sea = read(
      'Document',
      "Les services de l'État sont mobilisés pour pomper la fuite d'hydrocarbures avec une coopération France-Italie.",
    );
    expect(sea.agreements.map(names)).toEqual([['France', 'Italie']]);
  });
  it('the subject stands before « d’ailleurs »: « Allemagne, France, Italie et Pays-Bas ont d’ailleurs signé »', () => {
    const [a] = read(
      'Document',
      "Allemagne, France, Italie et Pays-Bas ont d'ailleurs signé un accord avec le groupe pharmaceutique AstraZeneca pour garantir la fourniture à l'UE de 300 millions de doses d'un éventuel vaccin.",
    ).agreements;
    expect(names(a ?? { parties: [] })).toEqual([
      'Allemagne',
      'AstraZeneca',
      'France',
      'Italie',
      'Pays-Bas',
    ]);
  });
  it('« Quant à l’Union européenne, elle … en concluant un accord avec AstraZeneca »: the topic set apart is the subject of the gerund', () => {
    const [a] = read(
      'Document',
      "Quant à l'Union européenne, elle a sécurisé samedi son approvisionnement en vaccins contre le nouveau coronavirus en concluant un accord avec le groupe pharmaceutique AstraZeneca.",
    ).agreements;
    expect(names(a ?? { parties: [] })).toEqual(['AstraZeneca', 'Union européenne']);
    const [b] = read(
      'Document',
      "La Russie a renforcé sa position en signant un accord avec l'Inde.",
    ).agreements;
    expect(names(b ?? { parties: [] })).toEqual(['Inde', 'Russie']);
  });
  it('« les accords conclus … par Israël avec les Emirats et Bahreïn »: the agent of a plural participle is a party', () => {
    const [a] = read(
      'Document',
      "Il a aussi vivement critiqué les accords historiques conclus ces dernières semaines par Israël avec les Emirats arabes unis et Bahreïn, sous l'égide du président des Etats-Unis.",
    ).agreements;
    expect(names(a ?? { parties: [] })).toEqual(['Bahreïn', 'Israël', 'Émirats arabes unis']);
  });
  it('a definite agreement naming sides of its own is not the last one: « l’accord de paix » of Israel and Sudan after the Emirates’', () => {
    const { agreements } = read(
      'Document',
      "Après l'annonce le 13 août d'un accord de normalisation entre les Emirats arabes unis et Israël, M. Pompeo tente de convaincre d'autres pays arabes.",
      'Benjamin Netanyahu s\'était félicité : "Israël, le Soudan et toute la région vont bénéficier de l\'accord de paix et vont construire ensemble un avenir meilleur".',
    );
    expect(agreements.map((a) => [a.status, names(a)])).toEqual([
      ['annoncé', ['Israël', 'Émirats arabes unis']],
      ['annoncé', ['Israël', 'Soudan']],
    ]);
  });
  it('a movement the press writes in lower case is a party: « un accord … entre Washington et les talibans »', () => {
    const [a] = read(
      'Document',
      'Des pourparlers "intra-afghans" devaient débuter en mars, aux termes d\'un accord historique signé fin février à Doha entre les Etats-Unis et les talibans.',
    ).agreements;
    expect(names(a ?? { parties: [] })).toEqual(['Talibans', 'États-Unis']);
  });
  it('a reference to the previous sentence: « le groupe », « le laboratoire français »', () => {
    const { agreements } = read(
      'Sanofi',
      'Sanofi a fait savoir ce mercredi que les Etats-Unis seraient servis en premier si le laboratoire trouve un vaccin.',
      "Le groupe s'est allié avec le britannique GSK. Par ailleurs, le laboratoire français collabore également avec Translate Bio, une biotech américaine.",
    );
    expect(agreements.map(names)).toEqual([
      ['GSK', 'Sanofi'],
      ['Sanofi', 'Translate Bio'],
    ]);
  });
  it('a break of « ses accords et ententes avec » names the other sides, even after « à partir d’aujourd’hui »', () => {
    const { agreements } = read(
      'Document',
      'Et en conséquence, les Palestiniens non plus, a-t-il affirmé mardi soir. Le gouvernement ne se sent plus lié "à partir d\'aujourd\'hui, à tous ses accords et ententes avec les gouvernements américain et israélien, et toutes ses obligations basées sur ces ententes et ces accords", a-t-il affirmé.',
    );
    expect(agreements.map((a) => [a.status, names(a)])).toEqual([
      ['rompu', ['Israël', 'Palestine', 'États-Unis']],
    ]);
  });
  it('an indefinite « des accords de paix avec » is not the named « accords de paix d’Oslo »', () => {
    const { agreements } = read(
      'Document',
      "Pour le président palestinien, ce projet prouve qu'Israël ne se sent plus tenu de respecter les accords de paix d'Oslo de 1993.",
      "Le roi Abdallah II de Jordanie, seul pays arabe avec l'Egypte à avoir signé des accords de paix avec l'Etat hébreu, a prévenu d'un \"conflit majeur\" avec son royaume en cas d'annexion.",
    );
    expect(agreements.map((a) => [a.instrument ?? '', names(a)])).toEqual([
      ["accords de paix d'Oslo", ['Israël']],
      ['', ['Israël', 'Égypte']],
    ]);
  });
  it('a subject pronoun after « lorsque » is the country that opens the sentence: « Chypre …, lorsqu’elle a rejoint l’Union européenne »', () => {
    const { agreements } = read(
      'Document',
      "\"Chypre n'a un sentiment d'identité bien ancré que depuis 2004\", lorsqu'elle a rejoint l'Union européenne, explique le professeur James Ker-Lindsay de la London School of Economics.",
    );
    expect(agreements.map((a) => [a.status, names(a), a.instrument])).toEqual([
      ['adhésion', ['Chypre'], 'Union européenne'],
    ]);
  });
  it('the subject stands before an apposition, not in it: « la Turquie, frappée par plusieurs attentats commis par l’EI, a rejoint … »', () => {
    const turkey = read(
      'Document',
      "Longtemps soupçonnée d'avoir laissé les jihadistes traverser sa frontière pour rejoindre la Syrie après le début du conflit qui déchire ce pays depuis 2011, la Turquie, frappée par plusieurs attentats commis par l'EI, a rejoint en 2015 la coalition antijihadiste.",
    ).agreements;
    expect(turkey.map((a) => [a.status, names(a)])).toEqual([['adhésion', ['Turquie']]]);
    const [mexico] = read(
      'Document',
      "Le Mexique, qui a passé le seuil du demi-million de contaminations jeudi, a de son côté conclu un accord avec l'américain Janssen Pharmaceuticals et les chinois CanSino Biologics et Walvax Biotechnology.",
    ).agreements;
    expect(mexico?.parties).toContain('Mexique');
  });
  it('« les deux pays » stands for the two countries just named', () => {
    const { agreements } = read(
      'Document',
      'La Russie et l’Indonésie ont signé un accord intergouvernemental.',
      'Les deux pays ont aussi ouvert des discussions sur la cybersécurité.',
    );
    expect(agreements.map((a) => [a.status, names(a)])).toEqual([
      ['signé', ['Indonésie', 'Russie']],
      ['discussions', ['Indonésie', 'Russie']],
    ]);
  });
});

describe('an agreement spoken of is no event', () => {
  it('a definite agreement between named sides that someone refuses to sign exists: « ne pas signer l’accord … entre l’UE et le Mercosur »', () => {
    const { agreements } = read(
      'Document',
      "Si Yannick Jadot salue la décision d'Emmanuel Macron de ne pas signer l'accord de libre-échange entre l'Union européenne et le Mercosur, l'eurodéputé vert précise qu'il ne s'agit pour l'heure que d'un discours.",
    );
    expect(agreements.map((a) => [a.status, names(a)])).toEqual([
      ['mentionné', ['Mercosur', 'Union européenne']],
    ]);
  });
  it('an agreement « signé en 2015 entre Bamako et … » that others would respect is recalled, not hoped for', () => {
    const { agreements } = read(
      'Document',
      "La communauté internationale a unanimement condamné le coup d'Etat, bien que les mutins aient assuré que les forces de l'ONU, françaises et ouest-africaines présentes au Mali demeuraient leurs \"partenaires\" et respecteraient à l'accord de paix signé en 2015 entre Bamako et les groupes armés du Nord du pays.",
    );
    expect(agreements.map((a) => [a.status, names(a)])).toEqual([['mentionné', ['Mali']]]);
  });
  it('treaties named after a town no gazetteer knows are recalled: « les accords d’Evian de 1962 »', () => {
    const { agreements } = read(
      'Document',
      "Mais au lendemain des accords d'Evian de 1962 consacrant la défaite française en Algérie, le gouvernement français a rejeté le rapatriement massif de ces Harkis.",
    );
    expect(agreements.map((a) => [a.status, a.instrument])).toEqual([
      ['mentionné', "accords d'Evian"],
    ]);
  });
  it('one body’s consent is no named agreement: « il faut toujours l’accord du Parlement »', () => {
    const { agreements } = read(
      'Document',
      "\"Simplement abaisser le seuil du référendum d'initiative populaire, c'est complètement inutile, il faut toujours l'accord du Parlement\", s'est-il indigné.",
    );
    expect(agreements).toEqual([]);
  });
  it('« explorer ces immeubles » is no talk, « J’aurais » no name', () => {
    const { agreements, actors } = read(
      'Document',
      '« J’aurais aimé pouvoir arrêter le temps et explorer ces immeubles fantastiques durant des semaines. »',
    );
    expect(agreements).toEqual([]);
    expect(actors).toEqual([]);
  });
  it('a call is no event: « Il est temps de mettre fin à l’accord de Paris »', () => {
    const { agreements } = read(
      'Document',
      '« Il est temps de mettre fin à l’accord de Paris », a-t-il écrit.',
    );
    expect(agreements.filter((a) => a.status === 'rompu')).toEqual([]);
  });
  it('a question asks, it does not report: « Un accord avec l’UE ? »', () => {
    const { agreements } = read('Document', 'Un accord avec l’UE ? Les pêcheurs en doutent.');
    expect(agreements).toEqual([]);
  });
  it('a definite agreement with no event is recalled: « des enjeux tels que l’accord sur le nucléaire iranien »', () => {
    const { agreements } = read(
      'Document',
      'La visite sera dominée par des enjeux tels que l’accord sur le nucléaire iranien et le commerce.',
    );
    expect(agreements.map((a) => a.status)).toEqual(['mentionné']);
  });
  it('the signed agreement spoken of again is the same: « Le partenariat avec l’UIT offre… »', () => {
    const { agreements } = read(
      'Document',
      'L’UIT et Global Cyber Alliance ont signé le 9 juillet une déclaration commune afin de coopérer.',
      '« Le partenariat avec l’UIT offre à Global Cyber Alliance l’occasion d’apporter des solutions. »',
    );
    expect(agreements.map((a) => [a.status, names(a)])).toEqual([
      ['signé', ['Global Cyber Alliance', 'UIT']],
    ]);
  });
  it('a vaccine named after its maker leaves the maker an actor: « le vaccin Moderna », « un accord avec Moderna »', () => {
    const { agreements } = read(
      'Document',
      'On ne saura pas avant la fin de l’année si le vaccin Moderna est efficace.',
      'Le gouvernement a conclu un accord avec Moderna pour la livraison de 100 millions de doses.',
      'Moderna, partenaire des Instituts nationaux de santé, mène les essais cliniques.',
    );
    expect(agreements.flatMap((a) => a.parties)).toContain('Moderna');
  });
});

describe('negations, wishes and old dates', () => {
  it('« Possible alliance entre EELV et LFI »: a possibility is no agreement', () => {
    expect(
      read(
        'Document',
        'Possible alliance entre EELV et LFI : l\'enjeu est de construire "un projet clair" autour de l\'écologie, estime Julien Bayou.',
      ).agreements,
    ).toEqual([]);
  });
  it.each([
    [
      'a question after the agreement word',
      '"Pourquoi ne pas quitter l\'UE ?", aurait demandé le président américain à son homologue, selon un éditorial du Washington Post publié jeudi 28 juin.',
    ],
    [
      '« à condition que … se mettent d’accord »',
      "Emmanuel Macron envisage aussi un autre référendum, sur la base cette fois de l'article 89, et à condition que l'Assemblée nationale et le Sénat se mettent d'accord.",
    ],
    [
      'an attempt: « nous avons cherché à discuter avec le gouvernement américain »',
      "Depuis près d'un an, nous avons cherché à discuter avec le gouvernement américain pour trouver une solution.",
    ],
    [
      'a plan considered: « envisage un référendum sur la sortie de l’UE »',
      "Brexit : Arnaud Montebourg envisage un référendum sur la sortie de l'UE en France",
    ],
    [
      'a demand: « Notre principale revendication c’est la suspension de toute forme de coopération »',
      "Notre principale revendication c'est la suspension de toute forme de coopération universitaire et scientifique avec l'Iran.",
    ],
    [
      'any agreement, not one: « poser des conditions strictes à toute coopération avec la Libye »',
      'Elles demandent désormais à Paris de poser "des conditions strictes à toute coopération bilatérale et européenne avec la Libye".',
    ],
    [
      'a heading in capitals: « UNE NOTE SIGNÉE HUBERT VÉDRINE »',
      'UNE NOTE SIGNÉE HUBERT VÉDRINEUn ordre discuté par certains militaires.',
    ],
  ])('%s reports nothing', (_label, sentence) => {
    expect(read('Document', sentence).agreements).toEqual([]);
  });
  it('a word in capitals is emphasis, no party: « entre "deux GRANDS amis" »', () => {
    const { agreements } = read(
      'Document',
      'Une ENORME avancée", a de son côté tweeté M. Trump, qui a loué un "accord de paix historique" entre "deux GRANDS amis" de Washington.',
    );
    for (const a of agreements) expect(a.parties).not.toContain('GRANDS');
  });
  it('« en l’absence d’une entente avec » is no agreement', () => {
    const { agreements } = read(
      'Document',
      "En l'absence d'une entente avec l'ancienne maire et candidate PS Catherine Trautmann, elle n'est plus clairement favorite pour l'emporter.",
    );
    expect(agreements).toEqual([]);
  });
  it('an anniversary recalls an old treaty: « commémorer le centenaire du traité de Trianon »', () => {
    const { agreements } = read(
      'Document',
      'Budapest va commémorer jeudi le centenaire du traité de Trianon.',
    );
    expect(agreements.map((a) => a.status)).toEqual(['mentionné']);
  });
  it('a negation binds the agreement word it stands near: « demande de ne nouer aucun accord »', () => {
    const { agreements } = read(
      'Document',
      'Le leader de « La France insoumise » demande notamment de ne nouer aucun accord avec la Russie.',
    );
    expect(agreements).toEqual([]);
  });
  it('a negation far before is about something else: « C’est pas cette injonction que… la ratification du traité entre l’UE et le Canada »', () => {
    const { agreements } = read(
      'Document',
      'C’est pas cette injonction que le militant conclut sa longue lettre ouverte adressée aux députés, qui examinent le traité de libre-échange entre l’Union européenne et le Canada.',
    );
    expect(agreements.map(names)).toEqual([['Canada', 'Union européenne']]);
  });
  it('a treaty explained in brackets is recalled: « le Ceta (traité de libre-échange entre l’UE et le Canada) »', () => {
    const { agreements } = read(
      'Document',
      'Les députés ont voté pour le Ceta (traité de libre-échange entre l’Union européenne et le Canada) mardi.',
    );
    expect(agreements.map((a) => [a.status, names(a)])).toEqual([
      ['mentionné', ['Canada', 'Union européenne']],
    ]);
  });
  it('a treaty in apposition is read: « le CETA, traité de libre-échange entre l’UE et le Canada »', () => {
    const { agreements } = read(
      'Document',
      'Les députés ont débattu du CETA, traité de libre-échange entre l’Union européenne et le Canada.',
    );
    expect(agreements.flatMap((a) => a.parties)).toEqual(
      expect.arrayContaining(['Union européenne', 'Canada']),
    );
  });
  it('the press’s conditional reports an allegation: « La France aurait négocié un accord avec le groupe Abou Nidal »', () => {
    const { agreements } = read(
      'Document',
      'La France aurait négocié un accord avec le groupe terroriste Abou Nidal, selon un ancien policier.',
    );
    expect(agreements.map((a) => [a.status, names(a)])).toEqual([
      ['en négociation', ['Abou Nidal', 'France']],
    ]);
  });
  it('a treaty whose ratification waits exists: « pas pressée de ratifier le traité de libre échange entre l’UE et le Mercosur »', () => {
    const { agreements } = read(
      'Document',
      'Il aurait indiqué que la France n’était pas pressée de ratifier le traité de libre échange entre l’UE et le Mercosur.',
    );
    expect(agreements.map((a) => [a.status, names(a)])).toEqual([
      ['mentionné', ['Mercosur', 'Union européenne']],
    ]);
  });
  it('an anniversary is recalled: « Le 31 août 1980, il y a 40 ans, … signent un accord »', () => {
    const { agreements } = read(
      'Document',
      'Le 31 août 1980, il y a 40 ans, le syndicat Solidarnosc et le gouvernement polonais signent un accord historique.',
    );
    expect(agreements.map((a) => a.status)).toEqual(['mentionné']);
  });
  it('an agreement recalled with neither parties nor name is left out: « la clause du contrat »', () => {
    const { agreements } = read(
      'Document',
      '« Le désaccord sur l’interprétation de la clause Perte d’Exploitation du contrat de Monsieur Manigold persiste, et fera l’objet d’un débat sur le fond. »',
    );
    expect(agreements).toEqual([]);
  });
  it('a bilateral agreement binds the two countries of its sentence: « en vertu d’un accord bilatéral »', () => {
    const { agreements } = read(
      'Document',
      'Les expatriés anglais en France bénéficient du système médical national, payé par la Santé publique britannique en vertu d’un accord bilatéral.',
    );
    expect(agreements.map((a) => [a.status, names(a)])).toEqual([
      ['mentionné', ['France', 'Royaume-Uni']],
    ]);
  });
  it('agreements one has, with no event, are recalled: « Nos accords commerciaux avec l’UE resteront… »', () => {
    const { agreements } = read(
      'Document',
      'Le Royaume-Uni quittera le marché unique. Nos accords commerciaux avec l’UE resteront la base de nos échanges.',
    );
    expect(agreements.filter((a) => a.status !== 'mentionné')).toEqual([]);
  });
  it('« collabore à plusieurs revues » contributes, it does not cooperate', () => {
    const { agreements } = read(
      'Document',
      'Chercheuse au Centre de recherches internationales (Ceri) de Sciences Po-Paris, Fariba Adelkhah, 60 ans, collabore à plusieurs revues scientifiques.',
    );
    expect(agreements).toEqual([]);
  });
  it('a critic is no party: « Le Hezbollah a dénoncé l’accord comme une trahison »', () => {
    const { agreements } = read(
      'Document',
      'Bahreïn et Israël ont signé vendredi un accord de normalisation.',
      'La Jordanie et l’Egypte avaient conclu des traités de paix avec Israël. Le Hezbollah libanais a dénoncé l’accord comme « une grande trahison ».',
    );
    expect(agreements.filter((a) => a.status === 'rompu')).toEqual([]);
    expect(agreements.flatMap((a) => a.parties)).not.toContain('Hezbollah');
  });
  it('a partnership as the manner of another event is recalled: « accueille, en partenariat avec l’Allemagne, la Journée… »', () => {
    const { agreements } = read(
      'Document',
      'La Colombie accueille, en partenariat avec l’Allemagne, l’édition 2020 de la Journée mondiale de l’environnement.',
    );
    expect(agreements.map((a) => a.status)).toEqual(['mentionné']);
  });
  it('partners joined in a named frame: « se sont associés dans le cadre de l’initiative Charter of Trust »', () => {
    const { agreements } = read(
      'Document',
      'Pour rendre le monde numérique plus sûr, plusieurs partenaires industriels se sont associés dans le cadre de l’initiative Charter of Trust.',
    );
    expect(agreements.map((a) => [a.status, a.instrument])).toEqual([
      ['signé', 'Charter of Trust'],
    ]);
  });
  it('an indefinite frame has the parties the clause sets « entre »: « mission entre la Chine et la France décidée en 2006 dans le cadre d’un accord »', () => {
    const { agreements } = read(
      'Document',
      'Le satellite sera lancé en 2021. Cette première mission spatiale entre la Chine et la France a été décidée « en 2006 dans le cadre d’un accord intergouvernemental lors du voyage de Jacques Chirac » en Chine.',
    );
    expect(agreements.map((a) => [a.status, names(a)])).toEqual([
      ['mentionné', ['Chine', 'France']],
    ]);
  });
  it('« une série d’accords bilatéraux avec l’UE » after « le modèle Suisse »: Suisse and UE, recalled', () => {
    const { agreements } = read(
      'Document',
      'Elle peut aussi se calquer sur le modèle Suisse, avec une série d’accords bilatéraux avec l’UE, ou sur celui de la Turquie, avec une union douanière.',
    );
    expect(agreements.map((a) => [a.status, names(a)])).toEqual([
      ['mentionné', ['Suisse', 'Union européenne']],
    ]);
  });
  it('« s’il y a une convention bilatérale avec la France » is a hypothesis', () => {
    const { agreements } = read(
      'Document',
      'Mais, s’il y a une convention bilatérale avec la France, ce sera plus simple pour eux.',
    );
    expect(agreements).toEqual([]);
  });
  it('a treaty signed in 1868 is recalled, not news', () => {
    const { agreements } = read(
      'Document',
      'Les Navajos ont signé en 1868 un traité avec les États-Unis. En 2012, la tribu a obtenu réparation.',
    );
    expect(agreements.map((a) => a.status)).toEqual(['mentionné']);
  });
  it('favourable to an agreement is no agreement; « l’accord maternel » is consent', () => {
    const { agreements } = read(
      'Document',
      'L’ONG est favorable à un accord de paix entre Israël et l’Égypte.',
      'Paris a exclu tout retour, à l’exception des enfants avec l’accord maternel.',
    );
    expect(agreements).toEqual([]);
  });
});

describe('agreements said otherwise', () => {
  it('« collaborent »', () => {
    const [a] = readFile(
      'extra/pariscall_lutte-contre-lingerence-electorale-l-alliance-for-securing-d.txt',
    ).agreements;
    expect(a?.status).toBe('signé');
    expect(names(a ?? { parties: [] })).toEqual([
      'Alliance for Securing Democracy',
      'Canada',
      'Microsoft',
    ]);
  });
  it('« deviennent soutiens de l’Appel de Paris »: joining an instrument', () => {
    const [a] = readFile(
      'extra/pariscall_lunion-europeenne-et-les-etats-unis-deviennent-soutiens-de-l.txt',
    ).agreements;
    expect([a?.status, a?.instrument, names(a ?? { parties: [] })]).toEqual([
      'adhésion',
      'Appel de Paris',
      ['Union européenne', 'États-Unis'],
    ]);
  });
  it('« partenariat stratégique », with its signatories', () => {
    const [a] = readFile('dev-news/news_4202.txt').agreements;
    expect([a?.kind, a?.status]).toEqual(['partenariat stratégique', 'signé']);
    expect(names(a ?? { parties: [] })).toEqual([
      'Automobili Pininfarina',
      'BENTELER',
      'Bosch Engineering',
    ]);
    expect(a?.signatories).toEqual(['Michael Perschke', 'Johannes-Jörg Rüger', 'Ralf Göttel']);
  });
  it('« dialogue stratégique » and « reprennent langue »: talks', () => {
    const { agreements } = readFile('dev-news/news_5377.txt');
    expect(agreements[0]?.status).toBe('discussions');
    expect(names(agreements[0] ?? { parties: [] })).toEqual(['Irak', 'États-Unis']);
  });
  it('a debt « moratoire » is a financing; asking for one, a negotiation', () => {
    const { agreements } = readFile('dev-news/news_5554.txt');
    expect(agreements.map((a) => [a.status, names(a)])).toContainEqual([
      'financement',
      ['Club de Paris', 'Congo', 'Pakistan', 'Tchad', 'Éthiopie'],
    ]);
    expect(agreements.map((a) => [a.status, names(a)])).toContainEqual([
      'en négociation',
      ['Club de Paris'],
    ]);
  });
  it('a lender deals with the state the story is about: « les négociations avec le FMI piétinent »', () => {
    const { agreements } = read(
      'Crise au Liban : démission d’un haut responsable',
      'Mais les négociations avec le FMI piétinent, a reconnu vendredi la directrice de l’institution.',
    );
    expect(agreements.map((a) => [a.status, names(a)])).toEqual([
      ['en négociation', ['FMI', 'Liban']],
    ]);
  });
  it('a financing through the World Bank: /accord comores finds it', () => {
    const { agreements } = readFile('seeds/003_16694e5c39f50f83.txt');
    expect(agreements.map((a) => [a.status, names(a)])).toEqual([
      ['financement', ['Banque mondiale', 'Comores']],
    ]);
  });
  it('several agreements in one document: the cloud contracts, one per pair', () => {
    const { agreements } = readFile('dev-news/news_34667.txt');
    const pairs = agreements.map(names);
    for (const p of [
      ['Google Cloud', 'Renault'],
      ['Google Cloud', 'Orange'],
      ['Deutsche Bank', 'Google Cloud'],
      ['Google Cloud', 'Lufthansa'],
      ['Amazon Web Services', 'Volkswagen'],
    ])
      expect(pairs).toContainEqual(p);
  });
  it('a withdrawal, then a plan, in one article: two statuses', () => {
    const { agreements } = readFile('dev-news/news_16014.txt');
    expect(agreements[0]?.status).toBe('rompu');
    expect(names(agreements[0] ?? { parties: [] })).toEqual(['Iran', 'États-Unis']);
  });
  it('leaving an organisation of states ends an agreement: « la sortie du Royaume-Uni de l’UE »', () => {
    const { agreements } = read(
      'Document',
      'Les Britanniques ont choisi une sortie de leur pays de l’Union européenne.',
      'Comment va se passer le retrait du Royaume-Uni de l’UE, une première depuis sa création ?',
    );
    expect(agreements.map((a) => [a.status, a.kind, names(a)])).toEqual([
      ['rompu', 'adhésion', ['Royaume-Uni', 'Union européenne']],
    ]);
  });
  it('leaving anything else is no agreement: « quitter la course », « se retirer de Google »', () => {
    const { agreements } = read(
      'Document',
      'Le candidat a décidé de quitter la course. Le fondateur s’est retiré de Google en 2019.',
    );
    expect(agreements).toEqual([]);
  });
  it('an instrument cited by the subject is not its agreement: « à l’aide de l’article 50 du Traité de Lisbonne »', () => {
    const { agreements } = read(
      'Document',
      'Londres va entrer dans un long tunnel, à l’aide notamment de l’article 50 du Traité de Lisbonne.',
    );
    expect(agreements.flatMap((a) => a.parties)).not.toContain('Royaume-Uni');
  });
  it('« entre la France et deux pays du Golfe, l’Arabie saoudite et les Emirats »: one contract with each, recalled', () => {
    const { agreements } = read(
      'Document',
      'Des médias ont publié des documents révélant les contrats d’armement passés entre la France et deux pays du Golfe impliqués dans la guerre au Yémen, l’Arabie saoudite et les Emirats arabes unis.',
    );
    expect(agreements.map((a) => [a.status, names(a)])).toEqual([
      ['mentionné', ['Arabie saoudite', 'France']],
      ['mentionné', ['France', 'Émirats arabes unis']],
    ]);
  });
  it('the members named after a counted group: « les cinq membres permanents -Royaume-Uni, Chine… »', () => {
    const { agreements } = read(
      'Document',
      'L’accord conclu en 2015 entre l’Iran et les cinq membres permanents du Conseil de sécurité -Royaume-Uni, Chine, France, Russie, Etats-Unis- et l’Allemagne.',
    );
    expect(agreements.map(names)).toEqual([
      ['Allemagne', 'Chine', 'France', 'Iran', 'Royaume-Uni', 'Russie', 'États-Unis'],
    ]);
  });
  it('an agreement one has, one still in force, one rejected: « mentionné »', () => {
    const { agreements } = read(
      'Document',
      "Les Emirats arabes unis ont un traité d'extradition avec l'Espagne.",
      "La Russie et les Etats-Unis discutent de l'avenir du dernier accord de contrôle des armements encore en vigueur entre la Russie et les Etats-Unis.",
      "Le Parlement britannique rejetait massivement l'accord de Brexit conclu entre Londres et Bruxelles.",
    );
    expect(agreements.map((a) => [a.status, names(a)])).toEqual([
      ['mentionné', ['Espagne', 'Émirats arabes unis']],
      ['mentionné', ['Russie', 'États-Unis']],
      ['mentionné', ['Royaume-Uni', 'Union européenne']],
    ]);
  });
  it('a task ahead: « devra être de conclure un accord avec le FMI » is announced', () => {
    const { agreements } = read(
      'Le Liban face à la crise',
      "L'une des premières missions du gouvernement libanais devra être de conclure un accord avec le FMI.",
    );
    expect(agreements.map((a) => a.status)).toEqual(['annoncé']);
  });
  it('a subject list before « ont par ailleurs signé »', () => {
    const { agreements } = read(
      'Document',
      "L'Allemagne, la France, l'Italie et les Pays-Bas ont par ailleurs signé un accord avec le groupe pharmaceutique AstraZeneca.",
    );
    expect(agreements.map(names)).toEqual([
      ['Allemagne', 'AstraZeneca', 'France', 'Italie', 'Pays-Bas'],
    ]);
  });
  it('sought, not reached: « pour tenter de trouver un accord »', () => {
    const { agreements } = read(
      'Document',
      "Londres et Bruxelles prévoient d'intensifier leurs discussions pour tenter de trouver un accord sur la relation post-Brexit.",
    );
    expect(agreements.map((a) => [a.status, names(a)])).toEqual([
      ['en négociation', ['Royaume-Uni', 'Union européenne']],
    ]);
  });
  it('done: « a annoncé vendredi avoir trouvé un accord »; « grâce à un accord » is no financing', () => {
    const { agreements } = read(
      'Document',
      'Facebook a annoncé vendredi avoir trouvé un accord avec Apple.',
      "L'Italie s'est assurée d'obtenir un vaccin grâce à un accord passé avec le groupe pharmaceutique AstraZeneca.",
    );
    expect(agreements.map((a) => a.status)).toEqual(['signé', 'signé']);
  });
  it('an agreement that is violated or respected exists already: « mentionné »', () => {
    const { agreements } = read(
      'Document',
      "Le Royaume-Uni a protesté contre une violation de l'accord sino-britannique qui avait orchestré la rétrocession.",
    );
    expect(agreements.map((a) => [a.status, names(a)])).toEqual([
      ['mentionné', ['Chine', 'Royaume-Uni']],
    ]);
  });
  it('« entre les renseignements français et le groupe Abou Nidal »: a state’s services act for it', () => {
    const { agreements } = read(
      'Document',
      "Des archives provenant du ministère de l'Intérieur accréditent l'idée d'un accord secret passé en 1984 entre les renseignements français et le groupe Abou Nidal.",
      "L'enquête a été relancée en 2019.",
    );
    expect(agreements.map((a) => [a.status, names(a)])).toEqual([
      ['mentionné', ['Abou Nidal', 'France']],
    ]);
  });
  it('an instrument named again by an apposition is one agreement: « la Convention d’Istanbul, un traité adopté… »', () => {
    const { agreements } = read(
      'Document',
      "Cette mobilisation vise à soutenir la Convention d'Istanbul, un traité adopté en 2011 par le Conseil de l'Europe.",
    );
    expect(agreements.map((a) => a.instrument)).toEqual(["Convention d'Istanbul"]);
  });
  it('an earlier agreement recalled in passing is « mentionné »', () => {
    const [a] = read(
      'Document',
      'Israël ne se sent plus tenu de respecter les accords de paix d’Oslo de 1993.',
    ).agreements;
    expect(a?.status).toBe('mentionné');
  });
});

describe('actors', () => {
  it('no junk: verbs after a head word, English link titles, technical acronyms, common words', () => {
    const all = [
      'extra/pariscall_vers-un-equilibre-entre-protection-et-acces-face-aux-nouvell.txt',
      'extra/pariscall_proteger-les-logiciels-sappuyant-sur-les-licences-libres-la.txt',
      'extra/pariscall_protection-du-systeme-de-noms-de-domaines-dns-lentreprise-fr.txt',
      'extra/pariscall_combattre-la-proliferation-des-logiciels-malveillants-a-la-r.txt',
    ].flatMap((f) => readFile(f).actors.map((a) => a.name));
    for (const junk of [
      'Centre mène',
      'How the Linux Foundation Assists',
      'DNSSEC',
      'SSL',
      'CVE',
      'Association',
    ])
      expect(all).not.toContain(junk);
    expect(all).toContain('Linux Foundation');
  });
  it('a name stops before its verb: « le ministère grec affirme », « l’Association … propose »', () => {
    const { doc } = read(
      'Document',
      'Le ministère grec affirme que tout va bien. L’Association européenne du numéro d’appel d’urgence propose des recommandations.',
    );
    const all = doc.actors.map((a) => a.name);
    expect(all).toContain('ministère grec');
    expect(all).toContain('Association européenne du numéro d’appel d’urgence');
  });
  it('a ministry keeps its full name: « des Affaires étrangères », « de la Santé »', () => {
    const { doc } = read(
      'Document',
      'Le ministère chinois des Affaires étrangères a protesté. Le ministère de la Santé a signé un accord avec Microsoft.',
    );
    const all = doc.actors.map((a) => a.name);
    expect(all).toContain('ministère chinois des Affaires étrangères');
    expect(all).toContain('ministère de la Santé');
  });
  it('a name ends where the words about it start: « le ministère de la Santé français pour les données »', () => {
    const { agreements } = read(
      'Document',
      'Microsoft a signé un contrat avec le ministère de la Santé français pour les données de recherche.',
    );
    expect(agreements.map(names)).toEqual([['Microsoft', 'ministère de la Santé français']]);
  });
  it('a region is a place, not a party: « président de la région des Hauts-de-France »', () => {
    const { agreements } = read(
      'Document',
      'Paris et Londres ont signé les accords du Touquet.',
      'Xavier Bertrand, président de la région des Hauts-de-France, a demandé la renégociation de ce traité.',
    );
    expect(agreements.flatMap((a) => a.parties)).not.toContain('Hauts-de-France');
  });
  it('a name glued to the next sentence is cut: « Emmanuel MacronUne »', () => {
    const { actors } = read('Document', 'Le président Emmanuel MacronUne délégation est arrivée.');
    expect(actors.map((a) => a.name)).toContain('Emmanuel Macron');
  });
  it('one actor for its variants: Télécommunication and Télécommunications', () => {
    const { actors } = readFile('seeds/003_16694e5c39f50f83.txt');
    expect(actors.filter((a) => /ministère des Postes/.test(a.name))).toHaveLength(1);
  });
  it('people after their title, with their country', () => {
    const { doc } = read(
      'Document',
      'Le président palestinien Mahmoud Abbas a renouvelé ses menaces. M. Abbas avait déjà annoncé la rupture.',
    );
    const abbas = doc.actors.find((a) => a.name === 'Mahmoud Abbas');
    expect(abbas?.type).toBe('personne');
    expect(abbas?.country).toBe('PS');
    expect(doc.actors.filter((a) => /Abbas/.test(a.name))).toHaveLength(1);
  });
  it('events are not actors: « Salon de Genève », « Le Forum de Paris sur la paix »', () => {
    const { doc } = read(
      'Document',
      'Automobili Pininfarina a présenté la Battista lors du dernier Salon de Genève.',
      'Le Forum de Paris sur la paix s’ouvre demain, avec la Conférence mondiale de développement des télécommunications de 2017 (CMDT-17).',
    );
    const all = doc.actors.map((a) => a.name);
    expect(all.filter((n) => /Salon|Forum|Conférence|CMDT|Genève/.test(n))).toEqual([]);
    expect(all).not.toContain('France');
  });
  it('media cited as sources and things after their cue are no actors, wherever named', () => {
    const { doc } = read(
      'Document',
      'Selon le site du quotidien anglophone Hindustan Times, le vol a eu lieu. Des sources ont parlé à l’agence de presse officielle ANI, citées par le Hindustan Times.',
      'L’étude a été publiée dans la revue Nature Astronomy. Le chef du projet Svom a parlé ; la mission Svom partira en 2022.',
      'Un avion transportant le footballeur Emiliano Sala a disparu.',
    );
    expect(doc.actors.map((a) => a.name)).toEqual(['Emiliano Sala']);
  });
  it('products are not people: « la Bentley Blower », « la Ferrari F40 »', () => {
    const { doc } = read(
      'Document',
      'Le constructeur Bentley a présenté la Bentley Blower, aux côtés de la Ferrari F40 et de la montre Breitling Premier.',
    );
    const people = doc.actors.filter((a) => a.type === 'personne').map((a) => a.name);
    expect(people).toEqual([]);
  });
  it('French towns and regions are places, even named twice: « à Trèbes », « en Vendée »', () => {
    const { doc } = read(
      'Document',
      'L’attaque a eu lieu à Trèbes, près de Carcassonne. Les habitants de Trèbes et de Carcassonne sont sous le choc, comme toute la Vendée et la Vendée voisine.',
    );
    expect(doc.actors.map((a) => a.name)).toEqual([]);
  });
  it('a French word in capitals is a heading, not an acronym: « VOYAGE », « ÉTUDES »; « ANSSI » is one', () => {
    const { doc } = read(
      'Document',
      'VOYAGE Les Britanniques devront demander un visa. ÉTUDES Les étudiants paieront plus. L’ANSSI a publié un guide avec le CERT-FR.',
    );
    const all = doc.actors.map((a) => a.name);
    expect(all).not.toContain('VOYAGE');
    expect(all).not.toContain('ÉTUDES');
    expect(all).toContain('ANSSI');
  });
  it('a place glued before a person is cut off: « le maire de New York Bill de Blasio », « à Lake Charles »', () => {
    const { doc } = read(
      'Document',
      'L’ouragan est arrivé à Lake Charles, en Louisiane. Le maire de New York Bill de Blasio a parlé avec le gouverneur de Louisiane John Bel Edwards et avec Adel Abdel Mahdi.',
    );
    const people = doc.actors.filter((a) => a.type === 'personne').map((a) => a.name);
    expect(people.sort()).toEqual(['Adel Abdel Mahdi', 'Bill de Blasio', 'John Bel Edwards']);
  });
  it('an ampersand joins one company’s name: « Waldorf Astoria Hotel & Resorts », « Procter & Gamble »', () => {
    const { doc } = read(
      'Document',
      'Waldorf Astoria Hotel & Resorts a ouvert un hôtel. Procter & Gamble a vendu une marque.',
    );
    const orgs = doc.actors.filter((a) => a.type === 'organisation').map((a) => a.name);
    expect(orgs).toEqual(
      expect.arrayContaining(['Waldorf Astoria Hotel & Resorts', 'Procter & Gamble']),
    );
  });
  it('a name after « dans » is a place, not a party: « dans le Pays Basque »', () => {
    const { agreements } = read(
      'Document',
      'Les communes de la côte, dans le Pays Basque, ont signé un accord avec Google.',
    );
    expect(agreements.flatMap((a) => a.parties)).not.toContain('Pays Basque');
  });
  it('a middle initial stays in the name: « Jane S. Greaves »', () => {
    const { doc } = read('Document', 'L’astronome Jane S. Greaves a présenté ses travaux.');
    const people = doc.actors.filter((a) => a.type === 'personne').map((a) => a.name);
    expect(people).toEqual(['Jane S. Greaves']);
  });
  it('two organisations joined by « et » are two: « la Fédération française de football et le club »', () => {
    const { doc } = read(
      'Document',
      'La Fédération française de football et le club ont signé un accord de partenariat.',
      'L’Agence nationale pour la cybersécurité a publié un rapport.',
    );
    const all = doc.actors.map((a) => a.name);
    expect(all).toContain('Fédération française de football');
    expect(all.some((n) => /football et/.test(n))).toBe(false);
    // A word the lexicon does not know (`cybersécurité`) may end a name.
    expect(all).toContain('Agence nationale pour la cybersécurité');
  });
  it('a name after a preposition of place is a place: « À New York », « depuis Hong Kong »', () => {
    const { doc } = read(
      'Document',
      'À New York, la réunion a été annulée. Les diplomates sont partis depuis Hong Kong.',
    );
    expect(doc.actors.filter((a) => a.type === 'personne')).toEqual([]);
  });
  it('a quoted name after its cue is a thing: « le projet "Gaia X" »', () => {
    const { doc } = read('Document', 'Berlin et Paris portent le projet "Gaia X" depuis un an.');
    expect(doc.actors.map((a) => a.name)).not.toContain('Gaia X');
  });
  it('a medium is a source when cited, a party when it agrees', () => {
    const cited = read(
      'Document',
      'La marque Lacoste a indiqué à l’AFP avoir mis fin à sa collaboration avec le rappeur.',
      'Selon Reuters, le contrat est rompu (AFP).',
    );
    const all = cited.doc.actors.map((a) => a.name);
    expect(all).not.toContain('AFP');
    expect(all).not.toContain('Reuters');
    expect(cited.agreements.flatMap((a) => a.parties)).not.toContain('AFP');
    const credit = read(
      'Document',
      'La ministre l’a dit dans l’émission Questions politiques sur France Inter, en partenariat avec Le Monde et France Télévisions. Elle l’a redit lors de l’émission BFM Politique en partenariat avec journal Le Parisien.',
    );
    expect(credit.agreements).toEqual([]);
    const party = read(
      'Document',
      'Google a signé un contrat de licence avec Der Spiegel pour sa plateforme d’information.',
    );
    expect(party.agreements.map(names)).toEqual([['Der Spiegel', 'Google']]);
  });
  it('places are not actors: a country named only as the place of a story', () => {
    const { actors } = read(
      'Document',
      'Le groupe Renault a présenté à Tokyo sa nouvelle voiture électrique, fabriquée en Chine.',
    );
    expect(actors.map((a) => a.name)).not.toContain('Japon');
    expect(actors.map((a) => a.name)).not.toContain('Chine');
  });
});

describe('sentences and excerpts', () => {
  it('a long paragraph is segmented in windows that end where ICU ends a sentence', () => {
    const text = readFileSync(join(ROOT, 'data/002_7bacfd5d60cb52ed.txt'), 'utf8')
      .replace(/\n+/g, ' ')
      .repeat(4);
    const cuts = windows(text, 0, text.length).map(([, e]) => e);
    expect(cuts.length).toBeGreaterThan(3);
    const seg = new Intl.Segmenter('fr', { granularity: 'sentence' });
    const ends = new Set([...seg.segment(text)].map((s) => s.index + s.segment.length));
    for (const c of cuts) expect(ends.has(c)).toBe(true);
  });
  it('cuts glued sentences, datelines and a leading date stamp', () => {
    const parts = (t: string) => sentenceSpans(t).map(([s, e]) => t.slice(s, e));
    expect(parts('des réseaux sociaux.Le président a signé.')).toEqual([
      'des réseaux sociaux.',
      'Le président a signé.',
    ]);
    expect(parts('un accord de coopération informatiqueLA HAVANE, le 6 octobre')).toEqual([
      'un accord de coopération informatique',
      'LA HAVANE, le 6 octobre',
    ]);
    expect(parts(' date 2018-07 L’UIT a signé.')).toEqual(['date 2018-07', 'L’UIT a signé.']);
    expect(parts('M. Dupont a signé. Mme Durand aussi.')).toHaveLength(2);
    expect(parts('un long processusLondres va négocier.')).toEqual([
      'un long processus',
      'Londres va négocier.',
    ]);
  });
  it('the evidence is the sentence that states the agreement, verbatim, not the paragraph', () => {
    const { agreements, doc } = readFile('dev-news/news_31909.txt');
    const a = agreements.find((x) => x.parties.includes('CMEC'));
    expect(a?.sentence.text.startsWith('En janvier, les autorités de Belgrade ont signé')).toBe(
      true,
    );
    expect(a?.sentence.text.length).toBeLessThan(400);
    expect(
      doc.paragraphs[a?.sentence.paragraph ?? 0]?.slice(a?.sentence.start, a?.sentence.end),
    ).toBe(a?.sentence.text);
  });
  it('a title is not cut at a rubric: « VIDÉO. … »', () => {
    expect(titleOf({}, ['VIDÉO. Emmanuel Macron reçoit Angela Merkel à Brégançon. Suite.'])).toBe(
      'Emmanuel Macron reçoit Angela Merkel à Brégançon.',
    );
  });
  it('teasers of other articles scraped after the text say nothing of the document', () => {
    const { actors } = readFile('seeds/001_5df01aa33b8a02f0.txt');
    expect(actors.map((a) => a.name)).not.toContain('Big Data');
  });
});
