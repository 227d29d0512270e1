/**
 * Suggestions while typing (Discord autocomplete): parties, documents, countries. Lists are
 * built once per index generation and searched by prefix with a binary search, so a
 * suggestion costs little even on a large corpus.
 */
import { gazetteer } from '../analysis/gazetteer.ts';
import { editDistance, fold } from '../analysis/normalize.ts';
import { phraseKey } from '../analysis/phrases.ts';
import { type CorpusIndex, compare } from '../index/corpus-index.ts';
import { MAX_QUERY_LENGTH } from './bounds.ts';
import { count } from './labels.ts';

export interface Suggestion {
  /** Display name. */
  name: string;
  /** What the command receives. */
  value: string;
}

interface FormList {
  generation: number;
  index: CorpusIndex;
  /** [folded form, actor key], sorted by form. */
  forms: [string, string][];
  /** [rest of a form from one of its inner words, actor key, whole form], sorted: `cyber alliance`. */
  wordStarts: [string, string, string][];
  /** Forms of agreement parties and countries: the bounded set typo tolerance looks through. */
  fuzzy: [string, string][];
  /** Actor keys that are party to an agreement (ranked first), with their number of agreements. */
  parties: Map<string, number>;
  /** Documents: folded title and id, for substring matching. */
  documents: { foldedId: string; foldedTitle: string; id: string; title: string }[];
}

let cache: FormList | undefined;

/** By form, then by the rest of the entry: never by the order actors were indexed in. */
const byFirst = <T extends string[]>(a: T, b: T) => {
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? '';
    const y = b[i] ?? '';
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
};

function formList(index: CorpusIndex): FormList {
  if (cache && cache.index === index && cache.generation === index.generation) return cache;
  const parties = new Map<string, number>();
  for (const key of index.parties()) {
    let n = 0;
    for (const id of index.agreementsOf(key))
      for (const ag of index.document(id)?.agreements ?? []) if (ag.parties.includes(key)) n++;
    parties.set(key, n);
  }
  const forms: [string, string][] = [];
  for (const [form, keys] of index.partyForms()) {
    for (const key of keys) if (!key.startsWith('pers:')) forms.push([form, key]);
  }
  const g = gazetteer();
  for (const c of g.all())
    for (const form of g.formsOf(c.code)) forms.push([form, `pays:${c.code}`]);
  forms.sort(byFirst);
  const wordStarts: [string, string, string][] = [];
  for (const [form, key] of forms) {
    for (let i = form.indexOf(' '); i >= 0; i = form.indexOf(' ', i + 1))
      wordStarts.push([form.slice(i + 1), key, form]);
  }
  wordStarts.sort(byFirst);
  const fuzzy = forms.filter(([, key]) => parties.has(key) || key.startsWith('pays:'));
  const documents = [...index.documents()]
    .sort((a, b) => compare(a.id, b.id))
    .map((d) => ({
      foldedId: fold(d.id),
      foldedTitle: fold(d.title),
      id: d.id,
      title: d.title,
    }));
  cache = { generation: index.generation, index, forms, wordStarts, fuzzy, parties, documents };
  return cache;
}

function lowerBound(list: string[][], q: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid]?.[0] ?? '') < q) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Parties whose names start with (then have a word starting with, then are close to) what
 * was typed. Parties to an agreement come first, then countries the corpus cites. Every step
 * is a binary search in lists built once per index generation.
 */
export function suggestPartyKeys(
  index: CorpusIndex,
  typed: string,
  limit = 25,
): { key: string; form: string }[] {
  const list = formList(index);
  // Nothing longer than a text option can match a name; the cap bounds the work per keystroke.
  const q = phraseKey(typed.slice(0, MAX_QUERY_LENGTH));
  const found = new Map<string, { score: number; form: string }>();
  const consider = (form: string, key: string, score: number) => {
    // Only names some document gives: a country no document cites would find nothing.
    if (!list.parties.has(key) && !index.actor(key)?.documents.length) return;
    let s = score;
    if (!list.parties.has(key)) s += 5;
    const prev = found.get(key);
    if (!prev || s < prev.score) found.set(key, { score: s, form });
  };
  // Enough candidates to rank well, without walking a huge prefix range.
  const window = limit * 20;
  if (!q) {
    // Nothing typed yet: the parties with the most agreements.
    return [...list.parties.entries()]
      .filter(([key, n]) => n > 0 && index.actor(key)?.documents.length)
      .map(([key, n]) => ({ key, n, name: index.actor(key)?.name ?? key }))
      .sort((a, b) => b.n - a.n || a.name.localeCompare(b.name, 'fr'))
      .slice(0, limit)
      .map(({ key, name }) => ({ key, form: phraseKey(name) }));
  } else {
    for (let i = lowerBound(list.forms, q), n = 0; i < list.forms.length && n < window; i++, n++) {
      const [form, key] = list.forms[i] as [string, string];
      if (!form.startsWith(q)) break;
      consider(form, key, form === q ? 0 : 1);
    }
    for (
      let i = lowerBound(list.wordStarts, q), n = 0;
      i < list.wordStarts.length && n < window;
      i++, n++
    ) {
      const [rest, key, form] = list.wordStarts[i] as [string, string, string];
      if (!rest.startsWith(q)) break;
      consider(form, key, 2);
    }
    if (found.size === 0 && q.length >= 4) {
      for (const [form, key] of list.fuzzy) {
        const d = editDistance(q, form.slice(0, q.length + 1), 2);
        if (d <= 2) consider(form, key, 3 + d);
      }
    }
  }
  return [...found.entries()]
    .sort((a, b) => a[1].score - b[1].score || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([key, { form }]) => ({ key, form }));
}

