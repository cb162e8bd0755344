/**
 * The one module that reads `astro:content`. It loads the three collections once per build
 * and derives every index once; routes, layouts and endpoints ask it instead of scanning
 * entries themselves, which keeps the build linear as content grows.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import {
  buildIndexes,
  type ActorEntry,
  type EventEntry,
  type Indexes,
} from '../lib/indexes.ts';

let site: Promise<Indexes> | undefined;

/** The site's entries and derived indexes, loaded on first use and shared by every page. */
export function loadSite(): Promise<Indexes> {
  site ??= (async () => {
    const [actors, events, sources] = await Promise.all([
      getCollection('actors'),
      getCollection('events'),
      getCollection('sources'),
    ]);
    return buildIndexes(actors, events, sources);
  })();
  return site;
}

/**
 * Renders an entry's MDX body. The entries in the indexes are the collection entries
 * themselves, so the cast only restores the type the indexes' pure code does not know.
 */
export function renderEntry(entry: ActorEntry | EventEntry) {
  return render(entry as unknown as CollectionEntry<'actors' | 'events'>);
}
