import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { siteConfig } from './config.ts';
import { COLLECTIONS, type CollectionName } from './schemas/index.ts';

// Each collection is one folder of `content/`; the file name is the entry's id and URL.
function collection(name: CollectionName) {
  const { schema, extension } = COLLECTIONS[name];
  return defineCollection({
    loader: glob({ pattern: `*${extension}`, base: `${siteConfig.contentDir}/${name}` }),
    schema,
  });
}

export const collections = {
  actors: collection('actors'),
  events: collection('events'),
  sources: collection('sources'),
};
