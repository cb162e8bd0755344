/**
 * Every page of the default language has its counterpart in each other language, and the two
 * link to each other: `hreflang` alternates in the head (with `x-default`) and the language
 * switcher in the header. The sitemap lists the alternates too.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import { beforeAll, describe, expect, test } from 'vitest';
import { siteConfig } from '../../src/config.ts';
import { builtSite } from '../helpers/site.ts';
import { htmlPages, type Page } from './gates.ts';

const OTHER = 'uk';
let dir: string;
let pages: Page[];

beforeAll(async () => {
  dir = await builtSite();
  pages = await htmlPages(dir);
});

async function document(page: string) {
  return parseDocument(await readFile(path.join(dir, page), 'utf8'));
}

const published = (pagePath: string) =>
  new URL(`${siteConfig.base}${pagePath}`, siteConfig.url).href;

describe('the languages of the built site', () => {
  test('every page of the default language has its counterpart in the other language', () => {
    const files = new Set(pages.map((page) => page.file));
    const defaults = pages.filter(
      (page) => !page.file.startsWith(`${OTHER}/`) && !/^(pagefind|data)\//.test(page.file),
    );
    expect(defaults.length).toBeGreaterThan(20);
    const counterpart = (file: string) =>
      file === '404.html' ? `${OTHER}/404/index.html` : `${OTHER}/${file}`;
    expect(
      defaults.map((page) => page.file).filter((file) => !files.has(counterpart(file))),
    ).toEqual([]);
  });

  test('the two pages name each other as alternates, with x-default on the default language', async () => {
    const problems: string[] = [];
    for (const page of pages.filter(
      (p) => p.file.startsWith(`${OTHER}/`) && !p.file.includes('404'),
    )) {
      const english = page.path.slice(OTHER.length + 1);
      const links = DomUtils.findAll(
        (element) =>
          element.name === 'link' &&
          element.attribs.rel === 'alternate' &&
          !!element.attribs.hreflang,
        (await document(page.file)).children,
      );
      const href = (lang: string) =>
        links.find((link) => link.attribs.hreflang === lang)?.attribs.href;
      if (href('en') !== published(english)) problems.push(`${page.file}: en → ${href('en')}`);
      if (href(OTHER) !== published(page.path))
        problems.push(`${page.file}: ${OTHER} → ${href(OTHER)}`);
      if (href('x-default') !== published(english))
        problems.push(`${page.file}: x-default → ${href('x-default')}`);
    }
    expect(problems).toEqual([]);
  });

  test('every page’s language switcher links to the same page in the other language', async () => {
    const problems: string[] = [];
    for (const page of pages.filter((p) => !p.file.startsWith('pagefind/'))) {
      const doc = await document(page.file);
      const nav = DomUtils.findOne(
        (e) => e.name === 'nav' && e.attribs.class === 'languages',
        doc.children,
      );
      const link = nav && DomUtils.findOne((e) => e.name === 'a', nav.children);
      const isOther = page.file.startsWith(`${OTHER}/`);
      const expected = page.file.endsWith('404.html')
        ? `${siteConfig.base}${OTHER}/404/`
        : page.file === `${OTHER}/404/index.html`
          ? `${siteConfig.base}404.html`
          : `${siteConfig.base}${isOther ? page.path.slice(OTHER.length + 1) : `${OTHER}/${page.path}`}`;
      if (link?.attribs.href !== expected)
        problems.push(`${page.file}: ${link?.attribs.href} (expected ${expected})`);
    }
    expect(problems).toEqual([]);
  });

  test('every page says its language, and the sitemap lists the alternates', async () => {
    for (const page of pages.filter((p) => !p.file.startsWith('pagefind/'))) {
      const html = DomUtils.findOne((e) => e.name === 'html', (await document(page.file)).children);
      expect(html?.attribs.lang, page.file).toBe(page.file.startsWith(`${OTHER}/`) ? OTHER : 'en');
    }
    const sitemap = await readFile(path.join(dir, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain(
      `<xhtml:link rel="alternate" hreflang="uk" href="${published(`${OTHER}/events/ukraine-severs-dprk/`)}"/>`,
    );
  });
});
