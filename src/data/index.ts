/**
 * The one module routes get their data from. It takes the checked content from the content
 * store (./content.ts), derives the site (indexes, relations, languages) once, and gives each
 * route its pages (src/lib/views/routes.ts): the params, the view model as props, and a cache
 * key that is a digest of that view model, so the incremental build re-renders exactly the
 * pages whose content changed.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { siteConfig } from '../config.ts';
import { readFileHistory } from './git.ts';
import { buildSite, type FileHistory, type Locale, type Site } from '../lib/site.ts';
import { cardName } from '../lib/cards.ts';
import { chromeView, type Chrome } from '../lib/views/chrome.ts';
import { cardTexts } from '../lib/views/common.ts';
import { routes, type Route } from '../lib/views/routes.ts';
import { contentVersion, siteContent } from './content.ts';
import { SHIPPED_MESSAGES } from '../locales/index.ts';
import type { Translator } from '../lib/i18n.ts';

let site: { version: number; site: Promise<Site> } | undefined;
/** The git dates, read once per process: they change only with a commit. */
let history: ReadonlyMap<string, FileHistory> | undefined;

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
        history ??= readFileHistory(path.resolve(contentDir));
        return buildSite({ ...content, shipped: SHIPPED_MESSAGES, settings: siteConfig, history });
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

/**
 * One page per language and per item the route gives, with its view and cache key. The preview
 * server renders one page per request, so there each view is made only when its page is
 * rendered: making every view of a route to serve one page would take seconds at 10,000
 * entries, after every edit.
 */
async function pagesOf<P extends Record<string, string | undefined>, V>(
  route: Route<P, V>,
): Promise<StaticPage<P & { lang: string | undefined }, V>[]> {
  const s = await loadSite();
  return [...s.locales.values()].flatMap((locale) => {
    const { chrome, key } = chromeOf(s, locale);
    return route(s, locale).map(({ params, view: make }) => {
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
