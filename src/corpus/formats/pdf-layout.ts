/**
 * A PDF page's text items (what pdf.js gives: strings with their position and size) turned
 * into paragraphs in reading order, each with the page it starts on. Pure functions, so that
 * every rule is tested on positions alone.
 *
 * 1. Lines: consecutive items on one baseline, a space where the gap between them is one;
 *    a wide gap (a column gutter) starts another line.
 * 2. Reading order: recursive XY-cut: a page is cut at its widest empty band, across (a
 *    gutter between columns, each side read whole) or along (blocks read top to bottom).
 * 3. Running headers, footers and page numbers: the lines at the top or bottom edge of a page
 *    that are a page number, or that repeat (digits aside) at the same place on other pages.
 * 4. Paragraphs: a line starts one after a wider gap than the line spacing, a change of size,
 *    a list marker, an indent, or after a line that ended early (its next word would have
 *    fitted); a paragraph carries on across a page or a column when its last line does not
 *    end a sentence and the next begins in lower case. Words cut by a hyphen at a line's end
 *    are joined (see joinLines).
 */

/** One text item of a page: `y` is the baseline, from the bottom of the page (PDF units). */
export interface PdfItem {
  str: string;
  x: number;
  y: number;
  /** Advance width of the string. */
  w: number;
  /** Font size (height of the text). */
  size: number;
}

export interface PdfPage {
  width: number;
  height: number;
  items: PdfItem[];
}

export interface PdfParagraph {
  text: string;
  /** 1-based page the paragraph starts on. */
  page: number;
}

/** A line of text on a page. */
export interface Line {
  text: string;
  x: number;
  right: number;
  y: number;
  size: number;
  page: number;
}

const LIST_MARKER = /^(?:[-–—•▪◦●■□➢✓*]|\(?\d{1,2}[.)°]|\(?[a-z][.)])\s/u;
/** A line that is only a page number: `3`, `- 3 -`, `Page 3`, `p. 3`, `3/12`, `iv`. */
const PAGE_NUMBER =
  /^(?:(?:page|p\.?)\s*)?[-–—(]?\s*(?:\d{1,4}|[ivxlc]{1,6})\s*[-–—)]?(?:\s*(?:\/|sur|of|de)\s*\d{1,4})?$/i;