export function suggestParties(index: CorpusIndex, typed: string, limit = 25): Suggestion[] {
  return suggestPartyKeys(index, typed, limit).map(({ key, form }) => {
    const name = index.actor(key)?.name ?? form;
    return { name, value: name };
  });
}

/** Agreements of a party in the corpus (0 for an actor that is party to none). */
export function agreementCount(index: CorpusIndex, key: string): number {
  return formList(index).parties.get(key) ?? 0;
}

/**
 * Parties for the autocomplete box, with what the corpus holds of each: « Russie — 3
 * accords », « France — citée dans 2 documents »… (value: the name).
 */
export function suggestPartyChoices(index: CorpusIndex, typed: string, limit = 25): Suggestion[] {
  return suggestPartyKeys(index, typed, limit).map(({ key, form }) => {
    const actor = index.actor(key);
    const name = actor?.name ?? form;
    const n = agreementCount(index, key);
    const what = n
      ? count(n, 'accord')
      : `sans accord, dans ${count(actor?.documents.length ?? 0, 'document')}`;
    return { name: `${name} — ${what}`, value: name };
  });
}

/**
 * Documents whose path or title contains what was typed (accent- and case-insensitive), at
 * most `limit`, with `exact` set on the one whose path is exactly that. Folded titles are kept
 * per index generation: a query does not fold the whole corpus again.
 */
export function matchDocuments(
  index: CorpusIndex,
  typed: string,
  limit = Number.POSITIVE_INFINITY,
): { id: string; title: string; exact: boolean }[] {
  const q = fold(typed.slice(0, MAX_QUERY_LENGTH).trim());
  const out: { id: string; title: string; exact: boolean }[] = [];
  for (const d of formList(index).documents) {
    if (q && !d.foldedId.includes(q) && !d.foldedTitle.includes(q)) continue;
    out.push({ id: d.id, title: d.title, exact: d.foldedId === q });
    if (out.length >= limit) break;
  }
  return out;
}

/** Documents for an autocomplete box: title shown, path as value. */
export function suggestDocuments(index: CorpusIndex, typed: string, limit = 25): Suggestion[] {
  return matchDocuments(index, typed, limit).map((d) => ({ name: d.title, value: d.id }));
}

/** Countries the corpus cites, by prefix of any of their forms. */
export function suggestCountries(index: CorpusIndex, typed: string, limit = 25): Suggestion[] {
  return suggestPartyKeys(index, typed, 200)
    .filter(({ key }) => key.startsWith('pays:'))
    .slice(0, limit)
    .map(({ key, form }) => {
      const name = index.actor(key)?.name ?? form;
      return { name, value: name };
    });
}

let kindCache: { index: CorpusIndex; generation: number; kinds: [string, number][] } | undefined;

/** Natures of agreement the corpus holds (`accord de coopération — 3 accords`), by count, then name. */
export function suggestNatures(index: CorpusIndex, typed: string, limit = 25): Suggestion[] {
  if (!kindCache || kindCache.index !== index || kindCache.generation !== index.generation) {
    const counts = new Map<string, number>();
    for (const d of index.documents())
      for (const ag of d.agreements) counts.set(ag.kind, (counts.get(ag.kind) ?? 0) + 1);
    const kinds = [...counts].sort((a, b) => b[1] - a[1] || compare(a[0], b[0]));
    kindCache = { index, generation: index.generation, kinds };
  }
  const q = fold(typed.slice(0, MAX_QUERY_LENGTH).trim());
  return kindCache.kinds
    .filter(([k]) => !q || fold(k).includes(q))
    .slice(0, limit)
    .map(([k, n]) => ({ name: `${k} — ${count(n, 'accord')}`, value: k }));
}
