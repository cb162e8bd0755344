import { describe, expect, test } from 'vitest';
import { citedSources, referenceList } from '../../src/lib/citations.ts';

describe('citedSources', () => {
  test('lists cited sources once each, in order of first appearance', () => {
    const body =
      'A.<Cite source="b" /> B.<Cite source="a" />\n\n<Quote source="c" by="X">q</Quote> <Cite source="b" />';
    expect(citedSources(body)).toEqual(['b', 'a', 'c']);
  });

  test('returns nothing for an entry without a body', () => {
    expect(citedSources(undefined)).toEqual([]);
  });
});

describe('referenceList', () => {
  test('numbers inline citations first, then the other listed sources', () => {
    expect(referenceList('<Cite source="b" />', ['a', 'b', 'c'])).toEqual(['b', 'a', 'c']);
  });
});
