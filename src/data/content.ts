/**
 * The content the pages are built from, taken from the content store that read and checked
 * the folder once, at configuration time (src/checker/store.ts). A build takes the checked
 * model, which exists only when the check found no error, so nothing the check did not pass
 * can be published. The preview server takes every entry that passed its own checks, and the
 * store has taken in an edit a few milliseconds after it is saved.
 *
 * The entries are not copied into Astro's content layer first. Its data store holds every
 * entry's HTML a second time, is written to disk, bundled into the build as modules and parsed
 * again before the first page: at 10,000 entries that came to seconds of every build, and at
 * 50,000 to over a minute of bundling alone. In the preview server it wrote and reloaded the
 * whole store after each edit.
 *
 * In the preview server, an entry whose file is there but broken keeps its last good version,
 * so its page stays up while the content guard shows the problem.
 */
import { contentStore } from '../checker/store.ts';
import type { ContentModel, ModelEntry } from '../lib/content/check.ts';
import type { CollectionName } from '../lib/content/layout.ts';
import type { ActorEntry, EventEntry, SourceEntry } from '../lib/indexes.ts';
import type { SiteInput } from '../lib/site.ts';

export type Content = Pick<
  SiteInput,
  'topic' | 'topicTranslations' | 'locales' | 'actors' | 'events' | 'sources'
>;

let last: { version: number; content: Content } | undefined;

/** The store of the content folder, as the configuration made it. */
function store(dir: string, base: string) {
  return contentStore(dir, { base });
}

/** Which version of the content the store holds; it changes with every checked edit. */
export function contentVersion(dir: string, base: string): number {
  return store(dir, base).version;
}

/**
 * The content of the store's current version, as `buildSite` takes it: what the check passed
 * for a build, and for the preview server every entry that passed its own checks.
 */
export async function siteContent(dir: string, base: string, preview: boolean): Promise<Content> {
  const contentStore = store(dir, base);
  await contentStore.ready();
  const { version } = contentStore;
  if (last?.version === version) return last.content;
  const { model: checked, preview: partial } = contentStore.report;
  const model = preview ? partial : checked;
  if (!model) {
    // Without a valid topic there is nothing to build from; the last good site stays up.
    if (preview && last) return last.content;
    throw new Error('The content did not pass its check: see the problems above.');
  }
  const kept = (collection: CollectionName) =>
    preview ? (id: string) => contentStore.has(collection, id) : () => false;
  const content: Content = {
    topic: model.topic,
    topicTranslations: Object.fromEntries(model.topicTranslations),
    locales: Object.fromEntries(model.locales),
    actors: entries(model, 'actors', last?.content.actors, kept('actors')) as ActorEntry[],
    events: entries(model, 'events', last?.content.events, kept('events')) as EventEntry[],
    sources: entries(model, 'sources', last?.content.sources, kept('sources')) as SourceEntry[],
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
  kept: (id: string) => boolean,
): Entry[] {
  const current = model[collection] as Map<string, ModelEntry<object>>;
  const list: Entry[] = [...current.values()].map((entry) => ({
    id: entry.id,
    data: entryData(entry),
    html: entry.body?.html,
  }));
  for (const entry of previous ?? []) {
    if (!current.has(entry.id) && kept(entry.id)) list.push(entry);
  }
  // By id, as Astro's data store ordered the entries when pages read them from it: entries
  // that tie in a listing, and the JSON exports, keep the order they had.
  return list.sort((a, b) => a.id.localeCompare(b.id, 'en'));
}

/** An entry's data as pages read it: frontmatter, references and translations. */
export function entryData(entry: ModelEntry<object>): Record<string, unknown> {
  return {
    ...entry.data,
    references: entry.body?.references ?? [],
    translations: Object.fromEntries(
      [...entry.translations].map(([lang, translation]) => [
        lang,
        {
          ...translation.data,
          references: translation.body?.references ?? [],
          html: translation.body?.html ?? '',
        },
      ]),
    ),
  };
}
