/**
 * Answers as Discord embeds, split into pages that each fit Discord's limits. The answer
 * objects are the same the terminal prints; only the presentation differs.
 */
import type { APIEmbed } from 'discord.js';
import { dateLabel, filtersLabel } from '../answers/labels.ts';
import type {
  AccordAnswer,
  ActorsAnswer,
  Answer,
  Citation,
  CorpusAnswer,
  DocumentAnswer,
  HelpAnswer,
  ReindexAnswer,
  SearchAnswer,
} from '../answers/types.ts';
import { boldExcerpt, embedLength, escapeText, LIMITS, truncate } from './limits.ts';

const COLOR = 0x2b6cb0;
const ACCORDS_PER_PAGE = 3;
const PASSAGES_PER_PAGE = 4;
const ACTORS_PER_PAGE = 20;
const TYPE = { pays: 'pays', organisation: 'organisation', personne: 'personne' } as const;

/** `— *Titre*, `fichier`, § 3`: the citation line, kept whole. */
function citationLine(c: Citation): string {
  return `— *${escapeText(truncate(c.title, 180))}* · ${code(c.document, 120)} · § ${c.paragraph}`;
}

/** A file name as inline code (never Markdown, never a mention). */
function code(id: string, max: number): string {
  return `\`${truncate(id, max).replace(/`/g, "'")}\``;
}

/** A field value: details, the quoted excerpt cut to fit, then the citation (never cut). */
function citedValue(c: Citation, details: string[]): string {
  const cite = citationLine(c);
  const head = details
    .filter(Boolean)
    .map((d) => truncate(d, 250))
    .join('\n');
  const room = LIMITS.fieldValue - cite.length - head.length - 6;
  const quote = `> ${boldExcerpt(c.excerpt, c.highlights, Math.max(40, room), c.cut)}`;
  return truncate([head, quote, cite].filter(Boolean).join('\n'), LIMITS.fieldValue);
}

function chunk<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out.length ? out : [[]];
}

function base(title: string, description?: string): APIEmbed {
  const e: APIEmbed = { color: COLOR, title: truncate(title, LIMITS.embedTitle) };
  if (description) e.description = truncate(description, LIMITS.embedDescription);
  return e;
}

function accordPages(a: AccordAnswer): APIEmbed[] {
  const title = a.party
    ? `Accords impliquant ${escapeText(a.party.name)} (${a.total})`
    : `Accords : « ${escapeText(a.query)} »`;
  const notes: string[] = [];
  if (a.message) notes.push(escapeText(a.message));
  if (a.suggestions?.length)
    notes.push(`Vouliez-vous dire : ${a.suggestions.map(escapeText).join(', ')} ?`);
  if (a.alsoMentioned.length) {
    notes.push(
      `Cité aussi, sans accord le concernant, dans : ${a.alsoMentioned
        .slice(0, 5)
        .map((m) => `*${escapeText(truncate(m.title, 80))}*`)
        .join(
          ' ; ',
        )}${a.alsoMentioned.length > 5 ? ` et ${a.alsoMentioned.length - 5} autre(s)` : ''}`,
    );
  }
  return chunk(a.results, ACCORDS_PER_PAGE).map((page, p) => {
    const e = base(title, notes.join('\n'));
    e.fields = page.map((r, i) => ({
      name: truncate(
        `${p * ACCORDS_PER_PAGE + i + 1}. ${escapeText(r.kind)} — ${escapeText(r.parties.join(', '))}`,
        LIMITS.fieldName,
      ),
      value: citedValue(r, [
        r.signatories.length
          ? `Signataires : ${escapeText(r.signatories.map((s) => (s.role ? `${s.name} (${s.role})` : s.name)).join(', '))}`
          : '',
        [r.place && `Lieu : ${escapeText(r.place)}`, r.date && `Date : ${dateLabel(r.date)}`]
          .filter(Boolean)
          .join(' · '),
      ]),
    }));
    return e;
  });
}

function searchPages(a: SearchAnswer): APIEmbed[] {
  const title = `Recherche « ${escapeText(a.query)} » : ${a.total} passage(s)`;
  return chunk(a.results, PASSAGES_PER_PAGE).map((page, p) => {
    const e = base(title, a.message && escapeText(a.message));
    e.fields = page.map((r, i) => ({
      name: truncate(`${p * PASSAGES_PER_PAGE + i + 1}. ${escapeText(r.title)}`, LIMITS.fieldName),
      value: citedValue(r, []),
    }));
    return e;
  });
}

