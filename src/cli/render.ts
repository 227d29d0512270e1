/** Answers as terminal text. Matched words are shown in bold when the output is a terminal. */
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
  accordHeading,
  askedFilters,
  changeSummary,
  count,
  dateLabel,
  excerptShowsTitle,
  fileLabel,
  filtersLabel,
  filtersNote,
  kindAndStatus,
  partiesLabel,
  recalledNote,
  shownOf,
  sizeLabel,
  undatedNote,
  whereLabel,
} from '../answers/labels.ts';
import { sourceLink } from '../answers/select.ts';
import type {
  AccordAnswer,
  ActorsAnswer,
  AddAnswer,
  AgreementResult,
  Answer,
  ChronologieAnswer,
  Citation,
  CorpusAnswer,
  DocumentAnswer,
  ExportAnswer,
  FollowAnswer,
  FollowNews,
  HelpAnswer,
  ReindexAnswer,
  ReseauAnswer,
  SearchAnswer,
} from '../answers/types.ts';
import { safeForTerminal } from '../terminal.ts';

export interface TextStyle {
  bold(s: string): string;
}

export const PLAIN: TextStyle = { bold: (s) => s };
export const ANSI: TextStyle = { bold: (s) => `\u001b[1m${s}\u001b[22m` };

const TYPE_LABEL = { pays: 'pays', organisation: 'organisation', personne: 'personne' } as const;

function marked(c: Citation, style: TextStyle): string {
  let out = '';
  let at = 0;
  for (const [s, e] of c.highlights) {
    out += c.excerpt.slice(at, s) + style.bold(c.excerpt.slice(s, e));
    at = e;
  }
  out += c.excerpt.slice(at);
  return `${c.cut?.before ? '… ' : ''}${out}${c.cut?.after ? ' …' : ''}`;
}

/**
 * `Source : Titre — fichier, § 3 — https://…` (`p. 2, § 3` in a PDF), the title left out when the excerpt already
 * shows it; the document's own source (a web address or a name) last.
 */
function source(c: Citation): string {
  const origin = c.source ? ` — ${sourceLink(c.source) ?? c.source.trim()}` : '';
  return `Source : ${excerptShowsTitle(c) ? '' : `${c.title} — `}${c.document}, ${whereLabel(c)}${origin}`;
}

/** One agreement: what, who, then where it is said. */
function agreementLines(head: string, r: AgreementResult, style: TextStyle): string[] {
  const out = [head];
  if (r.place) out.push(`   Lieu : ${r.place}`);
  out.push(`   « ${marked(r, style)} »`, `   ${source(r)}`);
  return out;
}

/** The notes of a scoped answer: summary, filters, message, what was left out. */
function scopeNotes(
  a: { filters: string[]; recalled?: number; message?: string; suggestions?: string[] },
  summary?: string,
): string[] {
  const out: string[] = [];
  if (summary) out.push(summary);
  const f = filtersNote(a.filters);
  if (f) out.push(f);
  if (a.message) out.push(a.message);
  const r = recalledNote(a.recalled);
  if (r) out.push(r);
  if (a.suggestions?.length) out.push(`Vouliez-vous dire : ${a.suggestions.join(', ')} ?`);
  return out;
}

function chronologie(a: ChronologieAnswer, style: TextStyle): string[] {
  const out = [
    chronologieHeading(a),
    ...scopeNotes(a, a.chart.bins.length || a.undatedTotal ? chronologieSummary(a) : undefined),
  ];
  const u = uncertainNote(a);
  if (u) out.push(u);
  for (const r of a.results)
    out.push(
      '',
      ...agreementLines(
        `${dateLabel(r.date)} — ${kindAndStatus(r.kind, r.status)} — ${partiesLabel(r.parties)}`,
        r,
        style,
      ),
    );
  if (a.undated.length) {
    out.push('', `${undatedHeading(a)} :`);
    for (const r of a.undated)
      out.push(
        '',
        ...agreementLines(
          `${kindAndStatus(r.kind, r.status)} — ${partiesLabel(r.parties)}`,
          r,
          style,
        ),
      );
  }
  return out;
}

function reseau(a: ReseauAnswer): string[] {
  const out = [reseauHeading(a), ...scopeNotes(a, a.agreements ? reseauSummary(a) : undefined)];
  if (a.links.length)
    out.push('', 'Liens les plus forts :', ...a.links.map((l) => `- ${linkLabel(l)}`));
  return out;
}

function exporterText(a: ExportAnswer): string[] {
  return [exportHeading(a), ...scopeNotes(a, a.records.length ? exportSummary(a) : undefined)];
}

function follows(a: FollowAnswer): string[] {
  const out = [a.message];
  if (a.suggestions?.length) out.push(`Vouliez-vous dire : ${a.suggestions.join(', ')} ?`);
  if (a.command !== 'suivis' && a.follows.length) out.push('Suivies ici :');
  out.push(...a.follows.map((f) => `- ${followLine(f)}`));
  return out;
}

