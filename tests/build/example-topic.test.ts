/**
 * The second explainer in the repository, built from the same code with `CONTENT_DIR`, read in
 * Chromium: its home page, timeline, relations graph and "as of" pages, with the vocabulary of
 * its own topic file. Saudi–Iranian diplomatic relations end in 2016 and start again in 2023,
 * so the "as of" pages must show them ended and then standing again.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser.ts';
import { serve, type Served } from '../helpers/serve.ts';
import { buildSite } from '../helpers/site.ts';

let browser: Browser;
let server: Served;

beforeAll(async () => {
  const { outDir } = await buildSite({ contentDir: 'examples/saudi-iran' });
  [browser, server] = await Promise.all([launchChromium(), serve(outDir)]);
});

afterAll(async () => {
  await Promise.all([browser?.close(), server?.close()]);
});

async function open(path: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(new URL(path, server.url).href);
  return page;
}

async function stateRows(page: Page): Promise<string[]> {
  return page
    .locator('section[aria-labelledby="state"] tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) =>
        [...row.querySelectorAll('th, td')]
          .map((cell) => (cell.textContent ?? '').trim())
          .join(' | '),
      ),
    );
}

describe('the second explainer, built from the same code', () => {
  test('has a home page with its own title and account', async () => {
    const page = await open('');
    await expect(page.locator('main h1').textContent()).resolves.toBe(
      'Saudi Arabia and Iran, 2016–2024',
    );
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await expect(page.getByRole('heading', { name: 'What happened' }).count()).resolves.toBe(1);
  });

  test('lists its events on the timeline under its own kinds', async () => {
    const page = await open('timeline/');
    await expect(page.locator('.timeline-item').count()).resolves.toBeGreaterThanOrEqual(15);
    await expect(
      page.locator('.timeline-item', { hasText: 'Break in relations' }).count(),
    ).resolves.toBeGreaterThan(0);
  });

  test('draws its relations, with a legend of its own relation types', async () => {
    const page = await open('relations/');
    const legend = await page.locator('figure.graph figcaption li').allTextContents();
    expect(legend).toEqual(['Diplomatic relations', 'Open embassy', 'Ambassador in post', 'ended']);
    await expect(page.locator('figure.graph svg a').count()).resolves.toBeGreaterThan(0);
  });

  test('show Saudi–Iranian relations ended in 2016 and standing again in 2023', async () => {
    const broken = await stateRows(await open('relations/as-of/2016-01-03/'));
    expect(broken).toContain(
      'Saudi Arabia | broke off diplomatic relations with | Iran | ended 3 January 2016',
    );
    const restored = await stateRows(await open('relations/as-of/2023-04-06/'));
    expect(restored).toContain(
      'Saudi Arabia | has diplomatic relations with | Iran | since 6 April 2023',
    );
    expect(
      restored.some((row) => row.startsWith('Sudan | broke off diplomatic relations with | Iran')),
    ).toBe(true);
  });
});
