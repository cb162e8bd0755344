/** Groupings of entries for the index pages, computed once per build. */
import type { ActorEntry, SourceEntry } from './indexes.ts';

/**
 * Groups items by a key, with groups in the order `order` gives (keys it lacks come last,
 * in order of first appearance) and items in their original order within each group.
 */
export function groupBy<T>(
  items: readonly T[],
  key: (item: T) => string,
  order: readonly string[] = [],
): { key: string; items: T[] }[] {
  const groups = new Map<string, T[]>(order.map((k) => [k, []]));
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return [...groups]
    .filter(([, list]) => list.length > 0)
    .map(([k, list]) => ({ key: k, items: list }));
}

/** Actors by name, as the actors index lists them. */
export function compareActors(a: ActorEntry, b: ActorEntry): number {
  return a.data.name.localeCompare(b.data.name, 'en') || a.id.localeCompare(b.id, 'und');
}

/** Sources newest first, then by publisher and title. */
export function compareSources(a: SourceEntry, b: SourceEntry): number {
  return (
    (a.data.published < b.data.published ? 1 : a.data.published > b.data.published ? -1 : 0) ||
    a.data.publisher.localeCompare(b.data.publisher, 'und') ||
    (a.data.headline ?? a.data.description).localeCompare(
      b.data.headline ?? b.data.description,
      'und',
    )
  );
}
