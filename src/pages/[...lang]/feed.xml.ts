import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadLocales } from '../../data/index.ts';
import { eventWords } from '../../lib/localize.ts';
import { feedItems, newest } from '../../lib/feed.ts';
import { LIMITS } from '../../lib/limits.ts';
import { absoluteUrl } from '../../lib/paths.ts';

/** One feed per language: `/feed.xml`, `/uk/feed.xml`. */
export const getStaticPaths = (async () => {
  const { site, locales } = await loadLocales();
  return locales.map((locale) => ({
    params: { lang: locale.lang === site.defaultLang ? undefined : locale.lang },
    props: { lang: locale.lang },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { site } = await loadLocales();
  const locale = site.locales.get(props.lang as string)!;
  const absolute = (path: string) => absoluteUrl(site.settings.url, path);
  const self = absolute(locale.paths.feed);
  const updated = newest([...site.history.values()].map((file) => file.updated));
  const escape = (text: string) =>
    text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  return rss({
    title: locale.words.title,
    description: locale.words.description,
    site: absolute(locale.paths.home),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    items: feedItems(
      site.indexes.chronology,
      (event) => {
        const words = eventWords(event, locale.lang, site.defaultLang);
        return {
          title: words.title,
          link: absolute(locale.paths.event(event.id)),
          date: locale.t.date(event.data.date),
          summary: words.summary,
          kind: locale.words.eventKind(event.data.kind).label,
        };
      },
      LIMITS.feed,
    ),
    customData: [
      `<language>${locale.lang}</language>`,
      `<atom:link href="${escape(self)}" rel="self" type="application/rss+xml"/>`,
      updated ? `<lastBuildDate>${updated.toUTCString()}</lastBuildDate>` : '',
    ].join(''),
    trailingSlash: true,
  });
};
