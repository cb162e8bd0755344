/**
 * Every internal URL the site writes, in one place, so that all of them respect Astro's
 * `base` (the site may be served under `/explainer/` as on GitHub Pages). Paths end in `/`
 * because the site is built with `trailingSlash: 'always'`.
 */

/** Joins a base such as `/` or `/explainer/` (with or without its final slash) and a path. */
export function withBase(base: string, path = ''): string {
  const head = base.endsWith('/') ? base : `${base}/`;
  return `${head}${path.replace(/^\/+/, '')}`;
}

/** A page number as it appears in a URL: page 1 has none. */
function pageSuffix(page: number): string {
  return page > 1 ? `${page}/` : '';
}

export interface SitePaths {
  /** The language prefix these paths carry: '' for the default language, `uk/` for another. */
  prefix: string;
  home: string;
  actors: string;
  events: string;
  sources: string;
  timeline: string;
  relations: string;
  search: string;
  actor(id: string): string;
  event(id: string): string;
  source(id: string): string;
  /** The full, paginated list of an actor's events. */
  actorEvents(id: string, page?: number): string;
  /** The full, paginated list of the entries citing a source. */
  sourceCitations(id: string, page?: number): string;
  actorKind(kind: string, page?: number): string;
  eventKind(kind: string, page?: number): string;
  sourcesPage(page: number): string;
  timelineYear(year: number | string, page?: number): string;
  /** The relations as they stood at the end of a period of change (a partial date). */
  asOf(period: string): string;
  /** The relations page that draws every actor, unfolded. */
  relationsUnfolded: string;
  feed: string;
  notFound: string;
  /** Language-neutral files at the site's root. */
  data(file: string): string;
  asset(file: string): string;
}

/**
 * The site's URLs under one base, in one language: the default language at the root, any other
 * under its code (`/uk/actors/x/`).
 */
export function sitePaths(base: string, lang?: string, defaultLang?: string): SitePaths {
  const prefix = lang && lang !== defaultLang ? `${lang}/` : '';
  const root = (path: string) => withBase(base, path);
  const at = (path: string) => withBase(base, `${prefix}${path}`);
  return {
    prefix,
    home: at(''),
    actors: at('actors/'),
    events: at('events/'),
    sources: at('sources/'),
    timeline: at('timeline/'),
    relations: at('relations/'),
    search: at('search/'),
    feed: at('feed.xml'),
    notFound: prefix ? at('404/') : root('404.html'),
    actor: (id) => at(`actors/${id}/`),
    event: (id) => at(`events/${id}/`),
    source: (id) => at(`sources/${id}/`),
    actorEvents: (id, page = 1) => at(`actors/${id}/events/${pageSuffix(page)}`),
    sourceCitations: (id, page = 1) => at(`sources/${id}/cited-by/${pageSuffix(page)}`),
    actorKind: (kind, page = 1) => at(`actors/kind/${kind}/${pageSuffix(page)}`),
    eventKind: (kind, page = 1) => at(`events/kind/${kind}/${pageSuffix(page)}`),
    sourcesPage: (page) => at(page > 1 ? `sources/page/${page}/` : 'sources/'),
    timelineYear: (year, page = 1) => at(`timeline/${year}/${pageSuffix(page)}`),
    asOf: (period) => at(`relations/as-of/${period}/`),
    relationsUnfolded: at('relations/all-actors/'),
    data: (file) => root(`data/${file}`),
    asset: (file) => root(file),
  };
}

/** An absolute URL for canonical links, feeds and exports, from the site's public origin. */
export function absoluteUrl(origin: string | URL, path: string): string {
  return new URL(path, origin).href;
}

/** The link to edit an entry's file in the repository's web editor. */
export function editUrl(
  config: { repository: string; branch: string; contentDir: string },
  collection: string,
  file: string,
): string {
  const repository = config.repository.replace(/\/+$/, '');
  const dir = config.contentDir.replace(/^\.?\/+|\/+$/g, '');
  return `${repository}/edit/${config.branch}/${dir}/${collection}/${file}`;
}
