import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { siteConfig } from './config.ts';
import {
  ActorSchema,
  COLLECTIONS,
  EventSchema,
  SourceSchema,
  type CollectionName,
} from './schemas/index.ts';

// Each collection is one folder of `content/`; the file name is the entry's id and URL.
function files(name: CollectionName) {
  return glob({
    pattern: `*${COLLECTIONS[name].extension}`,
    base: `${siteConfig.contentDir}/${name}`,
  });
}

export const collections = {
  actors: defineCollection({ loader: files('actors'), schema: ActorSchema }),
  events: defineCollection({ loader: files('events'), schema: EventSchema }),
  sources: defineCollection({ loader: files('sources'), schema: SourceSchema }),
};
