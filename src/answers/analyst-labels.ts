/**
 * The French both front ends show for the analysts' commands (/chronologie, /reseau,
 * /exporter, the follows): headings, counts, notes.
 */
import { spanLabel } from './chronologie.ts';
import { count, frenchDate, partyPhrase } from './labels.ts';
import type {
  ChronologieAnswer,
  ExportAnswer,
  FollowNews,
  PartyRef,
  ReseauAnswer,
} from './types.ts';

const involving = (p: PartyRef | undefined, none: string) =>
  p ? `impliquant ${partyPhrase(p)}` : none;

/** `Chronologie des accords impliquant la Russie`, or `… du corpus`. */
export function chronologieHeading(a: ChronologieAnswer): string {
  return `Chronologie des accords ${involving(a.party, 'du corpus')}`;
}

/** `6 accords datés de 2015 à 2025 · 3 sans date`. */
export function chronologieSummary(a: ChronologieAnswer): string {
  const parts = [`${count(a.total, 'accord daté', 'accords datés')} ${spanLabel(a)}`.trim()];
  if (a.undatedTotal)
    parts.push(`${count(a.undatedTotal, 'accord sans date', 'accords sans date')}`);
  return parts.join(' · ');
}

/** Why a date says `année déduite`, when one does. */
export function uncertainNote(a: ChronologieAnswer): string | undefined {
  return a.results.some((r) => r.date?.uncertain)
    ? '« année déduite » : le texte ne donne pas l’année ; elle est déduite des autres dates du document.'
    : undefined;
}

/** `Sans date (les 20 premiers sur 35)`. */
export function undatedHeading(a: ChronologieAnswer): string {
  return a.undatedTotal > a.undated.length
    ? `Sans date (les ${a.undated.length} premiers sur ${a.undatedTotal})`
    : 'Sans date';
}

/** `Réseau des accords autour de la France`, or `… du corpus`. */
export function reseauHeading(a: ReseauAnswer): string {
  return a.party
    ? `Réseau des accords autour de ${partyPhrase(a.party)}`
    : 'Réseau des accords du corpus';
}

/** `41 accords · 61 parties · 64 liens`. */
export function reseauSummary(a: ReseauAnswer): string {
  return [
    count(a.agreements, 'accord'),
    count(a.totalNodes, 'partie'),
    count(a.links.length, 'lien'),
  ].join(' · ');
}

/** `France — Allemagne : 3 accords`. */
export function linkLabel(l: ReseauAnswer['links'][number]): string {
  return `${l.source} — ${l.target} : ${count(l.agreements, 'accord')}`;
}

/** `41 accords exportés`, with what the file is. */
export function exportSummary(a: ExportAnswer): string {
  const what =
    a.format === 'csv'
      ? 'CSV pour tableur : UTF-8, séparateur « ; », une ligne par accord'
      : 'JSON : un objet par accord';
  const n =
    a.total > a.records.length
      ? `${a.records.length} accords exportés sur ${a.total}`
      : count(a.records.length, 'accord exporté', 'accords exportés');
  return `${n} (${what}).`;
}

/** Headings of an export, for `/exporter`: `Export des accords impliquant la Russie`. */
export function exportHeading(a: ExportAnswer): string {
  return `Export des accords ${involving(a.party, 'du corpus')}`;
}

/** `Nouveaux accords impliquant la Russie`, `… la Russie ou l’Iran`. */
export function newsHeading(a: FollowNews): string {
  const names = a.parties.map(partyPhrase);
  const who = names.length > 1 ? `${names.slice(0, -1).join(', ')} ou ${names.at(-1)}` : names[0];
  return `${a.total > 1 ? 'Nouveaux accords' : 'Nouvel accord'} impliquant ${who}`;
}

/** `Russie (suivie depuis le 5 mars 2026)`. */
export function followLine(f: { name: string; since: string }): string {
  return `${f.name} (suivie depuis le ${frenchDate(f.since.slice(0, 10))})`;
}
