/**
 * Every schema of a content folder, made from its topic file: the kinds an entry may have and
 * the relations an event may carry come from `topic.yaml`, so the build, the checker, the
 * scaffolder and the JSON Schemas all accept exactly what the topic declares.
 */
import type { z } from 'astro/zod';
import { actorSchema } from './actor.ts';
import { eventSchema } from './event.ts';
import { SourceSchema } from './source.ts';
import type { Topic } from './topic.ts';
import {
  ActorTranslationSchema,
  EventTranslationSchema,
  SourceTranslationSchema,
} from './translation.ts';
import type { CollectionName } from '../lib/content/layout.ts';

export * from './actor.ts';
export * from './event.ts';
export * from './source.ts';
export * from './topic.ts';
export * from './translation.ts';
export {
  COLLECTION_FOLDERS,
  COLLECTION_NAMES,
  type CollectionName,
} from '../lib/content/layout.ts';

export interface CollectionSchemas {
  actors: ReturnType<typeof actorSchema>;
  events: ReturnType<typeof eventSchema>;
  sources: typeof SourceSchema;
}

const cache = new WeakMap<object, CollectionSchemas>();

/** The schema of each collection under a topic, made once per topic. */
export function collectionSchemas(
  topic: Pick<Topic, 'actorKinds' | 'eventKinds' | 'relationTypes'>,
): CollectionSchemas {
  let schemas = cache.get(topic);
  if (!schemas) {
    schemas = { actors: actorSchema(topic), events: eventSchema(topic), sources: SourceSchema };
    cache.set(topic, schemas);
  }
  return schemas;
}

/** The schema of a translation of an entry of `collection`. */
export function translationSchema(collection: CollectionName): z.ZodObject {
  if (collection === 'actors') return ActorTranslationSchema;
  if (collection === 'events') return EventTranslationSchema;
  return SourceTranslationSchema;
}
