/**
 * What the search page does, without the page: a state machine that takes what happened (the
 * reader typed, a search answered, the filter files arrived) and returns the next state and the
 * effects the page must carry out (search, fetch a batch of results, write the URL, announce a
 * count). It touches neither the DOM nor Pagefind, so every race between a slow answer and a
 * newer query is decided here, where a unit test can replay it.
 *
 * Each search gets a number. An answer to any search but the latest is dropped, so a slow
 * answer never overwrites a newer one.
 *
 * Pagefind's filter files hold every indexed page once per filter, so they are the largest part
 * of a first search; they are fetched only once the reader opens the filter pane, or arrives
 * with a filter already chosen in the URL. Pagefind counts a search's results only for the
 * filters it has loaded, so a search that ran before they arrived is counted once more after.
 */
import type { PluralMessage } from '../lib/i18n.ts';
import { ALIAS_SEPARATOR, promoteExactMatches, RESULTS_PER_BATCH } from '../lib/search.ts';
import type { SearchStrings } from '../lib/views/lists.ts';

/** Counts per filter value, such as `{ Type: { Actors: 17, Events: 13 } }`. */
export type FilterCounts = Record<string, Record<string, number>>;

/** The sort orders the page offers: best match, or by date. */
export type SortOrder = '' | 'date:desc' | 'date:asc';

/** A search as Pagefind takes it: the term (null browses) and the chosen filter values. */
export interface SearchRequest {
  term: string | null;
  /** By the filter's name in the index, the values any of which a result must have. */
  filters: Record<string, string[]>;
  sort: SortOrder;
}

/** What the page shows of one result: its fragment's address and metadata. */
export interface ResultItem {
  url: string;
  meta: { title: string; aliases?: string | undefined };
}

export interface SearchState<R> {
  /** The query as typed. */
  query: string;
  sort: SortOrder;
  /** The values chosen in each filter, by the filter's key in the URL. */
  chosen: ReadonlyMap<string, ReadonlySet<string>>;
  /** The number of the latest search asked for. */
  latest: number;
  /** Whether the latest search has answered. */
  answered: boolean;
  /** Whether the latest search ran with every filter file loaded, so its counts are whole. */
  countable: boolean;
  /** The latest search's results whose details are not shown yet. */
  pending: readonly R[];
  /** How many results are on the page. */
  shown: number;
  /** How many results the latest search found. */
  total: number;
  filterFiles: 'unloaded' | 'loading' | 'loaded';
  /** The search whose counts the filter pane shows, or is being counted; -1 for none. */
  counted: number;
  paneOpen: boolean;
}

export type SearchEvent<R, D> =
  /** The page is ready and Pagefind loaded: run the search in the URL. */
  | { type: 'start' }
  | { type: 'typed'; query: string }
  | { type: 'sorted'; sort: string }
  | { type: 'toggled'; key: string; value: string; checked: boolean }
  | { type: 'submitted' }
  | { type: 'pane-opened' }
  | { type: 'filters-loaded' }
  | { type: 'more' }
  /** Search `id` answered; `counts` when it ran with every filter file loaded. */
  | { type: 'answered'; id: number; results: readonly R[]; counts?: FilterCounts | undefined }
  /** The details of a batch of search `id`'s results arrived. */
  | { type: 'fetched'; id: number; items: readonly D[]; first: boolean }
  /** Search `id` was run again to count its results by every filter. */
  | { type: 'counted'; id: number; counts: FilterCounts };

export type SearchEffect<R, D> =
  /** Run search `id`; after typing, wait until the reader pauses. */
  | { type: 'search'; id: number; request: SearchRequest; debounce: boolean; countable: boolean }
  /** Fetch the details of these results; `first` replaces the list, otherwise they are added. */
  | { type: 'fetch'; id: number; results: readonly R[]; first: boolean }
  | { type: 'show'; items: readonly D[]; replace: boolean; more: boolean }
  | { type: 'status'; text: string }
  | { type: 'url'; search: string }
  | { type: 'load-filters' }
  /** Run search `id` again, now that every filter file is loaded, to count its results. */
  | { type: 'count'; id: number; request: SearchRequest }
  | { type: 'filters'; counts: FilterCounts }
  | { type: 'filters-loading' };