function news(a: FollowNews, style: TextStyle): string[] {
  const out = [newsHeading(a)];
  if (a.total > a.results.length)
    out.push(`Les ${a.results.length} premiers sur ${a.total} ; /accord pour les voir tous.`);
  for (const r of a.results)
    out.push(
      '',
      ...agreementLines(
        [kindAndStatus(r.kind, r.status), partiesLabel(r.parties), dateLabel(r.date)]
          .filter(Boolean)
          .join(' — '),
        r,
        style,
      ),
    );
  return out;
}

function accord(a: AccordAnswer, style: TextStyle): string[] {
  const out: string[] = [];
  if (a.party && a.results.length)
    out.push(`${accordHeading(a)} : ${shownOf(a.results.length, a.total)}`);
  const filters = filtersNote(askedFilters(a.filters));
  if (filters) out.push(filters);
  if (a.message && a.results.length === 0) out.push(a.message);
  for (const note of [recalledNote(a.recalled), undatedNote(a.undated)]) if (note) out.push(note);
  if (a.suggestions?.length) out.push(`Vouliez-vous dire : ${a.suggestions.join(', ')} ?`);
  a.results.forEach((r, i) => {
    out.push(
      '',
      `${i + 1}. ${kindAndStatus(r.kind, r.status)} — ${partiesLabel(r.parties)}${r.curated ? ' (renseigné par un curateur)' : ''}`,
    );
    if (r.instrument) out.push(`   Instrument : ${r.instrument}`);
    if (r.signatories.length) {
      out.push(
        `   Signataires : ${r.signatories.map((s) => (s.role ? `${s.name} (${s.role})` : s.name)).join(', ')}`,
      );
    }
    if (r.place) out.push(`   Lieu : ${r.place}`);
    const d = dateLabel(r.date);
    if (d) out.push(`   Date : ${d}`);
    out.push(`   « ${marked(r, style)} »`, `   ${source(r)}`);
  });
  if (a.alsoMentioned.length) {
    out.push(
      '',
      `${a.results.length ? 'Autres documents qui en parlent' : 'Documents qui en parlent'}, sans accord :`,
      ...a.alsoMentioned.map((m) => `- ${m.document} — ${m.title}`),
    );
  }
  return out;
}

/** Passages grouped by document: the title once, then one line per passage. */
function recherche(a: SearchAnswer, style: TextStyle): string[] {
  const docs = new Set(a.results.map((r) => r.document)).size;
  const out = [
    a.results.length
      ? `Recherche « ${a.query} » : ${count(a.results.length, 'passage')} dans ${count(docs, 'document')}`
      : `Recherche « ${a.query} »`,
  ];
  if (a.total > a.results.length)
    out.push(
      `Les plus pertinents sur ${count(a.total, 'passage')} trouvés ; précisez la recherche pour voir les autres.`,
    );
  if (a.message) out.push(a.message);
  let current = '';
  for (const r of a.results) {
    if (r.document !== current) {
      current = r.document;
      out.push('', `${r.title} — ${r.document}`);
    }
    out.push(`  ${whereLabel(r)} : ${marked(r, style)}`);
  }
  return out;
}

function acteurs(a: ActorsAnswer): string[] {
  const f = filtersLabel(a.filters);
  const out = [`Acteurs${f ? ` (${f})` : ''} : ${shownOf(a.actors.length, a.total, 'plus cités')}`];
  if (a.message) out.push(a.message);
  for (const x of a.actors) {
    const role = x.roles.length ? ` — ${x.roles.slice(0, 2).join(' ; ')}` : '';
    const country = x.country && x.type !== 'pays' ? `, ${x.country}` : '';
    out.push(
      `- ${x.name} (${TYPE_LABEL[x.type]}${country})${role} — ${count(x.documents.length, 'document')} : ${x.documents.join(', ')}`,
    );
  }
  return out;
}

function documentCard(a: DocumentAnswer): string[] {
  if (!a.document) {
    const out = [a.message ?? ''];
    for (const s of a.suggestions ?? []) out.push(`- ${s.id} — ${s.title}`);
    return out;
  }
  const d = a.document;
  const out = [d.title, `Fichier : ${fileLabel(d)}`];
  const date = dateLabel(d.date);
  if (date) out.push(`Date : ${date}`);
  if (d.source) out.push(`Source : ${d.source}`);
  out.push(`Taille : ${sizeLabel(d)}, ${count(d.bytes, 'octet')}`);
  if (d.agreements.length === 0) out.push('Accords : aucun accord rapporté');
  for (const ag of d.agreements)
    out.push(
      `Accord : ${kindAndStatus(ag.kind, ag.status)} — ${partiesLabel(ag.parties)}${ag.instrument ? ` — ${ag.instrument}` : ''} (${whereLabel(ag)})`,
    );
  for (const type of ['pays', 'organisation', 'personne'] as const) {
    const list = d.actors.filter((x) => x.type === type).map((x) => x.name);
    if (list.length)
      out.push(
        `${type === 'pays' ? 'Pays' : type === 'organisation' ? 'Organisations' : 'Personnes'} : ${list.join(', ')}`,
      );
  }
  return out;
}

