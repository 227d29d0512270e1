/** Answers as terminal text. Matched words are shown in bold when the output is a terminal. */
import { dateLabel, filtersLabel } from '../answers/labels.ts';
import type {
  AccordAnswer,
  ActorsAnswer,
  AgreementResult,
  Answer,
  Citation,
  CorpusAnswer,
  DocumentAnswer,
  HelpAnswer,
  ReindexAnswer,
  SearchAnswer,
} from '../answers/types.ts';

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

function source(c: Citation): string {
  return `Source : ${c.title} — ${c.document}, § ${c.paragraph}`;
}

function dateText(d: AgreementResult['date']): string | undefined {
  if (!d) return undefined;
  return d.iso ? `${dateLabel(d)} — « ${d.text} »` : dateLabel(d);
}

function accord(a: AccordAnswer, style: TextStyle): string[] {
  const out: string[] = [];
  if (a.party) out.push(`Accords impliquant ${a.party.name} : ${a.total}`);
  if (a.message) out.push(a.message);
  if (a.suggestions?.length) out.push(`Vouliez-vous dire : ${a.suggestions.join(', ')} ?`);
  a.results.forEach((r, i) => {
    out.push('', `${i + 1}. ${r.title}`);
    out.push(`   Nature : ${r.kind}${r.curated ? ' (renseigné par un curateur)' : ''}`);
    out.push(`   Parties : ${r.parties.join(', ')}`);
    if (r.signatories.length) {
      out.push(
        `   Signataires : ${r.signatories.map((s) => (s.role ? `${s.name} (${s.role})` : s.name)).join(', ')}`,
      );
    }
    if (r.place) out.push(`   Lieu : ${r.place}`);
    const d = dateText(r.date);
    if (d) out.push(`   Date : ${d}`);
    out.push(`   « ${marked(r, style)} »`, `   ${source(r)}`);
  });
  if (a.alsoMentioned.length) {
    out.push(
      '',
      `Cité aussi, sans accord le concernant, dans : ${a.alsoMentioned.map((m) => m.title).join(' ; ')}`,
    );
  }
  return out;
}

function recherche(a: SearchAnswer, style: TextStyle): string[] {
  const out = [
    `Recherche « ${a.query} » : ${a.total} passage(s)${a.total > a.results.length ? `, ${a.results.length} affichés` : ''}`,
  ];
  if (a.message) out.push(a.message);
  a.results.forEach((r, i) => {
    out.push('', `${i + 1}. « ${marked(r, style)} »`, `   ${source(r)}`);
  });
  return out;
}

function acteurs(a: ActorsAnswer): string[] {
  const f = filtersLabel(a.filters);
  const out = [
    `Acteurs${f ? ` (${f})` : ''} : ${a.total}${a.total > a.actors.length ? ` (les ${a.actors.length} plus cités)` : ''}`,
  ];
  if (a.message) out.push(a.message);
  for (const x of a.actors) {
    const role = x.roles.length ? ` — ${x.roles.slice(0, 2).join(' ; ')}` : '';
    const country = x.country && x.type !== 'pays' ? `, ${x.country}` : '';
    out.push(
      `- ${x.name} (${TYPE_LABEL[x.type]}${country})${role} — ${x.documents.length} document(s) : ${x.documents.join(', ')}`,
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
  const out = [d.title, `Fichier : ${d.id}`];
  const date = dateText(d.date);
  if (date) out.push(`Date : ${date}`);
  if (d.source) out.push(`Source : ${d.source}`);
  out.push(`Taille : ${d.paragraphs} paragraphes, ${d.words} mots, ${d.bytes} octets`);
  if (d.agreements.length === 0) out.push('Accords : aucun accord rapporté');
  for (const ag of d.agreements)
    out.push(`Accord : ${ag.kind} — ${ag.parties.join(', ')} (§ ${ag.paragraph})`);
  for (const type of ['pays', 'organisation', 'personne'] as const) {
    const list = d.actors.filter((x) => x.type === type).map((x) => x.name);
    if (list.length)
      out.push(
        `${type === 'pays' ? 'Pays' : type === 'organisation' ? 'Organisations' : 'Personnes'} : ${list.join(', ')}`,
      );
  }
  return out;
}

function corpus(a: CorpusAnswer): string[] {
  const out = [
    `Documents : ${a.documents} (${a.paragraphs} paragraphes)`,
    `Acteurs : ${a.actors.pays} pays, ${a.actors.organisation} organisations, ${a.actors.personne} personnes`,
    `Accords : ${a.agreements}`,
    `Dernière indexation : ${a.lastIndexedAt ?? 'jamais'}${a.running ? ' (réindexation en cours)' : ''}`,
  ];
  if (a.skipped.length === 0) out.push('Fichiers ignorés : aucun');
  else {
    out.push(`Fichiers ignorés : ${a.skipped.length}`);
    for (const s of a.skipped)
      out.push(`- ${s.id} : ${s.reason}${s.keptPrevious ? ' (version précédente conservée)' : ''}`);
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
  const out = [
    `Réindexation en ${a.durationMs} ms : ${a.added.length} ajouté(s), ${a.updated.length} modifié(s), ${a.removed.length} supprimé(s), ${a.skipped.length} ignoré(s), ${a.unchanged} inchangé(s).`,
  ];
  if (a.message) out.push(a.message);
  for (const d of a.added) out.push(`+ ${d.title} (${d.id})`);
  for (const d of a.updated) out.push(`~ ${d.title} (${d.id})`);
  for (const id of a.removed) out.push(`- ${id}`);
  for (const s of a.skipped)
    out.push(`! ${s.id} : ${s.reason}${s.keptPrevious ? ' (version précédente conservée)' : ''}`);
  return out;
}

export function renderText(answer: Answer, style: TextStyle = PLAIN): string {
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
  }
}
