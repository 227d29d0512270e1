/**
 * The searchable state of the corpus: analysed documents, a MiniSearch index over their
 * paragraphs, and the registries derived from the analysis (actors, party names, agreements
 * by party).
 *
 * Every change goes through `apply()`, which is synchronous: Node runs it to completion
 * before any query is served, so no answer can see a half-updated index or mix the old
 * and the new corpus. If a step throws, the changes already made are undone.
 */
import MiniSearch, { type Options, type SearchResult } from 'minisearch';
import type { ActorType, ExtractedActor } from '../analysis/actors/index.ts';
import type { AnalyzedDocument } from '../analysis/analyze.ts';
import { gazetteer } from '../analysis/gazetteer.ts';
import { terms } from '../analysis/normalize.ts';
import { phraseKey } from '../analysis/phrases.ts';
import { paragraphCount } from './stored.ts';
import { type TopResult, topSearch } from './top-search.ts';

/** Where a MiniSearch index saved on disk can be loaded from, when a search first needs it. */
export interface SearchSource {
  load(): MiniSearch<Passage>;
  loadAsync(): Promise<MiniSearch<Passage>>;
  /** Told when the saved index could not be used and was rebuilt from the documents. */
  failed?(err: unknown): void;
  /** Lets go of the saved index (an index replaced before it needed it). */
  close?(): void;
}

/** One indexed passage: a paragraph of a document. */
export interface Passage {
  id: string;
  text: string;
}

/** An actor across the corpus: the merge of what each document says of it. */
export interface Actor {
  key: string;
  name: string;
  type: ActorType;
  aliases: string[];
  roles: string[];
  country?: string;
  /** Ids of the documents that cite it. */
  documents: string[];
  mentions: number;
}

export const MINISEARCH_OPTIONS: Options<Passage> = {
  idField: 'id',
  fields: ['text'],
  storeFields: [],
  tokenize: (text) => terms(text),
  processTerm: (term) => term,
  // MiniSearch's automatic vacuum walks the index in batches across awaits; a change or a
  // fuzzy search (which prunes discarded postings) landing between two batches breaks its
  // iterator (an unhandled rejection). CorpusIndex vacuums itself, in one synchronous step.
  autoVacuum: false,
  searchOptions: {
    tokenize: (text) => terms(text),
    processTerm: (term) => term,
  },
};

export const passageId = (doc: string, paragraph: number) => `${paragraph}\u0000${doc}`;

function passagesOf(doc: AnalyzedDocument): Passage[] {
  return doc.paragraphs.map((text, i) => ({ id: passageId(doc.id, i), text }));
}
export function parsePassageId(id: string): { doc: string; paragraph: number } {
  const cut = id.indexOf('\u0000');
  return { doc: id.slice(cut + 1), paragraph: Number(id.slice(0, cut)) };
}

export interface Change {
  /** New or changed documents. */
  upserts: AnalyzedDocument[];
  /** Ids of deleted documents. */
  removals: string[];
}

/** Adds and removes values of a Map<K, Set<V>>, dropping empty sets. */
function addTo<K, V>(map: Map<K, Set<V>>, k: K, v: V): void {
  const s = map.get(k);
  if (s) s.add(v);
  else map.set(k, new Set([v]));
}
function removeFrom<K, V>(map: Map<K, Set<V>>, k: K, v: V): void {
  const s = map.get(k);
  if (!s) return;
  s.delete(v);
  if (s.size === 0) map.delete(k);
}

/** Counts how many documents give each (form, actor) pair; a pair goes when its count reaches 0. */
function countForm(
  map: Map<string, Map<string, number>>,
  form: string,
  key: string,
  by: 1 | -1,
): void {
  const keys = map.get(form) ?? new Map<string, number>();
  const n = (keys.get(key) ?? 0) + by;
  if (n > 0) keys.set(key, n);
  else keys.delete(key);
  if (keys.size > 0) map.set(form, keys);
  else map.delete(form);
}

/** Plain code-unit order: the same on every machine and locale. */
export const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const byKey = <T>(a: [string, T], b: [string, T]) => compare(a[0], b[0]);

