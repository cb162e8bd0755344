/**
 * The one module routes get their data from. It takes the checked content from the content
 * store (./content.ts), derives the site (indexes, relations, languages) once, and gives each
 * route its pages: the params, the view model as props, and a cache key that is a digest of
 * that view model, so the incremental build re-renders exactly the pages whose content changed.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { siteConfig } from '../config.ts';
import { readLastUpdated } from './git.ts';
import type { SourceEntry } from '../lib/indexes.ts';
import { LIMITS } from '../lib/limits.ts';
import { paginate, pageParam } from '../lib/pagination.ts';
import { buildSite, type Locale, type Site } from '../lib/site.ts';
import { groupByYear } from '../lib/timeline.ts';
import { chromeView, type Chrome } from '../lib/views/chrome.ts';
import { actorView, eventView, sourceView } from '../lib/views/entries.ts';
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
} from '../lib/views/lists.ts';
import { asOfView, relationsView } from '../lib/views/relations.ts';
import { contentVersion, siteContent } from './content.ts';
import { SHIPPED_MESSAGES } from '../locales/index.ts';
import type { Translator } from '../lib/i18n.ts';

let site: { version: number; site: Promise<Site> } | undefined;
/** The git dates, read once per process: they change only with a commit. */
let updated: ReadonlyMap<string, string> | undefined;

/**
 * The site, made on first use and shared by every page. In the preview server it is made again
 * after each edit the content store has checked (see ./content.ts).
 */
export function loadSite(): Promise<Site> {
  const { contentDir, base } = siteConfig;
  const version = contentVersion(contentDir, base);
  if (site?.version !== version) {
    site = {
      version,
      site: siteContent(contentDir, base, import.meta.env.DEV).then((content) => {
        updated ??= readLastUpdated(path.resolve(contentDir));
        return buildSite({ ...content, shipped: SHIPPED_MESSAGES, settings: siteConfig, updated });
      }),
    };
  }
  return site.site;
}

// Type aliases rather than interfaces, so that Astro's `GetStaticPaths` accepts them.
type PageProps<V> = {
  view: V;
  chrome: Chrome;
  t: Translator;
};

type StaticPage<P, V> = {
  params: P;
  props: PageProps<V>;
  /** Absent in the preview server, which has no incremental build. */
  cacheKey?: string;
};

const chromes = new WeakMap<Locale, { chrome: Chrome; key: string }>();

function chromeOf(s: Site, locale: Locale) {
  let found = chromes.get(locale);
  if (!found) {
    const chrome = chromeView(s, locale);
    // Everything a page shows besides its view: the frame, and the settings it links with.
    const key = digest(JSON.stringify([chrome, s.settings, locale.messages, locale.locale]));
    found = { chrome, key };
    chromes.set(locale, found);
  }
  return found;
}

function digest(text: string): string {
  return createHash('sha1').update(text).digest('base64url');
}

/** The route parameter of a language: none for the default, its code for the others. */
function langParam(s: Site, locale: Locale): string | undefined {
  return locale.lang === s.defaultLang ? undefined : locale.lang;
}

/**
 * One page per language and per item `pages` gives, with its view and cache key. The preview
 * server renders one page per request, so there each view is made only when its page is
 * rendered: making every view of a route to serve one page would take seconds at 10,000
 * entries, after every edit.
 */
async function pagesOf<P extends Record<string, string | undefined>, V>(
  pages: (s: Site, locale: Locale) => { params: P; view: () => V }[],
): Promise<StaticPage<P & { lang: string | undefined }, V>[]> {
  const s = await loadSite();
  return [...s.locales.values()].flatMap((locale) => {
    const { chrome, key } = chromeOf(s, locale);
    return pages(s, locale).map(({ params, view: make }) => {
      const pageParams = { ...params, lang: langParam(s, locale) };
      if (import.meta.env.DEV) {
        let view: V | undefined;
        const props = {
          get view() {
            return (view ??= make());
          },
          chrome,
          t: locale.t,
        };
        return { params: pageParams, props };
      }
      const view = make();
      return {
        params: pageParams,
        props: { view, chrome, t: locale.t },
        cacheKey: digest(`${key}\u0000${JSON.stringify(view)}`),
      };
    });
  });
}

const one = <V>(view: () => V) => [{ params: {}, view }];

