import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { siteConfig } from '../config.ts';
import { loadSite } from '../data/index.ts';
import { feedItems } from '../lib/feed.ts';
import { LIMITS } from '../lib/limits.ts';
import { absoluteUrl, sitePaths } from '../lib/paths.ts';

/** An RSS feed of the latest events, newest first. */
export const GET: APIRoute = async ({ site }) => {
  const paths = sitePaths(import.meta.env.BASE_URL);
  const indexes = await loadSite();
  return rss({
    title: siteConfig.title,
    description: siteConfig.description,
    site: absoluteUrl(site!, paths.home),
    items: feedItems(
      indexes.chronology,
      (event) => absoluteUrl(site!, paths.event(event.id)),
      LIMITS.feed,
    ),
    customData: `<language>${siteConfig.lang}</language>`,
    trailingSlash: true,
  });
};
