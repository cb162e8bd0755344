/**
 * Everything topic-specific about the site, in one place. To explain another episode, change
 * these values and swap `content/`. Environment variables override the defaults so that CI,
 * tests and the benchmark can build the same code with another base path or content folder.
 */
const env = typeof process === 'undefined' ? {} : process.env;

export const siteConfig = {
  /** The site's name, shown in the header and in every page title. */
  title: 'Recognising the “people’s republics”',
  /** One sentence for search engines, feeds and link previews. */
  description:
    'How Russia, Syria and North Korea recognised the Russian-backed Donetsk and Luhansk “people’s republics” in 2022, and how Ukraine answered.',
  /** The language of the site's own text. */
  lang: 'en',
  /** The absolute origin the site is published at, used for canonical URLs, feeds and the sitemap. */
  url: env.SITE_URL ?? 'https://explainer.example.org',
  /** The path the site is served under, such as `/explainer/` on GitHub Pages. */
  base: env.BASE_PATH ?? '/',
  /** The repository, for "edit this page" links. */
  repository: env.REPOSITORY_URL ?? 'https://github.com/example/recognition-explainer',
  /** The branch editors propose changes against. */
  branch: env.REPOSITORY_BRANCH ?? 'main',
  /** The content folder, relative to the project root. */
  contentDir: env.CONTENT_DIR ?? 'content',
};

export type SiteConfig = typeof siteConfig;