/** The folded forms (name and aliases) one document gives an actor, each once. */
const formsOf = (a: ExtractedActor) => new Set([a.name, ...a.aliases].map(phraseKey));

export class CorpusIndex {
  /** The search index, once loaded (a snapshot loads it only when a search needs it). */
  private search_: MiniSearch<Passage> | null;
  private source: SearchSource | null = null;
  private loading: Promise<MiniSearch<Passage>> | null = null;
  /** Documents changed while the search index was not loaded: reconciled when it loads. */
  private readonly touched = new Set<string>();
  private readonly docs = new Map<string, AnalyzedDocument>();
  /** actor key → document id → what that document says of the actor. */
  private readonly actorDocs = new Map<string, Map<string, ExtractedActor>>();
  /** folded form (name, alias) → actor key → number of documents that give the actor that form. */
  private readonly forms = new Map<string, Map<string, number>>();
  /** actor key → ids of documents reporting an agreement with that party. */
  private readonly partyDocs = new Map<string, Set<string>>();
  private readonly merged = new Map<string, Actor>();
  /** Bumped on every change: caches (autocomplete lists…) key on it. */
  private generation_ = 0;
  private sortedActors: Actor[] | undefined;

  constructor(search?: MiniSearch<Passage> | SearchSource) {
    if (search instanceof MiniSearch) this.search_ = search;
    else if (search) {
      this.search_ = null;
      this.source = search;
    } else this.search_ = new MiniSearch(MINISEARCH_OPTIONS);
  }

  /** Lets go of what this index holds open (it is being replaced). */
  dispose(): void {
    this.source?.close?.();
  }

  get generation(): number {
    return this.generation_;
  }

  get size(): number {
    return this.docs.size;
  }

  /** The search index, loaded now if it was not yet (synchronous). */
  get miniSearch(): MiniSearch<Passage> {
    if (!this.search_) this.loaded(this.loadSource());
    return this.search_ as MiniSearch<Passage>;
  }

  /** The saved index, or, if it cannot be read, one rebuilt from the documents (slower, never wrong). */
  private loadSource(): MiniSearch<Passage> {
    try {
      if (this.source) return this.source.load();
    } catch (err) {
      this.source?.failed?.(err);
    }
    const ms = new MiniSearch(MINISEARCH_OPTIONS);
    for (const doc of this.docs.values()) ms.addAll(passagesOf(doc));
    this.touched.clear();
    this.source = null;
    return ms;
  }

  /** True once the search index is in memory. */
  get searchLoaded(): boolean {
    return this.search_ !== null;
  }

  /** Resolves when the search index is in memory; loads it without blocking if needed. */
  ready(): Promise<MiniSearch<Passage>> {
    if (this.search_) return Promise.resolve(this.search_);
    this.loading ??= (this.source?.loadAsync() ?? Promise.reject(new Error('no source')))
      .catch((err) => {
        this.source?.failed?.(err);
        this.source = null; // rebuilt from the documents, below
        return this.loadSource();
      })
      .then((ms) => {
        if (!this.search_) this.loaded(ms);
        return this.search_ as MiniSearch<Passage>;
      });
    return this.loading;
  }

  /** Adopts a loaded index and brings it up to date with what changed meanwhile. */
  private loaded(ms: MiniSearch<Passage>): void {
    for (const id of this.touched) {
      // Whatever the saved index holds for this document goes (its paragraphs are numbered
      // from 0 without gaps), then its current passages are added: never a duplicate id.
      for (let i = 0; ms.has(passageId(id, i)); i++) ms.discard(passageId(id, i));
      const doc = this.docs.get(id);
      if (doc) ms.addAll(passagesOf(doc));
    }
    this.touched.clear();
    this.search_ = ms;
    this.source = null;
  }

  document(id: string): AnalyzedDocument | undefined {
    return this.docs.get(id);
  }

  documents(): IterableIterator<AnalyzedDocument> {
    return this.docs.values();
  }

