import path from 'node:path';
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { contentStore } from './checker/store.ts';
import { siteConfig } from './config.ts';
import { contentLoader } from './loaders/content.ts';
import { topicLoader } from './loaders/topic.ts';
import { collectionSchemas } from './schemas/index.ts';
import { frontmatterOnly } from './schemas/json-schema.ts';

// One store per content folder and process: the content guard has already checked it, and
// every collection loads from it (see src/checker/store.ts). The content folder is relative to
// the project, as in astro.config.mjs, wherever Astro runs from.
const store = contentStore(siteConfig.contentDir, {
  base: siteConfig.base,
  cwd: path.resolve(import.meta.dirname, '..'),
});
const report = await store.ready();
// The topic's kinds make the schemas; without a valid topic the guard has stopped the build.
const schemas = collectionSchemas(
  report.preview?.topic ?? { actorKinds: [], eventKinds: [], relationTypes: [] },
);

// What the parse adds to each entry's frontmatter: its numbered references and translations.
// Astro writes each collection's JSON Schema for the editor from its schema; `frontmatterOnly`
// keeps these fields out of it, since editors never write them.
const parsed = {
  references: z.array(z.string()),
  translations: z.record(z.string(), z.record(z.string(), z.unknown())),
};

export const collections = {
  topic: defineCollection({ loader: topicLoader({ store }) }),
  actors: defineCollection({
    loader: contentLoader({ store, collection: 'actors' }),
    schema: schemas.actors.extend(parsed).meta(frontmatterOnly(schemas.actors)),
  }),
  events: defineCollection({
    loader: contentLoader({ store, collection: 'events' }),
    schema: schemas.events.extend(parsed).meta(frontmatterOnly(schemas.events)),
  }),
  sources: defineCollection({
    loader: contentLoader({ store, collection: 'sources' }),
    schema: schemas.sources,
  }),
};
