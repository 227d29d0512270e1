/**
 * Lone capitalised words, decided once the whole document is read: a person's surname
 * (`Sanou` after `Brahima Sanou`), or an organisation named twice or listed with others
 * (`Desoft, Softel, Segurmática`). A common French word written with a capital (`Fête`,
 * `Info`, `Association`) is no name, nor is a French place (`Carcassonne`, `Vendée`).
 */

import { isFirstName } from '../first-names.ts';
import { isFrenchPlace } from '../french-places.ts';
import type { Gazetteer } from '../gazetteer.ts';
import { FIRST_NAMES, ORG_HEADS, ORG_WORDS } from '../lexicon.ts';
import { phraseKey } from '../phrases.ts';
import { isCommonWord } from '../pos.ts';
import type { Token } from '../tokens.ts';
import { type Collector, orgKey } from './collector.ts';
import type { Loose } from './runs.ts';

/** True when token i stands in a comma list of at least three capitalised words. */
function inList(tokens: Token[], i: number): boolean {
  let from = i;
  while (
    from > 0 &&
    /^\s*,\s*$/.test((tokens[from] as Token).gap) &&
    (tokens[from - 1] as Token).cap
  )
    from--;
  let to = i;
  while (
    to + 1 < tokens.length &&
    /^\s*,\s*$/.test((tokens[to + 1] as Token).gap) &&
    (tokens[to + 1] as Token).cap
  )
    to++;
  return to - from >= 2;
}

/** A written form that cannot be a common word: inner capitals (`YesWeHack`, `TikTok`). */
const camel = (text: string) => /\p{Ll}\p{Lu}/u.test(text);

export function decideLoose(c: Collector, loose: Loose, paragraphs: Token[][], g: Gazetteer): void {
  const surnames = new Map<string, string>();
  for (const a of c.actors.values()) {
    if (a.type !== 'personne') continue;
    const last = phraseKey(a.name).split(' ').pop() ?? '';
    if (last) surnames.set(last, a.key);
  }
  for (const [key, { text, at }] of loose) {
    const person = surnames.get(phraseKey(text));
    const listed = at.some(([pi, i]) => inList(paragraphs[pi] ?? [], i));
    const word = !camel(text) && (isCommonWord(text) || ORG_HEADS.has(key) || ORG_WORDS.has(key));
    const kind = person
      ? 'person'
      : FIRST_NAMES.has(key) ||
          isFirstName(key) ||
          g.lookup(phraseKey(text)) ||
          word ||
          isFrenchPlace(text)
        ? null
        : at.length >= 2 || listed
          ? 'org'
          : null;
    if (!kind) continue;
    const actorKey = person ?? orgKey(text);
    if (kind === 'org') c.actor(actorKey, text, 'organisation');
    else {
      const a = c.actors.get(actorKey);
      if (a && !a.aliases.includes(text)) a.aliases.push(text);
    }
    for (const [pi, i] of at) {
      const t = paragraphs[pi]?.[i];
      if (t) c.mention(actorKey, pi, t.start, t.end);
    }
  }
}
