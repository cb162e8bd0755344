import { describe, expect, test } from 'vitest';
import { makeEvent } from '../helpers/entries.ts';
import { feedItems, newest } from '../../src/lib/feed.ts';
import type { EventEntry } from '../../src/lib/indexes.ts';

const event = (id: string, date: string): EventEntry => makeEvent(id, date, { summary: 'Said.' });
const words = (e: EventEntry) => ({
  title: e.data.title,
  link: `/events/${e.id}/`,
  date: e.data.date,
  summary: e.data.summary,
  kind: e.data.kind,
});

describe('feedItems', () => {
  const chronology = [event('a', '2014'), event('b', '2022-02'), event('c', '2022-07-13')];

  test('lists the latest events first, up to the limit', () => {
    const items = feedItems(chronology, words, 2);
    expect(items.map((item) => item.link)).toEqual(['/events/c/', '/events/b/']);
  });

  test('gives a publication date only to events whose day is known', () => {
    const [day, month, year] = feedItems(chronology, words);
    expect(day!.pubDate?.toISOString()).toBe('2022-07-13T00:00:00.000Z');
    expect(month!.pubDate).toBeUndefined();
    expect(year!.pubDate).toBeUndefined();
  });

  test('states the date at its real precision in the description', () => {
    const [, , oldest] = feedItems(chronology, words);
    expect(oldest!.description).toBe('2014: Said.');
  });
});

describe('newest', () => {
  test('finds the latest of some ISO dates, or nothing in an empty list', () => {
    expect(newest(['2022-01-02T00:00:00Z', '2023-05-01T10:00:00Z'])?.toISOString()).toBe(
      '2023-05-01T10:00:00.000Z',
    );
    expect(newest([])).toBeUndefined();
  });

  test('compares instants, not the text of dates written with different offsets', () => {
    expect(newest(['2024-05-01T09:30:00+00:00', '2024-05-01T10:00:00+02:00'])?.toISOString()).toBe(
      '2024-05-01T09:30:00.000Z',
    );
  });
});
