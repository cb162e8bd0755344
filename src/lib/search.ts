/**
 * What the search page needs besides Pagefind: how many results it shows at once, and the
 * order that puts an entry named exactly as the query first. What each page records for
 * search is part of its view model (see src/lib/views/).
 */

/**
 * Results whose details the search page fetches and shows at once. Each is a request for its
 * own fragment file, and a first search already makes five others (Pagefind's script, its entry
 * file, page list, WebAssembly and an index chunk), so a batch of five keeps a first search to
 * ten requests, which count on a slow mobile link. Pagefind's own interface shows five too.
 */
export const RESULTS_PER_BATCH = 5;

/**
 * Pages per language from which Pagefind searches in a Web Worker. The worker is a script of
 * its own (12 KB compressed, and a request) that keeps the page responsive while a search
 * runs; with a small index a search takes a few milliseconds, so the page searches itself.
 */
export const WORKER_FROM_PAGES = 2000;

/** Whether an index of this many pages is searched in a Web Worker. */
export function searchInWorker(pages: number): boolean {
  return pages >= WORKER_FROM_PAGES;
}

/** Lowercase, without accents or punctuation, so "Zelenskyy’s" and "zelenskyy's" compare equal. */
export function normaliseName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('en')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Moves the results whose name, title or alias is exactly the query to the front, keeping
 * Pagefind's order otherwise. Pagefind scores a word by how rare it is, so for a word on nearly
 * every page (a country at the centre of the topic) the entry named just that ties with every headline that contains it.
 */
export function promoteExactMatches<T>(
  query: string,
  results: readonly T[],
  names: (result: T) => readonly string[],
): T[] {
  const wanted = normaliseName(query);
  const exact = (result: T) => names(result).some((name) => normaliseName(name) === wanted);
  return [...results.filter(exact), ...results.filter((result) => !exact(result))];
}

/** The separator between names in the `aliases` metadata. */
export const ALIAS_SEPARATOR = ' | ';

/** The metadata field that holds an entry page's date sort key, such as `20220713`. */
export const DATE_ORDER_META = 'date_order';

/** The file, in the search bundle, that lists a language's pages oldest first. */
export function dateOrderFile(lang: string): string {
  return `date-order.${lang}.txt`;
}

/**
 * Results in date order, by their place in the list of a language's pages oldest first
 * (see `dateOrderFile`). A result missing from the list goes last, in Pagefind's order.
 */
export function sortByDate<T extends { id: string }>(
  results: readonly T[],
  order: ReadonlyMap<string, number>,
  direction: 'asc' | 'desc',
): T[] {
  const sign = direction === 'asc' ? 1 : -1;
  const rank = (result: T) => order.get(result.id);
  return [...results].sort((a, b) => {
    const [x, y] = [rank(a), rank(b)];
    if (x === undefined || y === undefined)
      return (x === undefined ? 1 : 0) - (y === undefined ? 1 : 0);
    return sign * (x - y);
  });
}
