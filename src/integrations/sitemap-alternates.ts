import type { SitemapItem } from '@astrojs/sitemap';

interface Language {
  /** The language tag, as the pages' `lang` and `hreflang` links give it. */
  code: string;
}

/**
 * Each page's alternates in the other languages, as `hreflang` links in the sitemap, found in
 * time linear in the number of pages. `@astrojs/sitemap` finds them itself when given `i18n`,
 * but by scanning every URL for each page whose alternates it has not met yet: with one
 * language that is every page, so 74,000 pages at 50,000 entries meant 5 billion comparisons.
 *
 * The sitemap's options take this instead of `i18n`, and give the same links in the same
 * order: one per language the page exists in, itself included, or none for a page in one
 * language; error pages in every language are left out, as `i18n` leaves them out.
 */
export function sitemapAlternates(
  /** The site's address with its base path, such as `https://example.org/explainer/`. */
  root: string,
  languages: readonly Language[],
): { filter(url: string): boolean; serialize(item: SitemapItem): SitemapItem } {
  const [first, ...others] = languages;
  const prefixes = new Set(others.map((language) => language.code));
  const errorPages = new Set(
    ['', ...prefixes].flatMap((prefix) =>
      ['404', '500'].map((page) => (prefix ? `${prefix}/${page}` : page)),
    ),
  );
  /** Every URL of the sitemap, by the path it has in every language. */
  const byPath = new Map<string, { url: string; lang: string }[]>();
  let sorted = false;

  const base = root.endsWith('/') ? root : `${root}/`;
  /** The page's path under the base, such as `uk/actors/x/`. */
  const pathOf = (url: string) => (url.startsWith(base) ? url.slice(base.length) : url);
  /** The page's language, and its path without the language's prefix. */
  const split = (url: string): [lang: string, path: string] => {
    const path = pathOf(url);
    const prefix = path.split('/', 1)[0] ?? '';
    if (prefixes.has(prefix)) return [prefix, path.slice(prefix.length + 1)];
    return [first?.code ?? '', path];
  };

  return {
    filter: (url: string) => {
      if (errorPages.has(pathOf(url).replace(/\/$/, ''))) return false;
      const [lang, path] = split(url);
      const links = byPath.get(path) ?? [];
      links.push({ url, lang });
      byPath.set(path, links);
      sorted = false;
      return true;
    },
    serialize: (item: SitemapItem) => {
      if (!sorted) {
        // In the order `@astrojs/sitemap` lists URLs, which its alternates follow.
        for (const links of byPath.values())
          links.sort((a, b) => a.url.localeCompare(b.url, 'en', { numeric: true }));
        sorted = true;
      }
      const links = byPath.get(split(item.url)[1]);
      return links && links.length > 1 ? { ...item, links } : item;
    },
  };
}
