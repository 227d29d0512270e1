/**
 * Actors: the countries, organisations and people a reader lists for a text, and not the
 * names that are no actor (a byline, a title, a product, a place, a thing named by an
 * acronym). Each test is a real sentence of a development document (eval/corpora: OrangeSum
 * articles, CC BY-SA 4.0; Paris Call texts, EUPL-1.2; seeds) or of a random OrangeSum article
 * (CC BY-SA 4.0), read through the same analysis the bot runs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../src/analysis/analyze.ts';
import { report } from '../src/analysis/report.ts';
import { parseDocument } from '../src/corpus/document.ts';
import { ROOT } from './helpers.ts';

/** The actors listed for a text given as paragraphs (the first one is the title line), as `name (type)`. */
function actors(...paragraphs: string[]): string[] {
  const text = paragraphs.join('\n\n');
  const doc = analyzeDocument(parseDocument('test.txt', text, text.length));
  return report(doc).actors.map((a) => `${a.name} (${a.type})`);
}

/** The names (name and aliases) of the actors listed for a text. */
function forms(...paragraphs: string[]): string[][] {
  const text = paragraphs.join('\n\n');
  const doc = analyzeDocument(parseDocument('test.txt', text, text.length));
  return report(doc).actors.map((a) => [a.name, ...a.aliases]);
}

/** The paragraphs of a development document. */
function paragraphsOf(path: string): string[] {
  return readFileSync(join(ROOT, 'eval/corpora', path), 'utf8').split(/\n\s*\n/);
}

describe('a capitalised run that names no person', () => {
  it('a byline is the author, not an actor', () => {
    const [title, byline, first] = paragraphsOf('seeds/001_5df01aa33b8a02f0.txt');
    expect(byline).toBe('Cheryl Allison');
    const found = actors(title as string, byline as string, first as string);
    expect(found).not.toContain('Cheryl Allison (personne)');
    expect(found).toContain('Rostec (organisation)');
  });

  it('a heading on its own line is no person', () => {
    const found = actors(
      'Global Transparency Initiative',
      'La GTI prévoit également l’ouverture de Centres de Transparence, des centres de sécurité visant à offrir un environnement permettant de vérifier le code.',
      'Centres de Transparence',
    );
    expect(found.filter((a) => a.endsWith('(personne)'))).toEqual([]);
  });

  it('a quoted title is a work, not a person', () => {
    const found = actors(
      'Jean-Michel Jarre donne un concert virtuel',
      'Ce set, "Alone Together", sera retransmis en direct sur toutes les plateformes digitales (dimanche, 21h15 à Paris) et sera accessible de n\'importe quel point du globe.',
    );
    expect(found).not.toContain('Alone Together (personne)');
  });

  it('a name with a year is an edition or a model', () => {
    const found = actors(
      'Lego Speed Champions',
      'La gamme LEGO Speed Champions offre des modèles aussi variés que les McLaren Senna et 720S, la Ford Mustang Fastback 1968 ou encore la Bugatti Chiron, et autres Mini Cooper S Rally 1967.',
    );
    expect(found.filter((a) => a.endsWith('(personne)'))).toEqual([]);
  });

  it.each([
    ['le Père Noël', "En effet, ce dernier ne se préoccupe que d'une seule chose : le Père Noël."],
    [
      'la Royal Air Force',
      'La patrouille de France et les Red Arrows, la patrouille de la Royal Air Force, ont survolé le mémorial et les Invalides.',
    ],
  ])('a name after an article is no person (%s)', (_, sentence) => {
    expect(actors('Titre', sentence).filter((a) => a.endsWith('(personne)'))).toEqual([]);
  });

  it('a building named after a person names no actor', () => {
    const found = actors(
      'Valéry Giscard d’Estaing hospitalisé',
      "L'ancien chef de l'Etat, âgé de 94 ans, \"a été hospitalisé le 14 septembre 2020 à l'hôpital Georges Pompidou, où une légère infection aux poumons a été diagnostiquée\", précise le communiqué.",
    );
    expect(found).not.toContain('Georges Pompidou (personne)');
  });

  it('after a title, the name is the person’s (le directeur de la clinique X)', () => {
    const found = actors(
      'Vandalisme',
      'Ce type de vandalisme a causé la colère du directeur de la clinique Lionel Combes.',
    );
    expect(found).toContain('Lionel Combes (personne)');
  });
});

describe('a title and its complement before a name', () => {
  it.each([
    [
      'Olivier Véran',
      "\"Ce n'est pas très gênant puisqu'on avait déjà dit qu'il y aurait une tolérance pour aujourd'hui\", a assuré lundi sur BFMTV le ministre de la Santé Olivier Véran.",
    ],
    [
      'Roland Ries',
      '"J\'ai fait part au maire de Strasbourg Roland Ries de notre soutien à toute la population face à cet acte terroriste", a poursuivi le titulaire du perchoir.',
    ],
  ])('the place or the ministry is not part of the name (%s)', (name, sentence) => {
    const people = actors('Titre', sentence).filter((a) => a.endsWith('(personne)'));
    expect(people).toEqual([`${name} (personne)`]);
  });
});

