/**
 * The data exports for researchers: the three collections as JSON, and the events in
 * TimelineJS's format. Dates keep their precision: a year-only event has no month or day.
 * Each record's `page` is its page on this site; a source's `url` is the report itself.
 */
import { formatPartialDate } from './dates.ts';
import type { Indexes } from './indexes.ts';
import type { SitePaths } from './paths.ts';

/** Turns a site path into an absolute URL. */
export type Absolute = (path: string) => string;

export function actorsExport(indexes: Indexes, paths: SitePaths, absolute: Absolute) {
  return [...indexes.actors.values()].map((actor) => ({
    id: actor.id,
    ...actor.data,
    page: absolute(paths.actor(actor.id)),
    events: (indexes.appearances.get(actor.id) ?? []).map(({ event, role }) => ({
      id: event.id,
      role,
    })),
  }));
}

export function eventsExport(indexes: Indexes, paths: SitePaths, absolute: Absolute) {
  return indexes.chronology.map((event) => ({
    id: event.id,
    ...event.data,
    page: absolute(paths.event(event.id)),
    responses: (indexes.responses.get(event.id) ?? []).map((e) => e.id),
  }));
}

export function sourcesExport(indexes: Indexes, paths: SitePaths, absolute: Absolute) {
  return [...indexes.sources.values()].map((source) => ({
    id: source.id,
    ...source.data,
    page: absolute(paths.source(source.id)),
    citedBy: (indexes.citedBy.get(source.id) ?? []).map(({ type, entry }) => ({
      type,
      id: entry.id,
    })),
  }));
}

/** A TimelineJS date: only the parts that are known. */
export interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
  display_date?: string;
}

export function timelineJsDate(date: string): TimelineJsDate {
  const [year, month, day] = date.split('-').map(Number);
  return {
    year: year!,
    ...(month === undefined ? {} : { month }),
    ...(day === undefined ? {} : { day }),
    display_date: formatPartialDate(date),
  };
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The events as a TimelineJS JSON file (https://timeline.knightlab.com/docs/json-format.html). */
export function timelineJsExport(
  indexes: Indexes,
  paths: SitePaths,
  absolute: Absolute,
  site: { title: string; description: string },
) {
  return {
    title: { text: { headline: escapeHtml(site.title), text: escapeHtml(site.description) } },
    events: indexes.chronology.map((event) => ({
      unique_id: event.id,
      start_date: timelineJsDate(event.data.date),
      group: event.data.kind,
      text: {
        headline: `<a href="${absolute(paths.event(event.id))}">${escapeHtml(event.data.title)}</a>`,
        text: escapeHtml(event.data.summary),
      },
    })),
  };
}
