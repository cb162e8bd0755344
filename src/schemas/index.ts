import { ActorSchema } from './actor.ts';
import { EventSchema } from './event.ts';
import { SourceSchema } from './source.ts';

export * from './actor.ts';
export * from './event.ts';
export * from './source.ts';

/**
 * The three collections, where their files live under `content/` and how they are written.
 * The build, the checker, the scaffolder and the JSON Schema generator all read this table,
 * so a field or folder is named in one place only.
 */
export const COLLECTIONS = {
  actors: { schema: ActorSchema, extension: '.mdx', singular: 'actor' },
  events: { schema: EventSchema, extension: '.mdx', singular: 'event' },
  sources: { schema: SourceSchema, extension: '.yaml', singular: 'source' },
} as const;

export type CollectionName = keyof typeof COLLECTIONS;
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];
