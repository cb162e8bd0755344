/** The view models of the pages that list entries: the home page, indexes, the timeline. */
import { groupBy } from '../grouping.ts';
import type { ActorEntry, EventEntry, SourceEntry } from '../indexes.ts';
import { collectionPageJsonLd, webPageJsonLd, websiteJsonLd } from '../jsonld.ts';
import { LIMITS } from '../limits.ts';
import { actorWords } from '../localize.ts';
import type { Page } from '../pagination.ts';
import { absoluteUrl } from '../paths.ts';
import type { PluralMessage } from '../i18n.ts';
import type { Locale, Site } from '../site.ts';
import { searchInWorker } from '../search.ts';
import { groupByYear } from '../timeline.ts';
import { kindTone, timelineChart, type ChartView } from './charts.ts';
import {
  actorItem,
  eventItem,
  pageMeta,
  referenceItem,
  type ActorItem,
  type EventItem,
  type Link,
  type PageMeta,
  type ReferenceItem,
} from './common.ts';

function listPage(
  site: Site,
  locale: Locale,
  path: (l: Locale) => string,
  title: string,
  description: string,
  items: readonly { name: string; href: string }[],
  total?: number,
): PageMeta {
  const url = absoluteUrl(site.settings.url, path(locale));
  return pageMeta(site, locale, path, {
    title,
    description,
    jsonLd: collectionPageJsonLd(
      {
        url,
        name: title,
        description,
        inLanguage: locale.lang,
        isPartOf: {
          name: locale.words.title,
          url: absoluteUrl(site.settings.url, locale.paths.home),
        },
      },
      items.map((item) => ({ name: item.name, url: absoluteUrl(site.settings.url, item.href) })),
      total,
    ),
  });
}

export function otherPageMeta(
  site: Site,
  locale: Locale,
  path: (l: Locale) => string,
  title: string,
  description: string,
  extra: Partial<PageMeta> = {},
): PageMeta {
  return pageMeta(site, locale, path, {
    title,
    description,
    jsonLd: webPageJsonLd({
      url: absoluteUrl(site.settings.url, path(locale)),
      name: title,
      description,
      inLanguage: locale.lang,
      isPartOf: {
        name: locale.words.title,
        url: absoluteUrl(site.settings.url, locale.paths.home),
      },
    }),
    ...extra,
  });
}

/** A way into the site from the home page: a section and what it offers. */
export interface EntryPoint {
  href: string;
  title: string;
  text: string;
}

export interface HomeView {
  meta: PageMeta;
  title: string;
  description: string;
  /** Every event on a time axis, the first thing the page shows. */
  chart?: ChartView | undefined;
  intro: { text: string; events: Link[] }[];
  keyDates: EventItem[];
  entryPoints: EntryPoint[];
  counts: { actors: number; events: number; sources: number };
}

export function homeView(site: Site, locale: Locale): HomeView {
  const { indexes } = site;
  const intro = locale.words.intro.map(({ text, events }) => ({
    text,
    events: events.flatMap((id) => {
      const event = indexes.events.get(id);
      if (!event) return [];
      const item = eventItem(site, locale, event);
      return [{ href: item.href, text: item.title, lang: item.lang }];
    }),
  }));
  const keyIds = new Set(locale.words.intro.flatMap(({ events }) => events));
  const keyDates = indexes.chronology
    .filter((event) => keyIds.has(event.id))
    .map((event) => eventItem(site, locale, event));
  const url = absoluteUrl(site.settings.url, locale.paths.home);
  const { t, paths } = locale;
  return {
    meta: pageMeta(site, locale, (l) => l.paths.home, {
      title: undefined,
      description: locale.words.description,
      jsonLd: websiteJsonLd({
        name: locale.words.title,
        description: locale.words.description,
        url,
        inLanguage: locale.lang,
      }),
    }),
    title: locale.words.title,
    description: locale.words.description,
    chart:
      indexes.chronology.length > 0 ? timelineChart(site, locale, indexes.chronology) : undefined,
    intro,
    keyDates,
    entryPoints: [
      { href: paths.timeline, title: t.t('nav.timeline'), text: t.t('home.timelineLink') },
      { href: paths.actors, title: t.t('nav.actors'), text: t.t('home.actorsLink') },
      { href: paths.relations, title: t.t('nav.relations'), text: t.t('home.relationsLink') },
      { href: paths.sources, title: t.t('nav.sources'), text: t.t('home.sourcesLink') },
      { href: paths.search, title: t.t('nav.search'), text: t.t('home.searchLink') },
    ],
    counts: {
      actors: indexes.actors.size,
      events: indexes.events.size,
      sources: indexes.sources.size,
    },
  };
}

