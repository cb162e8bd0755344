/**
 * The frame around every page of one language: the site's name, the main navigation, the
 * search box, the footer's data links and the interface text they use. It is the same for
 * every page of the language, so it is computed once per language.
 */
import type { Locale, Site } from '../site.ts';
import type { Link } from './common.ts';

export interface Chrome {
  lang: string;
  /** The Open Graph locale, such as `en_GB`. */
  ogLocale: string;
  siteTitle: string;
  home: string;
  nav: Link[];
  search: { action: string; label: string; placeholder: string; button: string };
  skipToContent: string;
  mainNavigation: string;
  languages: string;
  dataLinks: { label: string; links: Link[] };
  feed: { href: string; title: string };
  favicon: string;
  sitemap: string;
  editPage: string;
  /** "Last updated {date}", with `{date}` to fill in. */
  lastUpdated: string;
  fallbackNotice: string;
}

export function chromeView(site: Site, locale: Locale): Chrome {
  const { t, paths } = locale;
  const defaultPaths = site.locales.get(site.defaultLang)!.paths;
  return {
    lang: locale.lang,
    ogLocale: locale.locale.replace('-', '_'),
    siteTitle: locale.words.title,
    home: paths.home,
    nav: [
      { href: paths.timeline, text: t.t('nav.timeline') },
      { href: paths.actors, text: t.t('nav.actors') },
      { href: paths.events, text: t.t('nav.events') },
      { href: paths.relations, text: t.t('nav.relations') },
      { href: paths.sources, text: t.t('nav.sources') },
    ],
    search: {
      action: paths.search,
      label: t.t('site.searchLabel'),
      placeholder: t.t('site.searchPlaceholder'),
      button: t.t('site.searchButton'),
    },
    skipToContent: t.t('site.skipToContent'),
    mainNavigation: t.t('site.mainNavigation'),
    languages: t.t('site.languages'),
    dataLinks: {
      label: t.t('site.dataForResearchers'),
      links: [
        { href: defaultPaths.data('events.json'), text: t.t('site.eventsJson') },
        { href: defaultPaths.data('actors.json'), text: t.t('site.actorsJson') },
        { href: defaultPaths.data('sources.json'), text: t.t('site.sourcesJson') },
        { href: defaultPaths.data('timeline.json'), text: t.t('site.timelineJson') },
        { href: paths.feed, text: t.t('site.feed') },
      ],
    },
    feed: { href: paths.feed, title: t.t('site.feedTitle', { site: locale.words.title }) },
    favicon: paths.asset('favicon.svg'),
    sitemap: paths.asset('sitemap-index.xml'),
    editPage: t.t('site.editPage'),
    lastUpdated: t.t('site.lastUpdated', { date: '{date}' }),
    fallbackNotice: t.t('site.fallbackNotice', {
      language: t.t('languageName'),
      original: site.locales.get(site.defaultLang)!.t.t('languageName'),
    }),
  };
}
