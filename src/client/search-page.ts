/**
 * The search page's view: it turns the reader's actions into events for the state machine in
 * `search-state.ts`, and carries out the effects the machine returns, with Pagefind and the DOM.
 * What to search, what to show and when is decided there; this file only does it.
 *
 * "/" focuses the field, the arrow keys move from it through the results, Enter opens one and
 * Escape goes back to the field.
 */
import { sortByDate } from '../lib/search.ts';
import type { SearchStrings } from '../lib/views/lists.ts';
import {
  describe,
  loadDateOrder,
  loadPagefind,
  withHighlight,
  SearchUnavailableError,
  type Pagefind,
  type ResultData,
  type SearchOptions,
  type SearchResult,
} from './pagefind.ts';
import {
  createSearchMachine,
  filterGroups,
  type FilterCounts,
  type SearchEffect,
  type SearchEvent,
  type SearchRequest,
  type SearchState,
} from './search-state.ts';

/** The page's interface text, from the JSON block the page carries. */
const strings = JSON.parse(
  document.querySelector('#search-strings')?.textContent ?? '{}',
) as SearchStrings;
const lang = document.documentElement.lang;

const form = document.querySelector<HTMLFormElement>('[data-search-page]')!;
const input = form.querySelector<HTMLInputElement>('input[type="search"]')!;
const sortSelect = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;
const app = document.querySelector<HTMLElement>('[data-search-app]')!;
const filterPane = app.querySelector<HTMLDetailsElement>('[data-search-filter-pane]')!;
const pane = filterPane.querySelector<HTMLElement>('[data-search-filters]')!;
const status = app.querySelector<HTMLElement>('[data-search-status]')!;
const list = app.querySelector<HTMLOListElement>('[data-search-results]')!;
const moreButton = app.querySelector<HTMLButtonElement>('[data-search-more]')!;

const machine = createSearchMachine<SearchResult, ResultData>({ strings, lang });
let state: SearchState<SearchResult> = machine.initial(location.search);
input.value = state.query;
sortSelect.value = state.sort;
filterPane.open = state.paneOpen;
app.hidden = false;

/** The filters as Pagefind takes them; the date order is applied to its results here. */
function pagefindOptions({ filters }: SearchRequest): SearchOptions {
  const any: SearchOptions['filters'] = {};
  for (const [name, values] of Object.entries(filters)) any[name] = { any: values };
  return { filters: any };
}

/** Pagefind's results, in the order the request asks for. */
async function ordered(results: SearchResult[], { sort }: SearchRequest): Promise<SearchResult[]> {
  if (sort === '') return results;
  return sortByDate(results, await loadDateOrder(), sort === 'date:asc' ? 'asc' : 'desc');
}

/** Runs one event through the machine and carries out what it asks for. */
function dispatch(pagefind: Pagefind, event: SearchEvent<SearchResult, ResultData>): void {
  const step = machine.update(state, event);
  state = step.state;
  for (const effect of step.effects) void perform(pagefind, effect);
}

async function perform(
  pagefind: Pagefind,
  effect: SearchEffect<SearchResult, ResultData>,
): Promise<void> {
  switch (effect.type) {
    case 'url':
      history.replaceState(null, '', effect.search || location.pathname);
      return;
    case 'search': {
      const { id, request, debounce, countable } = effect;
      const options = pagefindOptions(request);
      const response = debounce
        ? await pagefind.debouncedSearch(request.term, options, 150)
        : await pagefind.search(request.term, options);
      // A newer search superseded this one while it waited for the reader to pause.
      if (response === null) return;
      const results = await ordered(response.results, request);
      const counts = countable ? await countsOf(pagefind, response.filters) : undefined;
      dispatch(pagefind, { type: 'answered', id, results, counts });
      return;
    }
    case 'count': {
      // The chunks the search needs are loaded already, so this fetches only filter files.
      const response = await pagefind.search(effect.request.term, pagefindOptions(effect.request));
      const counts = await countsOf(pagefind, response.filters);
      dispatch(pagefind, { type: 'counted', id: effect.id, counts });
      return;
    }
    case 'fetch': {
      const items = await Promise.all(effect.results.map((result) => result.data()));
      dispatch(pagefind, { type: 'fetched', id: effect.id, items, first: effect.first });
      return;
    }
    case 'show': {
      const query = state.query.trim();
      const items = effect.items.map((result) => item(result, query));
      if (effect.replace) list.replaceChildren(...items);
      else list.append(...items);
      moreButton.hidden = !effect.more;
      return;
    }
    case 'status':
      status.textContent = effect.text;
      return;
    case 'filters-loading':
      pane.textContent = strings.loadingFilters;
      return;
    case 'load-filters':
      await pagefind.filters();
      dispatch(pagefind, { type: 'filters-loaded' });
      return;
    case 'filters':
      renderFilters(effect.counts);
      return;
  }
}

/** An unfiltered, empty search reports no counts; the index's own totals are the same thing. */
async function countsOf(pagefind: Pagefind, counts: FilterCounts): Promise<FilterCounts> {
  return Object.keys(counts).length > 0 ? counts : pagefind.filters();
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
  const groups = filterGroups(counts, strings.filters, state.chosen, lang).map(
    ({ key, name, values }, groupIndex) => {
      const fieldset = document.createElement('fieldset');
      const legend = document.createElement('legend');
      legend.textContent = name;
      fieldset.append(legend);
      values.forEach(({ value, count, checked }, i) => {
        const id = `filter-${groupIndex}-${i}`;
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.id = id;
        box.name = key;
        box.value = value;
        box.checked = checked;
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
    },
  );
  pane.replaceChildren(...groups);
  if (focused) document.getElementById(focused)?.focus();
}

function resultLinks(): HTMLAnchorElement[] {
  return [...list.querySelectorAll<HTMLAnchorElement>('a')];
}

async function start(): Promise<void> {
  let pagefind: Pagefind;
  try {
    pagefind = await loadPagefind({ worker: strings.worker });
  } catch (error) {
    if (!(error instanceof SearchUnavailableError)) throw error;
    status.textContent = error.message === 'dev' ? strings.unavailableDev : strings.unavailable;
    return;
  }
  filterPane.addEventListener('toggle', () => {
    if (filterPane.open) dispatch(pagefind, { type: 'pane-opened' });
  });
  input.addEventListener('input', () => dispatch(pagefind, { type: 'typed', query: input.value }));
  sortSelect.addEventListener('change', () =>
    dispatch(pagefind, { type: 'sorted', sort: sortSelect.value }),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    dispatch(pagefind, { type: 'submitted' });
  });
  pane.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement;
    dispatch(pagefind, { type: 'toggled', key: box.name, value: box.value, checked: box.checked });
  });
  moreButton.addEventListener('click', () => dispatch(pagefind, { type: 'more' }));
  dispatch(pagefind, { type: 'start' });
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
