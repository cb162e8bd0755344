import { describe, expect, test } from 'vitest';
import { groupPagePaths, pageParam, paginate } from '../../src/lib/pagination.ts';

describe('paginate', () => {
  test('splits a list into numbered pages of a fixed size', () => {
    const pages = paginate([1, 2, 3, 4, 5], 2);
    expect(pages.map((p) => [p.number, p.count, p.items])).toEqual([
      [1, 3, [1, 2]],
      [2, 3, [3, 4]],
      [3, 3, [5]],
    ]);
  });

  test('gives an empty list one empty page', () => {
    expect(paginate([], 10)).toEqual([{ number: 1, count: 1, items: [] }]);
  });

  test('rejects a page size below one', () => {
    expect(() => paginate([1], 0)).toThrow(RangeError);
  });
});

describe('pageParam', () => {
  test('leaves page 1 without a parameter', () => {
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(2)).toBe('2');
  });
});

describe('groupPagePaths', () => {
  test('pages only the groups larger than the limit, one route per page', () => {
    const paths = groupPagePaths(
      [
        { key: 'state', items: [1, 2, 3, 4, 5] },
        { key: 'person', items: [1, 2] },
      ],
      2,
      2,
    );
    expect(paths.map(({ params, props }) => [params.kind, params.page, props.page.items])).toEqual([
      ['state', undefined, [1, 2]],
      ['state', '2', [3, 4]],
      ['state', '3', [5]],
    ]);
  });
});