describe('organisations known in advance', () => {
  it('carry the form the text writes (l’ONU)', () => {
    const found = forms(
      'Liban',
      "Des experts de l'ONU ont réclamé une enquête indépendante et rapide, estimant que les autorités n'avaient pas assez fait.",
    );
    expect(found).toContainEqual(['Nations unies', 'ONU']);
  });

  it('are not read at the start of a longer name (le Conseil européen des relations internationales)', () => {
    const found = actors(
      'Cisjordanie',
      '"Mais Abbas doit encore transposer ses mots en actes", estime Hugh Lovatt, analyste au groupe de réflexion du Conseil européen des relations internationales.',
    );
    expect(found).not.toContain('Conseil européen (organisation)');
    expect(found).toContain('Conseil européen des relations internationales (organisation)');
  });

  it('are not read in a line written in capitals (UN = un)', () => {
    const found = actors(
      'Incendie',
      'Une centaine de pompiers ont été mobilisés. LES HABITANTS LOGÉS DANS UN GYMNASE Une centaine de personnes ont été relogées.',
    );
    expect(found).not.toContain('Nations unies (organisation)');
  });
});

describe('where an organisation’s name ends', () => {
  it('a place after « en » is not part of it', () => {
    const found = actors(
      'Vénus',
      "Pour le professeur Alan Duffy, astronome à l'Université de Swinburne en Australie, la découverte est \"l'un des signes les plus excitants que j'ai jamais vu de la présence possible de vie en dehors de la Terre\".",
    );
    expect(found).toContain('Université de Swinburne (organisation)');
  });

  it('an ampersand between capitalised words joins one name', () => {
    const found = actors(
      'Vers un équilibre entre protection et accès',
      'Centre indien pour Internet et la société – Centre for Internet & Society India',
    );
    expect(found).toContain('Centre for Internet & Society India (organisation)');
    expect(found).not.toContain('Centre for Internet (organisation)');
  });

  it('a common word after « et les » is still part of it', () => {
    const found = actors(
      'TikTok',
      "\"Il n'y a aucune justification pour bannir une application juste parce qu'elle est chinoise\", déclare à l'AFP Daniel Castro de la Fondation pour l'Innovation et les Technologies de l'Information.",
    );
    expect(found).toContain(
      "Fondation pour l'Innovation et les Technologies de l'Information (organisation)",
    );
  });

  it('a description followed by its own name is named by the name', () => {
    const found = actors(
      'Logement',
      'La crise du logement "ressemble déjà à un tsunami", affirme Bambie Hayes-Brown, de la coalition d\'associations Georgia Advancing Communities Together.',
    );
    expect(found).toContain('Georgia Advancing Communities Together (organisation)');
    expect(found).not.toContain("coalition d'associations (organisation)");
  });

  it('an institution named after its noun is an organisation that acts', () => {
    const found = actors(
      'Sondages',
      "Seul l'institut Harris Interactive a donné Emmanuel Macron en légère baisse début décembre (46%, -2).",
    );
    expect(found).toContain('institut Harris Interactive (organisation)');
  });
});

describe('one organisation under its full and its short name', () => {
  it('« le ministère grec » is the Greek ministry named in full before', () => {
    const found = actors(
      'Méditerranée',
      'La première étape du nouvel exercice commun vise à concentrer moyens aériens et navals dans le sud-est de la Méditerranée, selon le ministère grec de la Défense.',
      'Mais le ministère grec affirme que "la voie diplomatique reste le moyen privilégié".',
    );
    expect(found.filter((a) => a.startsWith('ministère'))).toEqual([
      'ministère grec de la Défense (organisation)',
    ]);
  });
});

describe('a short name in brackets', () => {
  it('is another name of the organisation next to it (Barda)', () => {
    const found = forms(
      'Sanofi',
      '"La coopération mise en place avec Barda (Autorité pour la recherche et développement avancée dans le domaine biomédical) aux Etats-Unis permet de démarrer la production du vaccin aussi rapidement que possible", selon le laboratoire.',
      "Le laboratoire s'est lancé dans la course contre le nouveau coronavirus mi-février, avec l'annonce d'un accord de coopération avec l'Autorité pour la recherche et développement avancée dans le domaine biomédical (Barda), qui dépend du ministère américain de la Santé.",
    );
    const barda = found.filter((f) => f.includes('Barda'));
    expect(barda).toEqual([['Autorité pour la recherche et développement avancée', 'Barda']]);
  });

  it('merges its later mentions into the organisation (le Cnesco)', () => {
    const found = forms(
      'Toilettes',
      "Lors de la présentation d'un rapport sur la vie scolaire du Conseil national d'étude du système scolaire (Cnesco) en 2017, le ministre de l'Education Jean-Michel Blanquer avait déclaré : \"C'est un sujet qui souvent fait sourire\".",
      "C'est aussi le manque d'équipements qui est pointé du doigt, notamment en papier hygiénique et en savon, selon le rapport du Cnesco. Ce chiffre est considéré comme insuffisant par le Cnesco.",
    );
    expect(found.filter((f) => f.includes('Cnesco'))).toEqual([
      ["Conseil national d'étude du système scolaire", 'Cnesco'],
    ]);
  });
});

