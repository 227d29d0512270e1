/**
 * What a reader of the network picture must be able to trust: a line joins only the two
 * parties it links (it crosses no third disc), and a label names the disc it stands by.
 */
import { describe, expect, it } from 'vitest';
import type { NetworkLink, NetworkNode, ReseauAnswer } from '../src/answers/types.ts';
import { networkScene } from '../src/render/network.ts';

/** The seed corpus's network, as /reseau gives it (names, types and links). */
function seedNetwork(): ReseauAnswer {
  const pairs: [string, string][] = [
    ['Banque mondiale', 'Comores'],
    ['Cuba', 'Russie'],
    ['Global Cyber Alliance', 'UIT'],
    ['Groupe Empresarial de Informática et Communications', 'Cuba'],
    ['Groupe Empresarial de Informática et Communications', 'RITE'],
    ['Groupe Empresarial de Informática et Communications', 'Russie'],
    ['Indonésie', 'Russie'],
    ['Iran', 'Russie'],
    ['ministère iranien des Communications', 'Iran'],
    ['ministère iranien des Communications', 'Rostec'],
    ['ministère iranien des Communications', 'Russie'],
    ['RITE', 'Cuba'],
    ['RITE', 'Russie'],
    ['Rostec', 'Iran'],
    ['Rostec', 'Russie'],
  ];
  const countries = new Set(['Comores', 'Cuba', 'Russie', 'Indonésie', 'Iran']);
  const degree = new Map<string, number>();
  for (const [a, b] of pairs) for (const n of [a, b]) degree.set(n, (degree.get(n) ?? 0) + 1);
  const nodes: NetworkNode[] = [...degree].map(([name, agreements]) => ({
    name,
    key: name,
    type: countries.has(name) ? 'pays' : 'organisation',
    agreements,
  }));
  const links: NetworkLink[] = pairs.map(([source, target]) => ({ source, target, agreements: 1 }));
  return {
    command: 'reseau',
    query: '',
    filters: [],
    nodes,
    links,
    totalNodes: nodes.length,
    agreements: 5,
  };
}

const segmentDistance = (
  p: { x: number; y: number },
  a: { x: number; y: number },
  b: { x: number; y: number },
) => {
  const len2 = (b.x - a.x) ** 2 + (b.y - a.y) ** 2 || 1;
  const t = Math.max(
    0,
    Math.min(1, ((p.x - a.x) * (b.x - a.x) + (p.y - a.y) * (b.y - a.y)) / len2),
  );
  return Math.hypot(p.x - (a.x + t * (b.x - a.x)), p.y - (a.y + t * (b.y - a.y)));
};

const boxDistance = (
  b: { x0: number; y0: number; x1: number; y1: number },
  p: { x: number; y: number },
) => Math.hypot(Math.max(b.x0 - p.x, 0, p.x - b.x1), Math.max(b.y0 - p.y, 0, p.y - b.y1));

describe('the network picture', () => {
  const scene = networkScene(seedNetwork());
  const at = new Map(scene.nodes.map((n) => [n.name, n]));

  it('draws no line through a disc that is not one of its two ends', () => {
    const crossings: string[] = [];
    for (const l of scene.links) {
      const [a, b] = [at.get(l.source), at.get(l.target)];
      if (!a || !b) continue;
      for (const n of scene.nodes) {
        if (n === a || n === b) continue;
        if (segmentDistance(n, a, b) < n.r)
          crossings.push(`${l.source} — ${l.target} through ${n.name}`);
      }
    }
    expect(crossings).toEqual([]);
  });

  it('puts every label nearer its own disc than any other', () => {
    expect(scene.labels.length).toBeGreaterThan(0);
    const misleading = scene.labels.filter((l) => {
      const own = at.get(l.name);
      if (!own) return true;
      const mine = boxDistance(l, own) - own.r;
      return scene.nodes.some((n) => n !== own && boxDistance(l, n) - n.r <= mine);
    });
    expect(misleading.map((l) => l.name)).toEqual([]);
  });
});
