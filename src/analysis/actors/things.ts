/**
 * Names that a cue shows are no actor: a news medium cited as a source (`selon le quotidien
 * Hindustan Times`, `l'agence de presse officielle Irna`, `publiée dans la revue Nature
 * Astronomy`) or a thing (`le projet Svom`, `la mission Svom`, `le projet "Gaia X"`,
 * `l'opération Barkhane`, `le modèle Battista`, `les visas H-1B`, `des chars Leclerc`). (Not `l'application TikTok` nor `la plateforme
 * Airbnb`: apps and platforms are named after their companies.) Their tokens are claimed and
 * set aside, so that no later stage reads them as an organisation or a person; the name is set
 * aside everywhere in the document, unless things are often named after their maker.
 */
import { gazetteer } from '../gazetteer.ts';
import { fold } from '../normalize.ts';
import { phraseKey } from '../phrases.ts';
import { POS, pos } from '../pos.ts';
import { isTight, type Token } from '../tokens.ts';
import type { Collector, ParagraphState } from './collector.ts';

const set = (words: string) => new Set(words.trim().split(/\s+/).map(fold));
/** The words and their plurals (`visa`, `visas`; `vaisseau`, `vaisseaux`). */
const withPlurals = (words: Set<string>) =>
  new Set(
    [...words].flatMap((w) => [w, /(s|x)$/.test(w) ? w : /(eu|au)$/.test(w) ? `${w}x` : `${w}s`]),
  );

/** Nouns that introduce a medium by its name. (`agence` only as `agence de presse`.) */
const MEDIA_CUES = set(`
  quotidien quotidiens journal hebdomadaire mensuel revue magazine chaine radio television
  tabloid site
  `);

/**
 * Things often named after their maker (`le vaccin Moderna`, `la voiture Renault`): the name
 * is set aside there, not everywhere (`un accord avec Moderna`). (Their plurals, `les voitures
 * Volvo`, `les modèles Aston Martin`, name the maker: no cue.)
 */
const MAKER_CUES = set('vaccin vaccins medicament vehicule voiture montre avion');

/**
 * Nouns that introduce a thing by its name: projects, missions, products, works, weapons, in
 * the singular or the plural (`les visas H-1B`, `des chars Leclerc`); `modèle` in the singular
 * only (`le modèle Battista`).
 */
const THING_CUES = new Set([
  ...withPlurals(
    set(`
    projet programme mission satellite fusee sonde operation navire fregate jeu film serie
    album livre emission concept prototype visa supercalculateur char canon missile drone
    helicoptere sous-marin
    `),
  ),
  'modele',
  ...MAKER_CUES,
]);

/**
 * Words allowed between the cue and the name: an adjective (`officielle`, `anglophone`), or
 * another medium (`le site du quotidien …`). Not a verb: `un avion transportant le footballeur
 * Emiliano Sala` names a person.
 */
function filler(t: Token, prev: Token): boolean {
  if (t.cap) return false;
  if (/^(du|de)$/.test(t.key)) return MEDIA_CUES.has(prev.key);
  if (MEDIA_CUES.has(t.key)) return /^(du|de)$/.test(prev.key);
  const p = pos(t.text);
  return (p & POS.adjective) !== 0 && (p & (POS.verb | POS.participle)) === 0;
}

/** Where the cue's name starts, if a capitalised name follows within a few words. */
function nameStart(tokens: Token[], i: number, claimed: Uint8Array): number {
  for (let j = i + 1; j < tokens.length && j - i <= 4; j++) {
    const t = tokens[j] as Token;
    // (A quoted name, `le projet "Gaia X"`, reads as a sentence start: the quote opens it.)
    const quoted = /["«“]\s*$/.test(t.gap);
    if (!isTight(t.gap.replace(/["«“”»]/g, '')) || claimed[j] || (t.sentenceStart && !quoted))
      return -1;
    if (t.cap || /^\d/.test(t.text)) return t.cap ? j : -1;
    if (!filler(t, tokens[j - 1] as Token)) return -1;
  }
  return -1;
}

export function findCuedThings(c: Collector, s: ParagraphState): void {
  const { tokens } = s;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.cap || s.claimed[i]) continue;
    const press =
      t.key === 'agence' && tokens[i + 1]?.key === 'de' && tokens[i + 2]?.key === 'presse';
    const kind = MEDIA_CUES.has(t.key) || press ? 'media' : THING_CUES.has(t.key) ? 'thing' : '';
    if (!kind) continue;
    const from = nameStart(tokens, press ? i + 2 : i, s.claimed);
    if (from < 0) continue;
    let to = from + 1;
    while (to < tokens.length && to - from < 5) {
      const n = tokens[to] as Token;
      if (!isTight(n.gap.replace(/["«“”»]/g, '')) || n.sentenceStart || s.claimed[to]) break;
      if (!(n.cap || /^\d/.test(n.text) || /^(en|de|la|del|of|the)$/.test(n.key))) break;
      to++;
    }
    while (
      to > from + 1 &&
      !(tokens[to - 1] as Token).cap &&
      !/^\d/.test(tokens[to - 1]?.text ?? '')
    )
      to--;
    // (`le modèle Suisse`: a country is no thing.)
    if (kind === 'thing' && gazetteer().match(tokens, from)?.[1] === to - from) continue;
    c.ignore(kind, s.index, (tokens[from] as Token).start, (tokens[to - 1] as Token).end);
    if (!MAKER_CUES.has(t.key)) c.notActors.add(phraseKey(s.textOf(from, to)));
    s.claim(from, to);
    i = to - 1;
  }
}
