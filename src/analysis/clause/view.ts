/**
 * A sentence as the agreement stages read it: its tokens, and the actor mentions that fall in
 * it, each mapped to the tokens it covers. Offsets stay those of the paragraph, so whatever a
 * stage cites is a verbatim slice of the document.
 */
import type { ActorType, ExtractedActor, Mention } from '../actors/index.ts';
import { type Span, sentenceSpans } from '../sentences.ts';
import { type Token, tokenize } from '../tokens.ts';

export interface MentionRef {
  key: string;
  type: ActorType;
  /** Token range [from, to) in the sentence. */
  from: number;
  to: number;
  /** True when the mention is a country adjective (`russe`), not a name (`Russie`). */
  adjective: boolean;
  /** True for an anaphor resolved to a name said earlier (`les deux pays`, `le groupe`). */
  anaphor?: boolean;
  /** A capitalised name no actor stage claimed (see names.ts): its text. */
  provisional?: string;
}

export interface SentenceView {
  paragraph: number;
  /** Index of the sentence in the document (reading order). */
  index: number;
  /** Offsets in the paragraph. */
  start: number;
  end: number;
  text: string;
  /** Tokens, with offsets in the paragraph. */
  tokens: Token[];
  mentions: MentionRef[];
  /** True for the document's title line (paragraph 1 when it is a heading). */
  title: boolean;
  /** Tokens of names set aside by the actor stages (media, places, credits): no name starts there. */
  ignored: Uint8Array;
  /** Per token, the first mention that covers it (see mentionAt). */
  cover: (MentionRef | undefined)[];
}

/** Lower-case country forms are adjectives (`russe`, `cubaine`); names are capitalised. */
function isAdjective(text: string, type: ActorType): boolean {
  return type === 'pays' && /^\p{Ll}/u.test(text);
}

/** Builds the views of every sentence of a document. */
export function sentenceViews(
  paragraphs: readonly string[],
  actors: readonly ExtractedActor[],
  mentions: readonly Mention[],
  title?: string,
  ignored: readonly Mention[] = [],
  /** The paragraphs' tokens, when the actor stages already made them (saves tokenising twice). */
  tokens?: readonly Token[][],
): SentenceView[] {
  const types = new Map(actors.map((a) => [a.key, a.type]));
  const byParagraph = new Map<number, Mention[]>();
  for (const m of mentions) {
    const list = byParagraph.get(m.paragraph) ?? [];
    list.push(m);
    byParagraph.set(m.paragraph, list);
  }
  const out: SentenceView[] = [];
  paragraphs.forEach((p, pi) => {
    const isTitle = pi === 0 && !!title && p.trim() === title.trim();
    const own = byParagraph.get(pi) ?? [];
    const aside = ignored.filter((m) => m.paragraph === pi);
    const made = tokens?.[pi];
    for (const span of sentenceSpans(p)) {
      const [s, e] = span;
      const slice = made?.filter((t) => t.start >= s && t.end <= e);
      // The title line, or the title repeated at the head of the text (scraped pages do).
      const repeated = !!title && p.slice(s, e).trim() === title.trim();
      const v = view(p, pi, span, own, types, isTitle || repeated, out.length, slice);
      for (const m of aside)
        v.tokens.forEach((t, i) => {
          if (t.start >= m.start && t.end <= m.end) v.ignored[i] = 1;
        });
      out.push(v);
    }
  });
  return out;
}

function view(
  p: string,
  paragraph: number,
  [start, end]: Span,
  mentions: readonly Mention[],
  types: Map<string, ActorType>,
  title: boolean,
  index: number,
  made?: Token[],
): SentenceView {
  const text = p.slice(start, end);
  const tokens =
    made ?? tokenize(text).map((t) => ({ ...t, start: t.start + start, end: t.end + start }));
  const refs: MentionRef[] = [];
  for (const m of mentions) {
    if (m.start < start || m.end > end) continue;
    const from = tokens.findIndex((t) => t.end > m.start);
    let to = from;
    while (to < tokens.length && (tokens[to] as Token).start < m.end) to++;
    if (from < 0 || to === from) continue;
    const type = types.get(m.key);
    if (!type) continue;
    const surface = p.slice(m.start, m.end);
    refs.push({ key: m.key, type, from, to, adjective: isAdjective(surface, type) });
  }
  const v: SentenceView = {
    paragraph,
    index,
    start,
    end,
    text,
    tokens,
    mentions: refs,
    title,
    ignored: new Uint8Array(tokens.length),
    cover: [],
  };
  indexMentions(v);
  return v;
}

/** Sorts a sentence's mentions and records, per token, the first that covers it. */
function indexMentions(v: SentenceView): void {
  v.mentions.sort((a, b) => a.from - b.from || b.to - a.to);
  v.cover = new Array(v.tokens.length);
  for (const m of v.mentions) for (let i = m.from; i < m.to; i++) v.cover[i] ??= m;
}

/** The mention covering token i, if any. */
export function mentionAt(v: SentenceView, i: number): MentionRef | undefined {
  return v.cover[i];
}

/** Every mention over the same tokens as m (`les deux pays` stands for two). */
export function sameSpan(v: SentenceView, m: MentionRef): MentionRef[] {
  return v.mentions.filter((x) => x.from === m.from && x.to === m.to);
}

/** Adds mentions (anaphors) to a sentence, keeping them in reading order. */
export function addMentions(v: SentenceView, refs: readonly MentionRef[]): void {
  if (!refs.length) return;
  v.mentions.push(...refs);
  indexMentions(v);
}

/** True when the gap before token i holds clause punctuation (not a comma). */
export function hardBreakBefore(v: SentenceView, i: number): boolean {
  const gap = v.tokens[i]?.gap ?? '';
  // Brackets are not breaks: they hold an acronym or an aside inside the clause.
  return /[;:«»"“”—–]|\s-\s|\.\.\./.test(gap);
}

export function commaBefore(v: SentenceView, i: number): boolean {
  return /,/.test(v.tokens[i]?.gap ?? '');
}

/** The word at token i as written ('' outside the sentence): for the Lefff, which tells `mène` from `mené`. */
export function surface(v: SentenceView, i: number): string {
  return v.tokens[i]?.text ?? '';
}

/** The folded word at token i ('' outside the sentence). */
export function word(v: SentenceView, i: number): string {
  return v.tokens[i]?.key ?? '';
}