export interface KindGroup<T> {
  kind: string;
  label: string;
  /** The palette slot of an event kind. */
  tone?: number | undefined;
  items: T[];
  total: number;
  /** The kind's own paginated list, when the group is too long to list here in full. */
  all?: string | undefined;
}

/** Actors by kind, in the topic's order of kinds and by name in the page's language. */
function actorsByKind(site: Site, locale: Locale): { kind: string; items: ActorEntry[] }[] {
  const name = (actor: ActorEntry) => actorWords(actor, locale.lang, site.defaultLang).name;
  const sorted = [...site.indexes.actors.values()].sort(
    (a, b) => locale.t.compare(name(a), name(b)) || (a.id < b.id ? -1 : 1),
  );
  return groupBy(
    sorted,
    (actor) => actor.data.kind,
    site.topic.actorKinds.map((kind) => kind.id),
  ).map(({ key, items }) => ({ kind: key, items }));
}

function eventsByKind(site: Site): { kind: string; items: EventEntry[] }[] {
  return groupBy(
    site.indexes.chronology,
    (event) => event.data.kind,
    site.topic.eventKinds.map((kind) => kind.id),
  ).map(({ key, items }) => ({ kind: key, items }));
}

export interface IndexView<T> {
  meta: PageMeta;
  title: string;
  total: number;
  groups: KindGroup<T>[];
}

export function actorsIndexView(site: Site, locale: Locale): IndexView<ActorItem> {
  const t = locale.t;
  const groups = actorsByKind(site, locale).map(({ kind, items }) => ({
    kind,
    label: locale.words.actorKind(kind).plural,
    items: items.slice(0, LIMITS.group).map((actor) => actorItem(site, locale, actor)),
    total: items.length,
    all: items.length > LIMITS.group ? locale.paths.actorKind(kind) : undefined,
  }));
  const title = t.t('lists.actorsTitle');
  return {
    meta: listPage(
      site,
      locale,
      (l) => l.paths.actors,
      title,
      t.t('lists.actorsDescription'),
      groups.flatMap((g) => g.items.map((i) => ({ name: i.name, href: i.href }))),
      site.indexes.actors.size,
    ),
    title,
    total: site.indexes.actors.size,
    groups,
  };
}

export function eventsIndexView(site: Site, locale: Locale): IndexView<EventItem> {
  const t = locale.t;
  const groups = eventsByKind(site).map(({ kind, items }) => ({
    kind,
    label: locale.words.eventKind(kind).plural,
    tone: kindTone(site, kind),
    items: items.slice(0, LIMITS.group).map((event) => eventItem(site, locale, event)),
    total: items.length,
    all: items.length > LIMITS.group ? locale.paths.eventKind(kind) : undefined,
  }));
  const title = t.t('lists.eventsTitle');
  return {
    meta: listPage(
      site,
      locale,
      (l) => l.paths.events,
      title,
      t.t('lists.eventsDescription'),
      groups.flatMap((g) => g.items.map((i) => ({ name: i.title, href: i.href }))),
      site.indexes.events.size,
    ),
    title,
    total: site.indexes.events.size,
    groups,
  };
}

export interface ListPageView<T> {
  meta: PageMeta;
  title: string;
  /** Where the list belongs, such as all actors. */
  up: Link;
  items: T[];
  page: { number: number; count: number; hrefs: string[] };
}

function pageHrefs(count: number, href: (n: number) => string): string[] {
  return Array.from({ length: count }, (_, i) => href(i + 1));
}

function pagedTitle(locale: Locale, title: string, number: number): string {
  return number > 1 ? locale.t.t('lists.pageTitle', { title, n: number }) : title;
}

/** The pages of each kind too long to list in full on its index. */
export function kindPages<T>(
  groups: readonly { kind: string; items: readonly T[] }[],
): { kind: string; items: readonly T[] }[] {
  return groups.filter(({ items }) => items.length > LIMITS.group);
}

