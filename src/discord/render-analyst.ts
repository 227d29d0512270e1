/**
 * The analysts' answers as embeds: /chronologie, /reseau, /exporter, the follows and the news
 * they post. The picture or file itself is attached beside the embed (see render/files.ts).
 */
import type { APIEmbed, APIEmbedField } from 'discord.js';
import {
  chronologieHeading,
  chronologieSummary,
  exportHeading,
  exportSummary,
  followLine,
  linkLabel,
  newsHeading,
  reseauHeading,
  reseauSummary,
  uncertainNote,
  undatedHeading,
} from '../answers/analyst-labels.ts';
import {
  dateLabel,
  filtersNote,
  kindAndStatus,
  partiesLabel,
  recalledNote,
} from '../answers/labels.ts';
import type {
  AgreementResult,
  ChronologieAnswer,
  ExportAnswer,
  FollowAnswer,
  FollowNews,
  ReseauAnswer,
} from '../answers/types.ts';
import { base, citedValue, code, fieldPages, linePages } from './embeds.ts';
import { escapeText, LIMITS, truncate } from './limits.ts';

/** The notes every scoped answer starts with: what it counts, its filters, why it is empty. */
function notes(
  a: { filters: string[]; recalled?: number; message?: string; suggestions?: string[] },
  summary: string | undefined,
): string[] {
  const out: string[] = [];
  if (summary) out.push(summary);
  const f = filtersNote(a.filters);
  if (f) out.push(escapeText(f));
  if (a.message) out.push(escapeText(a.message));
  const r = recalledNote(a.recalled);
  if (r) out.push(r);
  if (a.suggestions?.length)
    out.push(`Vouliez-vous dire : ${a.suggestions.map(escapeText).join(', ')} ?`);
  return out;
}

/** One agreement as a field: what and who in the name, the cited sentence in the value. */
function agreementField(name: string, r: AgreementResult): APIEmbedField {
  return {
    name: truncate(escapeText(name), LIMITS.fieldName),
    value: citedValue(r, [
      `${escapeText(kindAndStatus(r.kind, r.status))} — ${escapeText(partiesLabel(r.parties))}`,
      r.place ? `Lieu : ${escapeText(r.place)}` : '',
    ]),
  };
}

export function chronologiePages(a: ChronologieAnswer): APIEmbed[] {
  const summary =
    a.chart.bins.length || a.undatedTotal ? escapeText(chronologieSummary(a)) : undefined;
  const intro = notes(a, summary);
  const u = uncertainNote(a);
  if (u) intro.push(u);
  const fields = [
    ...a.results.map((r) => agreementField(dateLabel(r.date) || '—', r)),
    ...a.undated.map((r) => agreementField(undatedHeading(a), r)),
  ];
  return fieldPages(base(escapeText(chronologieHeading(a)), intro.join('\n')), fields);
}

export function reseauPages(a: ReseauAnswer): APIEmbed[] {
  const summary = a.agreements ? escapeText(reseauSummary(a)) : undefined;
  const intro = notes(a, summary);
  if (a.links.length) intro.push('', '**Liens les plus forts**');
  const lines = a.links.map((l) => `• ${escapeText(linkLabel(l))}`);
  return linePages(base(escapeText(reseauHeading(a))), intro, lines);
}

export function exporterPages(a: ExportAnswer, file?: string): APIEmbed[] {
  const intro = notes(a, a.records.length ? exportSummary(a) : undefined);
  if (file) intro.push(`Fichier joint : ${code(file, 120)}`);
  return [base(escapeText(exportHeading(a)), intro.join('\n'))];
}

export function followPages(a: FollowAnswer): APIEmbed[] {
  const title =
    a.command === 'suivis'
      ? 'Parties suivies dans ce salon'
      : a.command === 'suivre'
        ? 'Suivre'
        : 'Ne plus suivre';
  const lines = [escapeText(a.message)];
  if (a.suggestions?.length)
    lines.push(`Vouliez-vous dire : ${a.suggestions.map(escapeText).join(', ')} ?`);
  if (a.command !== 'suivis' && a.follows.length) lines.push('', '**Suivies dans ce salon**');
  const list = a.follows.map((f) => `• ${escapeText(followLine(f))}`);
  return linePages(base(title), lines, list);
}

export function newsPages(a: FollowNews): APIEmbed[] {
  const intro =
    a.total > a.results.length
      ? [`Les ${a.results.length} premiers sur ${a.total} ; /accord pour les voir tous.`]
      : [];
  const fields = a.results.map((r) =>
    agreementField(
      [kindAndStatus(r.kind, r.status), dateLabel(r.date)].filter(Boolean).join(' — '),
      r,
    ),
  );
  return fieldPages(base(escapeText(newsHeading(a)), intro.join('\n')), fields);
}
