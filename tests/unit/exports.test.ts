import { beforeAll, describe, expect, test } from 'vitest';
import {
  actorsExport,
  eventsExport,
  sourcesExport,
  timelineJsDate,
  timelineJsExport,
} from '../../src/lib/exports.ts';
import type { Site } from '../../src/lib/site.ts';
import { loadSite } from '../helpers/content.ts';

let site: Site;

beforeAll(async () => {
  site = await loadSite('content', {
    url: 'https://example.org',
    base: '/explainer/',
    repository: 'https://github.com/example/explainer',
    branch: 'main',
    contentDir: 'content',
  });
});

describe('timelineJsDate', () => {
  test('gives only the parts of a date that are known', () => {
    expect(timelineJsDate('2014', '2014')).toEqual({ year: 2014, display_date: '2014' });
    expect(timelineJsDate('2022-02', 'February 2022')).toEqual({
      year: 2022,
      month: 2,
      display_date: 'February 2022',
    });
    expect(timelineJsDate('2022-07-13', '13 July 2022')).toMatchObject({
      year: 2022,
      month: 7,
      day: 13,
    });
  });
});

describe('data exports', () => {
  test('list every event in chronological order with its page, relations and responses', () => {
    const events = eventsExport(site);
    expect(events).toHaveLength(site.indexes.events.size);
    const dates = events.map((event) => event.date);
    expect(dates).toEqual([...dates].sort());
    const withRelations = events.find((event) => event.relations.length > 0)!;
    expect(withRelations.page).toBe(`https://example.org/explainer/events/${withRelations.id}/`);
    expect(withRelations.relations[0]).toHaveProperty('type');
    const answered = events.find((event) => event.responses.length > 0);
    expect(answered).toBeDefined();
  });

  test('give each actor its events with roles, and no field the pages derive', () => {
    const actors = actorsExport(site);
    const busy = actors.find((actor) => actor.events.length > 0)!;
    expect(busy.events[0]).toEqual({ id: expect.any(String), role: expect.any(String) });
    expect(busy).not.toHaveProperty('references');
    expect(busy.translations).toEqual(expect.any(Object));
  });

  test('keep a source’s own URL beside its page on the site, and what cites it', () => {
    const sources = sourcesExport(site);
    const cited = sources.find((source) => source.citedBy.length > 0)!;
    expect(cited.url).toMatch(/^https?:\/\//);
    expect(cited.page).toBe(`https://example.org/explainer/sources/${cited.id}/`);
  });
});

describe('timelineJsExport', () => {
  test('groups events by the label of their kind, never its id', () => {
    const { events } = timelineJsExport(site);
    const labels = new Set(site.topic.eventKinds.map((kind) => kind.label));
    for (const event of events) expect(labels.has(event.group), event.group).toBe(true);
  });

  test('writes headlines with the site’s curly quotes, escaped as HTML', () => {
    const { events } = timelineJsExport(site);
    const text = JSON.stringify(events.map((event) => event.text));
    expect(text).not.toMatch(/[^\\]"[^,:}{]*'[^"]*"/);
    for (const event of events) {
      expect(event.text.headline).toMatch(
        /^<a href="https:\/\/example\.org\/explainer\/events\/[a-z0-9-]+\/">[^<]+<\/a>$/,
      );
      expect(event.text.headline).not.toContain("'");
    }
  });
});
