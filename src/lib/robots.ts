/**
 * The site's `robots.txt`: every crawler may read every page, and the sitemap is named by its
 * absolute URL (RFC 9309 and sitemaps.org both require one). Crawlers read only `/robots.txt`
 * at the root of a host, so under a base path such as `/explainer/` this file is not the one
 * they read; README says what to do then.
 */
import { absoluteUrl, withBase } from './paths.ts';

export function robotsTxt(settings: { url: string; base: string }): string {
  return [
    'User-agent: *',
    'Allow: /',
    '',
    `Sitemap: ${absoluteUrl(settings.url, withBase(settings.base, 'sitemap-index.xml'))}`,
    '',
  ].join('\n');
}
