/**
 * The search page: runs the `?q=` query on load, narrows results with a filter pane that shows
 * how many results each value leaves, browses by filter with an empty query, and keeps the URL
 * in step so every state can be linked to. "/" focuses the field, the arrow keys move from it
 * through the results, Enter opens one and Escape goes back to the field.
 *
 * Pagefind's filter files hold every indexed page once per filter, so they are the largest part
 * of a first search; they are fetched only once the reader opens the filter pane, or arrives
 * with a filter already chosen in the URL.
 */
import { ALIAS_SEPARATOR, promoteExactMatches, RESULTS_PER_BATCH } from '../lib/search.ts';
import type { PluralMessage } from '../lib/i18n.ts';
import type { SearchStrings } from '../lib/views/lists.ts';
import {
  describe,
  loadPagefind,
  withHighlight,
  SearchUnavailableError,
  type FilterCounts,
  type Pagefind,
  type ResultData,
  type SearchOptions,
  type SearchResponse,
  type SearchResult,
} from './pagefind.ts';

/** The page's interface text, from the JSON block the page carries. */
const strings = JSON.parse(
  document.querySelector('#search-strings')?.textContent ?? '{}',
) as SearchStrings;
const fill = (message: string, values: Record<string, string | number>) =>
  message.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
const plural = (
  forms: PluralMessage,
  count: number,
  values: Record<string, string | number> = {},
) =>
  fill(
    forms[
      new Intl.PluralRules(document.documentElement.lang).select(count) as keyof PluralMessage
    ] ?? forms.other,
    { count, ...values },
  );
/** Each filter's key in the URL and its name in the index, which is in the page's language. */
type SearchFilter = string;
const SEARCH_FILTERS = strings.filters.map((filter) => filter.key);
const NAMES = new Map(strings.filters.map((filter) => [filter.key, filter.name]));

const form = document.querySelector<HTMLFormElement>('[data-search-page]')!;
const input = form.querySelector<HTMLInputElement>('input[type="search"]')!;
const sortSelect = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;
const app = document.querySelector<HTMLElement>('[data-search-app]')!;
const filterPane = app.querySelector<HTMLDetailsElement>('[data-search-filter-pane]')!;
const pane = filterPane.querySelector<HTMLElement>('[data-search-filters]')!;
const status = app.querySelector<HTMLElement>('[data-search-status]')!;
const list = app.querySelector<HTMLOListElement>('[data-search-results]')!;
const moreButton = app.querySelector<HTMLButtonElement>('[data-search-more]')!;

const params = new URLSearchParams(location.search);
input.value = params.get('q') ?? '';
sortSelect.value = params.get('sort') ?? '';
const chosen = new Map<SearchFilter, Set<string>>(
  SEARCH_FILTERS.map((key) => [key, new Set(params.getAll(key))]),
);

let pending: SearchResult[] = [];
let generation = 0;
/** Pagefind's filter files, once the reader has asked for the filter pane. */
let filtersLoading: Promise<void> | undefined;
/**
 * Whether every filter file was in place when the search that is shown ran. Pagefind counts a
 * search's results only for the filters it has loaded, so a search run before is counted again.
 */
let filtersReady = false;
/** The search generation whose results the pane last counted, so each is counted once. */
let counted = -1;
app.hidden = false;
filterPane.open = [...chosen.values()].some((values) => values.size > 0);

function searchOptions(): SearchOptions {
  const filters: Record<string, { any: string[] }> = {};
  for (const [key, values] of chosen)
    if (values.size > 0) filters[NAMES.get(key)!] = { any: [...values] };
  const [sortKey, direction] = sortSelect.value.split(':');
  const sort: SearchOptions['sort'] =
    sortKey && (direction === 'asc' || direction === 'desc') ? { [sortKey]: direction } : undefined;
  return { filters, ...(sort ? { sort } : {}) };
}

function syncUrl(): void {
  const next = new URLSearchParams();
  if (input.value.trim()) next.set('q', input.value.trim());
  if (sortSelect.value) next.set('sort', sortSelect.value);
  for (const [key, values] of chosen) for (const value of values) next.append(key, value);
  const query = next.toString();
  history.replaceState(null, '', query ? `?${query}` : location.pathname);
}

/** The current query and filters as Pagefind takes them. */
function currentSearch(): [term: string | null, options: SearchOptions] {
  const query = input.value.trim();
  const options = searchOptions();
  if (query === '' && Object.keys(options.filters ?? {}).length === 0) {
    // With nothing typed and nothing chosen, list every entry rather than nothing.
    options.sort ??= { date: 'desc' };
  }
  return [query === '' ? null : query, options];
}

async function run(pagefind: Pagefind, debounce: boolean): Promise<void> {
  const current = ++generation;
  const query = input.value.trim();
  const browsing = query === '';
  const [term, options] = currentSearch();
  syncUrl();
  const countable = filtersReady;
  const response = debounce
    ? await pagefind.debouncedSearch(term, options, 150)
    : await pagefind.search(term, options);
  if (response === null || current !== generation) return;
  if (countable) {
    const counts = await countsOf(pagefind, response);
    if (current !== generation) return;
    renderFilters(counts);
  }
  list.replaceChildren();
  pending = response.results;
  await showMore(current);
  if (current !== generation) return;
  // Announced once the results are on the page, so the count and the list agree.
  const total = response.results.length;
  status.textContent =
    total === 0
      ? browsing
        ? strings.noMatches
        : fill(strings.noResults, { query })
      : browsing
        ? plural(strings.entries, total)
        : plural(strings.resultsFor, total, { query });
  if (!countable && filtersLoading) await refreshCounts(pagefind);
}

