/**
 * Each gate must fail, and say where, when the thing it guards breaks. A scratch copy of the
 * build gets one mistake of each kind, and the same functions the gates use must report it
 * against the page it is on.
 */
import { randomBytes } from 'node:crypto';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { siteConfig } from '../../src/config.ts';
import { launchChromium } from '../helpers/browser.ts';
import { serve, type Served } from '../helpers/serve.ts';
import { builtSite, root } from '../helpers/site.ts';
import {
  axeViolations,
  brokenLinks,
  htmlErrors,
  htmlPages,
  pageWeights,
  scriptsBeforeSearch,
  securityProblems,
  type Page,
} from './gates.ts';
import { readFileHistory } from '../../src/data/git.ts';
import { robotsProblems, sitemapProblems } from './crawlers.ts';
import { builtEvents, feedFiles, feedProblems } from './feed.ts';
import { nuErrors } from './nu-html.ts';
import { socialProblems } from './social.ts';
import { jsonLdErrors } from './structured-data.ts';

const base = siteConfig.base;
let scratch: string;
/** The event page that receives the link, image and id mistakes. */
let broken: Page;
/** The actor page that receives the security and weight mistakes. */
let unsafe: Page;
/** A page with a script after its end, as Astro writes one placed outside the layout. */
let strayed: Page;
/** The feed item that claims a day its event does not have. */
let invented: { feed: string; event: string };

async function inject(page: Page, markup: string): Promise<void> {
  const file = path.join(scratch, page.file);
  const html = await readFile(file, 'utf8');
  await writeFile(file, html.replace('</main>', `${markup}</main>`));
}

