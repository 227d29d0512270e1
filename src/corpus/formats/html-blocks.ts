/**
 * The paragraphs of an HTML tree (an article, a Word document converted by mammoth): one per
 * block (paragraph, heading, list item, table cell, quotation…), its text with whitespace
 * collapsed as a browser shows it; a line break (`<br>`) ends a paragraph too.
 */

/** The minimal DOM this walk needs (linkedom's nodes have it). */
export interface DomNode {
  nodeType: number;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  localName?: string;
}

export interface Block {
  text: string;
  /** 1–6 for a heading, 0 otherwise. */
  heading: number;
}

const BLOCK = new Set(
  'address article aside blockquote body caption center dd details div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul'.split(
    ' ',
  ),
);
/** Elements whose text is no prose: code run by the page, pictures, controls. */
const SKIP = new Set(
  'script style noscript template svg math canvas img picture video audio iframe object embed button select option textarea input head title meta link'.split(
    ' ',
  ),
);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

export function blocksOf(root: DomNode): Block[] {
  const out: Block[] = [];
  const flush = (buf: string[], heading: number) => {
    const text = buf.join('').replace(/\s+/g, ' ').trim();
    buf.length = 0;
    if (text) out.push({ text, heading });
  };
  const walk = (node: DomNode, buf: string[], heading: number) => {
    for (let i = 0; i < node.childNodes.length; i++) {
      const child = node.childNodes[i] as DomNode;
      if (child.nodeType === TEXT_NODE) {
        buf.push(child.textContent ?? '');
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE) continue;
      const tag = (child.localName ?? '').toLowerCase();
      if (SKIP.has(tag)) continue;
      if (tag === 'br') {
        flush(buf, heading);
        continue;
      }
      if (BLOCK.has(tag)) {
        flush(buf, heading);
        const level = /^h[1-6]$/.test(tag) ? Number(tag[1]) : heading;
        const inner: string[] = [];
        walk(child, inner, level);
        flush(inner, level);
      } else walk(child, buf, heading);
    }
  };
  const buf: string[] = [];
  walk(root, buf, 0);
  flush(buf, 0);
  return out;
}
