import { describe, expect, test } from 'vitest';
import { normaliseName, promoteExactMatches, sortByDate } from '../../src/lib/search.ts';

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

describe('sortByDate', () => {
  const order = new Map([
    ['en_a', 0],
    ['en_b', 1],
    ['en_c', 2],
  ]);
  const results = [{ id: 'en_b' }, { id: 'en_x' }, { id: 'en_c' }, { id: 'en_a' }];

  test('puts results oldest first, or newest first, by their place in the date order', () => {
    expect(sortByDate(results, order, 'asc').map((r) => r.id)).toEqual([
      'en_a',
      'en_b',
      'en_c',
      'en_x',
    ]);
    expect(sortByDate(results, order, 'desc').map((r) => r.id)).toEqual([
      'en_c',
      'en_b',
      'en_a',
      'en_x',
    ]);
  });
});
