import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { siteConfig } from '../../src/config.ts';
import { launchChromium } from '../helpers/browser.ts';
import { serve, type Served } from '../helpers/serve.ts';
import { builtSite } from '../helpers/site.ts';
import { AXE_DISABLED_RULES, axeViolations, sitemapPages, type Page } from './gates.ts';

let browser: Browser;
let server: Served;
let pages: Page[];

beforeAll(async () => {
  const dir = await builtSite();
  pages = await sitemapPages(dir, siteConfig.base);
  [browser, server] = await Promise.all([launchChromium(), serve(dir, siteConfig.base)]);
});

afterAll(async () => {
  await Promise.all([browser?.close(), server?.close()]);
});

describe('accessibility of the built site (axe-core, WCAG 2.2 AA, in Chromium)', () => {
  test('every page of the sitemap has no violations in the light colour scheme', async () => {
    expect(await axeViolations(browser, server.url, pages, 'light')).toEqual([]);
  });

  test('every page of the sitemap has no violations in the dark colour scheme', async () => {
    expect(await axeViolations(browser, server.url, pages, 'dark')).toEqual([]);
  });

  test('every rule that is switched off says why', () => {
    for (const [rule, reason] of Object.entries(AXE_DISABLED_RULES)) {
      expect(reason.trim(), rule).not.toBe('');
    }
  });
});
