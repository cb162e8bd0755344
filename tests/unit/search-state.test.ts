import { describe, expect, test } from 'vitest';
import {
  createSearchMachine,
  filterGroups,
  type SearchEffect,
  type SearchEvent,
  type SearchState,
} from '../../src/client/search-state.ts';
import { RESULTS_PER_BATCH } from '../../src/lib/search.ts';
import type { SearchStrings } from '../../src/lib/views/lists.ts';

const strings: SearchStrings = {
  filters: [
    { key: 'type', name: 'Type' },
    { key: 'year', name: 'Year' },
    { key: 'actor', name: 'Actor' },
  ],
  noMatches: 'No entries match.',
  noResults: 'No results for “{query}”.',
  entries: { one: '{count} entry', other: '{count} entries' },
  resultsFor: { one: '{count} result for “{query}”', other: '{count} results for “{query}”' },
  loadingFilters: 'Loading filters…',
  unavailable: 'Search is unavailable.',
  unavailableDev: 'Search needs a build.',
  worker: false,
  types: ['Actors', 'Events'],
};

type Result = { id: string };
type Item = { url: string; meta: { title: string; aliases?: string } };

const machine = createSearchMachine<Result, Item>({ strings, lang: 'en' });

/** Runs events from a state and returns the final state and every effect, in order. */
function run(
  from: SearchState<Result>,
  ...events: SearchEvent<Result, Item>[]
): { state: SearchState<Result>; effects: SearchEffect<Result, Item>[] } {
  let state = from;
  const effects: SearchEffect<Result, Item>[] = [];
  for (const event of events) {
    const step = machine.update(state, event);
    state = step.state;
    effects.push(...step.effects);
  }
  return { state, effects };
}

const results = (count: number): Result[] =>
  Array.from({ length: count }, (_, i) => ({ id: `r${i}` }));
const items = (...titles: string[]): Item[] =>
  titles.map((title) => ({ url: `/${title.toLowerCase()}/`, meta: { title } }));
const ofType = <T extends SearchEffect<Result, Item>['type']>(
  effects: SearchEffect<Result, Item>[],
  type: T,
) => effects.filter((e): e is Extract<SearchEffect<Result, Item>, { type: T }> => e.type === type);

