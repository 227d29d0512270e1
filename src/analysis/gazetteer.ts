/**
 * The country gazetteer: every way French news names a country (names, official names,
 * demonyms in all genders and numbers, capitals used as metonyms, compound prefixes such
 * as `russo-`), keyed on exact folded forms, never on stems (stems confuse francs/France).
 *
 * Built on the `world-countries` dataset (French names and demonyms) plus the additions it
 * lacks: French capital names, prefixes, usual short forms.
 */
import countries from 'world-countries';
import { PhraseMatcher, phraseKey } from './phrases.ts';
import type { Token } from './tokens.ts';

export interface Country {
  /** ISO 3166-1 alpha-2 code, e.g. `RU`. */
  code: string;
  /** French common name, e.g. `Russie`. */
  name: string;
}

/** How a form may appear in text: names and capitals must be capitalised, adjectives need not. */
export type FormKind = 'name' | 'adjective' | 'prefix';

export interface Form {
  code: string;
  kind: FormKind;
}

/** Territories that are not flagged independent but are spoken of as countries. */
const EXTRA_TERRITORIES = new Set(['PS', 'TW', 'XK', 'HK']);

/**
 * Names shown for a country where the dataset's French name is not the one French writes:
 * `Arabie saoudite` (a lower-case adjective), `Maurice`, `Cap-Vert`. Display only: the forms
 * read in text stay the dataset's (`Maurice` alone is also a first name).
 */
const DISPLAY_NAMES: Record<string, string> = {
  SA: 'Arabie saoudite',
  EH: 'Sahara occidental',
  MU: 'Maurice',
  CV: 'Cap-Vert',
};

