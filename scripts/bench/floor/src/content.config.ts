import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

// No schemas: the floor measures loading and rendering MDX, not validation.
const base = process.env.CONTENT_DIR ?? 'content';

export const collections = {
  actors: defineCollection({ loader: glob({ pattern: '*.mdx', base: `${base}/actors` }) }),
  events: defineCollection({ loader: glob({ pattern: '*.mdx', base: `${base}/events` }) }),
};
