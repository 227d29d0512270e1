/**
 * One actor for its variants: organisations found under a name that another one carries as
 * name or alias are merged (`GEIC` and `Groupe Empresarial … (GEIC)`), and so are names that
 * differ only by a final plural `s` (`ministère des Postes et Télécommunication` and
 * `… Télécommunications`).
 */
import { phraseKey } from '../phrases.ts';
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