const ENDS_SENTENCE = /[.!?…:;»"”)\]]$/u;

// ------------------------------------------------------------------------ lines

/** Items on one baseline, in stream order, joined into lines. */
export function pageLines(page: PdfPage, pageNumber: number): Line[] {
  const out: Line[] = [];
  let cur: Line | null = null;
  for (const it of page.items) {
    if (!it.str || it.size <= 0) continue;
    if (!it.str.trim()) {
      // A space item: it only says there is a gap (kept as one space, below).
      if (cur && Math.abs(it.y - cur.y) <= cur.size * 0.3 && !cur.text.endsWith(' '))
        cur.text += ' ';
      continue;
    }
    const sameLine =
      cur &&
      Math.abs(it.y - cur.y) <= Math.max(cur.size, it.size) * 0.3 &&
      it.x >= cur.right - cur.size &&
      it.x - cur.right <= Math.max(cur.size, it.size) * 1.5;
    if (cur && sameLine) {
      const gap = it.x - cur.right;
      if (gap > it.size * 0.12 && !cur.text.endsWith(' ') && !/^\s/.test(it.str)) cur.text += ' ';
      cur.text += it.str;
      cur.right = Math.max(cur.right, it.x + it.w);
      cur.size = Math.max(cur.size, it.size);
    } else {
      if (cur) out.push(cur);
      cur = { text: it.str, x: it.x, right: it.x + it.w, y: it.y, size: it.size, page: pageNumber };
    }
  }
  if (cur) out.push(cur);
  for (const l of out) l.text = l.text.replace(/\s+/g, ' ').trim();
  return out.filter((l) => l.text);
}

// ------------------------------------------------------------------ reading order

const top = (l: Line) => l.y + l.size * 0.8;
const bottom = (l: Line) => l.y - l.size * 0.25;

/** Empty bands between intervals: [start, end] of the widest one, if any. */
function widestGap(spans: [number, number][]): [number, number] | undefined {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  let reach = sorted[0]?.[1] ?? 0;
  let best: [number, number] | undefined;
  for (const [s, e] of sorted.slice(1)) {
    if (s > reach && (!best || s - reach > best[1] - best[0])) best = [reach, s];
    reach = Math.max(reach, e);
  }
  return best;
}

/**
 * Lines in reading order (recursive XY-cut). A cut between columns needs at least two lines
 * on each side, so that a lone line beside the text (a date, a page number) is not a column.
 */
export function readingOrder(lines: Line[]): Line[] {
  if (lines.length <= 1) return lines;
  const across = widestGap(lines.map((l) => [l.x, l.right]));
  const along = widestGap(lines.map((l) => [bottom(l), top(l)]));
  const size = median(lines.map((l) => l.size));
  if (
    across &&
    across[1] - across[0] >= size &&
    (!along || across[1] - across[0] >= along[1] - along[0])
  ) {
    const cut = (across[0] + across[1]) / 2;
    const left = lines.filter((l) => l.right <= cut);
    const right = lines.filter((l) => l.x >= cut);
    if (left.length >= 2 && right.length >= 2)
      return [...readingOrder(left), ...readingOrder(right)];
  }
  if (along) {
    const cut = (along[0] + along[1]) / 2;
    const above = lines.filter((l) => bottom(l) >= cut);
    const below = lines.filter((l) => top(l) <= cut);
    return [...readingOrder(above), ...readingOrder(below)];
  }
  // Lines that overlap vertically and cannot be separated: left to right.
  return [...lines].sort((a, b) => a.x - b.x);
}

// ------------------------------------------------------- running headers and footers

/** The comparison key of a line that may repeat from page to page: digits aside. */
const repeatKey = (text: string) => text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ');

/** How many lines at each edge of a page may be a header or a footer. */
const EDGE_LINES = 2;

/** The lines at the top and bottom edges of a page (highest and lowest). */
function edgeLines(lines: Line[]): Line[] {
  const byY = [...lines].sort((a, b) => b.y - a.y);
  if (byY.length <= EDGE_LINES * 2) return byY;
  return [...byY.slice(0, EDGE_LINES), ...byY.slice(-EDGE_LINES)];
}

/**
 * Removes running headers and footers: edge lines that are a page number, or whose text
 * (digits aside) comes back at the same height on at least half the other pages (two pages
 * at least).
 */
export function dropRunningLines(pages: Line[][], heights: number[]): Line[][] {
  const seen = new Map<string, { page: number; y: number }[]>();
  const edges = pages.map(edgeLines);
  edges.forEach((list, p) => {
    for (const l of list) {
      const k = repeatKey(l.text);
      seen.set(k, [...(seen.get(k) ?? []), { page: p, y: l.y }]);
    }
  });
  const others = Math.max(1, pages.length - 1);
  return pages.map((lines, p) => {
    const edge = new Set(edges[p]);
    const tolerance = (heights[p] ?? 800) * 0.03;
    return lines.filter((l) => {
      if (!edge.has(l)) return true;
      if (PAGE_NUMBER.test(l.text.trim())) return false;
      const same = (seen.get(repeatKey(l.text)) ?? []).filter(
        (s) => s.page !== p && Math.abs(s.y - l.y) <= tolerance,
      );
      const pagesWith = new Set(same.map((s) => s.page)).size;
      return !(pagesWith >= 1 && pagesWith >= others / 2);
    });
  });
}

// ------------------------------------------------------------------- paragraphs

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length ? (s[Math.floor(s.length / 2)] as number) : 0;
}

/** Words that follow a hyphen in French and keep it (`a-t-il`, `peut-être`, `celui-ci`). */
const HYPHEN_KEEPERS = new Set([
  't',
  'il',
  'ils',
  'elle',
  'elles',
  'on',
  'je',
  'tu',
  'nous',
  'vous',
  'le',
  'la',
  'les',
  'moi',
  'toi',
  'lui',
  'leur',
  'ci',
  'là',
  'même',
  'mêmes',
  'être',
  'y',
  'en',
]);

/**
 * Joins a line to the paragraph so far. A line ending in a soft hyphen joins the next without
 * it; one ending in a hyphen is a word cut at the line's end (the hyphen goes) unless the
 * document writes the word with its hyphen elsewhere, or the next part keeps it (`a-t-il`,
 * `Sud-Ouest`, `2019-2020`); unless the document writes it whole elsewhere.
 */
export function joinLines(
  before: string,
  next: string,
  known: { whole: (w: string) => boolean; hyphenated: (w: string) => boolean },
): string {
  if (before.endsWith('\u00AD')) return before.slice(0, -1) + next;
  const cut = before.match(/(\p{L}+)[-‐]$/u);
  const start = next.match(/^(\p{L}+)/u);
  if (cut && start) {
    const [head, tail] = [cut[1] as string, start[1] as string];
    const whole = `${head}${tail}`;
    const hyphenated = `${head}-${tail}`;
    let keep = !/^\p{Ll}/u.test(tail) || HYPHEN_KEEPERS.has(tail.toLowerCase());
    if (known.hyphenated(hyphenated.toLowerCase())) keep = true;
    else if (known.whole(whole.toLowerCase())) keep = false;
    return keep ? before + next : before.slice(0, -1) + next;
  }
  if (/[-‐]$/.test(before) && /^\d/.test(next)) return before + next; // 2019-\n2020
  return `${before} ${next}`;
}