export function actorKindPageView(
  site: Site,
  locale: Locale,
  kind: string,
  page: Page<string>,
): ListPageView<ActorItem> {
  const title = pagedTitle(locale, locale.words.actorKind(kind).plural, page.number);
  const items = page.items.map((id) => actorItem(site, locale, site.indexes.actors.get(id)!));
  const path = (l: Locale) => l.paths.actorKind(kind, page.number);
  return {
    meta: listPage(
      site,
      locale,
      path,
      title,
      title,
      items.map((i) => ({ name: i.name, href: i.href })),
    ),
    title,
    up: { href: locale.paths.actors, text: locale.t.t('lists.allActors') },
    items,
    page: {
      number: page.number,
      count: page.count,
      hrefs: pageHrefs(page.count, (n) => locale.paths.actorKind(kind, n)),
    },
  };
}

export function eventKindPageView(
  site: Site,
  locale: Locale,
  kind: string,
  page: Page<string>,
): ListPageView<EventItem> {
  const title = pagedTitle(locale, locale.words.eventKind(kind).plural, page.number);
  const items = page.items.map((id) => eventItem(site, locale, site.indexes.events.get(id)!));
  const path = (l: Locale) => l.paths.eventKind(kind, page.number);
  return {
    meta: listPage(
      site,
      locale,
      path,
      title,
      title,
      items.map((i) => ({ name: i.title, href: i.href })),
    ),
    title,
    up: { href: locale.paths.events, text: locale.t.t('lists.allEvents') },
    items,
    page: {
      number: page.number,
      count: page.count,
      hrefs: pageHrefs(page.count, (n) => locale.paths.eventKind(kind, n)),
    },
  };
}

/** The groups of actor and event ids, for the routes' paths. */
export function kindGroups(site: Site): {
  actors: { kind: string; items: string[] }[];
  events: { kind: string; items: string[] }[];
} {
  const english = site.locales.get(site.defaultLang)!;
  return {
    actors: actorsByKind(site, english).map(({ kind, items }) => ({
      kind,
      items: items.map((a) => a.id),
    })),
    events: eventsByKind(site).map(({ kind, items }) => ({ kind, items: items.map((e) => e.id) })),
  };
}

export function actorEventsPageView(
  site: Site,
  locale: Locale,
  actor: ActorEntry,
  page: Page<string>,
): ListPageView<EventItem> {
  const name = actorWords(actor, locale.lang, site.defaultLang).name;
  const title = pagedTitle(locale, locale.t.t('entry.eventsOf', { name }), page.number);
  const roles = new Map(
    (site.indexes.appearances.get(actor.id) ?? []).map((a) => [a.event.id, a.role]),
  );
  const items = page.items.map((id) =>
    eventItem(site, locale, site.indexes.events.get(id)!, roles.get(id)),
  );
  const path = (l: Locale) => l.paths.actorEvents(actor.id, page.number);
  return {
    meta: listPage(
      site,
      locale,
      path,
      title,
      title,
      items.map((i) => ({ name: i.title, href: i.href })),
    ),
    title,
    up: { href: locale.paths.actor(actor.id), text: name },
    items,
    page: {
      number: page.number,
      count: page.count,
      hrefs: pageHrefs(page.count, (n) => locale.paths.actorEvents(actor.id, n)),
    },
  };
}

export function sourceCitationsPageView(
  site: Site,
  locale: Locale,
  source: SourceEntry,
  page: Page<number>,
): ListPageView<{ type: 'event'; item: EventItem } | { type: 'actor'; item: ActorItem }> {
  const name = source.data.headline ?? source.data.description;
  const title = pagedTitle(
    locale,
    locale.t.t('source.citationsOf', { title: source.data.publisher }),
    page.number,
  );
  const citations = site.indexes.citedBy.get(source.id) ?? [];
  const items = page.items.map((index) => {
    const citation = citations[index]!;
    return citation.type === 'event'
      ? { type: 'event' as const, item: eventItem(site, locale, citation.entry) }
      : { type: 'actor' as const, item: actorItem(site, locale, citation.entry) };
  });
  const path = (l: Locale) => l.paths.sourceCitations(source.id, page.number);
  return {
    meta: listPage(
      site,
      locale,
      path,
      title,
      title,
      items.map(({ item }) => ({
        name: 'title' in item ? item.title : item.name,
        href: item.href,
      })),
    ),
    title,
    up: { href: locale.paths.source(source.id), text: name },
    items,
    page: {
      number: page.number,
      count: page.count,
      hrefs: pageHrefs(page.count, (n) => locale.paths.sourceCitations(source.id, n)),
    },
  };
}