export const homePages = () => pagesOf((s, l) => one(() => homeView(s, l)));
export const searchPages = () => pagesOf((s, l) => one(() => searchView(s, l)));
export const notFoundPages = () => pagesOf((s, l) => one(() => notFoundView(s, l)));
export const actorsIndexPages = () => pagesOf((s, l) => one(() => actorsIndexView(s, l)));
export const eventsIndexPages = () => pagesOf((s, l) => one(() => eventsIndexView(s, l)));
export const timelinePages = () => pagesOf((s, l) => one(() => timelineView(s, l)));
export const relationsPages = () => pagesOf((s, l) => one(() => relationsView(s, l)));
export const relationsUnfoldedPages = () => pagesOf((s, l) => one(() => relationsView(s, l, true)));

export const actorPages = () =>
  pagesOf((s, l) =>
    [...s.indexes.actors.values()].map((actor) => ({
      params: { id: actor.id },
      view: () => actorView(s, l, actor),
    })),
  );

export const eventPages = () =>
  pagesOf((s, l) =>
    s.indexes.chronology.map((event) => ({
      params: { id: event.id },
      view: () => eventView(s, l, event),
    })),
  );

export const sourcePages = () =>
  pagesOf((s, l) =>
    [...s.indexes.sources.values()].map((source) => ({
      params: { id: source.id },
      view: () => sourceView(s, l, source),
    })),
  );

export const actorKindPages = () =>
  pagesOf((s, l) =>
    kindPages(kindGroups(s).actors).flatMap(({ kind, items }) =>
      paginate(items, LIMITS.page).map((page) => ({
        params: { kind, page: pageParam(page.number) },
        view: () => actorKindPageView(s, l, kind, page),
      })),
    ),
  );

export const eventKindPages = () =>
  pagesOf((s, l) =>
    kindPages(kindGroups(s).events).flatMap(({ kind, items }) =>
      paginate(items, LIMITS.page).map((page) => ({
        params: { kind, page: pageParam(page.number) },
        view: () => eventKindPageView(s, l, kind, page),
      })),
    ),
  );

export const actorEventsPages = () =>
  pagesOf((s, l) =>
    [...s.indexes.actors.values()].flatMap((actor) => {
      const ids = (s.indexes.appearances.get(actor.id) ?? []).map((a) => a.event.id);
      if (ids.length <= LIMITS.actorEvents) return [];
      return paginate(ids, LIMITS.page).map((page) => ({
        params: { id: actor.id, page: pageParam(page.number) },
        view: () => actorEventsPageView(s, l, actor, page),
      }));
    }),
  );

export const sourceCitationsPages = () =>
  pagesOf((s, l) =>
    [...s.indexes.sources.values()].flatMap((source) => {
      const count = (s.indexes.citedBy.get(source.id) ?? []).length;
      if (count <= LIMITS.sourceCitations) return [];
      const indexes = Array.from({ length: count }, (_, i) => i);
      return paginate(indexes, LIMITS.page).map((page) => ({
        params: { id: source.id, page: pageParam(page.number) },
        view: () => sourceCitationsPageView(s, l, source, page),
      }));
    }),
  );

export const sourcesListPages = () =>
  pagesOf((s, l) => {
    const ids = [...s.indexes.sources.values()]
      .sort(compareSourcesNewest)
      .map((source) => source.id);
    return paginate(ids, LIMITS.page).map((page) => ({
      params: { page: page.number > 1 ? `page/${page.number}` : undefined },
      view: () => sourcesPageView(s, l, page),
    }));
  });

export const timelineYearPages = () =>
  pagesOf((s, l) =>
    groupByYear(s.indexes.chronology).flatMap(({ year, events }) =>
      paginate(
        events.map((e) => e.id),
        LIMITS.timelineYear,
      ).map((page) => ({
        params: { year: String(year), page: pageParam(page.number) },
        view: () => timelineYearView(s, l, year, page),
      })),
    ),
  );

export const asOfPages = () =>
  pagesOf((s, l) =>
    s.periods.map((period, index) => ({
      params: { period: period.key },
      view: () => asOfView(s, l, index),
    })),
  );

function compareSourcesNewest(a: SourceEntry, b: SourceEntry): number {
  if (a.data.published !== b.data.published) return a.data.published < b.data.published ? 1 : -1;
  return a.data.publisher.localeCompare(b.data.publisher, 'und') || (a.id < b.id ? -1 : 1);
}

/** The site's locales, for endpoints that write one file per language. */
export async function loadLocales(): Promise<{ site: Site; locales: Locale[] }> {
  const s = await loadSite();
  return { site: s, locales: [...s.locales.values()] };
}