async function countsOf(pagefind: Pagefind, response: SearchResponse): Promise<FilterCounts> {
  // An unfiltered, empty search reports no counts; the index's own totals are the same thing.
  return Object.keys(response.filters).length > 0 ? response.filters : pagefind.filters();
}

/** Fetches the filter files once, then counts the current search's results by every filter. */
function openFilters(pagefind: Pagefind): void {
  if (filtersLoading) return;
  pane.textContent = strings.loadingFilters;
  filtersLoading = pagefind.filters().then(() => {
    filtersReady = true;
  });
  void refreshCounts(pagefind);
}

async function refreshCounts(pagefind: Pagefind): Promise<void> {
  const current = generation;
  await filtersLoading;
  if (current !== generation || counted === current) return;
  counted = current;
  // The chunks the search needs are loaded already, so this search fetches nothing.
  const [term, options] = currentSearch();
  const response = await pagefind.search(term, options);
  if (current !== generation) return;
  const counts = await countsOf(pagefind, response);
  if (current !== generation) return;
  renderFilters(counts);
}

async function showMore(current = generation): Promise<void> {
  const batch = pending.slice(0, RESULTS_PER_BATCH);
  pending = pending.slice(RESULTS_PER_BATCH);
  const query = input.value.trim();
  let data = await Promise.all(batch.map((result) => result.data()));
  if (current !== generation) return;
  if (list.childElementCount === 0) data = promoteExactMatches(query, data, names);
  list.append(...data.map((result) => item(result, query)));
  moreButton.hidden = pending.length === 0;
}

function names({ meta }: ResultData): string[] {
  return [meta.title, ...(meta.aliases ? meta.aliases.split(ALIAS_SEPARATOR) : [])];
}

function item(result: ResultData, query: string): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'search-result';
  const heading = document.createElement('h3');
  const link = document.createElement('a');
  link.href = withHighlight(result.url, query);
  link.textContent = result.meta.title;
  heading.append(link);
  const detail = document.createElement('p');
  detail.className = 'search-result__detail';
  detail.textContent = describe(result.meta);
  const summary = document.createElement('p');
  summary.textContent = result.meta.summary ?? '';
  li.append(heading, detail, summary);
  return li;
}

function renderFilters(counts: FilterCounts): void {
  const focused =
    document.activeElement instanceof HTMLInputElement ? document.activeElement.id : '';
  const groups = SEARCH_FILTERS.filter(
    (key) => Object.keys(counts[NAMES.get(key)!] ?? {}).length > 0,
  ).map((key, groupIndex) => {
    const fieldset = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = NAMES.get(key)!;
    fieldset.append(legend);
    const values = Object.entries(counts[NAMES.get(key)!]!).sort(([a], [b]) =>
      key === 'year' ? Number(b) - Number(a) : a.localeCompare(b, document.documentElement.lang),
    );
    values.forEach(([value, count], i) => {
      const id = `filter-${groupIndex}-${i}`;
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.id = id;
      box.name = key;
      box.value = value;
      box.checked = chosen.get(key)!.has(value);
      const label = document.createElement('label');
      label.htmlFor = id;
      label.textContent = `${value} `;
      const number = document.createElement('span');
      number.className = 'search-filters__count';
      number.textContent = `(${count})`;
      label.append(number);
      const row = document.createElement('div');
      row.append(box, label);
      fieldset.append(row);
    });
    return fieldset;
  });
  pane.replaceChildren(...groups);
  if (focused) document.getElementById(focused)?.focus();
}

function resultLinks(): HTMLAnchorElement[] {
  return [...list.querySelectorAll<HTMLAnchorElement>('a')];
}

async function start(): Promise<void> {
  let pagefind: Pagefind;
  try {
    pagefind = await loadPagefind();
  } catch (error) {
    if (!(error instanceof SearchUnavailableError)) throw error;
    status.textContent = error.message === 'dev' ? strings.unavailableDev : strings.unavailable;
    return;
  }
  filterPane.addEventListener('toggle', () => {
    if (filterPane.open) openFilters(pagefind);
  });
  input.addEventListener('input', () => void run(pagefind, true));
  sortSelect.addEventListener('change', () => void run(pagefind, false));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(pagefind, false);
  });
  pane.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement;
    const values = chosen.get(box.name as SearchFilter);
    if (!values) return;
    if (box.checked) values.add(box.value);
    else values.delete(box.value);
    void run(pagefind, false);
  });
  moreButton.addEventListener('click', () => void showMore());
  if (filterPane.open) openFilters(pagefind);
  await run(pagefind, false);
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
  if (event.defaultPrevented || isTyping(event.target)) return;
  event.preventDefault();
  input.focus();
  input.select();
});

input.addEventListener('keydown', (event) => {
  if (event.key === 'ArrowDown') {
    const first = resultLinks()[0];
    if (first) {
      event.preventDefault();
      first.focus();
    }
  }
});

list.addEventListener('keydown', (event) => {
  const links = resultLinks();
  const index = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (index === -1) return;
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    event.preventDefault();
    const next = index + (event.key === 'ArrowDown' ? 1 : -1);
    if (next < 0) input.focus();
    else links[Math.min(next, links.length - 1)]!.focus();
  } else if (event.key === 'Escape') {
    event.preventDefault();
    input.focus();
  }
});

void start();
