/**
 * The loader of every collection. Pages take their content from the content store that checked
 * it (see src/data/content.ts), not from Astro's data store, so this loader keeps no entry's
 * data or HTML there. The collections are declared for their schemas, which Astro writes where
 * editors' IntelliSense finds them, and for the list of entry files that comes with them: each
 * base entry file is put in the store as its id and file alone, which is what Astro lists
 * (`.astro/collections/collections.json`) for the editor to find a file's schema.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { listContent } from '../checker/read.ts';
import type { ContentStore } from '../checker/store.ts';
import type { CollectionName } from '../lib/content/layout.ts';

export function schemaOnlyLoader(store: ContentStore, collection: CollectionName): Loader {
  return {
    name: `explainer:${collection}`,
    load: async ({ store: dataStore, config }) => {
      // Astro takes an entry's file relative to its root, which tests and the benchmark move
      // away from the project, while the content store names files from the project.
      const astroRoot = fileURLToPath(config.root);
      const { files } = await listContent(store.root, store.cwd);
      const ids = new Set<string>();
      for (const { relative, placement } of files) {
        // A translation's frontmatter is not the collection's; its editor schema is its own.
        if (placement.role !== 'entry' || placement.lang !== undefined) continue;
        if (placement.collection !== collection) continue;
        ids.add(placement.id);
        const filePath = path
          .relative(astroRoot, path.join(store.root, relative))
          .split(path.sep)
          .join('/');
        if (dataStore.get(placement.id)?.filePath === filePath) continue;
        dataStore.set({ id: placement.id, data: {}, filePath });
      }
      for (const id of dataStore.keys()) if (!ids.has(id)) dataStore.delete(id);
    },
  };
}
