/**
 * Countries: every form the gazetteer knows (names, capitals, demonyms), and compounds that
 * name two (`russo-indonésiennes`). Names and capitals must be capitalised; short upper-case
 * forms (RF, EAU) must be written in upper case.
 */
import type { Gazetteer } from '../gazetteer.ts';
import { phraseKey } from '../phrases.ts';
import type { Token } from '../tokens.ts';
import type { Collector, ParagraphState } from './collector.ts';

type CountryMatch = ReturnType<Gazetteer['match']>;
/** Country matches per paragraph's tokens, computed once per position (extraction asks often). */
const memo = new WeakMap<Token[], (CountryMatch | undefined)[]>();

export function matchCountry(g: Gazetteer, tokens: Token[], i: number): CountryMatch {
  let m = memo.get(tokens);
  if (!m) {
    m = new Array(tokens.length);
    memo.set(tokens, m);
  }
  let found = m[i];
  if (found === undefined) {
    found = g.match(tokens, i);
    m[i] = found;
  }
  return found;
}

/** Country named right after an organisation: `(GEIC) de Cuba`, `… d'Indonésie`. */
export function countryAfter(g: Gazetteer, tokens: Token[], i: number): string | undefined {
  const t = tokens[i];
  if (!t || !/^(de|d|du)$/.test(t.key)) return undefined;
  const m = matchCountry(g, tokens, i + 1);
  return m?.[0]?.kind === 'name' ? m[0].code : undefined;
}

export function findCountries(c: Collector, s: ParagraphState, g: Gazetteer): void {
  const { tokens } = s;
  for (let i = 0; i < tokens.length; i++) {
    if (s.claimed[i]) continue;
    const t = tokens[i] as Token;
    // Compound prefixes: `russo-indonésiennes` names both countries.
    if (t.text.includes('-')) {
      const parts = t.text.split(/[-‐]/);
      const forms = parts
        .map((part) => g.lookup(phraseKey(part)))
        .filter((f) => f && (f.kind === 'prefix' || f.kind === 'adjective'));
      if (forms.length === parts.length && forms.length > 1) {
        for (const f of forms) {
          const key = `pays:${f?.code}`;
          c.actor(key, g.country(f?.code ?? '')?.name ?? '', 'pays');
          c.mention(key, s.index, t.start, t.end);
        }
        s.claim(i, i + 1);
        continue;
      }
    }
    const m = matchCountry(g, tokens, i);
    if (!m?.[0] || m[0].kind === 'prefix' || !s.free(i, i + m[1])) continue;
    const span = tokens.slice(i, i + m[1]);
    if (m[0].kind === 'name' && !span.some((x) => x.cap)) continue;
    // A short upper-case form (RF, EAU) must be written in upper case.
    if (m[1] === 1 && t.text.length <= 3 && !t.upper) continue;
    const code = m[0].code;
    const key = `pays:${code}`;
    c.actor(key, g.country(code)?.name ?? code, 'pays');
    c.mention(key, s.index, t.start, (span[span.length - 1] as Token).end);
    s.claim(i, i + m[1]);
    i += m[1] - 1;
  }
}
