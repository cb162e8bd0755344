/**
 * The one module that reads `astro:content`. It loads the three collections once per build
 * and derives every index once; routes, layouts and endpoints ask it instead of scanning
 * entries themselves, which keeps the build linear as content grows.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import path from 'node:path';
import { siteConfig } from '../config.ts';
import { readLastUpdated } from '../lib/git.ts';
import { compareActors, compareSources, groupBy } from '../lib/grouping.ts';
import { groupByYear, type YearGroup } from '../lib/timeline.ts';
import { pageKeys, type PageKeys } from '../lib/page-keys.ts';
import { ACTOR_KINDS, EVENT_KINDS } from '../schemas/index.ts';
import {
  aggregateEdges,
  relationEdges,
  type Relation,
  type RelationEdge,
} from '../lib/relations.ts';
import {
  buildIndexes,
  type ActorEntry,
  type EventEntry,
  type Indexes,
  type SourceEntry,
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

let lastUpdated: Map<string, string> | undefined;

/**
 * The newest commit date of every content file, keyed `events/<id>.mdx`, from one `git log`
 * for the whole build.
 */
export function loadLastUpdated(): Map<string, string> {
  lastUpdated ??= readLastUpdated(path.resolve(siteConfig.contentDir));
  return lastUpdated;
}

let keys: Promise<PageKeys> | undefined;

/** The incremental build's cache key of every entry page (see src/lib/page-keys.ts). */
export function loadPageKeys(): Promise<PageKeys> {
  keys ??= loadSite().then((site) =>
    pageKeys(site, { settings: siteConfig, updated: loadLastUpdated() }),
  );
  return keys;
}

let relations: Promise<{ edges: RelationEdge[]; relations: Relation[] }> | undefined;

/** Recognition and severance edges, and the same merged per pair, computed once per build. */
export function loadRelations(): Promise<{ edges: RelationEdge[]; relations: Relation[] }> {
  relations ??= loadSite().then((indexes) => {
    const edges = relationEdges(indexes.chronology);
    return { edges, relations: aggregateEdges(edges) };
  });
  return relations;
}

/** What the index pages list: actors and events by kind, sources newest first. */
export interface Listings {
  actorsByKind: { key: string; items: ActorEntry[] }[];
  eventsByKind: { key: string; items: EventEntry[] }[];
  sources: SourceEntry[];
  /** The chronology by year, oldest first. */
  years: YearGroup[];
}

let listings: Promise<Listings> | undefined;

export function loadListings(): Promise<Listings> {
  listings ??= loadSite().then((indexes) => ({
    actorsByKind: groupBy(
      [...indexes.actors.values()].sort(compareActors),
      (actor) => actor.data.kind,
      ACTOR_KINDS,
    ),
    eventsByKind: groupBy(indexes.chronology, (event) => event.data.kind, EVENT_KINDS),
    sources: [...indexes.sources.values()].sort(compareSources),
    years: groupByYear(indexes.chronology),
  }));
  return listings;
}

/** Sources newest first, for `/sources/`. */
export async function loadSortedSources(): Promise<SourceEntry[]> {
  return (await loadListings()).sources;
}