/** Words of a document, whole and hyphenated, to decide how a cut word is joined. */
function vocabulary(lines: Line[]): {
  whole: (w: string) => boolean;
  hyphenated: (w: string) => boolean;
} {
  const words = new Set<string>();
  for (const l of lines)
    for (const m of l.text.matchAll(/\p{L}+(?:[-‐]\p{L}+)*/gu)) {
      const w = m[0].toLowerCase().replace(/‐/g, '-');
      // A word at the very end of a line, cut by a hyphen, proves nothing.
      if ((m.index ?? 0) + m[0].length === l.text.length && /[-‐]$/.test(l.text)) continue;
      words.add(w);
      for (const part of w.split('-')) words.add(part);
    }
  return {
    whole: (w) => words.has(w),
    hyphenated: (w) => words.has(w),
  };
}

/** True when the next line's first word would have fitted at the end of this line. */
function endedEarly(a: Line, b: Line, right: number): boolean {
  const first = b.text.split(' ')[0] ?? '';
  const perChar = (b.right - b.x) / Math.max(1, b.text.length);
  return a.right + perChar * (first.length + 1.5) < right;
}

interface Flow {
  /** Line spacing of body text: the usual distance between baselines. */
  pitch: number;
  /** Right edge of the text on each page. */
  rightOf: Map<number, number>;
  leftOf: Map<number, number>;
}

function flowOf(lines: Line[]): Flow {
  const steps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const [a, b] = [lines[i - 1] as Line, lines[i] as Line];
    const dy = a.y - b.y;
    if (a.page === b.page && dy > 0 && dy < a.size * 2.5 && Math.abs(a.size - b.size) < 0.5)
      steps.push(dy / a.size);
  }
  const size = median(lines.map((l) => l.size));
  const rightOf = new Map<number, number>();
  const leftOf = new Map<number, number>();
  for (const l of lines) {
    rightOf.set(l.page, Math.max(rightOf.get(l.page) ?? 0, l.right));
    leftOf.set(l.page, Math.min(leftOf.get(l.page) ?? Number.POSITIVE_INFINITY, l.x));
  }
  return { pitch: (steps.length ? median(steps) : 1.2) * size, rightOf, leftOf };
}

/** True when line b starts a new paragraph after line a. */
function breaks(a: Line, b: Line, flow: Flow, inList: boolean): boolean {
  const cutWord = /\p{L}[-‐\u00AD]$/u.test(a.text) && /^\p{Ll}/u.test(b.text);
  const carriesOn =
    !ENDS_SENTENCE.test(a.text) && /^[\p{Ll}\d(«"“]/u.test(b.text) && !LIST_MARKER.test(b.text);
  if (Math.abs(a.size - b.size) > Math.min(a.size, b.size) * 0.15) return true;
  const dy = a.y - b.y;
  const below = a.page === b.page && dy > 0 && b.right > a.x && b.x < a.right;
  if (!below) return !(cutWord || carriesOn); // another page or column: the text may flow on
  if (dy > Math.max(flow.pitch, a.size) * 1.35) return true;
  if (LIST_MARKER.test(b.text)) return true;
  if (cutWord) return false;
  const em = a.size;
  if (inList) {
    if (b.x < a.x - em * 0.8) return true; // back to the margin after a list item
  } else if (b.x > a.x + em * 0.8 && a.x <= (flow.leftOf.get(a.page) ?? a.x) + em * 0.5)
    return true;
  // A line that ended before the margin when its next word would have fitted ends a
  // paragraph, unless the sentence obviously goes on (a line broken by hand).
  return endedEarly(a, b, flow.rightOf.get(a.page) ?? a.right) && !carriesOn;
}

/** Lines in reading order → paragraphs, each with the page it starts on. */
export function paragraphsOf(lines: Line[]): PdfParagraph[] {
  const flow = flowOf(lines);
  const known = vocabulary(lines);
  const out: PdfParagraph[] = [];
  let cur: { text: string; page: number; list: boolean } | null = null;
  let prev: Line | null = null;
  for (const line of lines) {
    if (cur && prev && !breaks(prev, line, flow, cur.list)) {
      cur.text = joinLines(cur.text, line.text, known);
    } else {
      if (cur) out.push({ text: cur.text, page: cur.page });
      cur = { text: line.text, page: line.page, list: LIST_MARKER.test(line.text) };
    }
    prev = line;
  }
  if (cur) out.push({ text: cur.text, page: cur.page });
  return out.map((p) => ({ ...p, text: p.text.replace(/\s+/g, ' ').trim() })).filter((p) => p.text);
}

/** Pages of items → paragraphs in reading order, running headers and footers left out. */
export function layoutPages(pages: PdfPage[]): PdfParagraph[] {
  const ordered = pages.map((p, i) => readingOrder(pageLines(p, i + 1)));
  const kept = dropRunningLines(
    ordered,
    pages.map((p) => p.height),
  );
  return paragraphsOf(kept.flat());
}
