/** Turning what a user typed into a party (country or organisation), or into suggestions. */
import { gazetteer } from '../analysis/gazetteer.ts';
import { editDistance } from '../analysis/normalize.ts';
import { phraseKey } from '../analysis/phrases.ts';
import type { CorpusIndex } from '../index/corpus-index.ts';

export interface PartyChoice {
  key: string;
  name: string;
  /** The form that matched what was typed. */
  form: string;
}

/** Every form a party can be asked by: corpus names and aliases, and all country forms. */
function* allForms(index: CorpusIndex): Generator<[string, string]> {
  for (const [form, keys] of index.partyForms()) {
    for (const key of keys) if (!key.startsWith('pers:')) yield [form, key];
  }
  const g = gazetteer();
  for (const c of g.all()) for (const form of g.formsOf(c.code)) yield [form, `pays:${c.code}`];
}

/**
 * Parties for an autocomplete box or for suggestions: those whose forms start with (then
 * contain, then are close to) what was typed. Parties to an agreement come first.
 */
export function suggestParties(index: CorpusIndex, typed: string, limit = 25): PartyChoice[] {
  const q = phraseKey(typed);
  const scored = new Map<string, { score: number; form: string }>();
  const inAgreement = new Set(index.parties());
  for (const [form, key] of allForms(index)) {
    let score: number;
    if (!q) score = 0;
    else if (form === q) score = 0;
    else if (form.startsWith(q)) score = 1;
    else if (form.split(' ').some((w) => w.startsWith(q))) score = 2;
    else if (q.length >= 3 && form.includes(q)) score = 3;
    else if (q.length >= 4) {
      const d = editDistance(q, form.slice(0, q.length + 1), 2);
      if (d > 2) continue;
      score = 3 + d;
    } else continue;
    if (!inAgreement.has(key))
      score += key.startsWith('pays:') && !index.actor(key)?.documents.length ? 10 : 5;
    const prev = scored.get(key);
    if (!prev || score < prev.score) scored.set(key, { score, form });
  }
  return [...scored.entries()]
    .sort((a, b) => a[1].score - b[1].score || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([key, { form }]) => ({ key, name: index.actor(key)?.name ?? form, form }));
}
