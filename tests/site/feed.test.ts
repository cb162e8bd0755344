import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { siteConfig } from '../../src/config.ts';
import { builtSite } from '../helpers/site.ts';
import { builtEvents, feedFiles, feedProblems } from './feed.ts';

describe('the feeds of the built site', () => {
  test('there is a feed for every language of the site', async () => {
    const dir = await builtSite();
    const [event] = await builtEvents(dir);
    const feeds = await feedFiles(dir, siteConfig.url, siteConfig.base);
    expect(feeds.length).toBe(Object.keys(event?.pages ?? {}).length);
  });

  test('every feed parses in a reader, links to itself, dates its build and claims no day an event does not have', async () => {
    const dir = await builtSite();
    const events = await builtEvents(dir);
    for (const feed of await feedFiles(dir, siteConfig.url, siteConfig.base)) {
      const xml = await readFile(path.join(dir, feed.file), 'utf8');
      expect(await feedProblems(feed, xml, events), feed.file).toEqual([]);
    }
  });
});
