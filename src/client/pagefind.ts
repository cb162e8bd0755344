/**
 * Loads Pagefind's search bundle at run time, from the folder the build wrote it to under the
 * site's base path. Nothing here runs until a reader starts a search.
 */
import { dateOrderFile } from '../lib/search.ts';
import type { FilterCounts } from './search-state.ts';

/** The metadata `PagefindMeta` gives every entry page. */
export interface ResultMeta {
  title: string;
  type?: string;
  kind?: string;
  date?: string;
  summary?: string;
  /** Other names, joined with `ALIAS_SEPARATOR`. */
  aliases?: string;
}

export interface ResultData {
  url: string;
  meta: ResultMeta;
  excerpt: string;
}

export interface SearchResult {
  id: string;
  data(): Promise<ResultData>;
}

export interface SearchResponse {
  results: SearchResult[];
  unfilteredResultCount: number;
  filters: FilterCounts;
  totalFilters: FilterCounts;
}

export interface SearchOptions {
  filters?: Record<string, string[] | { any: string[] }>;
  sort?: Record<string, 'asc' | 'desc'>;
}

/** The part of Pagefind's `pagefind.js` module this site uses. */
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: SearchOptions): Promise<SearchResponse>;
  debouncedSearch(
    term: string | null,
    options?: SearchOptions,
    timeoutMs?: number,
  ): Promise<SearchResponse | null>;
  filters(): Promise<FilterCounts>;
}

/** Raised when the bundle is missing, as in `astro dev` before any build. */
export class SearchUnavailableError extends Error {}

let loading: Promise<Pagefind> | undefined;

export function bundleUrl(file: string): string {
  return `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}pagefind/${file}`;
}

/**
 * Pagefind's module, imported and configured once per page. `worker` says whether it searches
 * in a Web Worker or on the page itself (see `searchInWorker`).
 */
export function loadPagefind({ worker }: { worker: boolean }): Promise<Pagefind> {
  loading ??= (async () => {
    let pagefind: Pagefind;
    try {
      pagefind = (await import(/* @vite-ignore */ bundleUrl('pagefind.js'))) as Pagefind;
    } catch (error) {
      loading = undefined;
      throw new SearchUnavailableError(import.meta.env.DEV ? 'dev' : 'missing', { cause: error });
    }
    // Read when Pagefind starts, so it is given before `init`.
    await pagefind.options({ noWorker: !worker });
    await pagefind.init();
    return pagefind;
  })();
  return loading;
}

let dateOrder: Promise<Map<string, number>> | undefined;

/**
 * Each page's place in its language's pages oldest first, by result id, fetched the first time
 * a search is sorted by date (see `dateOrderFile`). Pagefind's result ids are the language's
 * key, such as `en`, and the page's hash, which is what the file lists.
 */
export function loadDateOrder(): Promise<Map<string, number>> {
  dateOrder ??= (async () => {
    // Pagefind picks the index by the page's `lang`, as written, in lower case.
    const lang = document.documentElement.lang.toLowerCase();
    const response = await fetch(bundleUrl(dateOrderFile(lang)));
    if (!response.ok) throw new Error(`${response.status} fetching the date order`);
    const hashes = (await response.text()).split('\n').filter(Boolean);
    return new Map(hashes.map((hash, index) => [`${lang}_${hash}`, index]));
  })();
  dateOrder.catch(() => (dateOrder = undefined));
  return dateOrder;
}

/**
 * A result's URL with the search terms as a text fragment (`#:~:text=`), so the browser itself
 * highlights them on the page it opens. Entry pages carry no script, so Pagefind's highlight
 * script could not run there; a term the page does not show (an alias) is simply not marked.
 */
export function withHighlight(url: string, query: string): string {
  const terms = query.split(/\s+/).filter((term) => term.length > 1);
  if (terms.length === 0) return url;
  // "-" and "," delimit parts of a text directive, so they are escaped too.
  const directives = terms
    .map((term) => `text=${encodeURIComponent(term).replaceAll('-', '%2D')}`)
    .join('&');
  return `${url}${url.includes('#') ? '' : '#'}:~:${directives}`;
}

/** "Event · 13 July 2022 · Statement": what a result is, before its summary. */
export function describe(meta: ResultMeta): string {
  return [meta.type, meta.date, meta.kind].filter(Boolean).join(' · ');
}
