/**
 * The search a reader uses, in real Chromium against the built site and its real index: the
 * search page, its filters and keyboard, `?q=` links, highlighting on the opened page, the
 * page without JavaScript, and the Content-Security-Policy it all runs under.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { beforeEach, afterEach, describe, expect, test } from 'vitest';
import { siteConfig } from '../../src/config.ts';
import { CONTENT_SECURITY_POLICY } from '../../src/lib/csp.ts';
import { RESULTS_PER_BATCH } from '../../src/lib/search.ts';
import { browseBuiltSite } from '../helpers/browse.ts';

const site = browseBuiltSite();
let context: BrowserContext;
let page: Page;
/** Content-Security-Policy violations Chromium reported on the page. */
let violations: string[];
/** Paths of the Pagefind filter files the page (or Pagefind's worker) requested. */
let filterFiles: string[];

beforeEach(async () => {
  context = await site.browser.newContext();
  page = await context.newPage();
  violations = [];
  filterFiles = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  context.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.includes('/pagefind/filter/')) filterFiles.push(pathname);
  });
});

afterEach(async () => {
  await context?.close();
});

/** Waits for the page to catch up: the first search loads Pagefind and its WebAssembly. */
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000 });
const status = () => page.locator('[data-search-status]');
const resultLinks = () => page.locator('#search-results li h3 a');

async function openSearch(query = ''): Promise<void> {
  const q = query ? `?q=${encodeURIComponent(query)}` : '';
  await page.goto(`${site.url}search/${q}`);
  await poll(() => status().textContent()).toMatch(/result|entr/);
}

/** Opens the filter pane and waits for its counts. */
async function openFilters(): Promise<void> {
  await page.getByText('By type, kind, year and actor').click();
  await page.getByRole('checkbox', { name: /^Events \(\d+\)$/ }).waitFor();
}

/** The number in a filter checkbox's label, such as 17 in "Actors (17)". */
async function countOf(name: RegExp): Promise<number> {
  const box = page.getByRole('checkbox', { name });
  const label = await page.locator(`label[for="${await box.getAttribute('id')}"]`).textContent();
  return Number(/\((\d+)\)/.exec(label ?? '')?.[1]);
}

