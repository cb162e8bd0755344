import { describe, expect, test } from 'vitest';
import {
  actorsExport,
  eventsExport,
  sourcesExport,
  timelineJsDate,
  timelineJsExport,
} from '../../src/lib/exports.ts';
import { buildIndexes, type EventEntry } from '../../src/lib/indexes.ts';
import { sitePaths } from '../../src/lib/paths.ts';

const event = (id: string, date: string, extra: Partial<EventEntry['data']> = {}): EventEntry => ({
  id,
  data: {
    title: `<${id}>`,
    date,
    kind: 'recognition',
    summary: 'S',
    participants: [{ actor: 'dprk', role: 'recognising state' }],
    sources: ['kp'],
    related: [],
    disputes: [],
    ...extra,
  },
});

const indexes = buildIndexes(
  [
    {
      id: 'dprk',
      data: { name: 'DPRK', kind: 'state', summary: '', aliases: [], roles: [], sources: [] },
    },
  ],
  [event('later', '2022-07-13', { respondsTo: 'earlier' }), event('earlier', '2014')],
  [
    {
      id: 'kp',
      data: {
        title: 'T',
        publisher: 'Kyiv Post',
        url: 'https://www.kyivpost.com/post/2278',
        published: '2022-07-13',
        language: 'en',
      },
    },
  ],
);
const paths = sitePaths('/explainer/');
const absolute = (path: string) => `https://example.org${path}`;

describe('timelineJsDate', () => {
  test('gives only the parts of a date that are known', () => {
    expect(timelineJsDate('2014')).toEqual({ year: 2014, display_date: '2014' });
    expect(timelineJsDate('2022-02')).toEqual({
      year: 2022,
      month: 2,
      display_date: 'February 2022',
    });
    expect(timelineJsDate('2022-07-13')).toEqual({
      year: 2022,
      month: 7,
      day: 13,
      display_date: '13 July 2022',
    });
  });
});

describe('data exports', () => {
  test('list events in chronological order with their pages and responses', () => {
    const events = eventsExport(indexes, paths, absolute);
    expect(events.map((e) => e.id)).toEqual(['earlier', 'later']);
    expect(events[0]).toMatchObject({
      page: 'https://example.org/explainer/events/earlier/',
      date: '2014',
      responses: ['later'],
    });
  });

  test('give each actor its events with roles', () => {
    expect(actorsExport(indexes, paths, absolute)[0]).toMatchObject({
      id: 'dprk',
      page: 'https://example.org/explainer/actors/dprk/',
      events: [
        { id: 'earlier', role: 'recognising state' },
        { id: 'later', role: 'recognising state' },
      ],
    });
  });

  test('keep a source’s own URL beside its page on the site, and what cites it', () => {
    expect(sourcesExport(indexes, paths, absolute)[0]).toMatchObject({
      url: 'https://www.kyivpost.com/post/2278',
      page: 'https://example.org/explainer/sources/kp/',
      citedBy: [
        { type: 'event', id: 'earlier' },
        { type: 'event', id: 'later' },
      ],
    });
  });

  test('escape text for TimelineJS, which renders it as HTML', () => {
    const timeline = timelineJsExport(indexes, paths, absolute, {
      title: 'A & B',
      description: 'D',
    });
    expect(timeline.title.text.headline).toBe('A &amp; B');
    expect(timeline.events[0]!.text.headline).toBe(
      '<a href="https://example.org/explainer/events/earlier/">&lt;earlier&gt;</a>',
    );
    expect(timeline.events[0]!.start_date).toEqual({ year: 2014, display_date: '2014' });
  });
});
