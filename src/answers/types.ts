/**
 * Answers as plain objects: what the bot says, with its sources, and nothing about how it is
 * shown. Discord and the terminal render the same objects; `--json` prints them.
 */
import type { ActorType } from '../analysis/actors/index.ts';
import type { Period } from './filters.ts';

/** A verbatim passage of a document, and where it stands. */
export interface Citation {
  /** Document id: its path in the corpus. */
  document: string;
  title: string;
  /** 1-based paragraph number. */
  paragraph: number;
  /** 1-based page the paragraph starts on, for a paginated document (PDF). */
  page?: number;
  /** Verbatim text of that paragraph (or of a window of it, see `cut`). */
  excerpt: string;
  /** [start, end) offsets in `excerpt` of the words that matched. */
  highlights: [number, number][];
  /** True on a side where the excerpt is a window of a longer paragraph. */
  cut?: { before: boolean; after: boolean };
  /** The document's source (front matter `source`, a web page's canonical link): a web address or a name. */
  source?: string;
}

export interface PartyRef {
  key: string;
  name: string;
  type: ActorType;
}

export interface AgreementResult extends Citation {
  kind: string;
  /** `signé`, `annoncé`, `en négociation`, `discussions`, `adhésion`, `financement`, `prolongé`, `rompu`, `mentionné`. */
  status: string;
  parties: string[];
  /** The instrument joined, supported or named (`Appel de Paris`). */
  instrument?: string;
  signatories: { name: string; role?: string }[];
  place?: string;
  /** Date as written (`le 9 juillet`), its ISO form if known, and whether the year was inferred. */
  date?: { text: string; iso?: string; uncertain: boolean };
  /** Set by a curator's front matter rather than extraction. */
  curated?: boolean;
}

export interface AccordAnswer {
  command: 'accord';
  query: string;
  party?: PartyRef;
  results: AgreementResult[];
  /** Agreements found; `results` holds the first MAX_AGREEMENTS of them. */
  total: number;
  /** Documents citing the party without reporting an agreement it is party to (most citing first, at most 20). */
  alsoMentioned: { document: string; title: string; mentions: number }[];
  /** The status asked for (`statut`), or `tous`. */
  status?: string;
  /** Agreements only recalled in passing, left out by default (shown with `statut:tous`). */
  recalled?: number;
  /** The second party (`avec`, or a second name in `partie`): only agreements binding both. */
  with?: PartyRef;
  /** The period asked for (`depuis`, `jusqua`). */
  since?: Period;
  until?: Period;
  /** The nature asked for, as typed. */
  nature?: string;
  /** Agreements without a date, left out because a period was asked. */
  undated?: number;
  /** The filters applied, in words (`avec l’Iran`, `depuis 2017`, `tous les statuts sauf « mentionné »`). */
  filters?: string[];
  message?: string;
  suggestions?: string[];
}

export interface SearchAnswer {
  command: 'recherche';
  query: string;
  /** exact: every word matched; partial: some words; approx: typo-tolerant fallback. */
  mode: 'exact' | 'partial' | 'approx' | 'none';
  results: (Citation & { score: number })[];
  total: number;
  message?: string;
}

export interface ActorResult {
  key: string;
  name: string;
  type: ActorType;
  roles: string[];
  aliases: string[];
  country?: string;
  documents: string[];
  mentions: number;
}

export interface ActorsAnswer {
  command: 'acteurs';
  filters: { type?: ActorType; document?: string; pays?: string };
  /** The most important actors first; at most MAX_ACTORS of them. */
  actors: ActorResult[];
  /** Actors matching the filters. */
  total: number;
  message?: string;
}

export interface DocumentCard {
  id: string;
  title: string;
  date?: { text: string; iso?: string; uncertain: boolean };
  source?: string;
  /** The kind of file, when not plain text: `pdf`, `docx`, `html`. */
  format?: 'pdf' | 'docx' | 'html';
  /** Pages of the file (PDF). */
  pages?: number;
  paragraphs: number;
  words: number;
  bytes: number;
  agreements: DocumentAgreement[];
  actors: { name: string; type: ActorType; mentions: number }[];
}

/** An agreement as `document` shows it: names, not keys; the sentence that states it. */
export interface DocumentAgreement {
  kind: string;
  status: string;
  parties: string[];
  /** What is joined or supported (`Appel de Paris`), null when the text names none. */
  instrument: string | null;
  signatories: string[];
  place: string | null;
  date: { text: string; iso?: string; uncertain: boolean } | null;
  /** The sentence that states it, verbatim, and its 1-based paragraph (and page, for a PDF). */
  sentence: string;
  paragraph: number;
  page?: number;
}

export interface DocumentAnswer {
  command: 'document';
  query: string;
  document?: DocumentCard;
  message?: string;
  suggestions?: { id: string; title: string }[];
}

export interface CorpusAnswer {
  command: 'corpus';
  documents: number;
  paragraphs: number;
  actors: { pays: number; organisation: number; personne: number };
  agreements: number;
  lastIndexedAt?: string;
  origin: string;
  running: boolean;
  skipped: { id: string; reason: string; keptPrevious?: boolean }[];
  /** Files indexed with some header fields left out. */
  warnings: { id: string; reason: string }[];
  /** Faults a reader must know of: the folder unreadable, the index not saved… (French). */
  alerts: string[];
}

