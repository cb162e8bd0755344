/**
 * The one module that reads `astro:content`. It loads the collections once per build, derives
 * the site (indexes, relations, languages) once, and gives each route its pages
 * (src/lib/views/routes.ts): the params, the view model as props, and a cache key that is a
 * digest of that view model, so the incremental build re-renders exactly the pages whose
 * content changed.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { getCollection, getEntry } from 'astro:content';
import { siteConfig } from '../config.ts';
import { readFileHistory } from './git.ts';
import type { ActorEntry, EventEntry, SourceEntry } from '../lib/indexes.ts';
import { buildSite, type Locale, type Site } from '../lib/site.ts';
import { cardName } from '../lib/cards.ts';
import { chromeView, type Chrome } from '../lib/views/chrome.ts';
import { cardTexts } from '../lib/views/common.ts';
import { routes, type Route } from '../lib/views/routes.ts';
import { TOPIC_ENTRY } from '../loaders/topic.ts';
import { SHIPPED_MESSAGES } from '../locales/index.ts';
import type { Topic, TopicTranslation } from '../schemas/index.ts';
import type { PartialMessages, Translator } from '../lib/i18n.ts';

let loaded: Promise<Site> | undefined;

/** The site, loaded on first use and shared by every page. */
export function loadSite(): Promise<Site> {
  loaded ??= (async () => {
    const [topicEntry, actors, events, sources] = await Promise.all([
      getEntry('topic', TOPIC_ENTRY),
      getCollection('actors'),
      getCollection('events'),
      getCollection('sources'),
    ]);
    if (!topicEntry) throw new Error('The content has no topic file.');
    const { translations, locales, ...topic } = topicEntry.data as Topic & {
      translations: Record<string, TopicTranslation>;
      locales: Record<string, PartialMessages>;
    };
    const entry = <T>(e: { id: string; data: unknown; rendered?: { html: string } | undefined }) =>
      ({ id: e.id, data: e.data as T, html: e.rendered?.html }) as {
        id: string;
        data: T;
        html?: string;
      };
    return buildSite({
      topic,
      topicTranslations: translations,
      locales,
      shipped: SHIPPED_MESSAGES,
      actors: actors.map((e) => entry<ActorEntry['data']>(e)),
      events: events.map((e) => entry<EventEntry['data']>(e)),
      sources: sources.map((e) => entry<SourceEntry['data']>(e)),
      settings: siteConfig,
      history: readFileHistory(path.resolve(siteConfig.contentDir)),
    });
  })();
  return loaded;
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
  cacheKey: string;
};

const chromes = new WeakMap<Locale, { chrome: Chrome; key: string }>();

function chromeOf(site: Site, locale: Locale) {
  let found = chromes.get(locale);
  if (!found) {
    const chrome = chromeView(site, locale);
    // Everything a page shows besides its view: the frame, and the settings it links with.
    const key = digest(JSON.stringify([chrome, site.settings, locale.messages, locale.locale]));
    found = { chrome, key };
    chromes.set(locale, found);
  }
  return found;
}

function digest(text: string): string {
  return createHash('sha1').update(text).digest('base64url');
}

/** The route parameter of a language: none for the default, its code for the others. */
function langParam(site: Site, locale: Locale): string | undefined {
  return locale.lang === site.defaultLang ? undefined : locale.lang;
}

/** One page per language and per item the route gives, with its view and cache key. */
async function pagesOf<P extends Record<string, string | undefined>, V>(
  route: Route<P, V>,
): Promise<StaticPage<P & { lang: string | undefined }, V>[]> {
  const site = await loadSite();
  return [...site.locales.values()].flatMap((locale) => {
    const { chrome, key } = chromeOf(site, locale);
    return route(site, locale).map(({ params, view }) => ({
      params: { ...params, lang: langParam(site, locale) },
      props: { view, chrome, t: locale.t },
      cacheKey: digest(`${key}\u0000${JSON.stringify(view)}`),
    }));
  });
}

export const homePages = () => pagesOf(routes.home);
export const searchPages = () => pagesOf(routes.search);
export const notFoundPages = () => pagesOf(routes.notFound);
export const actorsIndexPages = () => pagesOf(routes.actorsIndex);
export const eventsIndexPages = () => pagesOf(routes.eventsIndex);
export const timelinePages = () => pagesOf(routes.timeline);
export const relationsPages = () => pagesOf(routes.relations);
export const relationsUnfoldedPages = () => pagesOf(routes.relationsUnfolded);
export const actorPages = () => pagesOf(routes.actor);
export const eventPages = () => pagesOf(routes.event);
export const sourcePages = () => pagesOf(routes.source);
export const actorKindPages = () => pagesOf(routes.actorKind);
export const eventKindPages = () => pagesOf(routes.eventKind);
export const actorEventsPages = () => pagesOf(routes.actorEvents);
export const sourceCitationsPages = () => pagesOf(routes.sourceCitations);
export const sourcesListPages = () => pagesOf(routes.sourcesList);
export const timelineYearPages = () => pagesOf(routes.timelineYear);
export const asOfPages = () => pagesOf(routes.asOf);

/** Every social card the pages declare, once each, named by its digest. */
export async function cardPages() {
  const s = await loadSite();
  const cards = new Map(
    [...s.locales.values()].flatMap((locale) =>
      cardTexts(s, locale).map((text) => [cardName(text), text] as const),
    ),
  );
  return [...cards].map(([card, text]) => ({ params: { card }, props: { text } }));
}

/** The site's locales, for endpoints that write one file per language. */
export async function loadLocales(): Promise<{ site: Site; locales: Locale[] }> {
  const site = await loadSite();
  return { site, locales: [...site.locales.values()] };
}
