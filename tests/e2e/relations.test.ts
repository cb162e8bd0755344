/**
 * The relations over time, read in Chromium as a reader reads them: the "as of" page in force
 * on a date shows which relations stood between which actors then, each linked to the event
 * that set it, with links to the previous and next change.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { browseBuiltSite } from '../helpers/browse.ts';

const site = browseBuiltSite();

async function open(path: string): Promise<Page> {
  const page = await (await site.browser.newContext({ javaScriptEnabled: false })).newPage();
  await page.goto(new URL(path, site.url).href);
  return page;
}

/** The rows of the table of the state, as "from | relation | to | status" lines. */
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

const RECOGNISED = ['Donetsk People’s Republic', 'Luhansk People’s Republic'];

describe('the relations as of a date', () => {
  test('on 1 July 2022 show relations with Syria ended and those with North Korea still standing', async () => {
    // The page of the last change before 1 July is in force until the next change.
    const page = await open('relations/');
    await page.getByRole('link', { name: '30 June 2022', exact: true }).click();
    expect(new URL(page.url()).pathname).toMatch(/\/relations\/as-of\/2022-06-30\/$/);
    await expect(page.locator('main p').first().textContent()).resolves.toContain(
      'until the next change on 13 July 2022',
    );
    const rows = await stateRows(page);
    expect(rows).toContain(
      'Ukraine | severed diplomatic relations with | Syrian Arab Republic | ended 30 June 2022',
    );
    expect(rows).toContain(
      'Ukraine | has diplomatic relations with | Democratic People’s Republic of Korea | before this account',
    );
    for (const entity of RECOGNISED) {
      expect(rows).toContain(
        `Russian Federation | recognises | ${entity} | since 21 February 2022`,
      );
      expect(rows).toContain(`Syrian Arab Republic | recognises | ${entity} | since 29 June 2022`);
      expect(
        rows.some((row) => row.startsWith('Democratic People’s Republic of Korea | recognises')),
      ).toBe(false);
    }
  });

  test('on 14 July 2022 show both relations ended, and three states recognising both entities', async () => {
    const page = await open('relations/as-of/2022-06-30/');
    await page.getByRole('link', { name: /Next change: 13 July 2022/ }).click();
    const rows = await stateRows(page);
    expect(rows).toContain(
      'Ukraine | severed diplomatic relations with | Syrian Arab Republic | ended 30 June 2022',
    );
    expect(rows).toContain(
      'Ukraine | severed diplomatic relations with | Democratic People’s Republic of Korea | ended 13 July 2022',
    );
    for (const entity of RECOGNISED) {
      expect(rows).toContain(
        `Russian Federation | recognises | ${entity} | since 21 February 2022`,
      );
      expect(rows).toContain(`Syrian Arab Republic | recognises | ${entity} | since 29 June 2022`);
      expect(rows).toContain(
        `Democratic People’s Republic of Korea | recognises | ${entity} | since 13 July 2022`,
      );
    }
  });

  test('link each state to the event that set it, and lead back through the previous changes', async () => {
    const page = await open('relations/as-of/2022-07-13/');
    await page.getByRole('link', { name: 'ended 30 June 2022' }).first().click();
    expect(new URL(page.url()).pathname).toMatch(/\/events\/ukraine-severs-syria\/$/);
    await page.goBack();
    await page.getByRole('link', { name: /Previous change: 30 June 2022/ }).click();
    await page.getByRole('link', { name: /Previous change: 29 June 2022/ }).click();
    await page.getByRole('link', { name: /Previous change: 21 February 2022/ }).click();
    await expect(page.getByRole('link', { name: /Previous change/ }).count()).resolves.toBe(0);
  });
});
