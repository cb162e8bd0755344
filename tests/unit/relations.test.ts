import { describe, expect, test } from 'vitest';
import { makeActor as actor, makeEvent as event } from '../helpers/entries.ts';
import {
  changePeriods,
  folder,
  latestStates,
  periodStates,
  relationChanges,
  relationKey,
  type RelationChange,
} from '../../src/lib/relations.ts';
import type { RelationType, Topic } from '../../src/schemas/index.ts';

const types: RelationType[] = [
  {
    id: 'support',
    label: 'Support',
    directed: true,
    forward: 'supports',
    backward: 'is supported by',
    started: 'began to support',
    ended: 'stopped supporting',
    requiresStart: true,
    line: 'solid',
  },
  {
    id: 'ties',
    label: 'Ties',
    directed: false,
    forward: 'has ties with',
    started: 'established ties with',
    ended: 'cut ties with',
    requiresStart: false,
    line: 'dashed',
  },
];

const topic: Pick<Topic, 'eventKinds'> = {
  eventKinds: [
    {
      id: 'pledge',
      label: 'Pledge',
      plural: 'Pledges',
      schemaType: 'Event',
      relations: [{ type: 'support', effect: 'starts' }],
    },
    {
      id: 'rupture',
      label: 'Rupture',
      plural: 'Ruptures',
      schemaType: 'Event',
      relations: [{ type: 'ties', effect: 'ends' }],
    },
    {
      id: 'deal',
      label: 'Deal',
      plural: 'Deals',
      schemaType: 'Event',
      relations: [
        { type: 'ties', effect: 'starts' },
        { type: 'ties', effect: 'ends' },
      ],
    },
  ],
};

const declaring = (
  id: string,
  date: string,
  kind: string,
  relations: { type: string; from: string; to: string; effect?: 'starts' | 'ends' }[],
) => event(id, date, { kind, relations });

const events = [
  declaring('a-pledges', '2022-02-21', 'pledge', [{ type: 'support', from: 'a', to: 'x' }]),
  declaring('b-cuts-c', '2022-06-30', 'rupture', [{ type: 'ties', from: 'b', to: 'c' }]),
  declaring('c-restores', '2022-09', 'deal', [
    { type: 'ties', from: 'c', to: 'b', effect: 'starts' },
  ]),
  declaring('b-cuts-d', '2022-07-13', 'rupture', [{ type: 'ties', from: 'b', to: 'd' }]),
];

describe('relationChanges', () => {
  test('reads each declared relation with the effect its kind gives, oldest first', () => {
    const changes = relationChanges(events, topic);
    expect(changes.map((c) => `${c.date} ${c.type} ${c.from}-${c.to} ${c.effect}`)).toEqual([
      '2022-02-21 support a-x starts',
      '2022-06-30 ties b-c ends',
      '2022-07-13 ties b-d ends',
      '2022-09 ties c-b starts',
    ]);
  });

  test('puts a start before an end on the same date, which partial dates cannot order', () => {
    const same = [
      declaring('end', '2022-07-13', 'rupture', [{ type: 'ties', from: 'a', to: 'b' }]),
      declaring('start', '2022-07-13', 'deal', [
        { type: 'ties', from: 'a', to: 'b', effect: 'starts' },
      ]),
    ];
    expect(relationChanges(same, topic).map((c) => c.effect)).toEqual(['starts', 'ends']);
  });
});

describe('relationKey', () => {
  test('is the same both ways round for a mutual type, and not for a directed one', () => {
    expect(relationKey(types[1]!, 'b', 'c')).toBe(relationKey(types[1]!, 'c', 'b'));
    expect(relationKey(types[0]!, 'a', 'x')).not.toBe(relationKey(types[0]!, 'x', 'a'));
  });
});