/** A result's path under the base, without the highlight fragment. */
async function pathOf(link: ReturnType<Page['locator']>): Promise<string> {
  const href = (await link.getAttribute('href')) ?? '';
  return href.slice(siteConfig.base.length).replace(/[?#].*$/, '');
}

describe('search page', () => {
  test('typing a query shows the expected entry first, with its type, date and summary', async () => {
    await openSearch();
    await page.locator('#search-query').fill('Pushilin welcomes');
    await poll(() => status().textContent()).toMatch(/results? for “Pushilin welcomes”/);
    const first = page.locator('#search-results li').first();
    expect(await pathOf(first.locator('a'))).toBe('events/pushilin-welcomes-recognition/');
    await poll(() => first.locator('.search-result__detail').textContent()).toBe(
      'Event · 13 July 2022 · Statement',
    );
    expect((await first.locator('p').last().textContent())?.length).toBeGreaterThan(20);
  });

  test('a ?q= link runs its query on load', async () => {
    await openSearch('Lugansk');
    expect(await page.locator('#search-query').inputValue()).toBe('Lugansk');
    expect(await status().textContent()).toMatch(/results? for “Lugansk”/);
    expect(await pathOf(resultLinks().first())).toBe('actors/lpr/');
  });

  test('a page is found by its own text, not by the titles of the entries it lists', async () => {
    // Only one event's title says "welcomes"; another event lists it under "Related events",
    // and the actors who took part list it among their events.
    await openSearch('welcomes');
    const paths = await Promise.all((await resultLinks().all()).map(pathOf));
    expect(paths).toContain('events/pushilin-welcomes-recognition/');
    expect(paths).not.toContain('events/recognition-ceremony-moscow/');
    expect(paths).not.toContain('actors/dpr/');
  });

  test('the result count is announced in a polite live region', async () => {
    await openSearch('Syria');
    expect(await status().getAttribute('role')).toBe('status');
    expect(await status().getAttribute('aria-live')).toBe('polite');
    const count = Number(/^(\d+) results?/.exec((await status().textContent()) ?? '')?.[1]);
    expect(count).toBeGreaterThan(1);
    expect(Math.min(count, RESULTS_PER_BATCH)).toBe(await resultLinks().count());
  });

  test('"Show more results" adds the next batch of results, and is gone once all are shown', async () => {
    await openSearch('Ukraine');
    const total = Number(/^(\d+) results?/.exec((await status().textContent()) ?? '')?.[1]);
    expect(total).toBeGreaterThan(RESULTS_PER_BATCH);
    expect(await resultLinks().count()).toBe(RESULTS_PER_BATCH);
    const more = page.getByRole('button', { name: 'Show more results' });
    for (let shown = RESULTS_PER_BATCH; shown < total; shown += RESULTS_PER_BATCH) {
      await more.click();
      await poll(() => resultLinks().count()).toBe(Math.min(shown + RESULTS_PER_BATCH, total));
    }
    expect(await more.isHidden()).toBe(true);
    const paths = await Promise.all((await resultLinks().all()).map(pathOf));
    expect(new Set(paths).size).toBe(total);
  });

  test('the filter files load only once the reader opens the filter pane', async () => {
    await openSearch('Syria');
    expect(await page.locator('[data-search-filter-pane]').getAttribute('open')).toBeNull();
    expect(filterFiles).toEqual([]);

    await openFilters();
    expect(filterFiles.length).toBeGreaterThan(0);
    expect(await countOf(/^Events \(\d+\)$/)).toBeGreaterThan(0);
  });

  test('with an empty query, the filter pane browses entries and shows a count per value', async () => {
    await openSearch();
    expect(await status().textContent()).toMatch(/^\d+ entries$/);
    await openFilters();
    const expected = await countOf(/^Events \(\d+\)$/);
    expect(expected).toBeGreaterThan(0);

    await page.getByRole('checkbox', { name: /^Events \(\d+\)$/ }).check();
    await poll(() => status().textContent()).toBe(`${expected} entries`);
    expect(page.url()).toContain('type=Events');
    const details = await page.locator('.search-result__detail').allTextContents();
    expect(details.length).toBe(Math.min(expected, RESULTS_PER_BATCH));
    expect(details.every((detail) => detail.startsWith('Event · '))).toBe(true);
  });

  test('with a query, each filter count says how many of its results have that value', async () => {
    await openSearch('Kim Jong-un');
    const total = Number(/^(\d+) results?/.exec((await status().textContent()) ?? '')?.[1]);
    await openFilters();
    const byType = [await countOf(/^Actors \(\d+\)$/), await countOf(/^Events \(\d+\)$/)];
    expect(byType.reduce((a, b) => a + b, 0)).toBe(total);
    expect(await countOf(/^Kim Jong-un \(\d+\)$/)).toBeGreaterThan(0);
  });

  test('the type filter offers actors and events only, since sources are not searched', async () => {
    await openSearch();
    await openFilters();
    const types = await page
      .locator('[data-search-filters] input[name="type"]')
      .evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).value));
    expect(types.sort()).toEqual(['Actors', 'Events']);
    const scope = page.locator('.search-page__scope');
    expect(await scope.textContent()).toMatch(/Sources are not searched/);
    expect(await scope.locator('a').getAttribute('href')).toBe(`${siteConfig.base}sources/`);
  });

  test('a filter narrows a query, and the filtered link can be shared', async () => {
    await openSearch('recognition');
    const all = Number(/^(\d+)/.exec((await status().textContent()) ?? '')?.[1]);
    await openFilters();
    await page.getByRole('checkbox', { name: /^Actors \(\d+\)$/ }).check();
    await poll(() => page.url()).toContain('type=Actors');
    const narrowed = page.url();
    await poll(async () =>
      Number(/^(\d+)/.exec((await status().textContent()) ?? '')?.[1]),
    ).toBeLessThan(all);
    const details = await page.locator('.search-result__detail').allTextContents();
    expect(details.every((detail) => detail.startsWith('Actor · '))).toBe(true);

    await page.goto(narrowed);
    await poll(() => status().textContent()).toMatch(/results? for “recognition”/);
    // A link with a filter in it opens the pane, so the reader sees what narrows the results.
    await poll(() => page.getByRole('checkbox', { name: /^Actors \(\d+\)$/ }).isChecked()).toBe(
      true,
    );
  });

  test('sorting by date puts the oldest event, of 2014, first', async () => {
    await page.goto(`${site.url}search/?q=Donetsk&type=Events&sort=date%3Aasc`);
    await poll(() => status().textContent()).toMatch(/results? for/);
    expect(await pathOf(resultLinks().first())).toBe('events/dpr-lpr-proclaimed/');
  });
});