/** French capitals and other metonyms (city or seat standing for the country). */
const CAPITALS: Record<string, string[]> = {
  RU: ['Moscou', 'le Kremlin', 'Kremlin'],
  CU: ['La Havane', 'Havane'],
  ID: ['Jakarta', 'Djakarta'],
  IR: ['Téhéran'],
  KM: ['Moroni'],
  US: ['Washington', 'Maison Blanche', 'Maison-Blanche'],
  CN: ['Pékin', 'Beijing'],
  FR: ['Paris', "l'Elysée", 'Élysée', 'Elysée'],
  DE: ['Berlin'],
  GB: ['Londres', 'Grande-Bretagne'],
  JP: ['Tokyo'],
  KR: ['Séoul'],
  KP: ['Pyongyang'],
  IN: ['New Delhi'],
  BR: ['Brasilia', 'Brasília'],
  UA: ['Kiev', 'Kyiv'],
  BY: ['Minsk'],
  IL: ['Tel-Aviv', 'Tel Aviv', 'Jérusalem'],
  AE: ['Abou Dhabi', 'Abu Dhabi', 'Emirats', 'Émirats', 'Dubaï'],
  SA: ['Riyad', 'Ryad'],
  EG: ['Le Caire'],
  TR: ['Ankara'],
  IT: ['Rome'],
  ES: ['Madrid'],
  PT: ['Lisbonne'],
  NL: ['Amsterdam', 'La Haye'],
  CH: ['Berne'],
  AT: ['Vienne'],
  PL: ['Varsovie'],
  SE: ['Stockholm'],
  NO: ['Oslo'],
  DK: ['Copenhague'],
  FI: ['Helsinki'],
  EE: ['Tallinn'],
  GR: ['Athènes'],
  MA: ['Rabat'],
  DZ: ['Alger'],
  TN: ['Tunis'],
  SN: ['Dakar'],
  CI: ['Abidjan', 'Yamoussoukro'],
  NG: ['Abuja'],
  KE: ['Nairobi'],
  ZA: ['Pretoria'],
  ET: ['Addis-Abeba'],
  MX: ['Mexico'],
  CA: ['Ottawa'],
  AR: ['Buenos Aires'],
  VE: ['Caracas'],
  EC: ['Quito'],
  AU: ['Canberra'],
  SG: ['Singapour'],
  VN: ['Hanoï', 'Hanoi'],
  TH: ['Bangkok'],
  MY: ['Kuala Lumpur'],
  PH: ['Manille'],
  PK: ['Islamabad'],
  AF: ['Kaboul'],
  IQ: ['Bagdad'],
  SY: ['Damas'],
  LB: ['Beyrouth'],
  JO: ['Amman'],
  QA: ['Doha'],
  KZ: ['Astana', 'Nur-Sultan'],
  RS: ['Belgrade'],
  AZ: ['Bakou'],
  AM: ['Erevan'],
  GE: ['Tbilissi'],
  RO: ['Bucarest'],
  HU: ['Budapest'],
  CZ: ['Prague'],
  BG: ['Sofia'],
  LT: ['Vilnius'],
  LV: ['Riga'],
  SI: ['Ljubljana'],
  HR: ['Zagreb'],
  BA: ['Sarajevo'],
  MK: ['Skopje'],
  AL: ['Tirana'],
  ME: ['Podgorica'],
  MD: ['Chisinau', 'Chișinău'],
  CY: ['Nicosie'],
  MT: ['La Valette'],
  IE: ['Dublin'],
  IS: ['Reykjavik'],
  SK: ['Bratislava'],
  CD: ['Kinshasa'],
  CG: ['Brazzaville'],
  ML: ['Bamako'],
  NE: ['Niamey'],
  BF: ['Ouagadougou'],
  MR: ['Nouakchott'],
  TD: ["N'Djamena", 'N’Djamena', 'Ndjamena'],
  CM: ['Yaoundé'],
  GA: ['Libreville'],
  GN: ['Conakry'],
  SL: ['Freetown'],
  LR: ['Monrovia'],
  GH: ['Accra'],
  TG: ['Lomé'],
  BJ: ['Cotonou', 'Porto-Novo'],
  SD: ['Khartoum'],
  SO: ['Mogadiscio'],
  ER: ['Asmara'],
  UG: ['Kampala'],
  RW: ['Kigali'],
  TZ: ['Dodoma'],
  ZM: ['Lusaka'],
  ZW: ['Harare'],
  MZ: ['Maputo'],
  AO: ['Luanda'],
  NA: ['Windhoek'],
  BW: ['Gaborone'],
  MG: ['Antananarivo', 'Tananarive'],
  LY: ['Tripoli'],
  YE: ['Sanaa'],
  OM: ['Mascate'],
  KW: ['Koweït City'],
  BH: ['Manama'],
  KG: ['Bichkek'],
  UZ: ['Tachkent'],
  TJ: ['Douchanbé'],
  TM: ['Achgabat'],
  MN: ['Oulan-Bator'],
  NP: ['Katmandou'],
  BD: ['Dacca', 'Dhaka'],
  LK: ['Colombo'],
  MM: ['Naypyidaw', 'Rangoun'],
  LA: ['Vientiane'],
  KH: ['Phnom Penh'],
  TW: ['Taipei', 'Taïpei'],
  NZ: ['Wellington'],
  CO: ['Bogota', 'Bogotá'],
  PE: ['Lima'],
  CL: ['Santiago'],
  UY: ['Montevideo'],
  PY: ['Asuncion', 'Asunción'],
  BO: ['La Paz'],
  NI: ['Managua'],
  HN: ['Tegucigalpa'],
  SV: ['San Salvador'],
  HT: ['Port-au-Prince'],
  DO: ['Saint-Domingue'],
  JM: ['Kingston'],
};

/** Capitals in the dataset (English names) that are too often something else. */
const AMBIGUOUS_CAPITALS = new Set([
  'Victoria',
  'Sucre',
  'Kingstown',
  'Male',
  'Malé',
  'Palikir',
  'Yaren',
  'Apia',
  'Juba',
]);

/** Demonyms and short forms the dataset lacks or spells otherwise. */
const EXTRA_ADJECTIVES: Record<string, string[]> = {
  AE: ['émirati', 'émiratie', 'émiratis', 'émiraties'],
  IL: ['hébreu'],
  KR: ['sud-coréen', 'sud-coréenne', 'sud-coréens', 'sud-coréennes'],
  US: ['états-unien', 'étatsunien'],
  GB: ['anglais', 'anglaise', 'anglaises'],
};

const EXTRA_NAMES: Record<string, string[]> = {
  RU: ['RF', 'Fédération de Russie', 'Fédération russe'],
  IR: ['République islamique'],
  US: ['USA', 'Etats-Unis', 'Etats-Unis d’Amérique', 'Amérique'],
  AE: ['EAU', 'Emirats arabes unis'],
  GB: ['Angleterre', 'Royaume Uni'],
  NL: ['Hollande'],
  CN: ['Chine populaire'],
};

