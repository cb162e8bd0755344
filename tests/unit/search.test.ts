import { describe, expect, test } from 'vitest';
import { normaliseName, promoteExactMatches } from '../../src/lib/search.ts';

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
