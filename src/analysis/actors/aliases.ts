/**
 * One actor for its variants: organisations found under a name that another one carries as
 * name or alias are merged (`GEIC` and `Groupe Empresarial … (GEIC)`), and so are names that
 * differ only by a final plural `s` (`ministère des Postes et Télécommunication` and
 * `… Télécommunications`).
 */
import { phraseKey } from '../phrases.ts';
import { isTight, type Token } from '../tokens.ts';
import { type Collector, orgKey } from './collector.ts';

/** The key of a name with final plural marks removed, word by word. */
const singular = (name: string) =>
  phraseKey(name)
    .split(' ')
    .map((w) => (w.length > 3 ? w.replace(/[sx]$/, '') : w))
    .join(' ');

/**
 * A head word and a country alone (`le ministère grec`, key `org:ministere@GR`) name again the
 * one organisation of that head and country the text names in full (`le ministère grec de la
 * Défense`): the key of that one, if there is exactly one.
 */
function fullForm(c: Collector, key: string): string | undefined {
  const [base, country] = key.split('@');
  if (!country || !base || base.includes(' ')) return undefined;
  const full = [...c.actors.values()].filter(
    (a) =>
      a.type === 'organisation' &&
      a.key !== key &&
      a.key.startsWith(`${base} `) &&
      a.key.endsWith(`@${country}`),
  );
  return full.length === 1 ? full[0]?.key : undefined;
}

export function mergeAliases(c: Collector): void {
  const owner = new Map<string, string>();
  for (const a of c.actors.values()) {
    if (a.type !== 'organisation') continue;
    for (const n of [a.name, ...a.aliases]) {
      if (a.aliases.length) owner.set(orgKey(n), a.key);
    }
  }
  // Plural variants: the first actor with a given singular form owns the others.
  const bySingular = new Map<string, string>();
  const renamed = new Map<string, string>();
  for (const a of [...c.actors.values()]) {
    if (a.type !== 'organisation') continue;
    const target = owner.get(orgKey(a.name)) ?? owner.get(a.key.split('@')[0] ?? '');
    const variant = bySingular.get(singular(a.name) + (a.key.split('@')[1] ?? ''));
    const into =
      target && target !== a.key
        ? target
        : variant && variant !== a.key
          ? variant
          : fullForm(c, a.key);
    if (!into) {
      bySingular.set(singular(a.name) + (a.key.split('@')[1] ?? ''), a.key);
      continue;
    }
    const t = c.actors.get(into);
    if (!t) continue;
    if (phraseKey(a.name) !== phraseKey(t.name) && !t.aliases.includes(a.name))
      t.aliases.push(a.name);
    for (const x of a.aliases) if (!t.aliases.includes(x) && x !== t.name) t.aliases.push(x);
    t.country ??= a.country;
    if (c.explicit.has(a.key)) c.explicit.add(into);
    c.actors.delete(a.key);
    renamed.set(a.key, into);
  }
  for (const m of c.mentions) m.key = renamed.get(m.key) ?? m.key;
}

/** A single capitalised word alone in brackets at token j: `(Barda)`. */
const bracketed = (tokens: Token[], j: number) =>
  !!tokens[j]?.cap &&
  /\(\s*$/.test(tokens[j]?.gap ?? '') &&
  /^\s*\)/.test(tokens[j + 1]?.gap ?? ')');

/**
 * A short name given in brackets next to an organisation's name is one of its names: `avec
 * Barda (Autorité pour la recherche et développement avancée …)`, `l'Autorité pour la recherche
 * et développement avancée dans le domaine biomédical (Barda)` (a few lower-case words may stand
 * between). (Upper-case acronyms are read by acronyms.ts.)
 */
export function bracketAliases(c: Collector, paragraphs: readonly Token[][]): void {
  // Token index by start and by end offset, per paragraph (built when first needed).
  const starts = new Map<number, Map<number, number>>();
  const ends = new Map<number, Map<number, number>>();
  const index = (pi: number, tokens: Token[]) => {
    if (!starts.has(pi)) {
      starts.set(pi, new Map(tokens.map((t, i) => [t.start, i])));
      ends.set(pi, new Map(tokens.map((t, i) => [t.end, i])));
    }
  };
  for (const m of c.mentions) {
    const a = c.actors.get(m.key);
    const tokens = paragraphs[m.paragraph];
    if (a?.type !== 'organisation' || !tokens) continue;
    index(m.paragraph, tokens);
    const from = starts.get(m.paragraph)?.get(m.start) ?? -1;
    const to = (ends.get(m.paragraph)?.get(m.end) ?? -1) + 1;
    if (from < 0 || to <= 0) continue;
    let short: Token | undefined;
    // Before: `Barda (Autorité …`.
    const before = tokens[from - 1];
    if (/\(\s*$/.test(tokens[from]?.gap ?? '') && before?.cap && !tokens[from - 2]?.cap)
      short = before;
    // After: `… dans le domaine biomédical (Barda)`.
    for (let j = to; !short && j < tokens.length && j - to <= 5; j++) {
      if (bracketed(tokens, j)) short = tokens[j];
      const t = tokens[j] as Token;
      if (t.cap || !isTight(t.gap)) break;
    }
    if (!short || short.upper) continue;
    if (!a.aliases.includes(short.text) && phraseKey(short.text) !== phraseKey(a.name))
      a.aliases.push(short.text);
  }
}
