/**
 * The timeline: events grouped by year, and the filter the timeline page offers. The filter
 * is a pure function of an event's kind and actors, shared by the build (which writes them
 * as data attributes) and the small script that hides non-matching events in the browser.
 */
import { yearOf } from './dates.ts';
import type { EventEntry } from './indexes.ts';

export interface YearGroup<T = EventEntry> {
  year: number;
  events: T[];
}

/** Groups events that are already in chronological order by year, keeping that order. */
export function groupByYear(events: readonly EventEntry[]): YearGroup[] {
  const groups: YearGroup[] = [];
  for (const event of events) {
    const year = yearOf(event.data.date);
    const last = groups.at(-1);
    if (last?.year === year) last.events.push(event);
    else groups.push({ year, events: [event] });
  }
  return groups;
}

/** What the timeline can be filtered by; an empty or missing value matches everything. */
export interface TimelineFilter {
  kind?: string | null | undefined;
  actor?: string | null | undefined;
}

/** True when an event of `kind` with the `actors` passes the filter. */
export function matchesFilter(
  item: { kind: string; actors: readonly string[] },
  filter: TimelineFilter,
): boolean {
  if (filter.kind && item.kind !== filter.kind) return false;
  if (filter.actor && !item.actors.includes(filter.actor)) return false;
  return true;
}

/** The participants of an event, each once, in the order listed. */
export function eventActors(event: EventEntry): string[] {
  return [...new Set(event.data.participants.map((p) => p.actor))];
}

/** The query string that keeps a filter in the URL (`?actor=some-actor`), or '' for no filter. */
export function filterQuery(filter: TimelineFilter): string {
  const params = new URLSearchParams();
  if (filter.kind) params.set('kind', filter.kind);
  if (filter.actor) params.set('actor', filter.actor);
  const query = params.toString();
  return query ? `?${query}` : '';
}
