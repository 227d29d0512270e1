/** Short French labels that every front end shows the same way. */
import { fold } from '../analysis/normalize.ts';
import type { ActorsAnswer, AgreementResult, Citation, PartyRef } from './types.ts';

/** Where a passage stands: `§ 3`, or in a PDF `p. 2, § 3` (the paragraph counted in the whole document). */
export function whereLabel(c: { paragraph: number; page?: number }): string {
  return c.page ? `p. ${c.page}, § ${c.paragraph}` : `§ ${c.paragraph}`;
}

const FORMATS = { pdf: 'PDF', docx: 'document Word', html: 'page web' } as const;

/** The size of a document as a reader counts it: `4 pages, 32 paragraphes, 1 250 mots`. */
export function sizeLabel(d: { pages?: number; paragraphs: number; words: number }): string {
  return [
    d.pages ? count(d.pages, 'page') : '',
    count(d.paragraphs, 'paragraphe'),
    count(d.words, 'mot'),
  ]
    .filter(Boolean)
    .join(', ');
}

/** What users call a kind of file: `PDF`, `document Word`, `page web`. */
export function formatName(format: keyof typeof FORMATS): string {
  return FORMATS[format];
}

/** `fichier.pdf (PDF)`: a file and, when it is not plain text, its kind. */
export function fileLabel(d: { id: string; format?: keyof typeof FORMATS }): string {
  return d.format ? `${d.id} (${FORMATS[d.format]})` : d.id;
}

/** `personne, pays : Russie`: the filters an /acteurs answer applied. */
export function filtersLabel(filters: ActorsAnswer['filters']): string {
  return [
    filters.type,
    filters.pays && `pays : ${filters.pays}`,
    filters.document && `document : ${filters.document}`,
  ]
    .filter(Boolean)
    .join(', ');
}

/** The status of an agreement in words: `signé`, `en négociation`, `rappelé en passant`… */
export function statusLabel(status: string): string {
  return status === 'mentionné' ? 'mentionné (rappelé en passant)' : status;
}

/**
 * What an agreement is, and its status: `accord intergouvernemental (signé)`; once when they
 * say the same (`financement`, `discussions`).
 */
export function kindAndStatus(kind: string, status: string): string {
  return kind === status ? kind : `${kind} (${statusLabel(status)})`;
}

/** The parties of an agreement, or that the text does not name them. */
export function partiesLabel(parties: readonly string[]): string {
  return parties.length ? parties.join(', ') : 'parties non nommées';
}

/** The note that says how many recalled agreements an /accord answer left out. */
export function recalledNote(n: number | undefined): string | undefined {
  if (!n) return undefined;
  return n === 1
    ? 'Un accord seulement rappelé en passant n’est pas montré (statut:tous pour le voir).'
    : `${n} accords seulement rappelés en passant ne sont pas montrés (statut:tous pour les voir).`;
}

