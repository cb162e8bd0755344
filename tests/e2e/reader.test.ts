import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { siteConfig } from '../../src/config.ts';
import { browseBuiltSite } from '../helpers/browse.ts';

const site = browseBuiltSite();
let events: { id: string; participants: { actor: string; role: string }[] }[];

beforeAll(async () => {
  events = JSON.parse(await readFile(path.join(site.dir, 'data/events.json'), 'utf8'));
});

async function open(path: string, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const context = await site.browser.newContext(options);
  const page = await context.newPage();
  await page.goto(new URL(path, site.url).href);
  return page;
}

const sitePath = (page: Page) => new URL(page.url()).pathname.slice(siteConfig.base.length - 1);

describe('a reader following links', () => {
  test('goes from the home page to North Korea, its recognition, a source, and an entry citing it', async () => {
    const page = await open('');
    await expect(page.locator('main h1').textContent()).resolves.toBe(
      'Recognising the “people’s republics”',
    );

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Actors' })
      .click();
    await page
      .getByRole('link', { name: 'Democratic People’s Republic of Korea', exact: true })
      .click();
    expect(sitePath(page)).toBe('/actors/dprk/');
    await expect(page.locator('h1').textContent()).resolves.toBe(
      'Democratic People’s Republic of Korea',
    );

    await page
      .locator('#events + ul')
      .getByRole('link', { name: 'North Korea recognises the DPR and LPR' })
      .click();
    expect(sitePath(page)).toBe('/events/dprk-recognises-dpr-lpr/');
    await expect(page.locator('.meta time').textContent()).resolves.toBe('13 July 2022');
    const participants = await page.locator('#participants + ul li').allTextContents();
    expect(participants).toContain('Democratic People’s Republic of Korea: recognising state');

    // Every numbered citation points at an item of the reference list.
    const citations = await page
      .locator('sup.cite a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
    expect(citations.length).toBeGreaterThan(0);
    for (const href of citations) {
      await expect(page.locator(`.references ${href}`).count()).resolves.toBe(1);
    }

    await page.locator('#ref-kyiv-post-2022-07-13 a').first().click();
    expect(sitePath(page)).toBe('/sources/kyiv-post-2022-07-13/');
    await expect(page.locator('main').textContent()).resolves.toContain('Kyiv Post');

    const citedBy = page.locator('#cited-by + ul');
    await expect(
      citedBy.getByRole('link', { name: 'North Korea recognises the DPR and LPR' }).count(),
    ).resolves.toBe(1);
    await citedBy
      .getByRole('link', { name: 'Ukraine severs diplomatic relations with North Korea' })
      .click();
    expect(sitePath(page)).toBe('/events/ukraine-severs-dprk/');
    await expect(page.locator('#in-response-to + ul').textContent()).resolves.toContain(
      'North Korea recognises the DPR and LPR',
    );
    await page.context().close();
  });
});

describe('backlinks computed at build time', () => {
  test('list every event Dmytro Kuleba took part in, with his role, and link to his ministry', async () => {
    const page = await open('actors/dmytro-kuleba/');
    const expected = events.filter((e) => e.participants.some((p) => p.actor === 'dmytro-kuleba'));
    const items = await page.locator('#events + ul li').allTextContents();
    expect(items).toHaveLength(expected.length);
    expect(items.join('\n')).toContain('Ukraine severs diplomatic relations with North Korea');
    expect(items.join('\n')).toContain('role: spokesperson');
    await page
      .locator('.infobox')
      .getByRole('link', { name: 'Ministry of Foreign Affairs of Ukraine' })
      .first()
      .click();
    expect(sitePath(page)).toBe('/actors/ukraine-mfa/');
    await page.context().close();
  });

  test('let the foreign ministry list its minister and both severances', async () => {
    const page = await open('actors/ukraine-mfa/');
    await expect(
      page.locator('.infobox').getByRole('link', { name: 'Dmytro Kuleba' }).count(),
    ).resolves.toBeGreaterThan(0);
    const expected = events.filter((e) => e.participants.some((p) => p.actor === 'ukraine-mfa'));
    const items = await page.locator('#events + ul li').allTextContents();
    expect(items).toHaveLength(expected.length);
    expect(items.join('\n')).toContain('Ukraine severs diplomatic relations with Syria');
    expect(items.join('\n')).toContain('Ukraine severs diplomatic relations with North Korea');
    await page.context().close();
  });
});

describe('the timeline filter', () => {
  const visibleIds = (page: Page) =>
    page
      .locator('.timeline-item:visible a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')!.split('/').at(-2)!));

  test('shows only the events of the actor named in the URL, and keeps changes in the URL', async () => {
    const page = await open('timeline/?actor=dprk');
    const expected = events
      .filter((e) => e.participants.some((p) => p.actor === 'dprk'))
      .map((e) => e.id);
    await expect(visibleIds(page)).resolves.toEqual(expected);
    await expect(page.locator('#timeline-filter select[name="actor"]').inputValue()).resolves.toBe(
      'dprk',
    );

    await page.locator('#timeline-filter select[name="kind"]').selectOption('recognition');
    expect(new URL(page.url()).search).toBe('?kind=recognition&actor=dprk');
    await expect(visibleIds(page)).resolves.toEqual(['dprk-recognises-dpr-lpr']);

    await page.getByRole('button', { name: 'Show all' }).click();
    await page.waitForURL((url) => url.search === '');
    await expect(visibleIds(page)).resolves.toHaveLength(events.length);
    await page.context().close();
  });

  test('leaves the full list in place without JavaScript', async () => {
    const page = await open('timeline/?actor=dprk', { javaScriptEnabled: false });
    await expect(page.locator('.timeline-item').count()).resolves.toBe(events.length);
    await expect(page.locator('.timeline-item:visible').count()).resolves.toBe(events.length);
    await expect(page.locator('#timeline-filter').isVisible()).resolves.toBe(false);
    await page.context().close();
  });
});