export interface SourcesView {
  meta: PageMeta;
  title: string;
  total: number;
  items: ReferenceItem[];
  page: { number: number; count: number; hrefs: string[] };
}

export function sourcesPageView(site: Site, locale: Locale, page: Page<string>): SourcesView {
  const title = pagedTitle(locale, locale.t.t('lists.sourcesTitle'), page.number);
  const items = page.items.map((id, i) =>
    referenceItem(site, locale, site.indexes.sources.get(id)!, i + 1),
  );
  const path = (l: Locale) => l.paths.sourcesPage(page.number);
  return {
    meta: listPage(
      site,
      locale,
      path,
      title,
      locale.t.t('lists.sourcesDescription'),
      items.map((i) => ({ name: i.headline ?? i.description, href: i.href })),
      site.indexes.sources.size,
    ),
    title,
    total: site.indexes.sources.size,
    items,
    page: {
      number: page.number,
      count: page.count,
      hrefs: pageHrefs(page.count, (n) => locale.paths.sourcesPage(n)),
    },
  };
}

/** An event on the timeline, with its participants for the list and the filter. */
export interface TimelineItem extends EventItem {
  actorIds: string[];
  actorNames: string[];
}

export interface TimelineView {
  meta: PageMeta;
  title: string;
  /** Whether every event is on this page; otherwise the latest, with a page per year. */
  complete: boolean;
  total: number;
  years: { year: number; count: number; href: string }[];
  groups: { year: number; events: TimelineItem[] }[];
  /** The events drawn on a time axis: every event, or on a year's page that whole year. */
  chart?: ChartView | undefined;
  filter: TimelineFilterView;
  /** For a year's page: its pages and the way back to the whole timeline. */
  page?: { number: number; count: number; hrefs: string[]; up: Link } | undefined;
}

export interface TimelineFilterView {
  kinds: { id: string; label: string }[];
  actors: { id: string; name: string }[];
  /** The status before any filter is chosen, so the script's first status moves nothing. */
  status: string;
}

function timelineItem(site: Site, locale: Locale, event: EventEntry): TimelineItem {
  const actorIds = [...new Set(event.data.participants.map((p) => p.actor))];
  return {
    ...eventItem(site, locale, event),
    actorIds,
    actorNames: actorIds.map((id) => {
      const actor = site.indexes.actors.get(id);
      return actor ? actorWords(actor, locale.lang, site.defaultLang).name : id;
    }),
  };
}

function filterView(site: Site, locale: Locale, events: readonly EventEntry[]): TimelineFilterView {
  const kinds = [...new Set(events.map((e) => e.data.kind))].map((id) => ({
    id,
    label: locale.words.eventKind(id).label,
  }));
  const actorIds = [...new Set(events.flatMap((e) => e.data.participants.map((p) => p.actor)))];
  const actors = actorIds
    .map((id) => ({
      id,
      name: site.indexes.actors.has(id)
        ? actorWords(site.indexes.actors.get(id)!, locale.lang, site.defaultLang).name
        : id,
    }))
    .sort((a, b) => locale.t.compare(a.name, b.name));
  return {
    kinds: kinds.sort((a, b) => locale.t.compare(a.label, b.label)),
    actors,
    status: locale.t.t('timeline.showingAll', { count: events.length }),
  };
}

export function timelineView(site: Site, locale: Locale): TimelineView {
  const { chronology } = site.indexes;
  const complete = chronology.length <= LIMITS.timeline;
  const events = complete ? chronology : chronology.slice(-LIMITS.timeline);
  const title = locale.t.t('timeline.title');
  const groups = groupByYear(events).map(({ year, events: list }) => ({
    year,
    events: list.map((e) => timelineItem(site, locale, e)),
  }));
  return {
    meta: listPage(
      site,
      locale,
      (l) => l.paths.timeline,
      title,
      locale.t.t('timeline.description'),
      groups.flatMap((g) => g.events.map((e) => ({ name: e.title, href: e.href }))),
      chronology.length,
    ),
    title,
    complete,
    total: chronology.length,
    years: groupByYear(chronology).map(({ year, events: list }) => ({
      year,
      count: list.length,
      href: locale.paths.timelineYear(year),
    })),
    groups,
    chart: chronology.length > 0 ? timelineChart(site, locale, chronology) : undefined,
    filter: filterView(site, locale, events),
  };
}

