import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { siteConfig } from '../../src/config.ts';
import { launchChromium } from '../helpers/browser.ts';
import { serve, type Served } from '../helpers/serve.ts';
import { builtSite } from '../helpers/site.ts';
import { htmlPages, pageWeights, scriptsBeforeSearch, type Page } from './gates.ts';

/** Gzipped HTML plus CSS allowed on an actor or event page. */
const ENTRY_PAGE_BUDGET = 30 * 1024;

/** Gzipped CSS allowed for the whole site, web fonts included should it ever self-host one. */
const STYLE_BUDGET = 20 * 1024;

const isEntryPage = (page: Page) => /^(?:actors|events)\/[^/]+\/$/.test(page.path);

let dir: string;
let pages: Page[];

beforeAll(async () => {
  dir = await builtSite();
  pages = await htmlPages(dir);
});

describe('page weight of the built site', () => {
  test('actor and event pages stay within 30 KB of gzipped HTML and CSS', async () => {
    const entryPages = pages.filter(isEntryPage);
    expect(entryPages.length).toBeGreaterThan(0);
    const over = (await pageWeights(dir, entryPages, siteConfig.base))
      .filter((weight) => weight.htmlAndCss > ENTRY_PAGE_BUDGET)
      .map((weight) => `${weight.page}: ${weight.htmlAndCss} bytes gzipped`);
    expect(over).toEqual([]);
  });

  test('the stylesheets pages link, and any web fonts, stay within 20 KB gzipped in all', async () => {
    const files = new Set<string>();
    for (const page of pages) {
      const html = await readFile(path.join(dir, page.file), 'utf8');
      for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
        const href = /\bhref=["']?([^"' >]+)/i.exec(tag)?.[1];
        if (href && /\brel=["']?stylesheet\b/i.test(tag)) {
          files.add(new URL(href, `http://site${siteConfig.base}${page.path}`).pathname);
        }
      }
    }
    expect(files.size).toBeGreaterThan(0);
    const fonts = (await readdir(dir, { recursive: true })).filter((file) =>
      /\.(?:woff2?|ttf|otf)$/.test(file),
    );
    let total = 0;
    for (const file of files) {
      total += gzipSync(await readFile(path.join(dir, file.slice(siteConfig.base.length)))).length;
    }
    for (const file of fonts) total += gzipSync(await readFile(path.join(dir, file))).length;
    expect(total).toBeLessThanOrEqual(STYLE_BUDGET);
  });

  describe('JavaScript', () => {
    let browser: Browser;
    let server: Served;

    beforeAll(async () => {
      [browser, server] = await Promise.all([launchChromium(), serve(dir, siteConfig.base)]);
    });

    afterAll(async () => {
      await Promise.all([browser?.close(), server?.close()]);
    });

    test('actor and event pages load no script before the reader opens search', async () => {
      const loads = await scriptsBeforeSearch(browser, server.url, pages.filter(isEntryPage));
      const withScript = loads
        .filter((load) => load.scripts.length > 0)
        .map((load) => `/${load.page}: ${load.bytes} bytes from ${load.scripts.join(', ')}`);
      expect(withScript).toEqual([]);
    });
  });
});