  /** Applies a change in one synchronous step; on failure, undoes it and rethrows. */
  apply(change: Change, hooks: { beforeEach?: (id: string) => void } = {}): void {
    const undo: (() => void)[] = [];
    try {
      for (const id of change.removals) {
        hooks.beforeEach?.(id);
        const old = this.docs.get(id);
        if (!old) continue;
        this.remove(old);
        undo.push(() => this.insert(old));
      }
      for (const doc of change.upserts) {
        hooks.beforeEach?.(doc.id);
        const old = this.docs.get(doc.id);
        if (old) {
          this.remove(old);
          undo.push(() => this.insert(old));
        }
        this.insert(doc);
        undo.push(() => this.remove(doc));
      }
    } catch (err) {
      for (const step of undo.reverse()) step();
      this.changed();
      throw err;
    }
    this.vacuumIfDirty();
    this.changed();
  }

  /**
   * Drops discarded passages from the posting lists once they are a tenth of the index (as
   * MiniSearch's own conditions), synchronously: nothing can run in the middle of it.
   */
  private vacuumIfDirty(): void {
    const ms = this.search_;
    if (!ms || ms.isVacuuming || ms.dirtCount < 20 || ms.dirtFactor < 0.1) return;
    // One batch as large as the index: the walk runs to its end before vacuum() returns.
    void ms.vacuum({ batchSize: Number.MAX_SAFE_INTEGER, batchWait: 0 });
  }

  /** Loads documents whose passages are already in the MiniSearch index (from a snapshot). */
  restore(docs: AnalyzedDocument[]): void {
    for (const doc of docs) this.register(doc);
    this.changed();
  }

  private changed(): void {
    this.generation_++;
    this.merged.clear();
    this.sortedActors = undefined;
  }

  private insert(doc: AnalyzedDocument): void {
    if (this.search_) this.search_.addAll(passagesOf(doc));
    else this.touched.add(doc.id);
    this.register(doc);
  }

  private register(doc: AnalyzedDocument): void {
    this.docs.set(doc.id, doc);
    for (const a of doc.actors) {
      const perDoc = this.actorDocs.get(a.key);
      if (perDoc) perDoc.set(doc.id, a);
      else this.actorDocs.set(a.key, new Map([[doc.id, a]]));
      for (const f of formsOf(a)) countForm(this.forms, f, a.key, 1);
    }
    for (const ag of doc.agreements) for (const p of ag.parties) addTo(this.partyDocs, p, doc.id);
  }

  private remove(doc: AnalyzedDocument): void {
    if (this.search_) {
      for (let i = 0, n = paragraphCount(doc); i < n; i++)
        this.search_.discard(passageId(doc.id, i));
    } else this.touched.add(doc.id);
    this.docs.delete(doc.id);
    for (const a of doc.actors) {
      const perDoc = this.actorDocs.get(a.key);
      perDoc?.delete(doc.id);
      if (perDoc?.size === 0) this.actorDocs.delete(a.key);
      for (const f of formsOf(a)) countForm(this.forms, f, a.key, -1);
    }
    for (const ag of doc.agreements)
      for (const p of ag.parties) removeFrom(this.partyDocs, p, doc.id);
  }

  // ---------------------------------------------------------------- queries

  /** The best `limit` passages for exact terms (see top-search.ts); loads the search index on first use. */
  top(terms: readonly string[], combineWith: 'AND' | 'OR', limit: number): TopResult {
    return topSearch(this.miniSearch, terms, combineWith, limit);
  }

  /** Full-text search over paragraphs (loads the search index on first use). */
  search(
    query: string,
    options: Parameters<MiniSearch<Passage>['search']>[1] = {},
  ): SearchResult[] {
    return this.miniSearch.search(query, options);
  }

