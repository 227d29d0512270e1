/**
 * Paragraphs that are not the document's text: teasers of other articles scraped with it
 * (`Next Post`, `Lire aussi : …`, `Sur le même sujet`). Their names are no actors of the
 * document and their sentences state none of its agreements; they stay in the document, so
 * that search and citations still see the file as it is.
 */

/** A line that announces other articles: everything after it belongs to them. */
const TEASER_START =
  /^(next post|previous post|article suivant|article précédent|sur le même sujet|articles similaires|à lire également|related posts?|read more|plus d['’]articles)\b/i;

/** A single line that points to another article. */
const TEASER_LINE =
  /^(lire aussi|à lire aussi|a lire aussi|voir aussi|à voir aussi|lire la suite|à lire|regarder aussi)\b/i;

/** The indexes of the paragraphs that are not the document's own text. */
export function boilerplate(paragraphs: readonly string[]): Set<number> {
  const out = new Set<number>();
  let rest = false;
  paragraphs.forEach((p, i) => {
    const line = p.trim();
    if (i > 0 && TEASER_START.test(line)) rest = true;
    if (rest || TEASER_LINE.test(line)) out.add(i);
  });
  return out;
}
