/**
 * Pagefind runs inside `astro build`: the index lands in the output folder (never in
 * `public/`), holds the actor and event pages and no source page, works under a base path,
 * and a failed index fails the build.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { afterAll, describe, expect, test } from 'vitest';
import { siteConfig } from '../../src/config.ts';
import { indexSite } from '../../src/integrations/pagefind.ts';
import { dateOrderFile } from '../../src/lib/search.ts';
import { launchChromium } from '../helpers/browser.ts';
import { serve } from '../helpers/serve.ts';
import { buildSite, root } from '../helpers/site.ts';

const cleanup: string[] = [];

afterAll(async () => {
  await Promise.all(cleanup.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('search index in the build', () => {
  test('a site built under /explainer/ is indexed into its output and searches under that base', async () => {
    const { outDir, log } = await buildSite({ base: '/explainer/' });
    cleanup.push(outDir);
    const content = path.resolve(root, siteConfig.contentDir);
    const count = async (folder: string) =>
      (await readdir(path.join(content, folder))).filter((file) => !file.startsWith('.')).length;
    const [actors, events, sources] = await Promise.all(['actors', 'events', 'sources'].map(count));
    expect(sources).toBeGreaterThan(0);
    expect(existsSync(path.join(outDir, 'sources', 'index.html'))).toBe(true);
    // One indexed page per actor and per event; the source pages are built but not indexed.
    expect(log).toContain(`Indexed ${actors! + events!} pages for search`);
    const entry = JSON.parse(
      await readFile(path.join(outDir, 'pagefind', 'pagefind-entry.json'), 'utf8'),
    ) as { languages: Record<string, { page_count: number }> };
    const indexed = Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0);
    expect(indexed).toBe(actors! + events!);
    // Each language's pages are listed once, oldest first, in the file the date sort fetches.
    for (const [lang, { page_count }] of Object.entries(entry.languages)) {
      const order = await readFile(path.join(outDir, 'pagefind', dateOrderFile(lang)), 'utf8');
      const hashes = order.split('\n').filter(Boolean);
      expect(new Set(hashes).size).toBe(page_count);
    }
    expect(existsSync(path.join(outDir, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(existsSync(path.join(root, 'public', 'pagefind'))).toBe(false);

    const [browser, server] = await Promise.all([launchChromium(), serve(outDir, '/explainer/')]);
    try {
      const page = await browser.newPage();
      await page.goto(`${server.url}search/?q=Pyongyang`);
      const first = page.locator('#search-results li h3 a').first();
      await first.waitFor();
      expect(await first.getAttribute('href')).toMatch(/^\/explainer\/actors\/dprk\/#/);
    } finally {
      await Promise.all([browser.close(), server.close()]);
    }
  });

  test('a folder with no entry pages yet, as in a new topic, gets an empty index and a warning', async () => {
    const empty = await mkdtemp(path.join(os.tmpdir(), 'explainer-empty-'));
    cleanup.push(empty);
    const warnings: string[] = [];
    const logger = {
      info: () => {},
      warn: (message: string) => warnings.push(message),
      error: () => {},
    } as unknown as AstroIntegrationLogger;
    await indexSite(empty, logger);
    expect(warnings.join('\n')).toMatch(/no entry pages to index/);
    expect(existsSync(path.join(empty, 'pagefind', 'pagefind.js'))).toBe(true);
  });
});