beforeAll(async () => {
  const dist = await builtSite();
  scratch = await mkdtemp(path.join(os.tmpdir(), 'explainer-broken-'));
  await cp(dist, scratch, { recursive: true });
  const pages = await htmlPages(scratch);
  broken = pages.find((page) => page.path.startsWith('events/')) as Page;
  unsafe = pages.find((page) => page.path.startsWith('actors/')) as Page;
  await writeFile(path.join(scratch, 'pixel.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  await inject(
    broken,
    [
      `<p><a href="${base}actors/no-such-actor/">a missing page</a></p>`,
      `<p><a href="#no-such-anchor">a missing anchor</a></p>`,
      `<p><a href="${base}${broken.path}#no-such-section">a missing anchor by path</a></p>`,
      `<link rel="alternate" href="${new URL(`${base}gone/`, siteConfig.url).href}">`,
      `<img src="${base}pixel.svg">`,
      '<p id="twice">one</p><p id="twice">two</p>',
    ].join(''),
  );
  await inject(
    unsafe,
    [
      '<p><a href="https://example.org/elsewhere">an external link without rel</a></p>',
      '<p><a href="javascript:alert(1)">a script link</a></p>',
      '<script>document.title = "unhashed"</script>',
      `<script src="${base}pixel.js"></script>`,
      // Random text, because repeated text would gzip to almost nothing.
      `<p hidden>${randomBytes(32 * 1024).toString('base64')}</p>`,
    ].join(''),
  );
  await writeFile(path.join(scratch, 'pixel.js'), '// nothing');
  await edit(broken, (html) =>
    // A property schema.org's Event does not have, inside the page's structured data.
    html.replace('"@type":"Event",', '"@type":"Event","citation":"a report",'),
  );
  strayed = pages.find((page) => page.path === 'search/') as Page;
  await edit(strayed, (html) => `${html}<script type="module" src="${base}pixel.js"></script>`);
  // A year-only event's item given the first day of its year.
  const feed = (await feedFiles(scratch, siteConfig.url, base))[0]!;
  const events = await builtEvents(scratch);
  const yearOnly = events.find((event) => /^\d{4}$/.test(event.date))!;
  invented = { feed: feed.file, event: yearOnly.id };
  await edit({ file: feed.file, path: feed.file }, (xml) => {
    const link = Object.values(yearOnly.pages).find((page) => xml.includes(`<link>${page}</link>`));
    return xml.replace(
      new RegExp(`(<link>${escapeRegExp(link!)}</link>.*?)</item>`),
      `$1<pubDate>${new Date(`${yearOnly.date}-01-01`).toUTCString()}</pubDate></item>`,
    );
  });
  // A card without its text, and a publication date git does not have.
  await edit(unsafe, (html) =>
    html
      .replace(/<meta property="og:image:alt"[^>]*>/, '')
      .replace(
        /(<meta property="article:published_time" content=")[^"]*/,
        '$11999-01-01T00:00:00Z',
      ),
  );
  // A crawler shut out of the events, and a sitemap entry with a date in no known format.
  await writeFile(
    path.join(scratch, 'robots.txt'),
    `User-agent: *\nDisallow: ${base}events/\nSitemap: ${base}sitemap-index.xml\n`,
  );
  const sitemap = path.join(scratch, 'sitemap-0.xml');
  await writeFile(
    sitemap,
    (await readFile(sitemap, 'utf8')).replace('</loc>', '</loc><lastmod>26 Nov 2026</lastmod>'),
  );
});

async function edit(page: Page, change: (text: string) => string): Promise<void> {
  const file = path.join(scratch, page.file);
  await writeFile(file, change(await readFile(file, 'utf8')));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

afterAll(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

describe('the gates on a build with one mistake of each kind', () => {
  test('the link gate names the page with a link to a missing page and a missing anchor', async () => {
    const problems = await brokenLinks(scratch, base);
    expect(problems).toContainEqual(
      expect.stringMatching(
        new RegExp(`${base}${broken.path}: broken link to .*/actors/no-such-actor/`),
      ),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(new RegExp(`${base}${broken.path}: broken link to .*#no-such-anchor`)),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(new RegExp(`${base}${broken.path}: broken link to .*#no-such-section`)),
    );
    // An absolute link to the published address is checked against the local copy.
    expect(problems).toContainEqual(
      expect.stringMatching(new RegExp(`${base}${broken.path}: broken link to .*/gone/`)),
    );
  });

  test('the HTML gate names the file with an image without alt and a duplicate id', async () => {
    const problems = await htmlErrors(scratch);
    expect(problems).toContainEqual(
      expect.stringMatching(new RegExp(`^${broken.file}:.*\\(wcag/h37\\)`)),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(new RegExp(`^${broken.file}:.*"twice".*\\(no-dup-id\\)`)),
    );
  });

  test('the security gate names the page with an unsafe link, a javascript: link and an unhashed script', async () => {
    const problems = await securityProblems(scratch, siteConfig.url);
    const onPage = problems.filter((problem) => problem.startsWith(`${unsafe.file}: `));
    expect(onPage).toContainEqual(
      expect.stringContaining(
        'noopener noreferrer" on the external link to https://example.org/elsewhere',
      ),
    );
    expect(onPage).toContainEqual(expect.stringContaining('href="javascript:alert(1)"'));
    expect(onPage).toContainEqual(expect.stringContaining("inline script's hash"));
  });

  test('the structured data gate names the page and the property schema.org does not define', async () => {
    const problems = await jsonLdErrors(scratch);
    expect(problems).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^${broken.file}#0\\.about\\.citation: .*'"citation"' does not exist in type 'EventLeaf'`,
        ),
      ),
    );
  });

  test('the Nu HTML Checker names the page with a script after the end of the document', async () => {
    const problems = await nuErrors(scratch);
    expect(problems).toContainEqual(
      expect.stringMatching(
        new RegExp(`^${strayed.file}:\\d+:\\d+: error: Stray start tag “script”`),
      ),
    );
  });

  test('the feed gate names the item that claims a day its event does not have', async () => {
    const feed = (await feedFiles(scratch, siteConfig.url, base)).find(
      (candidate) => candidate.file === invented.feed,
    )!;
    const xml = await readFile(path.join(scratch, feed.file), 'utf8');
    expect(await feedProblems(feed, xml, await builtEvents(scratch))).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^${invented.feed}: item \\d+ .*: the event ${invented.event} is dated \\d{4}, but the item claims the day`,
        ),
      ),
    );
  });

  test('the robots.txt gate reports the blocked pages and a relative sitemap address', async () => {
    const problems = await robotsProblems(scratch, siteConfig.url, base);
    expect(problems).toContainEqual(
      expect.stringMatching(/^robots\.txt: \* may not read .*\/events\/.* \(line 2\)$/),
    );
    expect(problems).toContainEqual(expect.stringContaining('expected "Sitemap: '));
  });

  test('the sitemap gate reports the entry that the sitemaps.org schema refuses', async () => {
    const problems = await sitemapProblems(scratch, siteConfig.url, base);
    expect(problems).toContainEqual(
      expect.stringMatching(/sitemap-0\.xml.*lastmod.*'26 Nov 2026'/),
    );
  });

  test('the social card gate names the page without the card’s text and with a date git does not have', async () => {
    const problems = await socialProblems(scratch, {
      siteUrl: siteConfig.url,
      base,
      contentDir: siteConfig.contentDir,
      history: readFileHistory(path.resolve(root, siteConfig.contentDir)),
    });
    expect(problems).toContain(`${unsafe.file}: expected a non-empty og:image:alt`);
    expect(problems).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^${unsafe.file}: expected article:published_time .* found 1999-01-01T00:00:00Z$`,
        ),
      ),
    );
  });

  test('the weight gate reports the page over its budget', async () => {
    const [weight] = await pageWeights(scratch, [unsafe], base);
    expect(weight?.page).toBe(unsafe.file);
    expect(weight?.htmlAndCss).toBeGreaterThan(30 * 1024);
  });

  describe('in Chromium', () => {
    let browser: Browser;
    let server: Served;

    beforeAll(async () => {
      [browser, server] = await Promise.all([launchChromium(), serve(scratch, base)]);
    });

    afterAll(async () => {
      await Promise.all([browser?.close(), server?.close()]);
    });

    test('the accessibility gate names the page with an image without alt', async () => {
      const problems = await axeViolations(browser, server.url, [broken], 'light');
      expect(problems).toContainEqual(
        expect.stringMatching(new RegExp(`^/${broken.path} \\(light\\): image-alt: `)),
      );
    });

    test('the script gate names the page that loads a script before search is opened', async () => {
      const [load] = await scriptsBeforeSearch(browser, server.url, [unsafe]);
      expect(load?.page).toBe(unsafe.path);
      expect(load?.scripts).toContainEqual(expect.stringContaining('/pixel.js'));
    });
  });
});
