/**
 * The loader of every collection. It loads nothing: pages take their content from the content
 * store that checked it (see src/data/content.ts), not from Astro's data store. The collections
 * are declared for their schemas, which Astro writes where editors' IntelliSense finds them.
 */
import type { Loader } from 'astro/loaders';
import type { CollectionName } from '../lib/content/layout.ts';

export function schemaOnlyLoader(collection: CollectionName): Loader {
  return { name: `explainer:${collection}`, load: async () => {} };
}