export interface Step<R, D> {
  state: SearchState<R>;
  effects: SearchEffect<R, D>[];
}

export interface MachineOptions {
  strings: SearchStrings;
  /** The page's language, which chooses plural forms. */
  lang: string;
}

const SORTS: readonly SortOrder[] = ['', 'date:desc', 'date:asc'];

function sortOrder(value: string | null | undefined): SortOrder {
  return SORTS.find((sort) => sort === value) ?? '';
}

/** Fills `{name}` placeholders. */
export function fill(message: string, values: Record<string, string | number>): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}

export function createSearchMachine<R, D extends ResultItem>({ strings, lang }: MachineOptions) {
  const keys = strings.filters.map((filter) => filter.key);
  const names = new Map(strings.filters.map((filter) => [filter.key, filter.name]));
  const pluralRules = new Intl.PluralRules(lang);
  const plural = (forms: PluralMessage, count: number, values: Record<string, string> = {}) =>
    fill(forms[pluralRules.select(count) as keyof PluralMessage] ?? forms.other, {
      count,
      ...values,
    });

  /** The state a page opened at `search` (such as `?q=Smith&type=Actors`) starts in. */
  function initial(search: string): SearchState<R> {
    const params = new URLSearchParams(search);
    const chosen = new Map(keys.map((key) => [key, new Set(params.getAll(key))]));
    return {
      query: params.get('q') ?? '',
      sort: sortOrder(params.get('sort')),
      chosen,
      latest: 0,
      answered: false,
      countable: false,
      pending: [],
      shown: 0,
      total: 0,
      filterFiles: 'unloaded',
      counted: -1,
      // A link with a filter in it opens the pane, so the reader sees what narrows the results.
      paneOpen: [...chosen.values()].some((values) => values.size > 0),
    };
  }

  /** The current query, filters and order as Pagefind takes them. */
  function request(state: SearchState<R>): SearchRequest {
    const query = state.query.trim();
    const filters: Record<string, string[]> = {};
    for (const [key, values] of state.chosen)
      if (values.size > 0) filters[names.get(key)!] = [...values];
    if (query === '' && Object.keys(filters).length === 0) {
      // With nothing typed and nothing chosen, list every entry, newest first, rather than
      // nothing: Pagefind lists the pages with any value of a filter, and every entry has a type.
      return {
        term: null,
        filters: { [names.get('type')!]: [...strings.types] },
        sort: state.sort || 'date:desc',
      };
    }
    return { term: query === '' ? null : query, filters, sort: state.sort };
  }

  /** The address's query string for the state, so every state can be linked to. */
  function urlSearch(state: SearchState<R>): string {
    const params = new URLSearchParams();
    const query = state.query.trim();
    if (query) params.set('q', query);
    if (state.sort) params.set('sort', state.sort);
    for (const [key, values] of state.chosen) for (const value of values) params.append(key, value);
    const text = params.toString();
    return text ? `?${text}` : '';
  }

  function status(state: SearchState<R>): string {
    const query = state.query.trim();
    if (state.total === 0)
      return query === '' ? strings.noMatches : fill(strings.noResults, { query });
    return query === ''
      ? plural(strings.entries, state.total)
      : plural(strings.resultsFor, state.total, { query });
  }

  /** A new search of the state as it now is. */
  function search(state: SearchState<R>, debounce: boolean): Step<R, D> {
    const next = {
      ...state,
      latest: state.latest + 1,
      answered: false,
      countable: state.filterFiles === 'loaded',
    };
    return {
      state: next,
      effects: [
        { type: 'url', search: urlSearch(next) },
        {
          type: 'search',
          id: next.latest,
          request: request(next),
          debounce,
          countable: next.countable,
        },
      ],
    };
  }

  /** Counts the latest search by every filter, once, when it could not count itself. */
  function recount(state: SearchState<R>): Step<R, D> {
    if (
      state.filterFiles !== 'loaded' ||
      !state.answered ||
      state.countable ||
      state.counted === state.latest
    )
      return { state, effects: [] };
    return {
      state: { ...state, counted: state.latest },
      effects: [{ type: 'count', id: state.latest, request: request(state) }],
    };
  }

  function openPane(state: SearchState<R>): Step<R, D> {
    if (state.filterFiles !== 'unloaded')
      return { state: { ...state, paneOpen: true }, effects: [] };
    return {
      state: { ...state, paneOpen: true, filterFiles: 'loading' },
      effects: [{ type: 'filters-loading' }, { type: 'load-filters' }],
    };
  }

  function nextBatch(state: SearchState<R>, first: boolean): Step<R, D> {
    if (state.pending.length === 0 && !first) return { state, effects: [] };
    return {
      state: { ...state, pending: state.pending.slice(RESULTS_PER_BATCH) },
      effects: [
        {
          type: 'fetch',
          id: state.latest,
          results: state.pending.slice(0, RESULTS_PER_BATCH),
          first,
        },
      ],
    };
  }

  function update(state: SearchState<R>, event: SearchEvent<R, D>): Step<R, D> {
    switch (event.type) {
      case 'start': {
        const started = search(state, false);
        if (!state.paneOpen) return started;
        const opened = openPane(started.state);
        return { state: opened.state, effects: [...opened.effects, ...started.effects] };
      }
      case 'typed':
        return search({ ...state, query: event.query }, true);
      case 'sorted':
        return search({ ...state, sort: sortOrder(event.sort) }, false);
      case 'submitted':
        return search(state, false);
      case 'toggled': {
        const values = state.chosen.get(event.key);
        if (!values) return { state, effects: [] };
        const changed = new Set(values);
        if (event.checked) changed.add(event.value);
        else changed.delete(event.value);
        return search({ ...state, chosen: new Map(state.chosen).set(event.key, changed) }, false);
      }
      case 'pane-opened':
        return openPane(state);
      case 'filters-loaded':
        return recount({ ...state, filterFiles: 'loaded' });
      case 'more':
        return nextBatch(state, false);
      case 'answered': {
        if (event.id !== state.latest) return { state, effects: [] };
        const answered: SearchState<R> = {
          ...state,
          answered: true,
          pending: event.results,
          total: event.results.length,
          shown: 0,
          counted: event.counts ? event.id : state.counted,
        };
        const step = nextBatch(answered, true);
        if (event.counts) step.effects.unshift({ type: 'filters', counts: event.counts });
        return step;
      }
      case 'fetched': {
        if (event.id !== state.latest) return { state, effects: [] };
        // Pagefind scores a word by how rare it is, so the entry named exactly as the query is
        // moved to the front of the first batch.
        const items = event.first
          ? promoteExactMatches(state.query.trim(), event.items, namesOf)
          : event.items;
        const shown = { ...state, shown: (event.first ? 0 : state.shown) + items.length };
        const effects: SearchEffect<R, D>[] = [
          { type: 'show', items, replace: event.first, more: shown.pending.length > 0 },
        ];
        if (!event.first) return { state: shown, effects };
        // Announced once the results are on the page, so the count and the list agree.
        effects.push({ type: 'status', text: status(shown) });
        const counting = recount(shown);
        return { state: counting.state, effects: [...effects, ...counting.effects] };
      }
      case 'counted':
        if (event.id !== state.latest) return { state, effects: [] };
        return { state, effects: [{ type: 'filters', counts: event.counts }] };
    }
  }

  return { initial, update, request, urlSearch };
}

/** A result's name and other names, to find the one named exactly as the query. */
function namesOf({ meta }: ResultItem): string[] {
  return [meta.title, ...(meta.aliases ? meta.aliases.split(ALIAS_SEPARATOR) : [])];
}

/**
 * The filter pane's groups: the filters that have values, in the page's order, each value with
 * its count and whether it is chosen. Years run newest first; other values alphabetically.
 */
export function filterGroups(
  counts: FilterCounts,
  filters: SearchStrings['filters'],
  chosen: ReadonlyMap<string, ReadonlySet<string>>,
  lang: string,
): { key: string; name: string; values: { value: string; count: number; checked: boolean }[] }[] {
  return filters
    .filter(({ name }) => Object.keys(counts[name] ?? {}).length > 0)
    .map(({ key, name }) => ({
      key,
      name,
      values: Object.entries(counts[name]!)
        .sort(([a], [b]) => (key === 'year' ? Number(b) - Number(a) : a.localeCompare(b, lang)))
        .map(([value, count]) => ({ value, count, checked: chosen.get(key)?.has(value) ?? false })),
    }));
}