describe('keyboard', () => {
  test('"/" focuses the field, arrows move through results, Escape returns, Enter opens', async () => {
    await openSearch('Olga Makeyeva');
    await page.locator('h1').click();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-query');

    await page.keyboard.press('ArrowDown');
    const first = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(first).toMatch(/actors\/olga-makeyeva\//);
    await page.keyboard.press('ArrowDown');
    const second = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(second).not.toBe(first);
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(first);
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-query');

    await page.keyboard.press('ArrowDown');
    await Promise.all([page.waitForURL(/actors\/olga-makeyeva\//), page.keyboard.press('Enter')]);
    expect(await page.locator('h1').textContent()).toContain('Olga Makeyeva');
  });

  test('the header form takes a query to the search page without any script', async () => {
    await page.goto(`${site.url}actors/ukraine/`);
    await page.locator('#site-search').fill('Pyongyang');
    await Promise.all([page.waitForURL(/search\/\?q=Pyongyang/), page.keyboard.press('Enter')]);
    await poll(() => status().textContent()).toMatch(/results? for “Pyongyang”/);
    expect(await pathOf(resultLinks().first())).toBe('actors/dprk/');
  });
});

describe('highlighting', () => {
  test('result links carry the search terms as a text fragment that the opened page contains', async () => {
    await openSearch('Kuleba');
    const href = (await resultLinks().first().getAttribute('href')) ?? '';
    expect(href).toMatch(/actors\/dmytro-kuleba\/#:~:text=Kuleba$/);
    await page.goto(new URL(href, site.url).href);
    // Chromium itself marks the fragment's text; the page needs no script for it.
    expect(await page.locator('h1').textContent()).toContain('Kuleba');
    expect(await page.locator('script[src]').count()).toBe(0);
  });
});

describe('without JavaScript', () => {
  test('the search page says search needs JavaScript and links to the indexes', async () => {
    const noScript = await site.browser.newContext({ javaScriptEnabled: false });
    try {
      const plain = await noScript.newPage();
      await plain.goto(`${site.url}search/?q=Syria`);
      const message = plain.locator('.search-page__noscript');
      expect(await message.isVisible()).toBe(true);
      expect(await message.textContent()).toMatch(/needs JavaScript/);
      const hrefs = await message
        .locator('a')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      const base = siteConfig.base;
      expect(hrefs).toEqual([
        `${base}actors/`,
        `${base}events/`,
        `${base}timeline/`,
        `${base}sources/`,
      ]);
      expect(await plain.locator('[data-search-app]').isVisible()).toBe(false);
    } finally {
      await noScript.close();
    }
  });
});

describe('Content-Security-Policy', () => {
  test('every page sets the policy, and it blocks inline script', async () => {
    for (const path of ['', 'search/', 'actors/dprk/', 'events/ukraine-severs-dprk/']) {
      await page.goto(`${site.url}${path}`);
      const policy = await page
        .locator('meta[http-equiv="Content-Security-Policy"]')
        .getAttribute('content');
      expect(policy).toBe(CONTENT_SECURITY_POLICY);
    }
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');

    const ran = await page.evaluate(async () => {
      const blocked = new Promise((resolve) =>
        document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), {
          once: true,
        }),
      );
      const script = document.createElement('script');
      script.textContent = 'document.documentElement.dataset.inlineRan = "yes"';
      document.head.append(script);
      return { directive: await blocked, ran: document.documentElement.dataset.inlineRan ?? 'no' };
    });
    expect(ran).toEqual({ directive: 'script-src-elem', ran: 'no' });
  });

  test('search works under the policy, with no violation reported', async () => {
    await openSearch('Pyongyang');
    expect(await pathOf(resultLinks().first())).toBe('actors/dprk/');
    expect(violations).toEqual([]);
  });
});
