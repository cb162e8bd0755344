/**
 * The built site in real Chromium, for one test file: the site is built (or the build of this
 * run reused), served on a loopback port as a static host serves it, and a browser launched,
 * before the file's tests; both are closed after them.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { siteConfig } from '../../src/config.ts';
import { launchChromium } from './browser.ts';
import { serve, type Served } from './serve.ts';
import { builtSite } from './site.ts';

export interface BrowsedSite {
  /** The built site's output folder. */
  dir: string;
  /** The site's root URL, base path included, ending in `/`. */
  url: string;
  browser: Browser;
}

/** Registers the set-up and tear-down; the returned object is filled in before any test runs. */
export function browseBuiltSite(): BrowsedSite {
  const site = {} as BrowsedSite;
  let server: Served | undefined;
  beforeAll(async () => {
    site.dir = await builtSite();
    [site.browser, server] = await Promise.all([
      launchChromium(),
      serve(site.dir, siteConfig.base),
    ]);
    site.url = server.url;
  });
  afterAll(async () => {
    await Promise.all([site.browser?.close(), server?.close()]);
  });
  return site;
}
