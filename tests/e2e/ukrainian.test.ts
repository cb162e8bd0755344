/**
 * The Ukrainian edition in Chromium: search in Ukrainian finds Ukrainian pages (by the standard
 * Ukrainian forms and by the English spellings a reader may type), and every page links to
 * the same page in the other language.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { siteConfig } from '../../src/config.ts';
import { browseBuiltSite } from '../helpers/browse.ts';

const site = browseBuiltSite();

async function open(path: string): Promise<Page> {
  const page = await (await site.browser.newContext()).newPage();
  await page.goto(new URL(path, site.url).href);
  return page;
}

const sitePath = (href: string) => href.slice(siteConfig.base.length).replace(/[?#].*$/, '');

/** The first result of a search on the Ukrainian search page. */
async function firstResult(query: string): Promise<string> {
  const page = await open(`uk/search/?q=${encodeURIComponent(query)}`);
  await page.locator('#search-results li h3 a').first().waitFor({ timeout: 15_000 });
  const href = await page.locator('#search-results li h3 a').first().getAttribute('href');
  await page.context().close();
  return sitePath(href ?? '');
}

describe('search in the Ukrainian edition', () => {
  test.each([
    ['Кулеба', 'uk/actors/dmytro-kuleba/'],
    ['Пхеньян', 'uk/actors/dprk/'],
    ['КНДР', 'uk/actors/dprk/'],
    ['Макеєва', 'uk/actors/olga-makeyeva/'],
    ['Kuleba', 'uk/actors/dmytro-kuleba/'],
  ])('finds %s on the Ukrainian page %s first', async (query, expected) => {
    expect(await firstResult(query)).toBe(expected);
  });

  test('speaks Ukrainian: the page, its results and its messages', async () => {
    const page = await open('uk/search/?q=Кулеба');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('uk');
    await page
      .locator('[data-search-status]', { hasText: /результат/ })
      .waitFor({ timeout: 15_000 });
    await page.context().close();
  });
});

describe('the language switcher', () => {
  test('leads from an event page to the same event in the other language and back', async () => {
    const page = await open('events/ukraine-severs-dprk/');
    await page.getByRole('link', { name: 'Українська' }).click();
    expect(sitePath(new URL(page.url()).pathname)).toBe('uk/events/ukraine-severs-dprk/');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('uk');
    await expect(page.locator('main h1').textContent()).resolves.toMatch(/Україна розриває/);
    await page.getByRole('link', { name: 'English' }).click();
    expect(sitePath(new URL(page.url()).pathname)).toBe('events/ukraine-severs-dprk/');
    await page.context().close();
  });

  test('dates pages in Ukrainian as precisely as they are known', async () => {
    const page = await open('uk/events/dpr-lpr-proclaimed/');
    await expect(page.locator('.meta time').textContent()).resolves.toBe('2014');
    await page.goto(new URL('uk/events/dprk-recognises-dpr-lpr/', site.url).href);
    await expect(page.locator('.meta time').textContent()).resolves.toBe('13 липня 2022');
    await page.context().close();
  });
});
