/**
 * Sides joined by a hyphen into one word: `l'accord de libre-échange UE-Mercosur`, `l'accord
 * commercial UE-Canada`, `le dialogue Chine-UE`. The actor stages read a hyphenated word as one
 * (`Jean-Pierre`, `Saint-Denis`); here, a word whose every part names a known organisation or
 * a country becomes one mention per part, so that the agreement it qualifies has both sides.
 */
import { orgKey } from '../actors/collector.ts';
import { type MentionRef, mentionAt, type SentenceView } from '../clause/view.ts';
import { gazetteer } from '../gazetteer.ts';
import { KNOWN_ORGANISATIONS } from '../organisations.ts';
import { phraseKey } from '../phrases.ts';

interface Side {
  key: string;
  type: 'pays' | 'organisation';
  name: string;
}

let forms: Map<string, Side> | undefined;

/** Known organisations by their exact forms (`UE`, `OTAN`, `Mercosur`). */
function organisationForms(): Map<string, Side> {
  if (forms) return forms;
  forms = new Map();
  for (const o of KNOWN_ORGANISATIONS)
    for (const f of o.forms)
      if (!f.includes(' '))
        forms.set(f, { key: orgKey(o.name), type: 'organisation', name: o.name });
  return forms;
}

/** What one part of a compound names, if anything: a known organisation, else a country. */
function side(part: string): Side | undefined {
  if (!/^\p{Lu}/u.test(part)) return undefined;
  const org = organisationForms().get(part);
  if (org) return org;
  const g = gazetteer();
  const f = g.lookup(phraseKey(part));
  if (f?.kind !== 'name') return undefined;
  return { key: `pays:${f.code}`, type: 'pays', name: g.country(f.code)?.name ?? part };
}

/**
 * One mention per side of each hyphenated word no actor stage claimed. A side that is no actor
 * of the document yet carries its name (`provisional`), so that it becomes one if it is a party.
 */
export function compoundMentions(v: SentenceView, known: ReadonlySet<string>): MentionRef[] {
  const out: MentionRef[] = [];
  v.tokens.forEach((t, i) => {
    if (!t.text.includes('-') || mentionAt(v, i)) return;
    const parts = t.text.split(/[-‐]/);
    if (parts.length < 2) return;
    const sides = parts.map(side);
    if (sides.some((s) => !s)) return;
    for (const s of sides as Side[]) {
      out.push({
        key: s.key,
        type: s.type,
        from: i,
        to: i + 1,
        adjective: false,
        ...(known.has(s.key) ? {} : { provisional: s.name }),
      });
    }
  });
  return out;
}