/** A time in the machine's time zone, as a French reader writes it. */
export function localTime(iso: string): string {
  return new Date(iso).toLocaleString('fr-FR', { dateStyle: 'long', timeStyle: 'short' });
}

function corpus(a: CorpusAnswer): string[] {
  const out = [
    ...a.alerts.map((x) => `Attention : ${x}`),
    `Documents : ${a.documents.toLocaleString('fr-FR')} (${count(a.paragraphs, 'paragraphe')})`,
    `Acteurs : ${a.actors.pays} pays, ${count(a.actors.organisation, 'organisation')}, ${count(a.actors.personne, 'personne')}`,
    `Accords : ${a.agreements.toLocaleString('fr-FR')}`,
    `Dernière indexation : ${a.lastIndexedAt ? localTime(a.lastIndexedAt) : 'jamais'}${a.running ? ' (réindexation en cours)' : ''}`,
  ];
  if (a.skipped.length === 0) out.push('Fichiers ignorés : aucun');
  else {
    out.push(`Fichiers ignorés : ${a.skipped.length}`);
    for (const s of a.skipped)
      out.push(`- ${s.id} : ${s.reason}${s.keptPrevious ? ' (version précédente conservée)' : ''}`);
  }
  if (a.warnings.length) {
    out.push(`Fichiers indexés avec des champs d’en-tête ignorés : ${a.warnings.length}`);
    for (const w of a.warnings) out.push(`- ${w.id} : ${w.reason}`);
  }
  return out;
}

/** Usage line of a command: `/acteurs [type:…] [document:…]`, `/accord <partie>`. */
export function usage(c: HelpAnswer['commands'][number]): string {
  const opts = c.options.map((o) => (o.required ? `<${o.name}>` : `[${o.name}:…]`)).join(' ');
  return `/${c.name}${opts ? ` ${opts}` : ''}`;
}

function aide(a: HelpAnswer): string[] {
  const out = ['Commandes :'];
  for (const c of a.commands) {
    out.push(`  ${usage(c)} — ${c.description}`);
    for (const o of c.options)
      out.push(
        `      ${o.name} : ${o.description}${o.choices ? ` (${o.choices.join(', ')})` : ''}`,
      );
    const examples = c.examples.filter((e) => e !== `/${c.name}`);
    if (examples.length) out.push(`      exemples : ${examples.join(' ; ')}`);
  }
  out.push(
    '  /quitter (ou Ctrl+D) pour sortir.',
    'Les options s’écrivent nom:valeur ; les mots libres remplissent la première option (/accord russie).',
  );
  return out;
}

function reindex(a: ReindexAnswer): string[] {
  const out = [`Réindexation en ${a.durationMs} ms : ${changeSummary(a)}.`];
  if (a.message) out.push(a.message);
  for (const d of a.added) out.push(`+ ${d.title} (${d.id})`);
  for (const d of a.updated) out.push(`~ ${d.title} (${d.id})`);
  for (const id of a.removed) out.push(`- ${id}`);
  for (const s of a.skipped)
    out.push(`! ${s.id} : ${s.reason}${s.keptPrevious ? ' (version précédente conservée)' : ''}`);
  return out;
}

/** Bold marks that survive the cleaning of control characters, turned into the style's codes after. */
const MARKS: TextStyle = { bold: (s) => `\uE000${s}\uE001` };

/** An answer as terminal text: control characters from queries and documents made visible. */
export function renderText(answer: Answer, style: TextStyle = PLAIN): string {
  return safeForTerminal(renderMarked(answer, MARKS)).replace(
    /\uE000([^\uE001]*)\uE001/g,
    (_, s: string) => style.bold(s),
  );
}

function renderMarked(answer: Answer, style: TextStyle): string {
  switch (answer.command) {
    case 'accord':
      return accord(answer, style).join('\n');
    case 'recherche':
      return recherche(answer, style).join('\n');
    case 'acteurs':
      return acteurs(answer).join('\n');
    case 'document':
      return documentCard(answer).join('\n');
    case 'corpus':
      return corpus(answer).join('\n');
    case 'reindexer':
      return reindex(answer).join('\n');
    case 'aide':
      return aide(answer).join('\n');
    case 'ajouter':
      return added(answer).join('\n');
    case 'chronologie':
      return chronologie(answer, style).join('\n');
    case 'reseau':
      return reseau(answer).join('\n');
    case 'exporter':
      return exporterText(answer).join('\n');
    case 'suivre':
    case 'suivis':
    case 'nepassuivre':
      return follows(answer).join('\n');
    case 'suivi':
      return news(answer, style).join('\n');
  }
}

/** `/ajouter`: what was added and what it holds, or why the file was refused. */
function added(a: AddAnswer): string[] {
  if (!a.added) return [`Fichier refusé (${a.sent}) : ${a.reason ?? ''}.`];
  const out = [
    `Document ajouté au corpus : ${a.id}${a.renamed ? ` (le nom « ${a.sent} » était pris)` : ''}`,
  ];
  if (a.message) out.push(a.message);
  if (a.document)
    out.push('', ...documentCard({ command: 'document', query: a.id ?? '', document: a.document }));
  return out;
}
