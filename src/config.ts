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
  /**
   * The home page's account of what happened, a few plain sentences. Each rests on the event
   * pages it names, which carry the citations.
   */
  intro: [
    {
      text: 'In 2014 Russian-backed separatists set up two self-proclaimed “people’s republics” in parts of eastern Ukraine’s Donetsk and Luhansk regions.',
      events: ['dpr-lpr-proclaimed'],
    },
    {
      text: 'On 21 February 2022 Russia recognised them as independent states, and three days later it invaded Ukraine.',
      events: ['russia-recognises-dpr-lpr', 'russian-invasion-2022'],
    },
    {
      text: 'Syria recognised the two entities on 29 June 2022, and North Korea on 13 July 2022. Ukraine answered each by severing diplomatic relations: with Syria on 30 June, and with North Korea on the day of its recognition.',
      events: [
        'syria-recognises-dpr-lpr',
        'ukraine-severs-syria',
        'dprk-recognises-dpr-lpr',
        'ukraine-severs-dprk',
      ],
    },
    {
      text: 'On 30 September 2022 Russia claimed to annex the Donetsk and Luhansk regions.',
      events: ['russia-claims-annexation'],
    },
  ] as { text: string; events: string[] }[],
};

export type SiteConfig = typeof siteConfig;
