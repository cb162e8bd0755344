import { describe, expect, test } from 'vitest';
import { groupBy } from '../../src/lib/grouping.ts';
import { kindLabel, kindPluralLabel } from '../../src/lib/labels.ts';

describe('groupBy', () => {
  test('orders groups as asked, drops empty ones and keeps unknown keys last', () => {
    const groups = groupBy(['b1', 'x1', 'a1', 'b2'], (s) => s[0]!, ['a', 'b', 'c']);
    expect(groups).toEqual([
      { key: 'a', items: ['a1'] },
      { key: 'b', items: ['b1', 'b2'] },
      { key: 'x', items: ['x1'] },
    ]);
  });
});

describe('kind labels', () => {
  test('name known kinds and fall back to the words of an unknown one', () => {
    expect(kindLabel('severance-of-relations')).toBe('Severance of relations');
    expect(kindPluralLabel('government-body')).toBe('Government bodies');
    expect(kindLabel('new-kind')).toBe('New kind');
  });
});
