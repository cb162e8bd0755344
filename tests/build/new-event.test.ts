import { cp, mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from '../helpers/browser.ts';
import { serve, type Served } from '../helpers/serve.ts';
import { buildSite, root } from '../helpers/site.ts';

/**
 * One new MDX file and no other edit: the fixture event must reach every page and export that
 * lists events. It declares a relation, so it must also reach the relations graph.
 */
const ID = 'fixture-syria-reaffirms-recognition';
const TITLE = 'Fixture event, Syria reaffirms its recognition of the DPR';
const SOURCE = 'ap-2022-06-29';

let outDir: string;
const read = (file: string) => readFile(path.join(outDir, file), 'utf8');
const json = async <T>(file: string): Promise<T> => JSON.parse(await read(file)) as T;

beforeAll(async () => {
  const contentDir = await mkdtemp(path.join(os.tmpdir(), 'explainer-content-'));
  await cp(path.join(root, 'content'), contentDir, { recursive: true });
  await cp(
    path.join(root, 'tests/fixtures/new-event/events', `${ID}.mdx`),
    path.join(contentDir, 'events', `${ID}.mdx`),
  );
  ({ outDir } = await buildSite({ contentDir }));
});

describe('a new event added as one MDX file', () => {
  test('gets its own page, dated as precisely as its file says', async () => {
    const html = await read(`events/${ID}/index.html`);
    expect(html).toContain(TITLE);
    expect(html).toContain('<time datetime="2022-08-15">15 August 2022</time>');
  });

  test('appears on the timeline and on its year’s page', async () => {
    expect(await read('timeline/index.html')).toContain(`href="/events/${ID}/"`);
    expect(await read('timeline/2022/index.html')).toContain(`href="/events/${ID}/"`);
  });

  test('appears on the page of each participant, with its role', async () => {
    for (const actor of ['syria', 'dpr']) {
      const html = await read(`actors/${actor}/index.html`);
      expect(html, actor).toContain(`href="/events/${ID}/"`);
    }
    expect(await read('actors/syria/index.html')).toMatch(
      new RegExp(
        `href="/events/${ID}/">[^<]*</a>\\s*<span class="muted"> · role: recognising state`,
      ),
    );
  });

  test('appears in the relations graph and its table', async () => {
    const html = await read('relations/index.html');
    const graph = html.slice(html.indexOf('<svg'), html.indexOf('</svg>'));
    const table = html.slice(html.indexOf('<table'), html.indexOf('</table>'));
    expect(graph).toContain(`href="/events/${ID}/"`);
    expect(table).toContain(`href="/events/${ID}/"`);
  });

  test('appears on the page of the source it cites', async () => {
    expect(await read(`sources/${SOURCE}/index.html`)).toContain(`href="/events/${ID}/"`);
  });

  test('appears in the feed', async () => {
    expect(await read('feed.xml')).toContain(`/events/${ID}/</link>`);
  });

  test('appears in every JSON export', async () => {
    const events = await json<{ id: string; date: string }[]>('data/events.json');
    expect(events.find((e) => e.id === ID)).toMatchObject({ date: '2022-08-15' });

    const actors =
      await json<{ id: string; events: { id: string; role: string }[] }[]>('data/actors.json');
    expect(actors.find((a) => a.id === 'syria')!.events).toContainEqual({
      id: ID,
      role: 'recognising state',
    });

    const sources = await json<{ id: string; citedBy: { id: string }[] }[]>('data/sources.json');
    expect(sources.find((s) => s.id === SOURCE)!.citedBy.map((c) => c.id)).toContain(ID);

    const timeline = await json<{ events: { unique_id: string; start_date: unknown }[] }>(
      'data/timeline.json',
    );
    expect(timeline.events.find((e) => e.unique_id === ID)!.start_date).toEqual({
      year: 2022,
      month: 8,
      day: 15,
      display_date: '15 August 2022',
    });
  });
});

describe('the new event in a language it has no translation in', () => {
  let browser: Browser;
  let server: Served;

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchChromium(), serve(outDir)]);
  });

  afterAll(async () => {
    await Promise.all([browser?.close(), server?.close()]);
  });

  test('shows the English text with a notice in Ukrainian, and marks that text as English', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}uk/events/${ID}/`);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('uk');
    const notice = page.locator('.fallback-notice');
    await expect(notice.isVisible()).resolves.toBe(true);
    await expect(notice.textContent()).resolves.toMatch(/ще не перекладено/);
    const heading = page.locator('main h1');
    await expect(heading.textContent()).resolves.toBe(TITLE);
    await expect(heading.getAttribute('lang')).resolves.toBe('en');
    await expect(page.locator('main .prose').getAttribute('lang')).resolves.toBe('en');
    // The interface around the English text stays Ukrainian.
    await expect(page.locator('#participants').textContent()).resolves.toBe('Хто брав участь');
    await page.close();
  });
});