const years = new WeakMap<Site, Map<number, EventEntry[]>>();

/** The events of one year, in date order. */
function eventsOfYear(site: Site, year: number): EventEntry[] {
  let map = years.get(site);
  if (!map) {
    map = new Map(groupByYear(site.indexes.chronology).map((g) => [g.year, g.events]));
    years.set(site, map);
  }
  return map.get(year) ?? [];
}

export function timelineYearView(
  site: Site,
  locale: Locale,
  year: number,
  page: Page<string>,
): TimelineView {
  const events = page.items.map((id) => site.indexes.events.get(id)!);
  const base = locale.t.t('timeline.yearTitle', { year: String(year) });
  const title = pagedTitle(locale, base, page.number);
  const path = (l: Locale) => l.paths.timelineYear(year, page.number);
  const items = events.map((e) => timelineItem(site, locale, e));
  return {
    meta: listPage(
      site,
      locale,
      path,
      title,
      locale.t.t('timeline.yearDescription', { year: String(year) }),
      items.map((e) => ({ name: e.title, href: e.href })),
    ),
    title,
    complete: true,
    total: items.length,
    years: [],
    groups: [{ year, events: items }],
    chart: timelineChart(site, locale, eventsOfYear(site, year), {
      rowLabels: false,
      stackKinds: true,
    }),
    filter: filterView(site, locale, events),
    page: {
      number: page.number,
      count: page.count,
      hrefs: pageHrefs(page.count, (n) => locale.paths.timelineYear(year, n)),
      up: { href: locale.paths.timeline, text: locale.t.t('timeline.wholeTimeline') },
    },
  };
}

export interface SimpleView {
  meta: PageMeta;
  title: string;
}

/** The interface text the search page's script shows, in the page's language. */
export interface SearchStrings {
  /** Each filter's key in the URL and its name in the index. */
  filters: { key: string; name: string }[];
  noMatches: string;
  noResults: string;
  entries: PluralMessage;
  resultsFor: PluralMessage;
  loadingFilters: string;
  unavailable: string;
  unavailableDev: string;
  /** Whether Pagefind searches in a Web Worker, which large indexes need (see `searchInWorker`). */
  worker: boolean;
  /** Every value of the type filter: with nothing typed, these list every entry. */
  types: string[];
}

export interface SearchView extends SimpleView {
  strings: SearchStrings;
  /** Where every entry is listed, for readers without script. */
  indexes: Link[];
}

export function searchView(site: Site, locale: Locale): SearchView {
  const { t, messages, paths } = locale;
  const title = t.t('search.title');
  return {
    meta: otherPageMeta(site, locale, (l) => l.paths.search, title, t.t('search.description')),
    title,
    strings: {
      filters: [
        { key: 'type', name: t.t('search.filterType') },
        { key: 'actor_kind', name: t.t('search.filterActorKind') },
        { key: 'event_kind', name: t.t('search.filterEventKind') },
        { key: 'year', name: t.t('search.filterYear') },
        { key: 'actor', name: t.t('search.filterActor') },
      ],
      noMatches: t.t('search.noMatches'),
      noResults: messages.search.noResults,
      entries: messages.search.entries,
      resultsFor: messages.search.resultsFor,
      loadingFilters: t.t('search.loadingFilters'),
      unavailable: t.t('search.unavailable'),
      unavailableDev: t.t('search.unavailableDev'),
      // Every actor and event has a page in every language, and each of them is indexed.
      worker: searchInWorker(site.indexes.actors.size + site.indexes.events.size),
      types: [t.t('nav.actors'), t.t('nav.events')],
    },
    indexes: [
      { href: paths.actors, text: t.t('nav.actors') },
      { href: paths.events, text: t.t('nav.events') },
      { href: paths.timeline, text: t.t('nav.timeline') },
      { href: paths.sources, text: t.t('nav.sources') },
    ],
  };
}

export function notFoundView(site: Site, locale: Locale): SimpleView {
  const title = locale.t.t('notFound.title');
  return {
    meta: otherPageMeta(site, locale, (l) => l.paths.notFound, title, locale.t.t('notFound.text'), {
      noindex: true,
    }),
    title,
  };
}
