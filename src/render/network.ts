/**
 * The network picture: parties as discs (larger for more agreements), agreements as links
 * (thicker for more), laid out by d3-force and drawn on a server-side canvas. Every label is
 * measured in the shipped font and placed where it overlaps no other label and no disc; a
 * label that finds no such place is left out (the caption says how many), never drawn over
 * another.
 */
import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import {
  forceCenter,
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';
import { count, partyPhrase } from '../answers/labels.ts';
import type { ReseauAnswer } from '../answers/types.ts';
import { COLORS, FOCUS_COLOR, fitText, font, registerFont, TYPE_COLORS } from './theme.ts';

export const NETWORK_SIZE = { width: 1000, height: 750 } as const;
/** Most parties drawn: beyond, names can no longer be read at Discord's preview size. */
export const MAX_DRAWN = 24;

const HEADER = 108;
const FOOTER = 64;
const MARGIN = 24;
const LABEL_SIZE = 22;
const MIN_LABEL_SIZE = 18;

interface Node extends SimulationNodeDatum {
  name: string;
  key: string;
  type: keyof typeof TYPE_COLORS;
  agreements: number;
  r: number;
  labelWidth: number;
}

type Link = SimulationLinkDatum<Node> & { agreements: number };

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** The nodes drawn: the most connected, and the party asked for. */
function drawnNodes(a: ReseauAnswer): ReseauAnswer['nodes'] {
  const kept = a.nodes.slice(0, MAX_DRAWN);
  const focus = a.party?.key;
  if (focus && !kept.some((n) => n.key === focus)) {
    const own = a.nodes.find((n) => n.key === focus);
    if (own) kept.splice(kept.length - 1, 1, own);
  }
  return kept;
}

/** Positions from d3-force (deterministic: d3 seeds its own random source). */
function layout(ctx: SKRSContext2D, a: ReseauAnswer): { nodes: Node[]; links: Link[] } {
  const chosen = drawnNodes(a);
  const max = Math.max(1, ...chosen.map((n) => n.agreements));
  ctx.font = font(LABEL_SIZE, true);
  const nodes: Node[] = chosen.map((n) => ({
    name: n.name,
    key: n.key,
    type: n.type,
    agreements: n.agreements,
    r: 9 + 17 * Math.sqrt(n.agreements / max),
    labelWidth: ctx.measureText(n.name).width,
  }));
  const byName = new Map(nodes.map((n) => [n.name, n]));
  const links: Link[] = a.links
    .filter((l) => byName.has(l.source) && byName.has(l.target))
    .map((l) => ({
      source: byName.get(l.source) as Node,
      target: byName.get(l.target) as Node,
      agreements: l.agreements,
    }));
  const sim = forceSimulation(nodes)
    .force(
      'link',
      forceLink<Node, Link>(links)
        .distance((l) => 120 + ((l.source as Node).labelWidth + (l.target as Node).labelWidth) / 4)
        .strength(0.4),
    )
    .force('charge', forceManyBody<Node>().strength(-900))
    .force('center', forceCenter(0, 0))
    .force('x', forceX<Node>(0).strength(0.06))
    .force('y', forceY<Node>(0).strength(0.1))
    .force(
      'collide',
      forceCollide<Node>((n) => Math.max(n.r + 10, n.labelWidth / 2 + 8)).iterations(3),
    )
    .force('clear', clearOfEdges(links))
    .stop();
  for (let i = 0; i < 400; i++) sim.tick();
  return { nodes, links };
}

/**
 * Where a link passes nearest a disc it does not end at: that point, its distance, how far
 * along the link it is (0 to 1), and the direction straight across the link. Undefined for the
 * disc's own links.
 */
function passing(
  m: Node,
  l: Link,
): { px: number; py: number; d: number; t: number; across: [number, number] } | undefined {
  const a = l.source as Node;
  const b = l.target as Node;
  if (a === m || b === m) return undefined;
  const [ax, ay, bx, by] = [a.x ?? 0, a.y ?? 0, b.x ?? 0, b.y ?? 0];
  const [mx, my] = [m.x ?? 0, m.y ?? 0];
  const len2 = (bx - ax) ** 2 + (by - ay) ** 2 || 1;
  const t = Math.max(0, Math.min(1, ((mx - ax) * (bx - ax) + (my - ay) * (by - ay)) / len2));
  const [px, py] = [ax + t * (bx - ax), ay + t * (by - ay)];
  return { px, py, d: Math.hypot(mx - px, my - py), t, across: [-(by - ay), bx - ax] };
}

/**
 * A force that moves a disc off the links it is not on: a link drawn through a third party's
 * disc reads as two agreements that do not exist (`Banque mondiale — Rostec — Comores`).
 */
function clearOfEdges(links: Link[]): (alpha: number) => void {
  let nodes: Node[] = [];
  const force = (alpha: number) => {
    for (const m of nodes) {
      for (const l of links) {
        const near = passing(m, l);
        if (!near) continue;
        const { px, py, t } = near;
        const [mx, my] = [m.x ?? 0, m.y ?? 0];
        const d = near.d || 0.01;
        const clear = m.r + 24;
        if (d >= clear || t === 0 || t === 1) continue;
        const push = ((clear - d) / d) * alpha;
        m.vx = (m.vx ?? 0) + (mx - px) * push;
        m.vy = (m.vy ?? 0) + (my - py) * push;
      }
    }
  };
  force.initialize = (n: Node[]) => {
    nodes = n;
  };
  return force;
}

/**
 * After fitting, in pixels: each disc a line crosses without ending there is moved off it
 * (a few passes, kept inside the drawing area), so that no line seems to join three parties.
 */
function settle(nodes: Node[], links: Link[], width: number, height: number): void {
  for (let pass = 0; pass < 40; pass++) {
    let moved = false;
    for (const m of nodes) {
      for (const l of links) {
        const near = passing(m, l);
        if (!near) continue;
        const { px, py, d, across } = near;
        const [mx, my] = [m.x ?? 0, m.y ?? 0];
        const clear = m.r + 8;
        if (d >= clear) continue;
        // Away from the line; straight across it when the disc sits on it.
        const [ux, uy] = d > 0.01 ? [(mx - px) / d, (my - py) / d] : across;
        const norm = Math.hypot(ux, uy) || 1;
        m.x = Math.min(width - MARGIN, Math.max(MARGIN, mx + ((clear - d + 1) * ux) / norm));
        m.y = Math.min(height - FOOTER, Math.max(HEADER, my + ((clear - d + 1) * uy) / norm));
        moved = true;
      }
    }
    // Discs kept apart from one another.
    for (const [i, m] of nodes.entries()) {
      for (const n of nodes.slice(i + 1)) {
        const dx = (n.x ?? 0) - (m.x ?? 0);
        const dy = (n.y ?? 0) - (m.y ?? 0);
        const d = Math.hypot(dx, dy) || 0.01;
        const min = m.r + n.r + 16;
        if (d >= min) continue;
        const push = (min - d) / 2 / d;
        m.x = Math.min(width - MARGIN, Math.max(MARGIN, (m.x ?? 0) - dx * push));
        m.y = Math.min(height - FOOTER, Math.max(HEADER, (m.y ?? 0) - dy * push));
        n.x = Math.min(width - MARGIN, Math.max(MARGIN, (n.x ?? 0) + dx * push));
        n.y = Math.min(height - FOOTER, Math.max(HEADER, (n.y ?? 0) + dy * push));
        moved = true;
      }
    }
    if (!moved) break;
  }
}

/** Scales the layout into the drawing area (kept in proportion). */
function fitInto(nodes: Node[], width: number, height: number): void {
  const xs = nodes.flatMap((n) => [(n.x ?? 0) - n.labelWidth / 2, (n.x ?? 0) + n.labelWidth / 2]);
  const ys = nodes.flatMap((n) => [(n.y ?? 0) - n.r, (n.y ?? 0) + n.r + LABEL_SIZE + 8]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const area = { x: MARGIN, y: HEADER, w: width - 2 * MARGIN, h: height - HEADER - FOOTER };
  const scale = Math.min(1.6, area.w / Math.max(1, x1 - x0), area.h / Math.max(1, y1 - y0));
  const ox = area.x + (area.w - (x1 - x0) * scale) / 2;
  const oy = area.y + (area.h - (y1 - y0) * scale) / 2;
  for (const n of nodes) {
    n.x = ox + ((n.x ?? 0) - x0) * scale;
    n.y = oy + ((n.y ?? 0) - y0) * scale;
  }
}

/**
 * Places each label (most connected parties first) below, above, right or left of its disc,
 * in the largest size that overlaps nothing placed yet, no disc and no edge of the picture, and
 * stands clearly nearer its own disc than any other.
 */
function placeLabels(ctx: SKRSContext2D, nodes: Node[], width: number, height: number): Label[] {
  const taken: Box[] = nodes.map((n) => ({
    x0: (n.x ?? 0) - n.r - 2,
    y0: (n.y ?? 0) - n.r - 2,
    x1: (n.x ?? 0) + n.r + 2,
    y1: (n.y ?? 0) + n.r + 2,
  }));
  const placed: Label[] = [];
  const order = [...nodes].sort((a, b) => b.agreements - a.agreements);
  for (const n of order) {
    const own = taken[nodes.indexOf(n)] as Box;
    let done = false;
    for (let size = LABEL_SIZE; size >= MIN_LABEL_SIZE && !done; size -= 2) {
      ctx.font = font(size, true);
      const text = fitText(ctx, n.name, 260);
      const w = ctx.measureText(text).width;
      const h = size * 1.25;
      const cx = n.x ?? 0;
      const cy = n.y ?? 0;
      const gap = n.r + 4;
      // [left, top] of each candidate box.
      const candidates: [number, number][] = [
        [cx - w / 2, cy + gap],
        [cx - w / 2, cy - gap - h],
        [cx + gap + 2, cy - h / 2],
        [cx - gap - 2 - w, cy - h / 2],
        [cx + gap * 0.7, cy + gap * 0.7],
        [cx - gap * 0.7 - w, cy + gap * 0.7],
        [cx + gap * 0.7, cy - gap * 0.7 - h],
        [cx - gap * 0.7 - w, cy - gap * 0.7 - h],
      ];
      for (const [x, y] of candidates) {
        const box = { x0: x, y0: y, x1: x + w, y1: y + h };
        if (x < 4 || y < HEADER - 8 || x + w > width - 4 || y + h > height - FOOTER + 4) continue;
        if (taken.some((t) => t !== own && overlaps(t, box))) continue;
        // A label must sit clearly nearer its own disc than any other, or it names the wrong one.
        const mine = distance(box, cx, cy) - n.r;
        if (nodes.some((m) => m !== n && distance(box, m.x ?? 0, m.y ?? 0) - m.r < mine + 10))
          continue;
        taken.push(box);
        placed.push({ node: n, x, y, size, text });
        done = true;
        break;
      }
    }
  }
  return placed;
}

/** Distance from a point to a box (0 inside it). */
function distance(b: Box, x: number, y: number): number {
  const dx = Math.max(b.x0 - x, 0, x - b.x1);
  const dy = Math.max(b.y0 - y, 0, y - b.y1);
  return Math.hypot(dx, dy);
}

/** The picture's title and the line under it. */
export function networkTitle(a: ReseauAnswer): string {
  return a.party
    ? `Réseau des accords — autour de ${partyPhrase(a.party)}`
    : 'Réseau des accords — tout le corpus';
}

export function networkSubtitle(a: ReseauAnswer, drawn: number): string[] {
  const shown =
    a.totalNodes > drawn
      ? `les ${drawn} parties les plus liées sur ${a.totalNodes}`
      : count(a.totalNodes, 'partie');
  return [`${count(a.agreements, 'accord')} · ${shown}`, `Filtres : ${a.filters.join(' · ')}`];
}

/** The picture as PNG bytes (NETWORK_SIZE). */
type Label = { node: Node; x: number; y: number; size: number; text: string };

/** Where everything goes: discs laid out and fitted to the picture, then their labels. */
function scene(
  ctx: SKRSContext2D,
  a: ReseauAnswer,
): { nodes: Node[]; links: Link[]; labels: Label[] } {
  const { width, height } = NETWORK_SIZE;
  const { nodes, links } = layout(ctx, a);
  if (nodes.length) fitInto(nodes, width, height);
  settle(nodes, links, width, height);
  return { nodes, links, labels: placeLabels(ctx, nodes, width, height) };
}

/** The scene of a network picture, without drawing it (for tests). */
export function networkScene(a: ReseauAnswer): {
  nodes: { name: string; x: number; y: number; r: number }[];
  links: { source: string; target: string }[];
  labels: { name: string; x0: number; y0: number; x1: number; y1: number }[];
} {
  registerFont();
  const ctx = createCanvas(NETWORK_SIZE.width, NETWORK_SIZE.height).getContext('2d');
  const { nodes, links, labels } = scene(ctx, a);
  return {
    nodes: nodes.map((n) => ({ name: n.name, x: n.x ?? 0, y: n.y ?? 0, r: n.r })),
    links: links.map((l) => ({ source: (l.source as Node).name, target: (l.target as Node).name })),
    labels: labels.map((l) => {
      ctx.font = font(l.size, true);
      const w = ctx.measureText(l.text).width;
      return { name: l.node.name, x0: l.x, y0: l.y, x1: l.x + w, y1: l.y + l.size * 1.25 };
    }),
  };
}

export async function renderNetwork(a: ReseauAnswer): Promise<Buffer> {
  registerFont();
  const { width, height } = NETWORK_SIZE;
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = COLORS.background;
  ctx.fillRect(0, 0, width, height);
  ctx.strokeStyle = COLORS.border;
  ctx.lineWidth = 2;
  ctx.strokeRect(1, 1, width - 2, height - 2);
  const { nodes, links, labels } = scene(ctx, a);

  // Links, thicker for more agreements, under the discs.
  ctx.lineCap = 'round';
  for (const l of [...links].sort((x, y) => x.agreements - y.agreements)) {
    const s = l.source as Node;
    const t = l.target as Node;
    ctx.strokeStyle = COLORS.link;
    ctx.globalAlpha = 0.75;
    ctx.lineWidth = Math.min(16, 2 + 3 * (l.agreements - 1));
    ctx.beginPath();
    ctx.moveTo(s.x ?? 0, s.y ?? 0);
    ctx.lineTo(t.x ?? 0, t.y ?? 0);
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
  for (const n of nodes) {
    ctx.beginPath();
    ctx.arc(n.x ?? 0, n.y ?? 0, n.r, 0, Math.PI * 2);
    ctx.fillStyle = n.key === a.party?.key ? FOCUS_COLOR : (TYPE_COLORS[n.type] ?? COLORS.muted);
    ctx.fill();
    ctx.lineWidth = 2;
    ctx.strokeStyle = COLORS.text;
    ctx.stroke();
  }
  ctx.textBaseline = 'top';
  for (const l of labels) {
    ctx.font = font(l.size, true);
    ctx.lineJoin = 'round';
    ctx.lineWidth = 5;
    ctx.strokeStyle = COLORS.halo;
    ctx.strokeText(l.text, l.x, l.y);
    ctx.fillStyle = COLORS.text;
    ctx.fillText(l.text, l.x, l.y);
  }

  // Header: title and what is shown.
  ctx.textBaseline = 'alphabetic';
  ctx.textAlign = 'center';
  ctx.fillStyle = COLORS.text;
  ctx.font = font(30, true);
  ctx.fillText(fitText(ctx, networkTitle(a), width - 40), width / 2, 40);
  ctx.font = font(19);
  ctx.fillStyle = COLORS.muted;
  networkSubtitle(a, nodes.length).forEach((line, i) => {
    ctx.fillText(fitText(ctx, line, width - 40), width / 2, 68 + i * 24);
  });

  // Footer: the legend, and the labels left out if any.
  legend(ctx, a, width, height, nodes.length - labels.length);
  return canvas.encode('png');
}

/** One legend entry: its width, and how it draws itself at x. */
interface LegendItem {
  width: number;
  draw(x: number): void;
}

function legend(
  ctx: SKRSContext2D,
  a: ReseauAnswer,
  width: number,
  height: number,
  unlabelled: number,
): void {
  const y = height - 30;
  ctx.font = font(20);
  ctx.textAlign = 'left';
  const text = (label: string, x: number) => {
    ctx.fillStyle = COLORS.text;
    ctx.fillText(label, x, y);
  };
  const disc = (color: string, label: string): LegendItem => ({
    width: 28 + ctx.measureText(label).width + 28,
    draw: (x) => {
      ctx.beginPath();
      ctx.arc(x + 10, y - 7, 10, 0, Math.PI * 2);
      ctx.fillStyle = color;
      ctx.fill();
      ctx.lineWidth = 2;
      ctx.strokeStyle = COLORS.text;
      ctx.stroke();
      text(label, x + 28);
    },
  });
  const line = (w: number, label: string): LegendItem => ({
    width: 46 + ctx.measureText(label).width + 28,
    draw: (x) => {
      ctx.strokeStyle = COLORS.link;
      ctx.lineWidth = w;
      ctx.beginPath();
      ctx.moveTo(x, y - 7);
      ctx.lineTo(x + 36, y - 7);
      ctx.stroke();
      text(label, x + 46);
    },
  });
  const items: LegendItem[] = [];
  if (a.party) items.push(disc(FOCUS_COLOR, fitText(ctx, a.party.name, 220)));
  items.push(disc(TYPE_COLORS.pays, 'pays'), disc(TYPE_COLORS.organisation, 'organisation'));
  items.push(line(2, '1 accord'), line(8, '3 accords'));
  const total = items.reduce((n, it) => n + it.width, 0);
  let x = Math.max(MARGIN, (width - total) / 2);
  for (const it of items) {
    it.draw(x);
    x += it.width;
  }
  if (unlabelled > 0) {
    ctx.font = font(16);
    ctx.fillStyle = COLORS.muted;
    ctx.textAlign = 'right';
    ctx.fillText(
      `${count(unlabelled, 'partie')} sans étiquette (place insuffisante)`,
      width - MARGIN,
      height - 6,
    );
  }
}
