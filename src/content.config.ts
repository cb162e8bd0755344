import path from 'node:path';
import { defineCollection } from 'astro:content';
import { contentStore } from './checker/store.ts';
import { siteConfig } from './config.ts';
import { schemaOnlyLoader } from './loaders/content.ts';
import { collectionSchemas } from './schemas/index.ts';

// One store per content folder and process: the content guard has already checked it, and the
// pages read it (see src/data/content.ts). The collections give editors the entries' schemas.
// The content folder is relative to the project, as in astro.config.mjs, wherever Astro runs.
const store = contentStore(siteConfig.contentDir, {
  base: siteConfig.base,
  cwd: path.resolve(import.meta.dirname, '..'),
});
const report = await store.ready();
// The topic's kinds make the schemas; without a valid topic the guard has stopped the build.
const schemas = collectionSchemas(
  report.preview?.topic ?? { actorKinds: [], eventKinds: [], relationTypes: [] },
);

export const collections = {
  actors: defineCollection({ loader: schemaOnlyLoader(store, 'actors'), schema: schemas.actors }),
  events: defineCollection({ loader: schemaOnlyLoader(store, 'events'), schema: schemas.events }),
  sources: defineCollection({
    loader: schemaOnlyLoader(store, 'sources'),
    schema: schemas.sources,
  }),
};
