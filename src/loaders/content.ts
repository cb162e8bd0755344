/**
 * The content loader of every collection. It reads nothing itself: it takes the entries the
 * content store has already read, parsed, rendered and checked (src/checker/store.ts), so the
 * build publishes exactly what the check passed, and each file is parsed once.
 *
 * Each entry's data is its frontmatter plus what the parse found (its references, and its
 * translations by language), and its body's HTML is kept as the rendered content. While
 * previewing, the store re-checks an edited file alone and this loader updates that entry.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
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
      const report = await store.ready();
      // A build publishes only checked content (the content guard stops it otherwise); the
      // preview server shows every entry that passed its own checks while others are fixed.
      if (!context.watcher) {
        sync(context, store, report.model, collection, () => false);
        return;
      }
      // An entry whose file is there but broken keeps its last good version, so the page stays
      // up while the guard shows the problem.
      const broken = (id: string) => store.has(collection, id);
      sync(context, store, report.preview, collection, broken);
      store.watch(context.watcher);
      store.onChange((next) => sync(context, store, next.preview, collection, broken));
    },
  };
}

/** Puts the model's entries of one collection into Astro's data store, and drops the rest. */
function sync(
  { store, generateDigest, config }: LoaderContext,
  content: ContentStore,
  model: ContentModel | undefined,
  collection: CollectionName,
  keep: (id: string) => boolean,
): void {
  if (!model) return;
  // Astro takes an entry's file relative to its root, which tests and the benchmark move away
  // from the project (see astro.config.mjs), while the store names files from the project.
  const astroRoot = fileURLToPath(config.root);
  const filePath = (file: string) =>
    path.relative(astroRoot, path.resolve(content.cwd, file)).split(path.sep).join('/');
  const entries = model[collection] as Map<string, ModelEntry<object>>;
  for (const id of store.keys()) if (!entries.has(id) && !keep(id)) store.delete(id);
  for (const [id, entry] of entries) {
    const data = storedData(entry);
    const html = entry.body?.html;
    const digest = generateDigest(JSON.stringify([data, html]));
    if (store.get(id)?.digest === digest) continue;
    store.set({
      id,
      data,
      digest,
      filePath: filePath(entry.file),
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