describe('createSearchMachine', () => {
  test('a page opened with ?q= searches for it at once, without waiting for a pause', () => {
    const { effects } = run(machine.initial('?q=Kuleba'), { type: 'start' });
    expect(ofType(effects, 'search')).toEqual([
      {
        type: 'search',
        id: 1,
        request: { term: 'Kuleba', filters: {}, sort: '' },
        debounce: false,
        countable: false,
      },
    ]);
    expect(ofType(effects, 'load-filters')).toEqual([]);
  });

  test('with nothing typed or chosen, every entry of every type is listed newest first', () => {
    const { effects } = run(machine.initial(''), { type: 'start' });
    expect(ofType(effects, 'search')[0]!.request).toEqual({
      term: null,
      filters: { Type: ['Actors', 'Events'] },
      sort: 'date:desc',
    });
    const oldest = run(machine.initial('?sort=date:asc'), { type: 'start' });
    expect(ofType(oldest.effects, 'search')[0]!.request.sort).toBe('date:asc');
  });

  test('a filter in the address opens the pane and fetches the filter files', () => {
    const state = machine.initial('?q=Syria&type=Events&type=Actors&year=2022');
    expect(state.paneOpen).toBe(true);
    const { effects } = run(state, { type: 'start' });
    expect(effects.map((e) => e.type)).toEqual([
      'filters-loading',
      'load-filters',
      'url',
      'search',
    ]);
    expect(ofType(effects, 'search')[0]!.request.filters).toEqual({
      Type: ['Events', 'Actors'],
      Year: ['2022'],
    });
  });

  test('typing waits for a pause and keeps the address in step', () => {
    const { effects } = run(machine.initial(''), { type: 'typed', query: ' Kim Jong-un ' });
    expect(effects).toEqual([
      { type: 'url', search: '?q=Kim+Jong-un' },
      {
        type: 'search',
        id: 1,
        request: { term: 'Kim Jong-un', filters: {}, sort: '' },
        debounce: true,
        countable: false,
      },
    ]);
  });

  test('an unknown sort order in the address is read as best match', () => {
    expect(machine.initial('?sort=title:asc').sort).toBe('');
    expect(machine.initial('?sort=date:asc').sort).toBe('date:asc');
  });

  test('the answer shows the first batch, and the count is announced once it is on the page', () => {
    const started = run(machine.initial('?q=Ukraine'), { type: 'start' });
    const answered = run(started.state, { type: 'answered', id: 1, results: results(25) });
    expect(ofType(answered.effects, 'fetch')).toEqual([
      { type: 'fetch', id: 1, results: results(25).slice(0, RESULTS_PER_BATCH), first: true },
    ]);
    expect(ofType(answered.effects, 'status')).toEqual([]);
    const shown = run(answered.state, {
      type: 'fetched',
      id: 1,
      items: items('A', 'B'),
      first: true,
    });
    expect(shown.effects).toEqual([
      { type: 'show', items: items('A', 'B'), replace: true, more: true },
      { type: 'status', text: '25 results for “Ukraine”' },
    ]);
  });

  test('"more" fetches the next batch and hides the button after the last', () => {
    let { state } = run(
      machine.initial('?q=Ukraine'),
      { type: 'start' },
      { type: 'answered', id: 1, results: results(RESULTS_PER_BATCH + 3) },
      { type: 'fetched', id: 1, items: items('A'), first: true },
    );
    const more = run(state, { type: 'more' });
    expect(ofType(more.effects, 'fetch')[0]!.results).toEqual(
      results(RESULTS_PER_BATCH + 3).slice(RESULTS_PER_BATCH),
    );
    state = more.state;
    const last = run(state, { type: 'fetched', id: 1, items: items('B', 'C', 'D'), first: false });
    expect(last.effects).toEqual([
      { type: 'show', items: items('B', 'C', 'D'), replace: false, more: false },
    ]);
    expect(run(last.state, { type: 'more' }).effects).toEqual([]);
  });

  test('an answer to an older search is dropped, however late it comes', () => {
    const { state } = run(
      machine.initial(''),
      { type: 'typed', query: 'Kul' },
      { type: 'typed', query: 'Kuleba' },
    );
    expect(state.latest).toBe(2);
    expect(run(state, { type: 'answered', id: 1, results: results(3) }).effects).toEqual([]);
    const answered = run(state, { type: 'answered', id: 2, results: results(1) });
    expect(run(answered.state, { type: 'fetched', id: 1, items: items('X'), first: true })).toEqual(
      { state: answered.state, effects: [] },
    );
  });

  test('the entry named exactly as the query moves to the front of the first batch', () => {
    const { effects } = run(
      machine.initial('?q=kyiv'),
      { type: 'start' },
      { type: 'answered', id: 1, results: results(2) },
      {
        type: 'fetched',
        id: 1,
        items: [
          { url: '/mfa/', meta: { title: 'Ministry of Foreign Affairs' } },
          { url: '/ukraine/', meta: { title: 'Ukraine', aliases: 'Kyiv | Kiev' } },
        ],
        first: true,
      },
    );
    expect(ofType(effects, 'show')[0]!.items.map((item) => item.url)).toEqual([
      '/ukraine/',
      '/mfa/',
    ]);
  });

  test('nothing found says so, for a query and for a browse', () => {
    const none = (search: string) =>
      run(
        machine.initial(search),
        { type: 'start' },
        { type: 'answered', id: 1, results: [] },
        { type: 'fetched', id: 1, items: [], first: true },
      ).effects;
    expect(ofType(none('?q=zzz'), 'status')[0]!.text).toBe('No results for “zzz”.');
    expect(ofType(none('?type=Events'), 'status')[0]!.text).toBe('No entries match.');
  });

  test('a browse with a filter counts entries, in the plural the language needs', () => {
    const { effects } = run(
      machine.initial('?type=Events'),
      { type: 'start' },
      { type: 'answered', id: 1, results: results(1) },
      { type: 'fetched', id: 1, items: items('A'), first: true },
    );
    expect(ofType(effects, 'status')[0]!.text).toBe('1 entry');
  });

  test('a search that ran before the filter files arrived is counted once more after', () => {
    const opened = run(
      machine.initial('?q=Syria'),
      { type: 'start' },
      { type: 'pane-opened' },
      { type: 'answered', id: 1, results: results(4) },
      { type: 'fetched', id: 1, items: items('A'), first: true },
    );
    expect(ofType(opened.effects, 'load-filters')).toHaveLength(1);
    expect(ofType(opened.effects, 'count')).toEqual([]);

    const loaded = run(opened.state, { type: 'filters-loaded' });
    expect(loaded.effects).toEqual([
      { type: 'count', id: 1, request: { term: 'Syria', filters: {}, sort: '' } },
    ]);
    // Counted once: the files arriving again, or a second pane toggle, ask for nothing more.
    expect(run(loaded.state, { type: 'filters-loaded' }, { type: 'pane-opened' }).effects).toEqual(
      [],
    );
    const counts = { Type: { Actors: 1, Events: 3 } };
    expect(run(loaded.state, { type: 'counted', id: 1, counts }).effects).toEqual([
      { type: 'filters', counts },
    ]);
  });

  test('once the filter files are loaded, a search counts its own results', () => {
    const { state } = run(
      machine.initial('?q=Syria'),
      { type: 'start' },
      { type: 'pane-opened' },
      { type: 'filters-loaded' },
    );
    const toggled = run(state, { type: 'toggled', key: 'type', value: 'Actors', checked: true });
    expect(toggled.effects).toEqual([
      { type: 'url', search: '?q=Syria&type=Actors' },
      {
        type: 'search',
        id: 2,
        request: { term: 'Syria', filters: { Type: ['Actors'] }, sort: '' },
        debounce: false,
        countable: true,
      },
    ]);
    const counts = { Type: { Actors: 1 } };
    const answered = run(toggled.state, { type: 'answered', id: 2, results: results(1), counts });
    expect(answered.effects[0]).toEqual({ type: 'filters', counts });
    const shown = run(answered.state, { type: 'fetched', id: 2, items: items('A'), first: true });
    expect(ofType(shown.effects, 'count')).toEqual([]);
  });

  test('unticking a value drops it from the search and the address', () => {
    const { state } = run(machine.initial('?type=Actors&type=Events'), { type: 'start' });
    const { effects } = run(state, {
      type: 'toggled',
      key: 'type',
      value: 'Events',
      checked: false,
    });
    expect(ofType(effects, 'url')[0]!.search).toBe('?type=Actors');
    expect(run(state, { type: 'toggled', key: 'nope', value: 'x', checked: true }).effects).toEqual(
      [],
    );
  });

  test('choosing an order searches again at once and records it in the address', () => {
    const { effects } = run(machine.initial('?q=Donetsk'), { type: 'sorted', sort: 'date:asc' });
    expect(ofType(effects, 'url')[0]!.search).toBe('?q=Donetsk&sort=date%3Aasc');
    expect(ofType(effects, 'search')[0]).toMatchObject({
      debounce: false,
      request: { sort: 'date:asc' },
    });
  });
});

describe('filterGroups', () => {
  test('lists filters with values in the page order, years newest first, others alphabetically', () => {
    const groups = filterGroups(
      { Actor: { Zelensky: 2, Kuleba: 1 }, Year: { '2014': 1, '2022': 5 }, Type: {} },
      strings.filters,
      new Map([['actor', new Set(['Kuleba'])]]),
      'en',
    );
    expect(groups).toEqual([
      {
        key: 'year',
        name: 'Year',
        values: [
          { value: '2022', count: 5, checked: false },
          { value: '2014', count: 1, checked: false },
        ],
      },
      {
        key: 'actor',
        name: 'Actor',
        values: [
          { value: 'Kuleba', count: 1, checked: true },
          { value: 'Zelensky', count: 2, checked: false },
        ],
      },
    ]);
  });
});
