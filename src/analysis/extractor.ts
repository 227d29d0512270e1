/**
 * The extractor: a document in, its actors (with every mention) and the agreements it reports
 * out. `analyze.ts` depends on this interface only, so that another extractor (a trained
 * model, a language-model service) can be plugged in without touching the rest: it must return
 * agreements whose `sentence` offsets are verbatim slices of the document's paragraphs, and
 * actors whose keys its agreements use.
 *
 * The rule-based extractor chains small stages, each tested on its own:
 * 1. actors (`actors/`): countries, organisations, people and their mentions;
 * 2. sentences (`sentences.ts`, `clause/view.ts`): the text cut into sentences, with mentions;
 * 3. agreements (`agreements/`): triggers, parties by structure, status, details, merging;
 * 4. actor selection (`actors/select.ts`): the names that act in the story.
 */
import { extractEntities } from './actors/index.ts';
import { selectActors } from './actors/select.ts';
import type { ExtractedActor, Mention } from './actors/types.ts';
import { type Agreement, extractAgreements } from './agreements/index.ts';
import { boilerplate } from './boilerplate.ts';
import { sentenceViews } from './clause/view.ts';
import { type DateMention, documentDate, dominantYear, latestYear } from './dates.ts';

/** What an extractor reads in a document. */
export interface DocumentInput {
  paragraphs: readonly string[];
  /** The title, when the first paragraph is a title line (it repeats the story in short). */
  title?: string;
  /** The date a curator gave in the front matter, if any. */
  date?: unknown;
}

export interface Extraction {
  actors: ExtractedActor[];
  mentions: Mention[];
  agreements: Agreement[];
  /** The document's own date (front matter, `date 2018-07` line, dateline), if it gives one. */
  date?: DateMention;
}

export interface Extractor {
  extract(doc: DocumentInput): Extraction;
}

/** The rule-based extractor (no model: none for French is available offline). */
export const ruleExtractor: Extractor = {
  extract(doc) {
    const skip = boilerplate(doc.paragraphs);
    const { actors, mentions, explicit, media, ignored, tokens } = extractEntities(
      doc.paragraphs,
      undefined,
      skip,
    );
    const own = documentDate(doc.paragraphs, doc.date);
    const text = doc.paragraphs.join('\n');
    const dominant = dominantYear(text);
    const latest = latestYear(text);
    const views = sentenceViews(
      doc.paragraphs,
      actors,
      mentions,
      doc.title,
      ignored,
      tokens,
    ).filter((v) => !skip.has(v.paragraph));
    const found = extractAgreements({
      views,
      actors,
      ...(own ? { documentDate: own } : {}),
      ...(dominant ? { dominantYear: dominant } : {}),
      ...(latest ? { latestYear: latest } : {}),
    });
    const all = [...actors, ...found.actors];
    const allMentions = [...mentions, ...found.mentions].sort(
      (a, b) => a.paragraph - b.paragraph || a.start - b.start,
    );
    const selected = selectActors(all, allMentions, views, found.agreements, explicit, media);
    return {
      actors: selected.actors,
      mentions: selected.mentions,
      agreements: found.agreements,
      ...(own ? { date: own } : {}),
    };
  },
};
