import { describe, expect, test } from 'vitest';
import {
  buildIndexes,
  type ActorEntry,
  type EventEntry,
  type SourceEntry,
} from '../../src/lib/indexes.ts';
import {
  actorRecord,
  eventRecord,
  filterAttributes,
  normaliseName,
  promoteExactMatches,
  UNDATED_SORT_KEY,
} from '../../src/lib/search.ts';

const ukraine: ActorEntry = {
  id: 'ukraine',
  data: {
    name: 'Ukraine',
    kind: 'state',
    summary: 'A state.',
    aliases: ['Kyiv', 'Kiev'],
    roles: [],
    sources: [],
  },
};
const syria: ActorEntry = {
  id: 'syria',
  data: {
    name: 'Syrian Arab Republic',
    kind: 'state',
    summary: 'A state.',
    aliases: [],
    roles: [],
    sources: [],
  },
};
const severance: EventEntry = {
  id: 'ukraine-severs-syria',
  data: {
    title: 'Ukraine severs diplomatic relations with Syria',
    date: '2022-06-30',
    kind: 'severance-of-relations',
    summary: 'Ukraine severed relations.',
    participants: [
      { actor: 'ukraine', role: 'severing state' },
      { actor: 'syria', role: 'target' },
    ],
    sources: ['anadolu'],
    related: [],
    disputes: [],
  },
};
const report: SourceEntry = {
  id: 'anadolu',
  data: {
    title: 'Ukraine severs ties',
    publisher: 'Anadolu Agency',
    url: 'https://example.org/',
    published: '2022-06',
    language: 'en',
  },
};
const site = buildIndexes([ukraine, syria], [severance], [report]);

describe('actorRecord', () => {
  test('sorts and files an actor under the date and year of its first event', () => {
    const record = actorRecord(ukraine, site);
    expect(record.sort).toBe('20220630');
    expect(record.filters).toEqual({ type: ['actor'], actor_kind: ['state'], year: ['2022'] });
    expect(record.aliases).toEqual(['Kyiv', 'Kiev']);
  });

  test('gives an actor with no events a sort key, since Pagefind drops pages without one', () => {
    const alone = buildIndexes([ukraine], [], []);
    expect(actorRecord(ukraine, alone).sort).toBe(UNDATED_SORT_KEY);
  });
});

describe('eventRecord', () => {
  test('shows the date as the page does and names each participant in the actor filter', () => {
    const record = eventRecord(severance, site);
    expect(record.date).toBe('30 June 2022');
    expect(record.filters.actor).toEqual(['Ukraine', 'Syrian Arab Republic']);
    expect(filterAttributes(record)).toEqual([
      'type:event',
      'event_kind:severance-of-relations',
      'year:2022',
      'actor:Ukraine',
      'actor:Syrian Arab Republic',
    ]);
  });
});

describe('promoteExactMatches', () => {
  const names = (r: { names: string[] }) => r.names;
  const results = [
    { id: 'mfa', names: ['Ministry of Foreign Affairs of Ukraine'] },
    { id: 'ukraine', names: ['Ukraine', 'Kyiv'] },
    { id: 'event', names: ['Ukraine severs relations'] },
  ];

  test('moves the entry named exactly as the query to the front and keeps the rest in order', () => {
    expect(promoteExactMatches('ukraine', results, names).map((r) => r.id)).toEqual([
      'ukraine',
      'mfa',
      'event',
    ]);
  });

  test('matches an alias, ignoring case, accents and punctuation', () => {
    expect(promoteExactMatches(' KYÏV! ', results, names)[0]!.id).toBe('ukraine');
  });

  test('leaves the order alone when nothing matches exactly', () => {
    expect(promoteExactMatches('relations', results, names)).toEqual(results);
  });
});

describe('normaliseName', () => {
  test('treats curly and straight apostrophes alike', () => {
    expect(normaliseName('People’s Republic')).toBe(normaliseName("people's republic"));
  });
});
