/**
 * What Pagefind records about each entry page: the metadata a result shows, the filters a
 * reader narrows by, the sort key, and the alias text that lets other spellings find it.
 * Computed from the shared indexes, so a page costs a lookup rather than a scan.
 */
import type { ActorEntry, EventEntry, Indexes } from './indexes.ts';
import { formatPartialDate, sortKey, yearOf } from './dates.ts';

/**
 * The kinds of entry search finds, as the `type` filter names them. Sources are not indexed:
 * every indexed page adds to what a reader's first search downloads, and a corpus can have
 * nearly as many sources as actors and events together. They stay listed at `/sources/`.
 */
export type SearchType = 'actor' | 'event';

/** Results whose details (one fragment file each) the search page fetches and shows at once. */
export const RESULTS_PER_BATCH = 10;

/** The filter keys every entry page may carry; the search page lists them in this order. */
export const SEARCH_FILTERS = ['type', 'actor_kind', 'event_kind', 'year', 'actor'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

/** The sort key an entry with no date of its own gets, so sorted results still include it. */
export const UNDATED_SORT_KEY = '00000000';

/** Everything `PagefindMeta` writes into one page. */
export interface SearchRecord {
  type: SearchType;
  /** The result's title, the entry's name or headline. */
  title: string;
  /** One sentence shown under the title. */
  summary: string;
  /** The actor or event kind, as stored (`government-body`). */
  kind?: string | undefined;
  /** The date as the page displays it ("13 July 2022"), or undefined for an undated actor. */
  date?: string | undefined;
  /** `YYYYMMDD`, for `data-pagefind-sort="date"`. Always set: Pagefind drops unsorted pages. */
  sort: string;
  /** Filter values by key; keys with no values are left out. */
  filters: Partial<Record<SearchFilter, string[]>>;
  /** Other names and spellings, indexed with a heavy weight but not shown. */
  aliases: string[];
}

/**
 * An actor's record. It has no date of its own, so it sorts and files under the years of the
 * events it took part in, earliest first.
 */
export function actorRecord(actor: ActorEntry, indexes: Indexes): SearchRecord {
  const appearances = indexes.appearances.get(actor.id) ?? [];
  const first = appearances[0]?.event.data.date;
  const years = new Set(appearances.map(({ event }) => String(yearOf(event.data.date))));
  return {
    type: 'actor',
    title: actor.data.name,
    summary: actor.data.summary,
    kind: actor.data.kind,
    sort: first ? sortKey(first) : UNDATED_SORT_KEY,
    filters: { type: ['actor'], actor_kind: [actor.data.kind], year: [...years] },
    aliases: actor.data.aliases,
  };
}

/** An event's record; its participants' names become values of the `actor` filter. */
export function eventRecord(event: EventEntry, indexes: Indexes): SearchRecord {
  const names = new Set(
    event.data.participants.map((p) => indexes.actors.get(p.actor)?.data.name ?? p.actor),
  );
  return {
    type: 'event',
    title: event.data.title,
    summary: event.data.summary,
    kind: event.data.kind,
    date: formatPartialDate(event.data.date),
    sort: sortKey(event.data.date),
    filters: {
      type: ['event'],
      event_kind: [event.data.kind],
      year: [String(yearOf(event.data.date))],
      actor: [...names],
    },
    aliases: [],
  };
}

/**
 * One `data-pagefind-filter` value per filter value, each for its own element: an inline
 * value runs to the end of the attribute, so a name with a comma stays whole.
 */
export function filterAttributes(record: SearchRecord): string[] {
  return SEARCH_FILTERS.flatMap((key) =>
    (record.filters[key] ?? []).map((value) => `${key}:${value}`),
  );
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
