/**
 * The data exports for researchers: the three collections as JSON, with the translations keyed
 * by language, and the events in TimelineJS's format. Dates keep their precision: a year-only
 * event has no month or day. Each record's `page` is its page on this site; a source's `url`
 * is the report itself.
 */
import { absoluteUrl } from './paths.ts';
import type { Site } from './site.ts';
import { eventWords } from './localize.ts';
import { smartQuotes } from './typography.ts';

function pages(site: Site, path: (paths: ReturnType<typeof pathsOf>[number]) => string) {
  return Object.fromEntries(
    pathsOf(site).map((paths) => [paths.lang, absoluteUrl(site.settings.url, path(paths))]),
  );
}

function pathsOf(site: Site) {
  return [...site.locales.values()].map((locale) => ({ lang: locale.lang, ...locale.paths }));
}

/** An entry's stored data without what the site derives for its pages. */
function facts<T extends { references?: unknown; translations?: Record<string, object> }>(data: T) {
  const { references: _references, translations = {}, ...rest } = data;
  return {
    ...rest,
    translations: Object.fromEntries(
      Object.entries(translations).map(([lang, words]) => {
        const { references: _r, html: _h, ...kept } = words as Record<string, unknown>;
        return [lang, kept];
      }),
    ),
  };
}

export function actorsExport(site: Site) {
  const defaults = site.locales.get(site.defaultLang)!.paths;
  return [...site.indexes.actors.values()].map((actor) => ({
    id: actor.id,
    ...facts(actor.data),
    page: absoluteUrl(site.settings.url, defaults.actor(actor.id)),
    pages: pages(site, (p) => p.actor(actor.id)),
    events: (site.indexes.appearances.get(actor.id) ?? []).map(({ event, role }) => ({
      id: event.id,
      role,
    })),
  }));
}

export function eventsExport(site: Site) {
  const defaults = site.locales.get(site.defaultLang)!.paths;
  return site.indexes.chronology.map((event) => ({
    id: event.id,
    ...facts(event.data),
    page: absoluteUrl(site.settings.url, defaults.event(event.id)),
    pages: pages(site, (p) => p.event(event.id)),
    responses: (site.indexes.responses.get(event.id) ?? []).map((e) => e.id),
  }));
}

export function sourcesExport(site: Site) {
  const defaults = site.locales.get(site.defaultLang)!.paths;
  return [...site.indexes.sources.values()].map((source) => ({
    id: source.id,
    ...facts(source.data),
    page: absoluteUrl(site.settings.url, defaults.source(source.id)),
    citedBy: (site.indexes.citedBy.get(source.id) ?? []).map(({ type, entry }) => ({
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

export function timelineJsDate(date: string, display: string): TimelineJsDate {
  const [year, month, day] = date.split('-').map(Number);
  return {
    year: year!,
    ...(month === undefined ? {} : { month }),
    ...(day === undefined ? {} : { day }),
    display_date: display,
  };
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The events as a TimelineJS JSON file, in the default language
 * (https://timeline.knightlab.com/docs/json-format.html). Groups are the kinds' labels.
 */
export function timelineJsExport(site: Site) {
  const locale = site.locales.get(site.defaultLang)!;
  return {
    title: {
      text: {
        headline: escapeHtml(locale.words.title),
        text: escapeHtml(locale.words.description),
      },
    },
    events: site.indexes.chronology.map((event) => {
      const words = eventWords(event, locale.lang, site.defaultLang);
      const url = absoluteUrl(site.settings.url, locale.paths.event(event.id));
      return {
        unique_id: event.id,
        start_date: timelineJsDate(event.data.date, locale.t.date(event.data.date)),
        group: locale.words.eventKind(event.data.kind).label,
        text: {
          headline: `<a href="${escapeHtml(url)}">${escapeHtml(smartQuotes(words.title))}</a>`,
          text: escapeHtml(smartQuotes(words.summary)),
        },
      };
    }),
  };
}
