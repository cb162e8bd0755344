/**
 * Where and how the site is deployed. Everything about the topic itself (its name, languages,
 * account and vocabulary) is content, in the content folder's `topic.yaml`. Environment
 * variables override these defaults, so CI, tests and the benchmark build the same code with
 * another address, base path or content folder.
 */
const env = typeof process === 'undefined' ? {} : process.env;

export const siteConfig = {
  /** The absolute origin the site is published at, used for canonical URLs, feeds and the sitemap. */
  url: env.SITE_URL ?? 'https://explainer.example.org',
  /** The path the site is served under, such as `/explainer/` on GitHub Pages. */
  base: env.BASE_PATH ?? '/',
  /** The repository, for "edit this page" links. */
  repository: env.REPOSITORY_URL ?? 'https://github.com/example/explainer',
  /** The branch editors propose changes against. */
  branch: env.REPOSITORY_BRANCH ?? 'main',
  /** The content folder, relative to the project root. */
  contentDir: env.CONTENT_DIR ?? 'content',
};

export type SiteConfig = typeof siteConfig;

/**
 * Astro's cache folder, kept between builds; drawn social cards are kept there too. Not part
 * of `siteConfig`, which pages show and key their cache on: where the cache is changes no page.
 */
export const cacheDir = env.ASTRO_CACHE_DIR ?? './node_modules/.astro';
