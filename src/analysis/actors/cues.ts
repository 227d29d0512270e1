/**
 * Organisations introduced by a cue: `la société russe de technologie … RITE`, `le conglomérat
 * russe de défense Rostec`, `la société Comores Câbles`, `le géant Google`. A country adjective
 * between the cue and the name is the organisation's country.
 */
import type { Gazetteer } from '../gazetteer.ts';
import { COMMON_CAPITALISED, FIRST_NAMES, ORG_CONNECTORS, ORG_CUES } from '../lexicon.ts';
import { isStopword } from '../normalize.ts';
import { isTight, type Token } from '../tokens.ts';
import { type Collector, orgKey, type ParagraphState } from './collector.ts';
import { matchCountry } from './countries.ts';

export function findCuedOrganisations(c: Collector, s: ParagraphState, g: Gazetteer): void {
  const { tokens } = s;
  tokens.forEach((t, i) => {
    if (!ORG_CUES.has(t.key) || t.cap || s.claimed[i]) return;
    let country: string | undefined;
    for (let j = i + 1; j < tokens.length && j - i <= 8; j++) {
      const w = tokens[j] as Token;
      if (!isTight(w.gap) || s.claimed[j]) break;
      if (!w.cap) {
        const m = matchCountry(g, tokens, j);
        if (m?.[0]?.kind === 'adjective') country = m[0].code;
        if (isStopword(w.key) && !ORG_CONNECTORS.has(w.key)) break;
        continue;
      }
      let e = j + 1;
      while (
        e < tokens.length &&
        e - j < 4 &&
        (tokens[e] as Token).cap &&
        isTight((tokens[e] as Token).gap) &&
        !s.claimed[e]
      )
        e++;
      const whole = matchCountry(g, tokens, j);
      if (whole && whole[1] >= e - j) break; // only a country: `entreprises aux Emirats`
      if (e - j === 1 && (COMMON_CAPITALISED.has(w.key) || FIRST_NAMES.has(w.key))) break;
      const name = s.textOf(j, e);
      const key = orgKey(name);
      const actor = c.actor(key, name, 'organisation');
      if (country) actor.country ??= country;
      c.explicit.add(key);
      c.mention(key, s.index, w.start, (tokens[e - 1] as Token).end);
      s.claim(j, e);
      break;
    }
  });
}
