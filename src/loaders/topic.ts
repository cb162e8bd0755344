/**
 * Loads the topic file as the one entry of the `topic` collection, with the topic's words in
 * other languages and the content folder's interface text, all as the content store checked them.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import type { ContentReport, ContentStore } from '../checker/store.ts';

/** The id of the topic's one entry. */
export const TOPIC_ENTRY = 'topic';

export function topicLoader({ store }: { store: ContentStore }): Loader {
  return {
    name: 'explainer:topic',
    load: async (context) => {
      // The preview server's pages read the store itself, as the content loader says.
      if (context.watcher) return;
      sync(context, (await store.ready()).model);
    },
  };
}

function sync({ store, generateDigest }: LoaderContext, model: ContentReport['model']): void {
  if (!model) return;
  const data = {
    ...model.topic,
    translations: Object.fromEntries(model.topicTranslations),
    locales: Object.fromEntries(model.locales),
  };
  const digest = generateDigest(JSON.stringify(data));
  if (store.get(TOPIC_ENTRY)?.digest === digest) return;
  store.set({ id: TOPIC_ENTRY, data, digest });
}
