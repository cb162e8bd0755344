import { describe, expect, test } from 'vitest';
import { groupBy } from '../../src/lib/grouping.ts';

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