  /**
   * The corpus-wide view of an actor. Every choice here (name, country, order of aliases and
   * roles) depends only on which documents say what, never on the order they were indexed:
   * documents are read in id order and ties are broken by a stable key.
   */
  actor(key: string): Actor | undefined {
    const cached = this.merged.get(key);
    if (cached) return cached;
    const perDoc = this.actorDocs.get(key);
    if (!perDoc || perDoc.size === 0) return this.countryOnly(key);
    const entries = [...perDoc].sort(byKey);
    const first = (entries[0] as [string, ExtractedActor])[1];
    const aliases = new Set<string>();
    const roles = new Map<string, string>();
    const names = new Map<string, number>();
    let mentions = 0;
    for (const [docId, a] of entries) {
      names.set(a.name, (names.get(a.name) ?? 0) + 1);
      for (const x of a.aliases) aliases.add(x);
      for (const r of a.roles) if (!roles.has(phraseKey(r))) roles.set(phraseKey(r), r);
      mentions += this.docs.get(docId)?.mentionCounts[key] ?? 0;
    }
    const name =
      first.type === 'pays'
        ? first.name
        : // A stable sort over names met in document-id order: ties go to the first document.
          ([...names.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0]?.[0] ??
          first.name);
    for (const n of names.keys()) if (n !== name) aliases.add(n);
    let country = this.countryOf(key);
    if (!country && first.type === 'personne') country = this.countryOfRoles([...roles.values()]);
    aliases.delete(name);
    const actor: Actor = {
      key,
      name,
      type: first.type,
      aliases: [...aliases].sort(compare),
      roles: [...roles.values()],
      documents: entries.map(([id]) => id),
      mentions,
      ...(country ? { country } : {}),
    };
    this.merged.set(key, actor);
    return actor;
  }

  /** The country most documents give an actor (ties: the one the first document by id gives). */
  private countryOf(key: string): string | undefined {
    const votes = new Map<string, number>();
    for (const [, a] of [...(this.actorDocs.get(key) ?? [])].sort(byKey))
      if (a.country) votes.set(a.country, (votes.get(a.country) ?? 0) + 1);
    let best: string | undefined;
    for (const [c, n] of votes) if (best === undefined || n > (votes.get(best) ?? 0)) best = c;
    return best;
  }

  /** The country a person's roles name: a country form, or an organisation of that country. */
  private countryOfRoles(roles: string[]): string | undefined {
    const g = gazetteer();
    for (const r of roles) {
      const words = phraseKey(r).split(' ');
      for (let i = 0; i < words.length; i++) {
        for (let n = Math.min(4, words.length - i); n >= 1; n--) {
          const form = words.slice(i, i + n).join(' ');
          const c = g.lookup(form);
          if (c && c.kind !== 'prefix') return c.code;
          for (const key of [...(this.forms.get(form)?.keys() ?? [])].sort(compare)) {
            if (key.startsWith('pers:')) continue;
            const country = this.countryOf(key);
            if (country) return country;
          }
        }
      }
    }
    return undefined;
  }

  /** A country of the gazetteer that the corpus does not cite (still a valid party to ask about). */
  private countryOnly(key: string): Actor | undefined {
    if (!key.startsWith('pays:')) return undefined;
    const c = gazetteer().country(key.slice(5));
    return c
      ? { key, name: c.name, type: 'pays', aliases: [], roles: [], documents: [], mentions: 0 }
      : undefined;
  }

  /** Every actor, most important first (documents citing it, then mentions). */
  actors(): Actor[] {
    if (!this.sortedActors) {
      this.sortedActors = [...this.actorDocs.keys()]
        .map((k) => this.actor(k))
        .filter((a): a is Actor => !!a)
        .sort(
          (a, b) =>
            b.documents.length - a.documents.length ||
            b.mentions - a.mentions ||
            a.name.localeCompare(b.name, 'fr') ||
            compare(a.key, b.key),
        );
    }
    return this.sortedActors;
  }

  /** Actor keys a name designates: corpus names and aliases, and every country form of the gazetteer. */
  resolve(name: string): string[] {
    const key = phraseKey(name);
    const out = new Set(this.forms.get(key)?.keys() ?? []);
    const form = gazetteer().lookup(key);
    if (form && form.kind !== 'prefix') out.add(`pays:${form.code}`);
    return [...out].sort(compare);
  }

  /** All the names users may type for a party, folded, with the actor keys they lead to. */
  *partyForms(): IterableIterator<[string, IterableIterator<string>]> {
    for (const [form, keys] of this.forms) yield [form, keys.keys()];
  }

  /** Ids of documents reporting an agreement in which the actor is a party. */
  agreementsOf(key: string): string[] {
    return [...(this.partyDocs.get(key) ?? [])].sort(compare);
  }

  /** Keys of every actor that is a party to at least one agreement. */
  parties(): string[] {
    return [...this.partyDocs.keys()].sort(compare);
  }
}
