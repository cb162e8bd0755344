/**
 * The interface as readers see it, measured in real Chromium on a phone (360 px) and a desktop
 * (1280 px), in both languages: no page kind shifts its layout while it loads (cumulative layout
 * shift exactly 0), none scrolls sideways, the reading pages load no script, and axe finds
 * nothing on the narrow layouts either. It also keeps screenshots of the main page kinds at
 * 360, 768 and 1280 px, light and dark, under `test-results/screenshots/` for review.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { browseBuiltSite } from '../helpers/browse.ts';
import { root } from '../helpers/site.ts';
import { AXE_TAGS, scriptsBeforeSearch, type ColorScheme } from '../site/gates.ts';

const site = browseBuiltSite();

const LANGUAGES = ['', 'uk/'];
const WIDTHS = [360, 1280];

/** One page of each kind, by name, as a path under a language's root. */
const PAGE_KINDS: Record<string, string> = {
  home: '',
  actor: 'actors/dprk/',
  event: 'events/ukraine-severs-dprk/',
  source: 'sources/kyiv-post-2022-07-13/',
  timeline: 'timeline/',
  'timeline-year': 'timeline/2022/',
  relations: 'relations/',
  'relations-all-actors': 'relations/all-actors/',
  'as-of': 'relations/as-of/2022-07-13/',
  actors: 'actors/',
  events: 'events/',
  sources: 'sources/',
  search: 'search/?q=korea',
  'not-found': 'no-such-page/',
};

/** The pages readers read, which must load no script at all. */
const READING_PAGES = ['actor', 'event', 'source', 'relations', 'relations-all-actors', 'as-of'];

/** The pages whose screenshots are kept. */
const SCREENSHOTS = ['home', 'actor', 'event', 'timeline', 'relations', 'search'];

async function open(
  width: number,
  pagePath: string,
  colorScheme: ColorScheme = 'light',
): Promise<Page> {
  const context = await site.browser.newContext({ viewport: { width, height: 800 }, colorScheme });
  // Recorded from before the first paint; the DevTools protocol injects it, so the page's own
  // Content-Security-Policy does not apply.
  await context.addInitScript(() => {
    const shifts: { value: number; sources: string[] }[] = [];
    (window as unknown as { layoutShifts: typeof shifts }).layoutShifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
        sources?: { node?: Node | null }[];
      })[]) {
        if (entry.hadRecentInput) continue;
        shifts.push({
          value: entry.value,
          sources: (entry.sources ?? []).map((source) => {
            const node = source.node;
            return node instanceof Element
              ? `${node.tagName.toLowerCase()}${node.className ? `.${String(node.className).split(' ').join('.')}` : ''}`
              : String(node?.nodeName ?? '?');
          }),
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const page = await context.newPage();
  await page.goto(new URL(pagePath, site.url).href, { waitUntil: 'networkidle' });
  if (pagePath.startsWith('search/') || pagePath.includes('/search/')) {
    await page.waitForFunction(
      () => document.querySelectorAll('[data-search-results] li').length > 0,
      undefined,
      { timeout: 15_000 },
    );
  }
  // Two frames and a pause, so anything that would move after load has moved.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  await page.waitForTimeout(250);
  return page;
}

describe('every page kind, in both languages, at 360 and 1280 px', () => {
  for (const width of WIDTHS) {
    for (const lang of LANGUAGES) {
      test(`shifts no layout while it loads and never scrolls sideways, /${lang} at ${width} px`, async () => {
        const problems: string[] = [];
        for (const [kind, pagePath] of Object.entries(PAGE_KINDS)) {
          const page = await open(width, `${lang}${pagePath}`);
          const shifts = await page.evaluate(
            () =>
              (window as unknown as { layoutShifts: { value: number; sources: string[] }[] })
                .layoutShifts,
          );
          const cls = shifts.reduce((sum, shift) => sum + shift.value, 0);
          if (cls !== 0) {
            const moved = [...new Set(shifts.flatMap((shift) => shift.sources))].join(', ');
            problems.push(`${kind} (/${lang}${pagePath}): CLS ${cls.toFixed(4)} from ${moved}`);
          }
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          );
          if (overflow > 0) {
            problems.push(`${kind} (/${lang}${pagePath}): scrolls sideways by ${overflow} px`);
          }
          await page.context().close();
        }
        expect(problems).toEqual([]);
      });
    }
  }

  test('the reading pages (actor, event, source, relations) load no script in either language', async () => {
    const pages = LANGUAGES.flatMap((lang) =>
      READING_PAGES.map((kind) => ({ file: '', path: `${lang}${PAGE_KINDS[kind]}` })),
    );
    const loads = await scriptsBeforeSearch(site.browser, site.url, pages);
    expect(loads.filter((load) => load.scripts.length > 0)).toEqual([]);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds no violation on the narrow layouts, ${colorScheme}`, async () => {
      const found: string[] = [];
      for (const lang of LANGUAGES) {
        for (const kind of ['home', 'event', 'timeline', 'relations', 'search']) {
          const page = await open(360, `${lang}${PAGE_KINDS[kind]}`, colorScheme);
          await page.evaluate(axe.source);
          const results = await page.evaluate(
            (tags) =>
              (window as unknown as { axe: typeof axe }).axe.run(document, {
                runOnly: { type: 'tag', values: tags },
              }),
            AXE_TAGS,
          );
          for (const violation of results.violations) {
            found.push(
              `/${lang}${PAGE_KINDS[kind]}: ${violation.id} at ${violation.nodes[0]?.target.join(' ')}`,
            );
          }
          await page.context().close();
        }
      }
      expect(found).toEqual([]);
    });
  }
});

describe('screenshots', () => {
  test('are kept of home, actor, event, timeline, relations and search at 360, 768 and 1280 px, light and dark', async () => {
    const dir = path.join(root, 'test-results/screenshots');
    let taken = 0;
    for (const lang of LANGUAGES) {
      await mkdir(path.join(dir, lang || 'en'), { recursive: true });
      for (const colorScheme of ['light', 'dark'] as const) {
        for (const width of [360, 768, 1280]) {
          for (const kind of SCREENSHOTS) {
            const page = await open(width, `${lang}${PAGE_KINDS[kind]}`, colorScheme);
            await page.screenshot({
              path: path.join(dir, lang || 'en', `${kind}-${width}-${colorScheme}.png`),
              fullPage: true,
            });
            taken += 1;
            await page.context().close();
          }
        }
      }
    }
    expect(taken).toBe(LANGUAGES.length * 2 * 3 * SCREENSHOTS.length);
  }, 300_000);
});
