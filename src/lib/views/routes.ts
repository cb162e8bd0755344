/**
 * Every route's pages in one language: the params of each page and how to make its view model,
 * the props its page renders and nothing else. `src/data` runs these once per language; a build
 * makes every view and derives each page's cache key from it, while the preview server makes a
 * view only when its page is asked for. Unit tests run them on the real content.
 */
import { LIMITS } from '../limits.ts';
import type { SourceEntry } from '../indexes.ts';
import { paginate, pageParam } from '../pagination.ts';
import type { Locale, Site } from '../site.ts';
import { groupByYear } from '../timeline.ts';
import { actorView, eventView, sourceView } from './entries.ts';
import {
  actorEventsPageView,
  actorKindPageView,
  actorsIndexView,
  eventKindPageView,
  eventsIndexView,
  homeView,
  kindGroups,
  kindPages,
  notFoundView,
  searchView,
  sourceCitationsPageView,
  sourcesPageView,
  timelineView,
  timelineYearView,
} from './lists.ts';
import { asOfView, relationsView } from './relations.ts';

/** A route's pages in one language. */
export type Route<P extends Record<string, string | undefined>, V> = (
  site: Site,
  locale: Locale,
) => { params: P; view: () => V }[];

const one =
  <V>(view: (site: Site, locale: Locale) => V): Route<Record<string, never>, V> =>
  (site, locale) => [{ params: {}, view: () => view(site, locale) }];

function compareSourcesNewest(a: SourceEntry, b: SourceEntry): number {
  if (a.data.published !== b.data.published) return a.data.published < b.data.published ? 1 : -1;
  return a.data.publisher.localeCompare(b.data.publisher, 'und') || (a.id < b.id ? -1 : 1);
}

export const routes = {
  home: one(homeView),
  search: one(searchView),
  notFound: one(notFoundView),
  actorsIndex: one(actorsIndexView),
  eventsIndex: one(eventsIndexView),
  timeline: one(timelineView),
  relations: one((site, locale) => relationsView(site, locale)),
  relationsUnfolded: one((site, locale) => relationsView(site, locale, true)),

  actor: (site: Site, locale: Locale) =>
    [...site.indexes.actors.values()].map((actor) => ({
      params: { id: actor.id },
      view: () => actorView(site, locale, actor),
    })),

  event: (site: Site, locale: Locale) =>
    site.indexes.chronology.map((event) => ({
      params: { id: event.id },
      view: () => eventView(site, locale, event),
    })),

  source: (site: Site, locale: Locale) =>
    [...site.indexes.sources.values()].map((source) => ({
      params: { id: source.id },
      view: () => sourceView(site, locale, source),
    })),

  actorKind: (site: Site, locale: Locale) =>
    kindPages(kindGroups(site).actors).flatMap(({ kind, items }) =>
      paginate(items, LIMITS.page).map((page) => ({
        params: { kind, page: pageParam(page.number) },
        view: () => actorKindPageView(site, locale, kind, page),
      })),
    ),

  eventKind: (site: Site, locale: Locale) =>
    kindPages(kindGroups(site).events).flatMap(({ kind, items }) =>
      paginate(items, LIMITS.page).map((page) => ({
        params: { kind, page: pageParam(page.number) },
        view: () => eventKindPageView(site, locale, kind, page),
      })),
    ),

  actorEvents: (site: Site, locale: Locale) =>
    [...site.indexes.actors.values()].flatMap((actor) => {
      const ids = (site.indexes.appearances.get(actor.id) ?? []).map((a) => a.event.id);
      if (ids.length <= LIMITS.actorEvents) return [];
      return paginate(ids, LIMITS.page).map((page) => ({
        params: { id: actor.id, page: pageParam(page.number) },
        view: () => actorEventsPageView(site, locale, actor, page),
      }));
    }),

  sourceCitations: (site: Site, locale: Locale) =>
    [...site.indexes.sources.values()].flatMap((source) => {
      const count = (site.indexes.citedBy.get(source.id) ?? []).length;
      if (count <= LIMITS.sourceCitations) return [];
      const indexes = Array.from({ length: count }, (_, i) => i);
      return paginate(indexes, LIMITS.page).map((page) => ({
        params: { id: source.id, page: pageParam(page.number) },
        view: () => sourceCitationsPageView(site, locale, source, page),
      }));
    }),

  sourcesList: (site: Site, locale: Locale) => {
    const ids = [...site.indexes.sources.values()]
      .sort(compareSourcesNewest)
      .map((source) => source.id);
    return paginate(ids, LIMITS.page).map((page) => ({
      params: { page: page.number > 1 ? `page/${page.number}` : undefined },
      view: () => sourcesPageView(site, locale, page),
    }));
  },

  timelineYear: (site: Site, locale: Locale) =>
    groupByYear(site.indexes.chronology).flatMap(({ year, events }) =>
      paginate(
        events.map((e) => e.id),
        LIMITS.timelineYear,
      ).map((page) => ({
        params: { year: String(year), page: pageParam(page.number) },
        view: () => timelineYearView(site, locale, year, page),
      })),
    ),

  asOf: (site: Site, locale: Locale) =>
    site.periods.map((period, index) => ({
      params: { period: period.key },
      view: () => asOfView(site, locale, index),
    })),
};
