/**
 * International organisations and agencies, with the forms French news uses for them: the
 * French name, the acronym (French and English), the English name. Extraction finds other
 * organisations by itself; these are the ones whose forms cannot be linked from the text
 * alone (`UIT` in one article, `ITU` in another, `Union internationale des
 * télécommunications` in a third). No maintained dataset of international organisations with
 * their French names is published on npm; this list is written from the organisations' own
 * French names. The first form is the one answers show.
 */
export interface KnownOrganisation {
  name: string;
  forms: string[];
  /** A financing institution: `à travers la Banque mondiale` is a financing. */
  lender?: boolean;
  /** Places that stand for it when they act (`Bruxelles a proposé…`); after `à`, `en`, places. */
  seats?: string[];
  /** Made of member states, that join and leave it (`la sortie du Royaume-Uni de l'UE`). */
  members?: boolean;
}

const org = (name: string, ...forms: string[]): KnownOrganisation => ({
  name,
  forms: [name, ...forms],
});
/** An organisation of member states. */
const union = (name: string, ...forms: string[]): KnownOrganisation => ({
  ...org(name, ...forms),
  members: true,
});
const lender = (name: string, ...forms: string[]): KnownOrganisation => ({
  ...org(name, ...forms),
  lender: true,
});

export const KNOWN_ORGANISATIONS: KnownOrganisation[] = [
  // United Nations and its agencies
  union(
    'Nations unies',
    'ONU',
    'Nations Unies',
    'Organisation des Nations unies',
    'Organisation des Nations Unies',
    'UN',
    'United Nations',
  ),
  org(
    'Conseil de sécurité de l’ONU',
    'Conseil de sécurité des Nations unies',
    'Conseil de sécurité des Nations Unies',
    "Conseil de sécurité de l'ONU",
    'Conseil de sécurité de l’Onu',
  ),
  org(
    'Assemblée générale de l’ONU',
    "Assemblée générale de l'ONU",
    'Assemblée générale des Nations unies',
  ),
  union('UIT', 'ITU', 'Union internationale des télécommunications'),
  union(
    'AIEA',
    'IAEA',
    "Agence internationale de l'énergie atomique",
    'Agence internationale de l’énergie atomique',
  ),
  union('OMS', 'WHO', 'Organisation mondiale de la santé', 'Organisation mondiale de la Santé'),
  union(
    'UNESCO',
    'Unesco',
    'Organisation des Nations unies pour l’éducation, la science et la culture',
  ),
  union('OMPI', 'WIPO', 'Organisation mondiale de la propriété intellectuelle'),
  union('OMC', 'WTO', 'Organisation mondiale du commerce'),
  union(
    'OIT',
    'ILO',
    'Organisation internationale du travail',
    'Organisation internationale du Travail',
  ),
  union('FAO', 'Organisation des Nations unies pour l’alimentation et l’agriculture'),
  org('Unicef', 'UNICEF', 'Fonds des Nations unies pour l’enfance'),
  org(
    'HCR',
    'UNHCR',
    'Haut-Commissariat des Nations unies pour les réfugiés',
    'Haut Commissariat aux réfugiés',
  ),
  org('PNUD', 'UNDP', 'Programme des Nations unies pour le développement'),
  org('PAM', 'Programme alimentaire mondial', 'WFP'),
  union('OACI', 'ICAO', 'Organisation de l’aviation civile internationale'),
  union('OMI', 'Organisation maritime internationale'),
  union('OMM', 'Organisation météorologique mondiale'),
  org('ONUDC', 'UNODC', 'Office des Nations unies contre la drogue et le crime'),
  org('CNUCED', 'UNCTAD', 'Conférence des Nations unies sur le commerce et le développement'),
  org('Cour internationale de justice', 'CIJ'),
  union('Cour pénale internationale', 'CPI'),
  // Finance
  lender('Banque mondiale', 'World Bank', 'Groupe de la Banque mondiale'),
  lender('FMI', 'IMF', 'Fonds monétaire international'),
  lender('Banque européenne d’investissement', 'BEI', "Banque européenne d'investissement"),
  lender('BERD', 'Banque européenne pour la reconstruction et le développement'),
  lender('Banque africaine de développement', 'BAD', 'BAfD'),
  lender('Banque asiatique de développement', 'BAsD'),
  org('Banque centrale européenne', 'BCE'),
  lender('Club de Paris'),
  union('OCDE', 'OECD', 'Organisation de coopération et de développement économiques'),
  // Europe
  { ...union('Union européenne', 'UE', 'EU', 'Union Européenne'), seats: ['Bruxelles'] },
  org('Commission européenne', 'Commission Européenne', 'European Commission'),
  org('Parlement européen', 'European Parliament'),
  org('Conseil européen', 'European Council'),
  union('Conseil de l’Europe', "Conseil de l'Europe"),
  union('OSCE', 'Organisation pour la sécurité et la coopération en Europe'),
  union('ESA', 'Agence spatiale européenne'),
  org('ENISA', 'Agence de l’Union européenne pour la cybersécurité'),
  org('Europol'),
  org('Eurojust'),
  org('Frontex'),
  // Security and regional organisations
  union(
    'OTAN',
    'NATO',
    'Otan',
    "Organisation du traité de l'Atlantique nord",
    'Organisation du traité de l’Atlantique nord',
  ),
  union('Interpol', 'INTERPOL'),
  union('Union africaine', 'UA', 'African Union'),
  union('CEDEAO', 'Communauté économique des États de l’Afrique de l’Ouest', 'ECOWAS'),
  union(
    'ASEAN',
    'ANASE',
    'Association des nations de l’Asie du Sud-Est',
    "Association des nations de l'Asie du Sud-Est",
  ),
  union('Ligue arabe', 'Ligue des États arabes'),
  union('Conseil de coopération du Golfe', 'CCG'),
  union('Organisation de la coopération islamique', 'OCI'),
  union('Organisation de coopération de Shanghai', 'OCS'),
  union('Organisation des États américains', 'OEA'),
  union('Mercosur'),
  union('Commonwealth'),
  union('Organisation internationale de la francophonie', 'OIF', 'Francophonie'),
  union('APEC'),
  union('OPEP', 'OPEC', 'Organisation des pays exportateurs de pétrole'),
  // Groups of states
  union('G7'),
  union('G8'),
  union('G20'),
  union('BRICS'),
  // Space, science, Internet
  org('NASA', 'Nasa'),
  org('ICANN'),
  union('CERN'),
  union('Agence internationale de l’énergie', 'AIE', "Agence internationale de l'énergie"),
  // Cyber bodies often named by their acronym
  org(
    'ANSSI',
    'Agence nationale de la sécurité des systèmes d’information',
    "Agence nationale de la sécurité des systèmes d'information",
  ),
  org('CISA', 'Cybersecurity and Infrastructure Security Agency'),
  org('FBI'),
  org('CIA'),
  org('NSA'),
];

/** News agencies and media: sources of a story, never parties to what it reports. */
export const MEDIA = [
  'AFP',
  'Agence France-Presse',
  'Reuters',
  'AP',
  'Associated Press',
  'Bloomberg',
  'WAM',
  'Sputnik',
  'Spoutnik',
  'Sputnik News',
  'TASS',
  'Tass',
  'RIA Novosti',
  'Interfax',
  'Xinhua',
  'Chine nouvelle',
  'IRNA',
  'Irna',
  'Fars',
  'Tasnim',
  'ANSA',
  'DPA',
  'EFE',
  'Kyodo',
  'Yonhap',
  'KCNA',
  'Anadolu',
  'SANA',
  'BBC',
  'CNN',
  'Fox News',
  'New York Times',
  'Washington Post',
  'Wall Street Journal',
  'Financial Times',
  'The Guardian',
  'Le Monde',
  'Le Figaro',
  'Libération',
  'Les Echos',
  'Le Parisien',
  'franceinfo',
  'France Info',
  'BFMTV',
  'RTL',
  'Europe 1',
  'France Inter',
  'Mediapart',
  'The Register',
  'Politico',
  'Al Jazeera',
];
