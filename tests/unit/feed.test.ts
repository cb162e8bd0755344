import { describe, expect, test } from 'vitest';
import { makeEvent } from '../helpers/entries.ts';
import { feedItems } from '../../src/lib/feed.ts';
import type { EventEntry } from '../../src/lib/indexes.ts';

const event = (id: string, date: string): EventEntry =>
  makeEvent(id, date, { kind: 'statement', summary: 'Said.', sources: [] });

describe('feedItems', () => {
  const chronology = [event('a', '2014'), event('b', '2022-02'), event('c', '2022-07-13')];

  test('lists the latest events first, up to the limit', () => {
    const items = feedItems(chronology, (e) => `/events/${e.id}/`, 2);
    expect(items.map((item) => item.link)).toEqual(['/events/c/', '/events/b/']);
  });

  test('states the date at its real precision in the description', () => {
    const [, , oldest] = feedItems(chronology, (e) => e.id);
    expect(oldest!.description).toBe('2014: Said.');
    expect(oldest!.pubDate.toISOString()).toBe('2014-01-01T00:00:00.000Z');
  });
});