describe('things named after a cue', () => {
  it('a visa named after « visas » (plural) is no organisation', () => {
    const found = actors(
      'Visas de travail',
      'Sundar Pichai, le patron de Google dont le groupe est l\'un des grands bénéficiaires des visas H-1B, s\'est déclaré "déçu" par cette annonce.',
      "Il a souligné que le gel des visas H-1B était temporaire et que l'administration allait préparer une réforme.",
    );
    expect(found).not.toContain('H-1B (organisation)');
    expect(found).toContain('Sundar Pichai (personne)');
  });
});

describe('names that do not act', () => {
  it('an acronym in brackets after a common noun names a thing (le droit de la mer)', () => {
    const found = actors(
      'Méditerranée',
      "Cet exercice démontre \"l'engagement collectif et complet de quatre pays européens pour l'application du droit de la mer (UNCLOS) et du droit international d'usage\", souligne-t-il.",
    );
    expect(found).not.toContain('UNCLOS (organisation)');
  });

  it.each([
    [
      'tribunal judiciaire de Paris',
      'Le gardien de la paix faisait partie des effectifs mobilisés pour gérer le rassemblement pour Adama Traoré, mardi 2 juin, devant le tribunal judiciaire de Paris.',
    ],
    [
      'tribunal de commerce de Marseille',
      "Des centaines de manifestants s'étaient rassemblés vendredi devant le tribunal de commerce de Marseille pour protester contre cette mesure.",
    ],
  ])('a body where people gather is a place (%s)', (name, sentence) => {
    expect(actors('Titre', sentence)).not.toContain(`${name} (organisation)`);
  });

  it('a court before which one appeals and that rules acts', () => {
    const found = actors(
      'Justice',
      "Le Britannique se pourvoit devant la Cour de cassation, qui renvoie l'affaire au pénal à Lyon.",
    );
    expect(found).toContain('Cour de cassation (organisation)');
  });

  it.each([
    [
      'Danemark',
      'Margrethe Vestager',
      'Il était également envisagé de nommer un libéral comme chef de la diplomatie européenne, qui pourrait soit être le Belge Charles Michel soit la Danoise Margrethe Vestager.',
    ],
    [
      'Tunisie',
      'Sofiane Ayari',
      "Le Tunisien Sofiane Ayari, complice de la cavale de Salah Abdeslam, a été inculpé dans l'enquête sur les attaques du 22 mars 2016 à Bruxelles, a annoncé ce vendredi 1er juin le parquet fédéral belge.",
    ],
  ])('a nationality before a person is not the country acting (%s)', (country, person, sentence) => {
    const found = actors('Titre', sentence);
    expect(found).not.toContain(`${country} (pays)`);
    expect(found).toContain(`${person} (personne)`);
  });
});

describe('people only talked about', () => {
  it('who died or whom a gathering is for are no actors; the committee named after them acts', () => {
    const found = actors(
      'Police',
      'Un policier noir insulté à Paris en marge de la manifestation pour Adama Traoré a déposé plainte, selon un tweet du préfet de police Didier Lallement en date de jeudi 4 juin.',
      'La mort du noir américain George Floyd a relancé en France les critiques contre la police accusée de violences et de racisme. Mardi, le comité Adama Traoré, du nom de ce jeune homme noir décédé en 2016 après une interpellation par des gendarmes, a fait le parallèle entre les deux affaires.',
    );
    expect(found).not.toContain('George Floyd (personne)');
    expect(found).not.toContain('Adama Traoré (personne)');
    expect(found).toContain('comité Adama Traoré (organisation)');
    expect(found).toContain('Didier Lallement (personne)');
  });

  it('a comma closes the death’s complement: the name after it acts', () => {
    const found = actors(
      'Taïwan',
      "Lorsqu'il est devenu président à la mort de son père, Chiang Ching-kuo a promu Lee à plusieurs postes gouvernementaux.",
    );
    expect(found).toContain('Chiang Ching-kuo (personne)');
  });
});

describe('names coordinated by « et »', () => {
  it('share the role of the name before: markets a programme concerns do not act', () => {
    const found = actors(
      'Google',
      "Cette annonce, qui concerne l'Allemagne, l'Australie et le Brésil, intervient alors que la pression législative et réglementaire s'accroit sur Google, qui refusait jusqu'ici de payer pour les contenus des éditeurs de presse.",
    );
    expect(found).not.toContain('Brésil (pays)');
  });

  it('act as a pair when a verb follows', () => {
    const found = actors(
      'Applications de traçage',
      'Cette semaine, les géants américains Apple et Google ont mis à la disposition des autorités de santé dans le monde leur solution pour construire une application de suivi des contacts via Bluetooth.',
      "A la place, plusieurs d'entre eux ont lancé leur propre application sans Google et Apple.",
    );
    expect(found).toContain('Google (organisation)');
  });
});
