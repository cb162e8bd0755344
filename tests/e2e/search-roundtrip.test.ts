/**
 * Every actor and event is found by its own name or title, first, on the real search page in
 * real Chromium against the built index; the other spellings readers type find the actor they
 * mean, both on the search page and through Pagefind's own JavaScript API alone; and sources,
 * which are not indexed, are reached from the list of sources instead.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { siteConfig } from '../../src/config.ts';
import { browseBuiltSite } from '../helpers/browse.ts';
import { smartQuotes } from '../../src/lib/typography.ts';
import { builtSite } from '../helpers/site.ts';

interface Expected {
  /** What a reader types: the entry's name or title. */
  query: string;
  /** The entry's page under the base path, such as `actors/dprk/` or `uk/actors/dprk/`. */
  path: string;
}

interface Exported {
  id: string;
  name?: string;
  title?: string;
  headline?: string;
  description?: string;
  translations?: Record<string, { name?: string; title?: string }>;
}

/**
 * Every entry of the built site's data exports, in each language: an entry missing from the
 * index is noticed. A query is the name or title with the site's curly quotes, as readers see it.
 */
async function siteEntries(dir: string): Promise<Expected[]> {
  const read = async (file: string) =>
    JSON.parse(await readFile(path.join(dir, 'data', file), 'utf8')) as Exported[];
  const entries: Expected[] = [];
  for (const [folder, items] of [
    ['actors', await read('actors.json')],
    ['events', await read('events.json')],
  ] as const) {
    for (const item of items) {
      entries.push({ query: smartQuotes(item.name ?? item.title!), path: `${folder}/${item.id}/` });
      for (const [lang, words] of Object.entries(item.translations ?? {})) {
        entries.push({
          query: smartQuotes(words.name ?? words.title!),
          path: `${lang}/${folder}/${item.id}/`,
        });
      }
    }
  }
  for (const source of await read('sources.json')) {
    entries.push({ query: source.headline ?? source.description!, path: `sources/${source.id}/` });
  }
  return entries;
}

const ALIASES: [query: string, paths: string[]][] = [
  ['Makeeva', ['actors/olga-makeyeva/']],
  ['Pyongyang', ['actors/dprk/']],
  ['Lugansk', ['actors/lpr/']],
  ['Zelenskyy', ['actors/volodymyr-zelensky/']],
  ['LDPR', ['actors/dpr/', 'actors/lpr/']],
];

const entries = await siteEntries(await builtSite());
const site = browseBuiltSite();
let page: Page;

beforeAll(async () => {
  page = await site.browser.newPage();
});

/** The paths of the first `count` results, under the base path, as Pagefind alone ranks them. */
async function pagefindResults(query: string, count = Number.MAX_SAFE_INTEGER): Promise<string[]> {
  // A string, so that Vitest's transform leaves the browser's own dynamic import alone.
  const urls = await page.evaluate<string[]>(`(async () => {
    const pagefind = await import(${JSON.stringify(`${site.url}pagefind/pagefind.js`)});
    const response = await pagefind.search(${JSON.stringify(query)});
    const data = await Promise.all(response.results.slice(0, ${count}).map((r) => r.data()));
    return data.map((item) => item.url);
  })()`);
  return urls.map(sitePath);
}

/** The paths of the first `count` results the search page shows for `?q=query`. */
async function searchPageResults(query: string, count: number, lang = ''): Promise<string[]> {
  await page.goto(`${site.url}${lang}search/?q=${encodeURIComponent(query)}`);
  await page.locator('[data-search-status]', { hasText: /\d/ }).waitFor();
  const links = page.locator('#search-results li a');
  const hrefs = await links.evaluateAll((all) => all.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.slice(0, count).map(sitePath);
}

function sitePath(url: string): string {
  return url.slice(siteConfig.base.length).replace(/[?#].*$/, '');
}

/** Every path the list of sources links to, following its numbered pages. */
async function sourceListLinks(): Promise<Set<string>> {
  const found = new Set<string>();
  const pages = ['sources/'];
  for (let i = 0; i < pages.length; i++) {
    await page.goto(`${site.url}${pages[i]}`);
    const hrefs = await page
      .locator('main a[href]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    for (const href of hrefs.map(sitePath)) {
      if (/^sources\/page\/\d+\/$/.test(href) && !pages.includes(href)) pages.push(href);
      else found.add(href);
    }
  }
  return found;
}

const searchable = entries.filter((e) => !e.path.startsWith('sources/'));
const sources = entries.filter((e) => e.path.startsWith('sources/'));

describe('search by exact name or title', () => {
  test('every actor, event and source is in the content', () => {
    expect(searchable.filter((e) => e.path.startsWith('actors/')).length).toBeGreaterThan(0);
    expect(searchable.filter((e) => e.path.startsWith('events/')).length).toBeGreaterThan(0);
    expect(sources.length).toBeGreaterThan(0);
  });

  test.each(searchable.map((e) => [e.query, e.path] as const))(
    'searching "%s" returns %s first',
    async (query, expected) => {
      const lang = /^[a-z-]+\/(?=(?:actors|events)\/)/.exec(expected)?.[0] ?? '';
      expect(await searchPageResults(query, 1, lang)).toEqual([expected]);
    },
  );
});

describe('sources', () => {
  test.each(sources.map((e) => [e.path, e.query] as const))(
    '%s is not in the search index, even searched by its own title',
    async (path, query) => {
      await page.goto(site.url);
      const results = await pagefindResults(query);
      expect(results.length).toBeGreaterThan(0);
      expect(results).not.toContain(path);
      expect(results.filter((result) => result.startsWith('sources/'))).toEqual([]);
    },
  );

  test('every source is linked from the list of sources', async () => {
    const links = await sourceListLinks();
    expect(sources.filter((source) => !links.has(source.path))).toEqual([]);
  });
});

describe('search by another name or spelling', () => {
  test.each(ALIASES)('searching "%s" returns %j first', async (query, expected) => {
    const results = await searchPageResults(query, expected.length);
    expect([...results].sort()).toEqual([...expected].sort());
  });

  test.each(ALIASES)(
    'Pagefind alone, by the weighted alias text, ranks %j first for "%s"',
    async (query, expected) => {
      await page.goto(site.url);
      const results = await pagefindResults(query, expected.length);
      expect([...results].sort()).toEqual([...expected].sort());
    },
  );
});