describe('latestStates', () => {
  test('gives each relation its last state, with the change that set it', () => {
    const states = latestStates(relationChanges(events, topic), types);
    const byPair = Object.fromEntries(
      states.map((s) => [`${s.type} ${[s.from, s.to].sort().join('-')}`, s]),
    );
    expect(byPair['support a-x']).toMatchObject({ standing: true, predates: false });
    expect(byPair['ties b-c']).toMatchObject({ standing: true, setBy: { event: 'c-restores' } });
    expect(byPair['ties b-d']).toMatchObject({ standing: false, setBy: { event: 'b-cuts-d' } });
  });
});

describe('periodStates', () => {
  const changes = relationChanges(events, topic);
  const periods = changePeriods(changes, 10);
  const states = periodStates(changes, types, periods, 10);
  const at = (key: string) => {
    const found = states.find((s) => s.period.key === key)!;
    return Object.fromEntries(
      found.states.map((s) => [`${s.type} ${[s.from, s.to].sort().join('-')}`, s]),
    );
  };

  test('has one period for each date on which a relation changed', () => {
    expect(periods.map((p) => p.key)).toEqual([
      '2022-02-21',
      '2022-06-30',
      '2022-07-13',
      '2022-09',
    ]);
  });

  test('shows a relation that predates the content as standing until it is ended', () => {
    const first = at('2022-06-30');
    expect(first['ties b-c']).toMatchObject({ standing: false });
    expect(first['ties b-d']).toMatchObject({ standing: true, predates: true });
    expect(first['ties b-d']!.setBy).toBeUndefined();
    expect(at('2022-07-13')['ties b-d']).toMatchObject({ standing: false });
  });

  test('shows an ended relation standing again once restored', () => {
    expect(at('2022-09')['ties b-c']).toMatchObject({ standing: true });
  });

  test('lists at most the asked number of relations, the most recently changed first', () => {
    const capped = periodStates(changes, types, periods, 2).at(-1)!;
    expect(capped.total).toBe(3);
    expect(capped.states.map((s) => s.setBy?.event)).toEqual(['c-restores', 'b-cuts-d']);
  });
});

describe('changePeriods', () => {
  const many: RelationChange[] = Array.from({ length: 40 }, (_, i) => ({
    type: 'ties',
    from: 'a',
    to: `b${i}`,
    effect: 'ends',
    event: `e${i}`,
    // 40 days in four months of one year.
    date: `2010-${String(Math.floor(i / 10) + 1).padStart(2, '0')}-${String((i % 10) + 1).padStart(2, '0')}`,
  }));

  test('groups dates into months, then years, to stay within the limit', () => {
    expect(changePeriods(many, 40)).toHaveLength(40);
    expect(changePeriods(many, 39).map((p) => p.key)).toEqual([
      '2010-01',
      '2010-02',
      '2010-03',
      '2010-04',
    ]);
    const years = changePeriods(many, 3);
    expect(years.map((p) => p.key)).toEqual(['2010']);
    expect(years[0]!.changes).toHaveLength(40);
  });
});

describe('folder', () => {
  test('draws an actor of a folded kind as the nearest unfolded actor it belongs to', () => {
    const actors = new Map(
      [
        actor('state'),
        actor('ministry', { kind: 'body', memberOf: 'state' }),
        actor('minister', { kind: 'person', memberOf: 'ministry' }),
        actor('loner', { kind: 'person' }),
      ].map((a) => [a.id, a]),
    );
    const fold = folder(actors, new Set(['body', 'person']));
    expect(fold('minister')).toBe('state');
    expect(fold('ministry')).toBe('state');
    expect(fold('state')).toBe('state');
    expect(fold('loner')).toBe('loner');
  });

  test('stops at a loop of memberOf instead of running forever', () => {
    const actors = new Map(
      [
        actor('p', { kind: 'person', memberOf: 'q' }),
        actor('q', { kind: 'person', memberOf: 'p' }),
      ].map((a) => [a.id, a]),
    );
    expect(['p', 'q']).toContain(folder(actors, new Set(['person']))('p'));
  });
});
