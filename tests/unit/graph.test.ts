import { describe, expect, test } from 'vitest';
import {
  assignLayers,
  capGraph,
  layoutGraph,
  type GraphLayout,
  type GraphRelation,
} from '../../src/lib/graph.ts';

const relation = (from: string, to: string, directed = true, standing = true): GraphRelation => ({
  type: directed ? 'recognition' : 'diplomatic-relations',
  tone: directed ? 0 : 1,
  from,
  to,
  standing,
  directed,
  line: directed ? 'solid' : 'dashed',
  event: `${from}-${to}`,
  label: `${from} ${to}`,
});

/** The relations of this account's latest state, folded. */
const ACCOUNT = [
  relation('dprk', 'dpr'),
  relation('dprk', 'lpr'),
  relation('ukraine', 'dprk', false, false),
  relation('ukraine', 'syria', false, false),
  relation('syria', 'dpr'),
  relation('syria', 'lpr'),
  relation('russia', 'dpr'),
  relation('russia', 'lpr'),
];
const NAMES: Record<string, string> = {
  dprk: 'Democratic People’s Republic of Korea',
  dpr: 'Donetsk People’s Republic',
  lpr: 'Luhansk People’s Republic',
  ukraine: 'Ukraine',
  syria: 'Syrian Arab Republic',
  russia: 'Russian Federation',
};
const nodes = Object.entries(NAMES).map(([id, label]) => ({ id, label }));

function overlaps(layout: GraphLayout): string[] {
  const found: string[] = [];
  for (const [i, a] of layout.nodes.entries()) {
    for (const b of layout.nodes.slice(i + 1)) {
      if (
        a.x < b.x + b.width &&
        b.x < a.x + a.width &&
        a.y < b.y + b.height &&
        b.y < a.y + a.height
      ) {
        found.push(`${a.id} and ${b.id}`);
      }
    }
  }
  return found;
}

function outside(layout: GraphLayout): string[] {
  return layout.nodes
    .filter(
      (n) => n.x < 0 || n.y < 0 || n.x + n.width > layout.width || n.y + n.height > layout.height,
    )
    .map((n) => n.id);
}

describe('assignLayers', () => {
  test('puts recognisers before the recognised, and an actor with only undirected relations before its neighbours', () => {
    const layers = assignLayers(Object.keys(NAMES), ACCOUNT);
    expect(Object.fromEntries(layers)).toEqual({
      ukraine: 0,
      dprk: 1,
      syria: 1,
      russia: 1,
      dpr: 2,
      lpr: 2,
    });
  });

  test('breaks a cycle of directed relations and keeps at most the layers asked for', () => {
    const chain = ['a', 'b', 'c', 'd', 'e', 'f'];
    const relations = [
      ...chain.slice(1).map((id, i) => relation(chain[i]!, id)),
      relation('f', 'a'),
    ];
    const layers = assignLayers(chain, relations, 3);
    expect(new Set(layers.values()).size).toBeLessThanOrEqual(3);
    expect(layers.get('a')).toBe(0);
    expect(layers.get('f')).toBe(2);
  });
});

describe('capGraph', () => {
  test('keeps the best-connected actors and the most recent relations, and counts the rest', () => {
    const relations = [
      relation('hub', 'a'),
      relation('hub', 'b'),
      relation('hub', 'c'),
      relation('a', 'b'),
      relation('x', 'y'),
    ];
    const capped = capGraph(relations, 3, 2);
    expect(capped.nodes).toEqual(['hub', 'a', 'b']);
    expect(capped.relations.map((r) => `${r.from}-${r.to}`)).toEqual(['hub-a', 'hub-b']);
    expect(capped.omitted).toBe(3);
    expect(capped.omittedNodes).toBe(3);
  });
});

describe('layoutGraph', () => {
  for (const orientation of ['columns', 'rows'] as const) {
    test(`in ${orientation}, draws every actor in a box of its own that holds its whole name`, () => {
      const layout = layoutGraph(nodes, ACCOUNT, { orientation });
      expect(overlaps(layout)).toEqual([]);
      expect(outside(layout)).toEqual([]);
      for (const node of layout.nodes) expect(node.lines.join(' ')).toBe(NAMES[node.id]);
      expect(layout.edges).toHaveLength(ACCOUNT.length);
    });
  }

  test('in columns, reads left to right as the story: Ukraine, the recognisers, the entities', () => {
    const layout = layoutGraph(nodes, ACCOUNT, { orientation: 'columns' });
    const x = (id: string) => layout.nodes.find((n) => n.id === id)!.x;
    expect(x('ukraine')).toBeLessThan(x('russia'));
    expect(x('russia')).toBe(
      x('dprk') +
        (layout.nodes.find((n) => n.id === 'dprk')!.width -
          layout.nodes.find((n) => n.id === 'russia')!.width) /
          2,
    );
    expect(x('russia')).toBeLessThan(x('dpr'));
  });

  test('in rows, stays within the narrow width it is given', () => {
    const layout = layoutGraph(nodes, ACCOUNT, { orientation: 'rows', width: 300 });
    expect(layout.width).toBe(300);
    expect(outside(layout)).toEqual([]);
  });

  test('marks an ended relation halfway with a vertex, and ends a directed one short of the box', () => {
    const layout = layoutGraph(nodes, ACCOUNT, { orientation: 'columns' });
    for (const edge of layout.edges) expect(edge.path).toMatch(/^M[\d. -]+C[\d. -]+C[\d. -]+$/);
    const dpr = layout.nodes.find((n) => n.id === 'dpr')!;
    const end = layout.edges.find((e) => e.from === 'russia' && e.to === 'dpr')!.path.split(' ');
    expect(Number(end.at(-2))).toBeCloseTo(dpr.x - 5, 0);
  });

  test('stays bounded and free of overlaps with 40 actors and 120 relations', () => {
    const ids = Array.from({ length: 40 }, (_, i) => `actor-${i}`);
    const many = ids.map((id) => ({ id, label: `The Actor Number ${id} of a Long Name` }));
    const relations = Array.from({ length: 120 }, (_, i) =>
      relation(ids[i % 40]!, ids[(i * 7 + 3) % 40]!, i % 3 !== 0),
    ).filter((r) => r.from !== r.to);
    for (const orientation of ['columns', 'rows'] as const) {
      const layout = layoutGraph(many, relations, { orientation });
      expect(overlaps(layout)).toEqual([]);
      expect(outside(layout)).toEqual([]);
      expect(layout.width).toBeLessThan(2400);
    }
  });
});
