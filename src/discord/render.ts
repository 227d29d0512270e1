/**
 * Answers as Discord embeds, split into pages. A page holds as many results as fit Discord's
 * limits (25 fields, 6,000 characters, 4,096 for a description): what the title counts is
 * exactly what the pages hold. Every string from a document goes through `escapeText`. The
 * answer objects are the same the terminal prints; only the presentation differs.
 */
import type { APIEmbed } from 'discord.js';
import {
  accordHeading,
  askedFilters,
  changeSummary,
  count,
  dateLabel,
  filtersLabel,
  filtersNote,
  formatName,
  kindAndStatus,
  partiesLabel,
  recalledNote,
  shownOf,
  sizeLabel,
  undatedNote,
  whereLabel,
} from '../answers/labels.ts';
import type {
  AccordAnswer,
  ActorsAnswer,
  AddAnswer,
  Answer,
  Citation,
  CorpusAnswer,
  DocumentAnswer,
  HelpAnswer,
  ReindexAnswer,
  SearchAnswer,
} from '../answers/types.ts';
import { base, citedValue, code, fieldPages, linePages, sourceMarkdown } from './embeds.ts';
import { boldExcerpt, escapeText, LIMITS, truncate } from './limits.ts';
import {
  chronologiePages,
  exporterPages,
  followPages,
  newsPages,
  reseauPages,
} from './render-analyst.ts';

const TYPE = { pays: 'pays', organisation: 'organisation', personne: 'personne' } as const;

function accordPages(a: AccordAnswer): APIEmbed[] {
  const title = a.party
    ? `${escapeText(accordHeading(a))}${a.total ? ` : ${shownOf(a.results.length, a.total)}` : ''}`
    : `Accords : « ${escapeText(a.query)} »`;
  const notes: string[] = [];
  const filters = filtersNote(askedFilters(a.filters));
  if (filters) notes.push(escapeText(filters));
  if (a.message && a.results.length === 0) notes.push(escapeText(a.message));
  for (const note of [recalledNote(a.recalled), undatedNote(a.undated)]) if (note) notes.push(note);
  if (a.suggestions?.length)
    notes.push(`Vouliez-vous dire : ${a.suggestions.map(escapeText).join(', ')} ?`);
  if (a.alsoMentioned.length) {
    const shown = a.alsoMentioned.slice(0, 5).map((m) => code(m.document, 100));
    const more = a.alsoMentioned.length - shown.length;
    notes.push(
      `${a.results.length ? 'Autres documents qui en parlent' : 'Documents qui en parlent'}, sans accord : ${shown.join(', ')}${more > 0 ? ` et ${count(more, 'autre')}` : ''}.`,
    );
  }
  const fields = a.results.map((r, i) => ({
    name: truncate(
      `${i + 1}. ${escapeText(kindAndStatus(r.kind, r.status))} — ${escapeText(partiesLabel(r.parties))}`,
      LIMITS.fieldName,
    ),
    value: citedValue(r, [
      r.curated ? '*Renseigné par un curateur.*' : '',
      r.instrument ? `Instrument : ${escapeText(r.instrument)}` : '',
      r.signatories.length
        ? `Signataires : ${escapeText(r.signatories.map((s) => (s.role ? `${s.name} (${s.role})` : s.name)).join(', '))}`
        : '',
      [
        r.place && `Lieu : ${escapeText(r.place)}`,
        dateLabel(r.date) && `Date : ${escapeText(dateLabel(r.date))}`,
      ]
        .filter(Boolean)
        .join(' · '),
    ]),
  }));
  return fieldPages(base(title, notes.join('\n')), fields);
}

/** One field per document: its title once, then one compact line per passage. */
function searchPages(a: SearchAnswer): APIEmbed[] {
  const groups: Citation[][] = [];
  for (const r of a.results) {
    const last = groups[groups.length - 1];
    if (last?.[0]?.document === r.document) last.push(r);
    else groups.push([r]);
  }
  const title = a.results.length
    ? `Recherche « ${escapeText(a.query)} » : ${count(a.results.length, 'passage')} dans ${count(groups.length, 'document')}`
    : `Recherche « ${escapeText(a.query)} »`;
  const notes = [
    a.message && escapeText(a.message),
    a.total > a.results.length &&
      `Les plus pertinents sur ${count(a.total, 'passage')} trouvés ; précisez la recherche pour voir les autres.`,
  ].filter(Boolean);
  const fields = groups.map((list) => {
    const head = code(list[0]?.document ?? '', 200);
    const room = Math.floor((LIMITS.fieldValue - head.length) / list.length) - 12;
    const lines = list.map(
      (c) => `${whereLabel(c)} — ${boldExcerpt(c.excerpt, c.highlights, room, c.cut)}`,
    );
    return {
      name: truncate(escapeText(list[0]?.title ?? ''), LIMITS.fieldName) || '—',
      value: truncate([head, ...lines].join('\n'), LIMITS.fieldValue),
    };
  });
  return fieldPages(base(title, notes.join('\n')), fields);
}

