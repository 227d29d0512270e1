/**
 * What the actor stages share while reading one document: the actors and mentions found so
 * far, and, per paragraph, its tokens and which of them a stage has already claimed (a token
 * belongs to one name).
 */
import { phraseKey } from '../phrases.ts';
import type { Token } from '../tokens.ts';
import type { ActorType, ExtractedActor, Mention } from './types.ts';

export const orgKey = (name: string) => `org:${phraseKey(name)}`;
export const personKey = (name: string) => `pers:${phraseKey(name)}`;

export class Collector {
  readonly actors = new Map<string, ExtractedActor>();
  readonly mentions: Mention[] = [];
  /** Organisations named with an explicit sign (see Entities.explicit). */
  readonly explicit = new Set<string>();
  /** News media (see Entities.media). */
  readonly media = new Set<string>();
  /** Names set aside (see Entities.ignored). */
  readonly ignored: Mention[] = [];
  /** Names a cue showed to be no actor (`le quotidien Hindustan Times`): set aside everywhere. */
  readonly notActors = new Set<string>();

  /** Sets a name aside: a medium, a place, a credit. */
  ignore(kind: string, paragraph: number, start: number, end: number): void {
    this.ignored.push({ key: kind, paragraph, start, end });
  }

  actor(key: string, name: string, type: ActorType): ExtractedActor {
    let a = this.actors.get(key);
    if (!a) {
      a = { key, name, type, aliases: [], roles: [] };
      this.actors.set(key, a);
    } else if (name !== a.name && !a.aliases.includes(name)) {
      // Prefer the longer, more explicit form as the display name.
      if (
        type === 'organisation' &&
        name.length > a.name.length &&
        a.name === a.name.toUpperCase()
      ) {
        a.aliases.push(a.name);
        a.name = name;
      } else {
        a.aliases.push(name);
      }
    }
    return a;
  }

  mention(key: string, paragraph: number, start: number, end: number): void {
    this.mentions.push({ key, paragraph, start, end });
  }

  /** Drops the actors named like a name known to be no actor; their mentions are set aside. */
  dropNotActors(): void {
    const dropped = new Set<string>();
    for (const a of this.actors.values()) {
      if ([a.name, ...a.aliases].some((n) => this.notActors.has(phraseKey(n)))) dropped.add(a.key);
    }
    if (!dropped.size) return;
    for (const k of dropped) this.actors.delete(k);
    const kept = this.mentions.filter((m) => !dropped.has(m.key));
    for (const m of this.mentions)
      if (dropped.has(m.key)) this.ignore('not-actor', m.paragraph, m.start, m.end);
    this.mentions.splice(0, this.mentions.length, ...kept);
    for (const k of dropped) this.explicit.delete(k);
  }
}

/** One paragraph being read: its text, tokens, and the tokens already taken by a name. */
export class ParagraphState {
  readonly claimed: Uint8Array;
  /** Tokens that are part of a person's name (for roles). */
  readonly people: Uint8Array;

  constructor(
    readonly index: number,
    readonly text: string,
    readonly tokens: Token[],
  ) {
    this.claimed = new Uint8Array(tokens.length);
    this.people = new Uint8Array(tokens.length);
  }

  claim(from: number, to: number): void {
    this.claimed.fill(1, from, to);
  }

  free(from: number, to: number): boolean {
    return this.claimed.subarray(from, to).every((x) => x === 0);
  }

  /** The text of tokens [from, to). */
  textOf(from: number, to: number): string {
    const a = this.tokens[from];
    const b = this.tokens[to - 1];
    return a && b ? this.text.slice(a.start, b.end) : '';
  }

  token(i: number): Token | undefined {
    return this.tokens[i];
  }
}
