/**
 * The two drawings, measured in Chromium at 360 and 1280 px in both languages: the timeline is
 * an SVG whose marks are links named after their events, with the six events of 13 July 2022
 * piled on one day and no two marks on top of each other; and no label of the relations graph
 * overlaps another, leaves its box, or is cut off, and each is drawn at a readable size.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { browseBuiltSite } from '../helpers/browse.ts';

const site = browseBuiltSite();
let events: { id: string; date: string }[];

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

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width - 0.5 &&
  b.x < a.x + a.width - 0.5 &&
  a.y < b.y + b.height - 0.5 &&
  b.y < a.y + a.height - 0.5;

describe('the drawn timeline', () => {
  for (const width of [360, 1280]) {
    for (const lang of ['', 'uk/']) {
      test(`is an SVG of linked, named marks that never overlap, /${lang}timeline/ at ${width} px`, async () => {
        const page = await open(`${lang}timeline/`, width);
        const marks = await page
          .locator('svg.timeline-chart a[href*="/events/"]')
          .evaluateAll((links) =>
            links.map((link) => {
              const box = link.getBoundingClientRect();
              return {
                href: link.getAttribute('href')!,
                name: link.querySelector('title')?.textContent ?? '',
                box: { x: box.x, y: box.y, width: box.width, height: box.height },
              };
            }),
          );
        expect(marks).toHaveLength(events.length);
        for (const mark of marks) {
          expect(mark.name).toMatch(/\d{4}: .+ \(.+\)$/);
          // A 24 px target, however narrow the screen.
          expect(mark.box.width).toBeGreaterThanOrEqual(24);
          expect(mark.box.height).toBeGreaterThanOrEqual(24);
        }
        const clashes = marks.flatMap((a, i) =>
          marks
            .slice(i + 1)
            .filter((b) => overlap(a.box, b.box))
            .map((b) => `${a.href} and ${b.href}`),
        );
        expect(clashes).toEqual([]);
        const sameDay = events.filter((e) => e.date === '2022-07-13').map((e) => e.id);
        expect(sameDay).toHaveLength(6);
        const pile = marks.filter((mark) =>
          sameDay.some((id) => mark.href.endsWith(`/events/${id}/`)),
        );
        expect(pile).toHaveLength(6);
        expect(new Set(pile.map((mark) => Math.round(mark.box.x + mark.box.width / 2))).size).toBe(
          1,
        );
        await page.context().close();
      });
    }
  }

  test('on a year’s page draws that year, and the home page leads with the drawing', async () => {
    const year = await open('timeline/2022/', 1280);
    await expect(year.locator('svg.timeline-chart a[href*="/events/"]').count()).resolves.toBe(
      events.filter((e) => e.date.startsWith('2022')).length,
    );
    await year.context().close();
    const home = await open('', 1280);
    const first = await home.evaluate(() => {
      const main = document.querySelector('main')!;
      const figure = main.querySelector('figure')!;
      const keyDates = document.getElementById('key-dates')!;
      return {
        figureFirst: !!(
          figure.compareDocumentPosition(keyDates) & Node.DOCUMENT_POSITION_FOLLOWING
        ),
        drawn: !!figure.querySelector('svg.timeline-chart'),
      };
    });
    expect(first).toEqual({ figureFirst: true, drawn: true });
    await home.context().close();
  });
});

describe('the relations graph', () => {
  for (const width of [360, 1280]) {
    for (const pagePath of ['relations/', 'relations/all-actors/', 'uk/relations/']) {
      test(`has no label that overlaps another, leaves its box or is cut off, /${pagePath} at ${width} px`, async () => {
        const page = await open(pagePath, width);
        const drawn = await page.evaluate(() => {
          const svg = [...document.querySelectorAll<SVGSVGElement>('svg.graph-svg')].find(
            (element) => element.getBoundingClientRect().width > 0,
          )!;
          const frame = svg.getBoundingClientRect();
          const scale = frame.width / svg.viewBox.baseVal.width;
          const nodes = [...svg.querySelectorAll('a')].filter((a) => a.querySelector('text'));
          return {
            frame: { x: frame.x, y: frame.y, width: frame.width, height: frame.height },
            viewport: innerWidth,
            fontSize: 14 * scale,
            labels: nodes.map((a) => {
              const text = a.querySelector('text')!.getBoundingClientRect();
              const box = a.querySelector('rect')!.getBoundingClientRect();
              return {
                name: a.textContent ?? '',
                text: { x: text.x, y: text.y, width: text.width, height: text.height },
                box: { x: box.x, y: box.y, width: box.width, height: box.height },
              };
            }),
          };
        });
        expect(drawn.labels.length).toBeGreaterThanOrEqual(6);
        expect(drawn.fontSize).toBeGreaterThanOrEqual(11);
        const problems: string[] = [];
        for (const [i, a] of drawn.labels.entries()) {
          for (const b of drawn.labels.slice(i + 1)) {
            if (overlap(a.text, b.text)) problems.push(`"${a.name}" overlaps "${b.name}"`);
          }
          const inside = (outer: Box, inner: Box) =>
            inner.x >= outer.x - 0.5 &&
            inner.y >= outer.y - 0.5 &&
            inner.x + inner.width <= outer.x + outer.width + 0.5 &&
            inner.y + inner.height <= outer.y + outer.height + 0.5;
          if (!inside(a.box, a.text)) problems.push(`"${a.name}" leaves its box`);
          if (!inside(drawn.frame, a.text)) problems.push(`"${a.name}" is cut off by the drawing`);
          if (a.text.x < 0 || a.text.x + a.text.width > drawn.viewport) {
            problems.push(`"${a.name}" is off the screen`);
          }
        }
        expect(problems).toEqual([]);
        await page.context().close();
      });
    }
  }

  test('shows direction and type with a legend, and links each line to its event', async () => {
    const page = await open('relations/', 1280);
    const legend = await page.locator('.graph .legend li').allTextContents();
    expect(legend.map((item) => item.trim())).toEqual([
      'Recognition',
      'Diplomatic relations',
      'ended',
    ]);
    const lines = page.locator('svg.graph-wide a[aria-label]');
    await expect(lines.count()).resolves.toBe(8);
    await expect(
      page
        .locator(
          'svg.graph-wide a[aria-label="Russian Federation recognises Donetsk People’s Republic, 21 February 2022"] path[marker-end]',
        )
        .count(),
    ).resolves.toBe(1);
    await page.context().close();
  });
});