function actorsPages(a: ActorsAnswer): APIEmbed[] {
  const f = filtersLabel(a.filters);
  const title = `Acteurs${f ? ` (${escapeText(f)})` : ''} : ${shownOf(a.actors.length, a.total, 'plus cités')}`;
  const lines = a.actors.map((x) => {
    const role = x.roles[0] ? ` — ${escapeText(truncate(x.roles[0], 100))}` : '';
    const country = x.country && x.type !== 'pays' ? `, ${escapeText(x.country)}` : '';
    return `**${escapeText(truncate(x.name, 100))}** (${TYPE[x.type]}${country})${role} — ${count(x.documents.length, 'document')}`;
  });
  return linePages(base(title), a.message ? [escapeText(a.message)] : [], lines);
}

/** `intro`: what heads the card (/ajouter says what it added). */
function documentPages(a: DocumentAnswer, intro?: { title: string; text: string }): APIEmbed[] {
  if (!a.document) {
    const list = (a.suggestions ?? []).map(
      (s) => `• *${escapeText(truncate(s.title, 120))}* — ${code(s.id, 200)}`,
    );
    return [
      base(
        `Document : « ${escapeText(a.query)} »`,
        [a.message && escapeText(a.message), ...list].filter(Boolean).join('\n'),
      ),
    ];
  }
  const d = a.document;
  const e = intro
    ? base(`${intro.title} : ${escapeText(d.title)}`, intro.text)
    : base(escapeText(d.title));
  const byType = (t: 'pays' | 'organisation' | 'personne') =>
    truncate(
      d.actors
        .filter((x) => x.type === t)
        .map((x) => escapeText(x.name))
        .join(', ') || '—',
      LIMITS.fieldValue,
    );
  const date = dateLabel(d.date);
  return fieldPages(e, [
    {
      name: 'Fichier',
      value: `${code(d.id, 1000)}${d.format ? ` (${formatName(d.format)})` : ''}`,
      inline: true,
    },
    ...(date ? [{ name: 'Date', value: escapeText(date), inline: true }] : []),
    {
      name: 'Taille',
      value: sizeLabel(d),
      inline: true,
    },
    ...(d.source
      ? [
          {
            name: 'Source',
            value: sourceMarkdown(d.source, true) || escapeText(truncate(d.source, 200)),
          },
        ]
      : []),
    {
      name: 'Accords',
      value: truncate(
        d.agreements
          .map(
            (x) =>
              `${escapeText(kindAndStatus(x.kind, x.status))} — ${escapeText(partiesLabel(x.parties))}${x.instrument ? ` — ${escapeText(x.instrument)}` : ''} (${whereLabel(x)})`,
          )
          .join('\n') || 'Aucun accord rapporté',
        LIMITS.fieldValue,
      ),
    },
    { name: 'Pays', value: byType('pays') },
    { name: 'Organisations', value: byType('organisation') },
    { name: 'Personnes', value: byType('personne') },
  ]);
}

/** `<t:…:f> (<t:…:R>)`: Discord shows it in each reader's time zone, and how long ago. */
function timestamp(iso: string): string {
  const s = Math.floor(new Date(iso).getTime() / 1000);
  return `<t:${s}:f> (<t:${s}:R>)`;
}

function corpusPages(a: CorpusAnswer): APIEmbed[] {
  const e = base(
    'État du corpus',
    a.alerts.length
      ? truncate(a.alerts.map((x) => `⚠️ ${escapeText(x)}`).join('\n'), 1000)
      : undefined,
  );
  const skipped = a.skipped.map(
    (s) =>
      `• ${code(s.id, 100)} : ${escapeText(s.reason)}${s.keptPrevious ? ' (version précédente conservée)' : ''}`,
  );
  const warnings = a.warnings.map(
    (w) => `• ${code(w.id, 100)} : ${escapeText(truncate(w.reason, 200))}`,
  );
  return fieldPages(e, [
    {
      name: 'Documents',
      value: `${a.documents.toLocaleString('fr-FR')} (${count(a.paragraphs, 'paragraphe')})`,
      inline: true,
    },
    { name: 'Accords', value: a.agreements.toLocaleString('fr-FR'), inline: true },
    {
      name: 'Acteurs',
      value: `${a.actors.pays} pays, ${count(a.actors.organisation, 'organisation')}, ${count(a.actors.personne, 'personne')}`,
      inline: true,
    },
    {
      name: 'Dernière indexation',
      value: `${a.lastIndexedAt ? timestamp(a.lastIndexedAt) : 'jamais'}${a.running ? ' (réindexation en cours)' : ''}`,
    },
    {
      name: `Fichiers ignorés (${a.skipped.length})`,
      value: truncate(skipped.join('\n') || 'aucun', LIMITS.fieldValue),
    },
    ...(warnings.length
      ? [
          {
            name: `En-têtes : champs ignorés (${warnings.length})`,
            value: truncate(warnings.join('\n'), LIMITS.fieldValue),
          },
        ]
      : []),
  ]);
}

