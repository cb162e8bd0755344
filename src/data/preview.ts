/**
 * The preview server's content. Its pages read the content store itself rather than Astro's
 * data store: the store has checked an edit a few milliseconds after it is saved, while Astro's
 * content layer writes its whole data store to disk and loads it again after each change, which
 * takes seconds at 10,000 entries. The build reads Astro's collections, which hold exactly what
 * the check passed.
 *
 * An entry whose file is there but broken keeps its last good version, so its page stays up
 * while the content guard shows the problem.
 */
import { contentStore } from '../checker/store.ts';
import type { ContentModel, ModelEntry } from '../lib/content/check.ts';
import type { CollectionName } from '../lib/content/layout.ts';
import type { ActorEntry, EventEntry, SourceEntry } from '../lib/indexes.ts';
import type { SiteInput } from '../lib/site.ts';
import { storedData } from '../loaders/content.ts';

type Content = Pick<
  SiteInput,
  'topic' | 'topicTranslations' | 'locales' | 'actors' | 'events' | 'sources'
>;

interface Snapshot {
  version: number;
  content: Content;
}

let last: Snapshot | undefined;

/** The store of the content folder this server previews, as the configuration made it. */
function store(dir: string, base: string) {
  return contentStore(dir, { base });
}

/** Which version of the content the preview shows; it changes with every checked edit. */
export function previewVersion(dir: string, base: string): number {
  return store(dir, base).version;
}

/** The content of the preview's current version, as `buildSite` takes it. */
export async function previewContent(dir: string, base: string): Promise<Content> {
  const contentStore = store(dir, base);
  await contentStore.ready();
  const { version } = contentStore;
  const { preview } = contentStore.report;
  if (last?.version === version) return last.content;
  // Without a valid topic there is nothing to build from; the last good site stays up.
  if (!preview) {
    if (last) return last.content;
    throw new Error('The content has no valid topic file: see the problems above.');
  }
  const kept = (collection: CollectionName) => (id: string) => contentStore.has(collection, id);
  const content: Content = {
    topic: preview.topic,
    topicTranslations: Object.fromEntries(preview.topicTranslations),
    locales: Object.fromEntries(preview.locales),
    actors: entries(preview, 'actors', last?.content.actors, kept('actors')) as ActorEntry[],
    events: entries(preview, 'events', last?.content.events, kept('events')) as EventEntry[],
    sources: entries(preview, 'sources', last?.content.sources, kept('sources')) as SourceEntry[],
  };
  last = { version, content };
  return content;
}

type Entry = { id: string; data: unknown; html?: string | undefined };

/** A collection's entries as pages read them, with the last good version of broken ones. */
function entries(
  model: ContentModel,
  collection: CollectionName,
  previous: readonly Entry[] | undefined,
  exists: (id: string) => boolean,
): Entry[] {
  const current = model[collection] as Map<string, ModelEntry<object>>;
  const list: Entry[] = [...current.values()].map((entry) =>
    collection === 'sources'
      ? { id: entry.id, data: entry.data }
      : { id: entry.id, data: storedData(entry), html: entry.body?.html },
  );
  for (const entry of previous ?? []) {
    if (!current.has(entry.id) && exists(entry.id)) list.push(entry);
  }
  return list;
}
