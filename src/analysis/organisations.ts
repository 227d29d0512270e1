/**
 * International organisations the corpus names by several forms (acronym, French and English
 * long forms). Extraction finds other organisations by itself; these are the ones whose
 * forms cannot be linked from the text alone (`UIT` in one article, `ITU` in another).
 */
export interface KnownOrganisation {
  name: string;
  forms: string[];
}

export const KNOWN_ORGANISATIONS: KnownOrganisation[] = [
  { name: 'UIT', forms: ['UIT', 'ITU', 'Union internationale des télécommunications'] },
  {
    name: 'Nations unies',
    forms: ['ONU', 'Nations unies', 'Nations Unies', 'Organisation des Nations unies', 'UN'],
  },
  { name: 'Union européenne', forms: ['UE', 'Union européenne', 'EU'] },
  { name: 'OTAN', forms: ['OTAN', 'NATO', "Organisation du traité de l'Atlantique nord"] },
  { name: 'Banque mondiale', forms: ['Banque mondiale', 'World Bank'] },
  { name: 'FMI', forms: ['FMI', 'Fonds monétaire international', 'IMF'] },
  { name: 'OMC', forms: ['OMC', 'Organisation mondiale du commerce', 'WTO'] },
  {
    name: 'OCDE',
    forms: ['OCDE', 'OECD', 'Organisation de coopération et de développement économiques'],
  },
  { name: 'OMS', forms: ['OMS', 'WHO', 'Organisation mondiale de la santé'] },
  { name: 'UNESCO', forms: ['UNESCO', 'Unesco'] },
  { name: 'OSCE', forms: ['OSCE', 'Organisation pour la sécurité et la coopération en Europe'] },
  { name: 'ASEAN', forms: ['ASEAN', 'ANASE', 'Association des nations de l’Asie du Sud-Est'] },
  { name: 'Union africaine', forms: ['Union africaine'] },
  { name: 'Conseil de l’Europe', forms: ['Conseil de l’Europe', "Conseil de l'Europe"] },
  { name: 'Interpol', forms: ['Interpol', 'INTERPOL'] },
  { name: 'Europol', forms: ['Europol'] },
  { name: 'ENISA', forms: ['ENISA'] },
  { name: 'ANSSI', forms: ['ANSSI'] },
  { name: 'Appel de Paris', forms: ['Appel de Paris', 'Paris Call'] },
  { name: 'G7', forms: ['G7'] },
  { name: 'G20', forms: ['G20'] },
  { name: 'BRICS', forms: ['BRICS'] },
];
