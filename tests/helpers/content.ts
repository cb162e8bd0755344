/**
 * The site as the build derives it, made without Astro: the content store reads and checks a
 * content folder, and the same pure functions the data module uses build the site from it.
 * Unit tests of view models run on real content this way.
 */
import path from 'node:path';
import { ContentStore } from '../../src/checker/store.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import type { ActorEntry, EventEntry, SourceEntry } from '../../src/lib/indexes.ts';
import { buildSite, type Site } from '../../src/lib/site.ts';
import { entryData } from '../../src/data/content.ts';
import { SHIPPED_MESSAGES } from '../../src/locales/index.ts';
import { root } from './site.ts';

export const TEST_SETTINGS = {
  url: 'https://explainer.example.org',
  base: '/',
  repository: 'https://github.com/example/explainer',
  branch: 'main',
  contentDir: 'content',
};

/** Checks a content folder and builds its site; throws with the problems if it has any. */
export async function loadSite(dir = 'content', settings = TEST_SETTINGS): Promise<Site> {
  const store = new ContentStore(dir, { cwd: root, base: settings.base });
  const report = await store.load();
  if (!report.model) throw new Error(report.problems.map(formatProblem).join('\n'));
  const model = report.model;
  const entries = <T>(
    map: Map<
      string,
      {
        id: string;
        data: object;
        body?: { html: string } | undefined;
        translations: Map<string, unknown>;
      }
    >,
  ) =>
    [...map.values()].map((entry) => ({
      id: entry.id,
      data: entryData(entry as never) as T,
      html: entry.body?.html,
    }));
  return buildSite({
    topic: model.topic,
    topicTranslations: Object.fromEntries(model.topicTranslations),
    locales: Object.fromEntries(model.locales),
    shipped: SHIPPED_MESSAGES,
    actors: entries<ActorEntry['data']>(model.actors as never),
    events: entries<EventEntry['data']>(model.events as never),
    sources: [...model.sources.values()].map((s) => ({ id: s.id, data: s.data }) as SourceEntry),
    settings: { ...settings, contentDir: path.relative(root, path.resolve(root, dir)) },
    history: new Map(),
  });
}
