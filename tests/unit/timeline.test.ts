import { describe, expect, test } from 'vitest';
import { makeEvent } from '../helpers/entries.ts';
import type { EventEntry } from '../../src/lib/indexes.ts';
import { eventActors, filterQuery, groupByYear, matchesFilter } from '../../src/lib/timeline.ts';

const event = (id: string, date: string, actors: string[] = []): EventEntry =>
  makeEvent(id, date, { participants: actors.map((actor) => ({ actor, role: 'r' })) });

describe('groupByYear', () => {
  test('groups a chronology by year, keeping year-only dates with their year', () => {
    const groups = groupByYear([
      event('a', '2014'),
      event('b', '2022'),
      event('c', '2022-02'),
      event('d', '2022-07-13'),
    ]);
    expect(groups.map(({ year, events }) => [year, events.map((e) => e.id)])).toEqual([
      [2014, ['a']],
      [2022, ['b', 'c', 'd']],
    ]);
  });
});

describe('matchesFilter', () => {
  const item = { kind: 'recognition', actors: ['dprk', 'dpr'] };

  test('matches everything when nothing is chosen', () => {
    expect(matchesFilter(item, {})).toBe(true);
    expect(matchesFilter(item, { kind: '', actor: null })).toBe(true);
  });

  test('matches by kind and by actor together', () => {
    expect(matchesFilter(item, { actor: 'dprk' })).toBe(true);
    expect(matchesFilter(item, { actor: 'syria' })).toBe(false);
    expect(matchesFilter(item, { kind: 'recognition', actor: 'dpr' })).toBe(true);
    expect(matchesFilter(item, { kind: 'statement', actor: 'dpr' })).toBe(false);
  });
});

describe('eventActors', () => {
  test('lists each participant once, in order', () => {
    expect(eventActors(event('e', '2022', ['ukraine', 'ukraine-mfa', 'ukraine']))).toEqual([
      'ukraine',
      'ukraine-mfa',
    ]);
  });
});

describe('filterQuery', () => {
  test('keeps only the chosen filters in the query string', () => {
    expect(filterQuery({ actor: 'dprk' })).toBe('?actor=dprk');
    expect(filterQuery({ kind: 'recognition', actor: 'dprk' })).toBe(
      '?kind=recognition&actor=dprk',
    );
    expect(filterQuery({ kind: '', actor: '' })).toBe('');
  });
});
