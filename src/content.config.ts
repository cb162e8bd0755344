import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { siteConfig } from './config.ts';
import { mdxEntries } from './loaders/mdx-entries.ts';
import {
  ActorSchema,
  COLLECTIONS,
  EventSchema,
  SourceSchema,
  type CollectionName,
} from './schemas/index.ts';

// Each collection is one folder of `content/`; the file name is the entry's id and URL.
// Actors and events are MDX, rendered as they load (see src/loaders/mdx-entries.ts); sources
// are YAML data.
function files(name: CollectionName) {
  const folder = `${siteConfig.contentDir}/${name}`;
  if (COLLECTIONS[name].extension === '.mdx') {
    return mdxEntries({ folder, siteBase: siteConfig.base });
  }
  return glob({ pattern: `*${COLLECTIONS[name].extension}`, base: folder });
}

export const collections = {
  actors: defineCollection({ loader: files('actors'), schema: ActorSchema }),
  events: defineCollection({ loader: files('events'), schema: EventSchema }),
  sources: defineCollection({ loader: files('sources'), schema: SourceSchema }),
};
