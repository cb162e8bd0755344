/**
 * The content loader of every collection. It reads nothing itself: it takes the entries the
 * content store has already read, parsed, rendered and checked (src/checker/store.ts), so the
 * build publishes exactly what the check passed, and each file is parsed once.
 *
 * Each entry's data is its frontmatter plus what the parse found (its references, and its
 * translations by language), and its body's HTML is kept as the rendered content.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import type { ContentStore } from '../checker/store.ts';
import type { ContentModel, ModelEntry } from '../lib/content/check.ts';
import type { CollectionName } from '../lib/content/layout.ts';

export interface ContentLoaderOptions {
  store: ContentStore;
  collection: CollectionName;
}

export function contentLoader({ store, collection }: ContentLoaderOptions): Loader {
  return {
    name: `explainer:${collection}`,
    load: async (context) => {
      // The preview server's pages read the store itself, which takes in each edit at once
      // (see src/data/preview.ts); filling Astro's data store too would cost seconds at start.
      if (context.watcher) return;
      // A build publishes only checked content: the content guard stops it otherwise.
      sync(context, (await store.ready()).model, collection);
    },
  };
}

/** Puts the model's entries of one collection into Astro's data store, and drops the rest. */
function sync(
  { store, generateDigest }: LoaderContext,
  model: ContentModel | undefined,
  collection: CollectionName,
): void {
  if (!model) return;
  const entries = model[collection] as Map<string, ModelEntry<object>>;
  for (const id of store.keys()) if (!entries.has(id)) store.delete(id);
  for (const [id, entry] of entries) {
    const data = storedData(entry);
    const html = entry.body?.html;
    const digest = generateDigest(JSON.stringify([data, html]));
    if (store.get(id)?.digest === digest) continue;
    store.set({
      id,
      data,
      digest,
      filePath: entry.file,
      ...(html === undefined ? {} : { rendered: { html } }),
    });
  }
}

/** An entry's data as pages read it: frontmatter, references and translations. */
export function storedData(entry: ModelEntry<object>): Record<string, unknown> {
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
