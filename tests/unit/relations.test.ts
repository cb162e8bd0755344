import { describe, expect, test } from 'vitest';
import type { EventEntry } from '../../src/lib/indexes.ts';
import {
  aggregateEdges,
  capRelations,
  layoutGraph,
  relationEdges,
  roleSide,
  shortLabel,
  type Relation,
} from '../../src/lib/relations.ts';

const event = (
  id: string,
  date: string,
  kind: EventEntry['data']['kind'],
  participants: [actor: string, role: string][],
): EventEntry => ({
  id,
  data: {
    title: id,
    date,
    kind,
    summary: '',
    participants: participants.map(([actor, role]) => ({ actor, role })),
    sources: ['s'],
    related: [],
    disputes: [],
  },
});

describe('roleSide', () => {
  test('puts recognising and severing roles on the acting side', () => {
    expect(roleSide('recognising state')).toBe('acting');
    expect(roleSide('recognising head of state')).toBe('acting');
    expect(roleSide('Recognizing state')).toBe('acting');
    expect(roleSide('severing state')).toBe('acting');
  });

  test('puts recognised entities and targets on the side acted upon', () => {
    expect(roleSide('recognised entity')).toBe('target');
    expect(roleSide('recognized entity')).toBe('target');
    expect(roleSide('target')).toBe('target');
    expect(roleSide('targeted state')).toBe('target');
  });

  test('leaves other roles on neither side', () => {
    expect(roleSide('spokesperson')).toBeUndefined();
    expect(roleSide('speaker')).toBeUndefined();
    expect(roleSide('presenter')).toBeUndefined();
  });
});

describe('relationEdges', () => {
  const events = [
    event('syria-recognises', '2022-06-29', 'recognition', [
      ['syria', 'recognising state'],
      ['dpr', 'recognised entity'],
      ['lpr', 'recognised entity'],
    ]),
    event('ukraine-severs', '2022-06-30', 'severance-of-relations', [
      ['ukraine', 'severing state'],
      ['ukraine-mfa', 'severing state'],
      ['dmytro-kuleba', 'spokesperson'],
      ['syria', 'target'],
    ]),
    event('speech', '2022-07-13', 'address', [
      ['zelensky', 'speaker'],
      ['ukraine', 'target'],
    ]),
  ];

  test('draws an edge from every acting participant to every target', () => {
    expect(relationEdges(events)).toEqual([
      {
        type: 'recognition',
        from: 'syria',
        to: 'dpr',
        event: 'syria-recognises',
        date: '2022-06-29',
      },
      {
        type: 'recognition',
        from: 'syria',
        to: 'lpr',
        event: 'syria-recognises',
        date: '2022-06-29',
      },
      {
        type: 'severance',
        from: 'ukraine',
        to: 'syria',
        event: 'ukraine-severs',
        date: '2022-06-30',
      },
      {
        type: 'severance',
        from: 'ukraine-mfa',
        to: 'syria',
        event: 'ukraine-severs',
        date: '2022-06-30',
      },
    ]);
  });

  test('ignores events that are neither recognitions nor severances', () => {
    expect(relationEdges(events).some((edge) => edge.event === 'speech')).toBe(false);
  });
});

describe('aggregateEdges', () => {
  test('merges edges of one type between the same actors, oldest event first', () => {
    const merged = aggregateEdges([
      { type: 'severance', from: 'a', to: 'b', event: 'later', date: '2023' },
      { type: 'severance', from: 'a', to: 'b', event: 'earlier', date: '2022-05' },
      { type: 'recognition', from: 'a', to: 'b', event: 'r', date: '2021' },
    ]);
    expect(merged).toEqual([
      {
        type: 'severance',
        from: 'a',
        to: 'b',
        events: [
          { id: 'earlier', date: '2022-05' },
          { id: 'later', date: '2023' },
        ],
      },
      { type: 'recognition', from: 'a', to: 'b', events: [{ id: 'r', date: '2021' }] },
    ]);
  });
});

describe('capRelations', () => {
  const rel = (from: string, to: string): Relation => ({
    type: 'recognition',
    from,
    to,
    events: [{ id: `${from}-${to}`, date: '2022' }],
  });

  test('keeps the best-connected actors and only the relations between them', () => {
    const capped = capRelations([rel('hub', 'a'), rel('hub', 'b'), rel('c', 'd')], 3);
    expect(capped.nodes).toEqual(['hub', 'a', 'b']);
    expect(capped.relations).toEqual([rel('hub', 'a'), rel('hub', 'b')]);
    expect(capped.omitted).toBe(1);
  });

  test('keeps the relations with most events when there are too many to draw', () => {
    const busy: Relation = {
      ...rel('a', 'b'),
      events: [...rel('a', 'b').events, { id: 'x', date: '2023' }],
    };
    const capped = capRelations([rel('a', 'c'), busy, rel('b', 'c')], 10, 1);
    expect(capped.relations).toEqual([busy]);
    expect(capped.omitted).toBe(2);
  });

  test('stays bounded however many actors there are', () => {
    const many = Array.from({ length: 5000 }, (_, i) => rel(`s${i % 70}`, `t${i}`));
    const capped = capRelations(many, 40);
    expect(capped.nodes).toHaveLength(40);
    expect(capped.relations.length).toBeLessThan(many.length);
  });
});

describe('layoutGraph', () => {
  const layout = layoutGraph(
    [
      { id: 'a', label: 'A' },
      { id: 'b', label: 'B' },
      { id: 'c', label: 'C' },
      { id: 'd', label: 'D' },
    ],
    [
      { type: 'recognition', from: 'a', to: 'c', events: [{ id: 'e1', date: '2022' }] },
      { type: 'severance', from: 'c', to: 'a', events: [{ id: 'e2', date: '2022' }] },
      { type: 'severance', from: 'a', to: 'missing', events: [{ id: 'e3', date: '2022' }] },
    ],
    { width: 400, height: 400, radius: 100 },
  );

  test('places the nodes evenly on a circle, starting at the top', () => {
    expect(layout.nodes.map(({ x, y }) => [x, y])).toEqual([
      [200, 100],
      [300, 200],
      [200, 300],
      [100, 200],
    ]);
    expect(layout.nodes.map((node) => node.anchor)).toEqual(['middle', 'start', 'middle', 'end']);
  });

  test('draws opposite relations as two different curves and skips undrawn actors', () => {
    expect(layout.edges).toHaveLength(2);
    expect(layout.edges[0]!.path).toMatch(/^M[\d.]+ [\d.]+ Q[\d.]+ [\d.]+ [\d.]+ [\d.]+$/);
    expect(layout.edges[0]!.path).not.toBe(layout.edges[1]!.path);
  });
});

describe('shortLabel', () => {
  test('shortens long names with an ellipsis and leaves short ones alone', () => {
    expect(shortLabel('Syria')).toBe('Syria');
    expect(shortLabel("Democratic People's Republic of Korea", 20)).toBe("Democratic People's…");
  });
});