function actorsPages(a: ActorsAnswer): APIEmbed[] {
  const f = filtersLabel(a.filters);
  const title = `Acteurs${f ? ` (${f})` : ''} : ${a.total}`;
  return chunk(a.actors, ACTORS_PER_PAGE).map((page) => {
    const lines = page.map((x) => {
      const role = x.roles[0] ? ` — ${escapeText(truncate(x.roles[0], 100))}` : '';
      const country = x.country && x.type !== 'pays' ? `, ${escapeText(x.country)}` : '';
      return `**${escapeText(truncate(x.name, 100))}** (${TYPE[x.type]}${country})${role} — ${x.documents.length} doc.`;
    });
    return base(title, [a.message && escapeText(a.message), ...lines].filter(Boolean).join('\n'));
  });
}

function documentPages(a: DocumentAnswer): APIEmbed[] {
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
  const e = base(escapeText(d.title));
  const byType = (t: 'pays' | 'organisation' | 'personne') =>
    truncate(
      d.actors
        .filter((x) => x.type === t)
        .map((x) => escapeText(x.name))
        .join(', ') || '—',
      LIMITS.fieldValue,
    );
  e.fields = [
    { name: 'Fichier', value: code(d.id, 1000), inline: true },
    { name: 'Date', value: d.date ? escapeText(d.date.iso ?? d.date.text) : '—', inline: true },
    { name: 'Taille', value: `${d.paragraphs} paragraphes, ${d.words} mots`, inline: true },
    ...(d.source
      ? [{ name: 'Source', value: truncate(escapeText(d.source), LIMITS.fieldValue) }]
      : []),
    {
      name: 'Accords',
      value: truncate(
        d.agreements
          .map(
            (x) => `${escapeText(x.kind)} — ${escapeText(x.parties.join(', '))} (§ ${x.paragraph})`,
          )
          .join('\n') || 'Aucun accord rapporté',
        LIMITS.fieldValue,
      ),
    },
    { name: 'Pays', value: byType('pays') },
    { name: 'Organisations', value: byType('organisation') },
    { name: 'Personnes', value: byType('personne') },
  ];
  return [e];
}

function corpusPages(a: CorpusAnswer): APIEmbed[] {
  const e = base('État du corpus');
  const skipped = a.skipped.map(
    (s) =>
      `• ${code(s.id, 100)} : ${s.reason}${s.keptPrevious ? ' (version précédente conservée)' : ''}`,
  );
  e.fields = [
    { name: 'Documents', value: `${a.documents} (${a.paragraphs} paragraphes)`, inline: true },
    { name: 'Accords', value: String(a.agreements), inline: true },
    {
      name: 'Acteurs',
      value: `${a.actors.pays} pays, ${a.actors.organisation} organisations, ${a.actors.personne} personnes`,
      inline: true,
    },
    {
      name: 'Dernière indexation',
      value: `${a.lastIndexedAt ?? 'jamais'}${a.running ? ' (réindexation en cours)' : ''}`,
    },
    {
      name: `Fichiers ignorés (${a.skipped.length})`,
      value: truncate(skipped.join('\n') || 'aucun', LIMITS.fieldValue),
    },
  ];
  return [e];
}

function reindexPages(a: ReindexAnswer): APIEmbed[] {
  const list = (items: string[]) => truncate(items.join('\n') || '—', LIMITS.fieldValue);
  const e = base(
    'Réindexation',
    [
      `${a.added.length} ajouté(s), ${a.updated.length} modifié(s), ${a.removed.length} supprimé(s), ${a.skipped.length} ignoré(s), ${a.unchanged} inchangé(s) — ${a.durationMs} ms`,
      a.message && escapeText(a.message),
    ]
      .filter(Boolean)
      .join('\n'),
  );
  e.fields = [
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
  ];
  return [e];
}

function helpPages(a: HelpAnswer): APIEmbed[] {
  const e = base(
    'Aide — les commandes d’Accords',
    `Chaque réponse cite ses sources (document, paragraphe). Toutes les commandes ont aussi : ${a.common
      .map((o) => `\`${o.name}\` (${o.description})`)
      .join(', ')}.`,
  );
  e.fields = a.commands.map((c) => ({
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
  return [e];
}

/** The pages of an answer: one embed each, every one within Discord's limits. */
export function renderPages(answer: Answer): APIEmbed[] {
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
    }
  })();
  if (pages.length > 1) {
    pages.forEach((e, i) => {
      e.footer = { text: `Page ${i + 1}/${pages.length}` };
    });
  }
  for (const e of pages) fitTotal(e);
  return pages;
}

/** Last guard: drop trailing fields until the embed fits the 6,000-character total. */
function fitTotal(e: APIEmbed): void {
  while (
    embedLength(e as Parameters<typeof embedLength>[0]) > LIMITS.embedsTotal &&
    e.fields?.length
  )
    e.fields.pop();
  if (embedLength(e as Parameters<typeof embedLength>[0]) > LIMITS.embedsTotal && e.description) {
    e.description = truncate(
      e.description,
      LIMITS.embedsTotal - embedLength({ ...e, description: '' } as never),
    );
  }
}