export interface ReindexAnswer {
  command: 'reindexer';
  added: { id: string; title: string }[];
  updated: { id: string; title: string }[];
  removed: string[];
  skipped: { id: string; reason: string; keptPrevious?: boolean }[];
  unchanged: number;
  durationMs: number;
  message?: string;
}

export interface HelpAnswer {
  command: 'aide';
  commands: {
    name: string;
    description: string;
    options: { name: string; description: string; required: boolean; choices?: string[] }[];
    examples: string[];
  }[];
  /** Options of every command in Discord. */
  common: { name: string; description: string }[];
}

/** `ajouter`: a document sent to the corpus, added and read, or refused with why. */
export interface AddAnswer {
  command: 'ajouter';
  /** The name the file was sent with. */
  sent: string;
  added: boolean;
  /** Where it was written, relative to the corpus (`ajouts/rapport.pdf`). */
  id?: string;
  /** The name was taken: it was written under another one. */
  renamed?: boolean;
  /** Why it was refused (French). */
  reason?: string;
  /** What was found in it, as /document shows it. */
  document?: DocumentCard;
  /** A note on indexing (French): e.g. another process indexes it. */
  message?: string;
}

/** What the agreement commands without a required party say of their scope. */
interface ScopedAnswer {
  query: string;
  /** The party asked for; none: the whole corpus. */
  party?: PartyRef;
  /** The filters applied, in words; the default status (`tous les statuts sauf « mentionné »`) included. */
  filters: string[];
  /** Agreements only recalled in passing, left out by default (shown with `statut:tous`). */
  recalled?: number;
  message?: string;
  suggestions?: string[];
}

/** One period of the chronology chart: agreements by status, and how many have an inferred year. */
export interface TimelineBin {
  /** `2017`, or `2017-10` by month. */
  period: string;
  /** `2017`, `oct. 2017`. */
  label: string;
  /** Agreements whose date is certain, by status. */
  counts: Record<string, number>;
  /** Agreements whose year was inferred (`année déduite`), whatever their status. */
  uncertain: number;
}

export interface ChronologieAnswer extends ScopedAnswer {
  command: 'chronologie';
  /** Dated agreements, earliest first (at most MAX_TIMELINE; `total` says how many). */
  results: AgreementResult[];
  total: number;
  /** Agreements without a date, listed apart (none when a period is asked: they are out of it). */
  undated: AgreementResult[];
  undatedTotal: number;
  /** What the chart shows: every dated agreement, by year (or by month over a short span). */
  chart: { unit: 'année' | 'mois'; bins: TimelineBin[] };
}

export interface NetworkNode {
  name: string;
  key: string;
  type: ActorType;
  /** Agreements the party is in (among those the filters keep). */
  agreements: number;
}

export interface NetworkLink {
  /** Names of the two parties. */
  source: string;
  target: string;
  /** Agreements binding both. */
  agreements: number;
}

export interface ReseauAnswer extends ScopedAnswer {
  command: 'reseau';
  /** The most connected parties first (at most MAX_NODES; `totalNodes` says how many). */
  nodes: NetworkNode[];
  /** Links between the nodes listed, the strongest first. */
  links: NetworkLink[];
  totalNodes: number;
  /** Agreements the network is made of. */
  agreements: number;
}

/** One agreement as exported: every field an analyst takes into a spreadsheet. */
export interface ExportRecord {
  parties: string[];
  kind: string;
  status: string;
  /** ISO date, as precise as known (`2018-07-09`, `2017-10`, `2013`), or null. */
  date: string | null;
  /** The date as the text writes it. */
  dateText: string | null;
  /** False when the year was inferred; null without a date. */
  dateCertain: boolean | null;
  place: string | null;
  /** `Name (role)` when the role is known. */
  signatories: string[];
  instrument: string | null;
  document: string;
  title: string;
  paragraph: number;
  /** The page the paragraph starts on, in a PDF; null otherwise. */
  page: number | null;
  /** The sentence that states the agreement, verbatim. */
  excerpt: string;
  /** The document's source: a web address or a name. */
  source: string | null;
}

export type ExportFormat = 'csv' | 'json';

export interface ExportAnswer extends ScopedAnswer {
  command: 'exporter';
  format: ExportFormat;
  records: ExportRecord[];
  /** Agreements matching; `records` holds the first MAX_EXPORT of them. */
  total: number;
}

/** What a re-index brought that a channel follows: new or changed agreements of its parties. */
export interface FollowNews {
  command: 'suivi';
  /** Where it is posted. */
  channel: string;
  /** The followed parties these agreements involve. */
  parties: PartyRef[];
  results: AgreementResult[];
  /** New agreements; `results` holds the first MAX_NEWS of them. */
  total: number;
}

/** `/suivre`, `/nepassuivre`, `/suivis`: what was done, and what the channel follows now. */
export interface FollowAnswer {
  command: 'suivre' | 'nepassuivre' | 'suivis';
  query: string;
  party?: PartyRef;
  /** True when the follow was added or removed (false: it already was, or was not). */
  changed: boolean;
  /** What the channel follows now, in the order followed. */
  follows: { name: string; since: string }[];
  message: string;
  suggestions?: string[];
}

export type Answer =
  | AddAnswer
  | AccordAnswer
  | FollowAnswer
  | FollowNews
  | ChronologieAnswer
  | ReseauAnswer
  | ExportAnswer
  | SearchAnswer
  | ActorsAnswer
  | DocumentAnswer
  | CorpusAnswer
  | ReindexAnswer
  | HelpAnswer;