/** Compound prefixes: `russo-indonésien`, `sino-américain`. */
const PREFIXES: Record<string, string[]> = {
  RU: ['russo'],
  CN: ['sino'],
  FR: ['franco'],
  DE: ['germano'],
  GB: ['anglo', 'britannico'],
  US: ['americano', 'américano'],
  IT: ['italo'],
  ES: ['hispano'],
  JP: ['nippo'],
  IN: ['indo'],
  IR: ['irano'],
  IL: ['israélo', 'israelo'],
  TR: ['turco'],
  GR: ['gréco'],
  BE: ['belgo'],
  PL: ['polono'],
  PT: ['luso'],
  UA: ['ukraino'],
  AT: ['austro'],
  CU: ['cubano'],
  KR: ['coréano'],
  PS: ['palestino'],
};

/** Forms that are too often something else in French text. */
const AMBIGUOUS = new Set(['maurice'].map(phraseKey));

/** A country dataset entry, as far as this module reads it. */
interface CountryRecord {
  cca2: string;
  capital?: string[];
  independent: boolean | null;
  name: { common: string; official: string };
  translations: Record<string, { common: string; official: string }>;
  demonyms?: Record<string, { f: string; m: string }>;
}

/** Feminine and plural forms of a French demonym: `Cubain` → cubain, cubaine, cubains, cubaines. */
function inflections(masculine: string, feminine: string): string[] {
  const plural = (w: string) => (/[sx]$/.test(w) ? w : `${w}s`);
  return [masculine, feminine, plural(masculine), plural(feminine)];
}

/** The gazetteer, as an immutable value: build once, query many times. */
export class Gazetteer {
  private readonly byCode = new Map<string, Country>();
  private readonly forms = new PhraseMatcher<Form>();

  constructor(records: readonly CountryRecord[] = countries as unknown as CountryRecord[]) {
    for (const r of records) {
      if (!r.independent && !EXTRA_TERRITORIES.has(r.cca2)) continue;
      const fra = r.translations.fra;
      if (!fra) continue;
      const code = r.cca2;
      this.byCode.set(code, { code, name: DISPLAY_NAMES[code] ?? fra.common });
      this.add(fra.common, code, 'name');
      this.add(fra.official, code, 'name');
      const dem = r.demonyms?.fra;
      if (dem) for (const w of inflections(dem.m, dem.f)) this.add(w, code, 'adjective');
    }
    // Capitals as the dataset writes them (English), where French writes them the same.
    for (const r of records) {
      if (!this.byCode.has(r.cca2)) continue;
      for (const c of r.capital ?? []) {
        if (AMBIGUOUS_CAPITALS.has(c) || /\b(City|D\.C\.)$/.test(c)) continue;
        this.forms.add(c, { code: r.cca2, kind: 'name' }, () => false);
      }
    }
    const extra: [Record<string, string[]>, FormKind][] = [
      [CAPITALS, 'name'],
      [EXTRA_NAMES, 'name'],
      [EXTRA_ADJECTIVES, 'adjective'],
      [PREFIXES, 'prefix'],
    ];
    for (const [table, kind] of extra) {
      for (const [code, list] of Object.entries(table)) {
        if (!this.byCode.has(code)) continue;
        for (const f of list) this.add(f, code, kind);
      }
    }
  }

  private add(surface: string, code: string, kind: FormKind): void {
    if (AMBIGUOUS.has(phraseKey(surface))) return;
    // A country's own name wins over another country's adjective or capital.
    this.forms.add(surface, { code, kind }, (old) =>
      old.kind === 'name' ? false : !(old.code !== code && old.kind === kind),
    );
  }

  /** The country a form (given by its key) designates, if any. */
  lookup(key: string): Form | undefined {
    return this.forms.get(key);
  }

  /** The longest country form starting at token i. */
  match(tokens: readonly Token[], i: number): [Form, number] | null {
    return this.forms.match(tokens, i);
  }

  country(code: string): Country | undefined {
    return this.byCode.get(code);
  }

  /** Every country of the gazetteer. */
  all(): Country[] {
    return [...this.byCode.values()];
  }

  /** All the folded forms that designate a country (for autocomplete and suggestions). */
  formsOf(code: string): string[] {
    const out: string[] = [];
    for (const [key, form] of this.forms.entries()) if (form.code === code) out.push(key);
    return out;
  }
}

let shared: Gazetteer | undefined;

/** The process-wide gazetteer (its data never changes at run time). */
export function gazetteer(): Gazetteer {
  shared ??= new Gazetteer();
  return shared;
}