/** `1 document`, `3 documents`, `0 document` (French: 0 and 1 take the singular). */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n.toLocaleString('fr-FR')} ${n > 1 ? plural : singular}`;
}

/** `les 50 premiers sur 120` when an answer holds only part of what matched, else the number. */
export function shownOf(shown: number, total: number, first = 'premiers'): string {
  return total > shown ? `les ${shown} ${first} sur ${total.toLocaleString('fr-FR')}` : `${total}`;
}

const MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];

/** `2018-07-09` → `9 juillet 2018`, `2018-07` → `juillet 2018`, `2018` → `2018`. */
export function frenchDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const month = m ? MONTHS[m - 1] : undefined;
  if (!month) return String(y ?? iso);
  return d ? `${d === 1 ? '1er' : d} ${month} ${y}` : `${month} ${y}`;
}

/**
 * A date as a reader wants it: `9 juillet 2018`; with an inferred year, what the text said
 * (`6 octobre 2017 (année déduite ; le texte dit « le 6 octobre »)`). A date the text gives
 * without anything to place it in time (`vendredi`) is no date: empty.
 */
export function dateLabel(d: AgreementResult['date']): string {
  if (!d?.iso) return '';
  const date = frenchDate(d.iso);
  return d.uncertain ? `${date} (année déduite ; le texte dit « ${d.text} »)` : date;
}

/** Countries named without an article in French. */
const NO_ARTICLE = new Set(
  [
    'Cuba',
    'Israël',
    'Singapour',
    'Monaco',
    'Malte',
    'Chypre',
    'Madagascar',
    'Haïti',
    'Bahreïn',
    'Oman',
    'Djibouti',
    'Taïwan',
    'Hong Kong',
    'Brunei',
    'Nauru',
    'Tuvalu',
    'Kiribati',
    'Vanuatu',
    'Tonga',
    'Samoa',
    'Palaos (Palau)',
    'São Tomé et Príncipe',
    'Trinité-et-Tobago',
    'Antigua-et-Barbuda',
    'Saint-Marin',
    'Sainte-Lucie',
    'Saint-Christophe-et-Niévès',
    'Saint-Vincent-et-les-Grenadines',
  ].map(fold),
);
/** Countries whose name is plural. */
const PLURAL = new Set(
  [
    'États-Unis',
    'Émirats arabes unis',
    'Pays-Bas',
    'Philippines',
    'Comores',
    'Maldives',
    'Seychelles',
    'Bahamas',
    'Fidji',
  ].map(fold),
);
/** Masculine although their head word ends in -e; feminine although it does not. */
const MASCULINE = new Set(
  ['Mexique', 'Cambodge', 'Mozambique', 'Zimbabwe', 'Belize', 'Royaume'].map(fold),
);
const FEMININE = new Set(['Sierra'].map(fold));

/** The article a country name takes: `la `, `le `, `l’`, `les `, or none (`Cuba`). */
export function countryArticle(name: string): string {
  const key = fold(name);
  if (NO_ARTICLE.has(key)) return '';
  if (PLURAL.has(key) || /^iles?\s/.test(key)) return 'les ';
  const head = key.split(/[\s-]/)[0] ?? key;
  if (/^[aeiou]/.test(head)) return 'l’';
  const feminine = FEMININE.has(head) || (head.endsWith('e') && !MASCULINE.has(head));
  return feminine ? 'la ' : 'le ';
}

/**
 * A party as French prose names it: a country with its article (`la Russie`, `l’Iran`,
 * `les États-Unis`, `Cuba`), any other party quoted (`« UIT »`), so no sentence reads
 * « impliquant Russie ».
 */
export function partyPhrase(party: Pick<PartyRef, 'name' | 'type'>): string {
  return party.type === 'pays' ? `${countryArticle(party.name)}${party.name}` : `« ${party.name} »`;
}

/**
 * True when the excerpt already shows the title (the document's first sentence, or its title
 * line): the source then gives the file alone, so a result shows its title once.
 */
export function excerptShowsTitle(c: Citation): boolean {
  const title = c.title.replace(/…$/, '').trim();
  return title.length > 0 && c.excerpt.includes(title);
}

/** What a re-index did, in words (see index/summary.ts). */
export { changeSummary } from '../index/summary.ts';

/** `Filtres : avec l’Iran · depuis 2017`, or undefined when there are none. */
export function filtersNote(filters: readonly string[] | undefined): string | undefined {
  return filters?.length ? `Filtres : ${filters.join(' · ')}` : undefined;
}

/** The filters an /accord answer was asked for (the default status alone is no filter). */
export function askedFilters(filters: readonly string[] | undefined): string[] {
  return (filters ?? []).filter((f) => f !== 'tous les statuts sauf « mentionné »');
}

/** `la Russie`, or `la Russie et l’Iran` for two parties. */
export function accordHeading(a: { party?: PartyRef; with?: PartyRef }): string {
  if (!a.party) return '';
  return a.with
    ? `Accords liant ${partyPhrase(a.party)} et ${partyPhrase(a.with)}`
    : `Accords impliquant ${partyPhrase(a.party)}`;
}

/** The note on agreements left out for want of a date when a period was asked. */
export function undatedNote(n: number | undefined): string | undefined {
  if (!n) return undefined;
  return n === 1
    ? 'Un accord sans date n’est pas compté dans la période.'
    : `${n} accords sans date ne sont pas comptés dans la période.`;
}
