import { existsSync, statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { siteConfig } from '../../src/config.ts';
import { buildSite } from '../helpers/site.ts';

/**
 * The site served under a base path, as on GitHub Pages: every internal link, asset, feed
 * entry, sitemap entry, robots.txt line and export URL must stay under the base and name a file
 * the build made.
 */
const BASE = '/explainer/';
const origin = new URL(siteConfig.url).origin;

let outDir: string;
let files: string[];

beforeAll(async () => {
  ({ outDir } = await buildSite({ base: BASE }));
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(outDir, path.join(entry.parentPath, entry.name)));
});

/** The problem with one URL found in `file`, or undefined when it resolves inside the build. */
function problem(file: string, url: string): string | undefined {
  const resolved = new URL(url, `${origin}${BASE}${file.replace(/index\.html$/, '')}`);
  if (resolved.origin !== origin) return undefined;
  if (!resolved.pathname.startsWith(BASE)) return `${file}: ${url} is outside ${BASE}`;
  const relative = decodeURIComponent(resolved.pathname.slice(BASE.length));
  const target = path.join(outDir, relative);
  const found =
    relative === '' || relative.endsWith('/')
      ? existsSync(path.join(target, 'index.html'))
      : existsSync(target) && statSync(target).isFile();
  return found ? undefined : `${file}: ${url} names no file of the build`;
}

const ATTRIBUTE = /\s(?:href|src|action|content)="([^"]*)"/g;
const ABSOLUTE = /https?:\/\/[^\s"'<>\\]+/g;

function urlsInHtml(html: string): string[] {
  return [...html.matchAll(ATTRIBUTE)]
    .map((match) => match[1]!.replace(/&amp;/g, '&'))
    .filter((value) => value.startsWith('/') || value.startsWith(origin) || value.startsWith('.'));
}

describe('a build under a base path', () => {
  test('links every page only to files under the base, including assets and the search form', async () => {
    const html = files.filter((file) => file.endsWith('.html'));
    expect(html.length).toBeGreaterThan(20);
    const problems: string[] = [];
    let checked = 0;
    for (const file of html) {
      for (const url of urlsInHtml(await readFile(path.join(outDir, file), 'utf8'))) {
        checked += 1;
        const found = problem(file, url);
        if (found) problems.push(found);
      }
    }
    expect(checked).toBeGreaterThan(500);
    expect(problems).toEqual([]);
  });

  test('writes feed, robots.txt, sitemap and export URLs under the base, each naming a built file', async () => {
    const data = [
      'feed.xml',
      'robots.txt',
      ...files.filter((file) => /^sitemap.*\.xml$/.test(file)),
      'data/actors.json',
      'data/events.json',
      'data/sources.json',
      'data/timeline.json',
    ];
    const problems: string[] = [];
    for (const file of data) {
      const text = await readFile(path.join(outDir, file), 'utf8');
      const urls = [...text.matchAll(ABSOLUTE)].map((match) => match[0]);
      const internal = urls.filter((url) => url.startsWith(origin));
      expect(internal.length, file).toBeGreaterThan(0);
      for (const url of internal) {
        const found = problem(file, url);
        if (found) problems.push(found);
      }
    }
    expect(problems).toEqual([]);
  });

  test('points the search page’s index at the base', async () => {
    const search = await readFile(path.join(outDir, 'search/index.html'), 'utf8');
    expect(search).toContain(BASE);
    expect(files.some((file) => file.startsWith(`pagefind${path.sep}`))).toBe(true);
  });
});