function reindexPages(a: ReindexAnswer): APIEmbed[] {
  const list = (items: string[]) => truncate(items.join('\n') || '—', LIMITS.fieldValue);
  const summary = changeSummary(a);
  const e = base(
    'Réindexation',
    [`${summary} — ${a.durationMs} ms`, a.message && escapeText(a.message)]
      .filter(Boolean)
      .join('\n'),
  );
  return fieldPages(e, [
    { name: 'Ajoutés', value: list(a.added.map((d) => `• ${escapeText(truncate(d.title, 150))}`)) },
    {
      name: 'Modifiés',
      value: list(a.updated.map((d) => `• ${escapeText(truncate(d.title, 150))}`)),
    },
    { name: 'Supprimés', value: list(a.removed.map((id) => `• ${code(id, 150)}`)) },
    {
      name: 'Ignorés',
      value: list(a.skipped.map((s) => `• ${code(s.id, 100)} : ${s.reason}`)),
    },
  ]);
}

function helpPages(a: HelpAnswer): APIEmbed[] {
  const e = base(
    'Aide — les commandes d’Accords',
    `Chaque réponse cite ses sources (document, paragraphe). Toutes les commandes ont aussi : ${a.common
      .map((o) => `\`${o.name}\` (${o.description})`)
      .join(', ')}.`,
  );
  const fields = a.commands.map((c) => ({
    name: truncate(`/${c.name}`, LIMITS.fieldName),
    value: truncate(
      [
        c.description,
        ...c.options.map(
          (o) =>
            `• \`${o.name}\`${o.required ? '' : ' (facultatif)'} : ${o.description}${o.choices ? ` — ${o.choices.join(', ')}` : ''}`,
        ),
        `Exemple${c.examples.length > 1 ? 's' : ''} : ${c.examples.map((x) => `\`${x}\``).join(', ')}`,
      ].join('\n'),
      LIMITS.fieldValue,
    ),
  }));
  return fieldPages(e, fields);
}

/** `/ajouter`: the card of the document added (as /document shows it), or why it was refused. */
function addedPages(a: AddAnswer): APIEmbed[] {
  if (!a.added)
    return [base('Document refusé', `${code(a.sent, 200)} : ${escapeText(a.reason ?? '')}.`)];
  const head = [
    `Ajouté au corpus : ${code(a.id ?? '', 200)}${a.renamed ? ` (le nom ${code(a.sent, 200)} était pris)` : ''}`,
    a.message ? `⚠️ ${escapeText(a.message)}` : '',
  ]
    .filter(Boolean)
    .join('\n');
  if (!a.document) return [base('Document ajouté', head)];
  return documentPages(
    { command: 'document', query: a.id ?? '', document: a.document },
    { title: 'Document ajouté', text: head },
  );
}

/**
 * The pages of an answer: one embed each, every one within Discord's limits. `attached`: the
 * name of the file the reply carries, if any.
 */
export function renderPages(answer: Answer, attached?: string): APIEmbed[] {
  const pages = (() => {
    switch (answer.command) {
      case 'accord':
        return accordPages(answer);
      case 'recherche':
        return searchPages(answer);
      case 'acteurs':
        return actorsPages(answer);
      case 'document':
        return documentPages(answer);
      case 'corpus':
        return corpusPages(answer);
      case 'reindexer':
        return reindexPages(answer);
      case 'aide':
        return helpPages(answer);
      case 'ajouter':
        return addedPages(answer);
      case 'chronologie':
        return chronologiePages(answer);
      case 'reseau':
        return reseauPages(answer);
      case 'exporter':
        return exporterPages(answer, attached);
      case 'suivre':
      case 'suivis':
      case 'nepassuivre':
        return followPages(answer);
      case 'suivi':
        return newsPages(answer);
    }
  })();
  if (pages.length > 1) {
    pages.forEach((e, i) => {
      e.footer = { text: `Page ${i + 1}/${pages.length}` };
    });
  }
  return pages;
}
