/**
 * Reference previews, opened as a reader opens them in Chromium: every numbered citation on
 * every event page opens its reference in place, without script, names it, takes focus, shows
 * the publisher, date and a link to the original, and closes with Escape, giving focus back.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { browseBuiltSite } from '../helpers/browse.ts';

const site = browseBuiltSite();
let events: { id: string }[];

beforeAll(async () => {
  events = JSON.parse(await readFile(path.join(site.dir, 'data/events.json'), 'utf8'));
});

async function open(pagePath: string, width: number): Promise<Page> {
  const context = await site.browser.newContext({
    viewport: { width, height: 800 },
    javaScriptEnabled: false,
  });
  const page = await context.newPage();
  await page.goto(new URL(pagePath, site.url).href);
  return page;
}

/** What the open preview shows and where it is, or why it is not right. */
async function openPreview(page: Page, index: number) {
  const button = page.locator('sup.cite button').nth(index);
  const target = await button.getAttribute('popovertarget');
  await button.click();
  const preview = page.locator(`#${target}`);
  return page.evaluate(
    ({ id }) => {
      const element = document.getElementById(id)!;
      const box = element.getBoundingClientRect();
      const label = document.getElementById(element.getAttribute('aria-labelledby')!);
      return {
        open: element.matches(':popover-open'),
        focused: element.contains(document.activeElement),
        inView:
          box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth,
        label: label?.textContent?.trim() ?? '',
        original: element.querySelector('a[rel~="noopener"]')?.getAttribute('href') ?? '',
        text: element.textContent ?? '',
      };
    },
    { id: (await preview.getAttribute('id'))! },
  );
}

describe('reference previews', () => {
  for (const width of [360, 1280]) {
    test(`every citation on every event page opens its preview, at ${width} px`, async () => {
      const problems: string[] = [];
      let opened = 0;
      for (const { id } of events) {
        const page = await open(`events/${id}/`, width);
        const count = await page.locator('sup.cite button').count();
        for (let i = 0; i < count; i++) {
          const button = page.locator('sup.cite button').nth(i);
          const name = await button.evaluate(
            (element) =>
              document.getElementById(element.getAttribute('aria-labelledby')!)?.textContent,
          );
          const shown = await openPreview(page, i);
          const where = `events/${id}/ citation ${i + 1}`;
          if (!shown.open) problems.push(`${where}: did not open`);
          if (!shown.focused) problems.push(`${where}: did not take focus`);
          if (!shown.inView) problems.push(`${where}: is not wholly on screen`);
          if (!/^Source \d+: .+, .+\d{4}$/.test(shown.label)) {
            problems.push(`${where}: is labelled "${shown.label}"`);
          }
          if (name?.trim() !== shown.label)
            problems.push(`${where}: the marker is not named by it`);
          if (!/^https?:\/\//.test(shown.original)) problems.push(`${where}: has no original`);
          await page.keyboard.press('Escape');
          const closed = await page.evaluate(
            () => !document.querySelector(':popover-open') && document.activeElement?.tagName,
          );
          if (closed !== 'BUTTON') problems.push(`${where}: Escape left ${String(closed)}`);
          opened += 1;
        }
        await page.context().close();
      }
      expect(problems).toEqual([]);
      expect(opened).toBeGreaterThan(events.length);
    });
  }

  test('in Ukrainian, a preview is labelled in Ukrainian and closes with its button', async () => {
    const page = await open('uk/events/dprk-recognises-dpr-lpr/', 360);
    const shown = await openPreview(page, 0);
    expect(shown.open).toBe(true);
    expect(shown.label).toMatch(/^Джерело 1: /);
    await page
      .locator('.ref-preview:popover-open')
      .getByRole('button', { name: 'Закрити' })
      .click();
    await expect(page.locator(':popover-open').count()).resolves.toBe(0);
    await page.context().close();
  });

  test('a citation also links to its entry in the reference list, for browsers without popovers', async () => {
    const page = await open('events/dprk-recognises-dpr-lpr/', 1280);
    const links = await page
      .locator('sup.cite a')
      .evaluateAll((all) => all.map((link) => link.getAttribute('href')!));
    expect(links.length).toBe(await page.locator('sup.cite button').count());
    for (const href of links) {
      await expect(page.locator(`.references ${href}`).count()).resolves.toBe(1);
    }
    // Chromium has popovers, so it shows the button and hides the link.
    await expect(page.locator('sup.cite a').first().isVisible()).resolves.toBe(false);
    await expect(page.locator('sup.cite button').first().isVisible()).resolves.toBe(true);
    await page.context().close();
  });

  test('a number in a dispute opens the same preview as in the text', async () => {
    const page = await open('events/dprk-recognises-dpr-lpr/', 1280);
    const marker = page.locator('.dispute sup.cite button').first();
    const target = await marker.getAttribute('popovertarget');
    await marker.click();
    await expect(
      page.locator(`#${target}`).evaluate((e) => e.matches(':popover-open')),
    ).resolves.toBe(true);
    await page.context().close();
  });
});
