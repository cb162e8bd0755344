/**
 * The checks `npm test` runs on the built site, as functions that take an output folder and
 * return what they found, one readable line per problem naming the page. The gate tests run
 * them on the real build; `gates-catch-breakage.test.ts` runs the same functions on a broken
 * copy to prove each gate fails where it should. The checks of what other programs read (the
 * Nu HTML Checker, structured data, feeds, robots.txt and sitemaps) have a module each beside
 * this one.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import axe from 'axe-core';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { DomUtils, parseDocument } from 'htmlparser2';
import { check as checkLinkTargets, LinkState } from 'linkinator';
import type {
  Browser,
  BrowserContext,
  Page as PlaywrightPage,
  Request,
  Response,
} from 'playwright-core';
import { siteConfig } from '../../src/config.ts';
import { root } from '../helpers/site.ts';
import { serve } from '../helpers/serve.ts';

/** A built HTML page: its file relative to the output folder and its path under the base. */
export interface Page {
  /** For example `actors/ukraine/index.html`. */
  file: string;
  /** For example `actors/ukraine/`, to append to the site's root URL. */
  path: string;
}

/** Every HTML file in the output, in a stable order. */
export async function htmlPages(dir: string): Promise<Page[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => {
      const file = path
        .relative(dir, path.join(entry.parentPath, entry.name))
        .split(path.sep)
        .join('/');
      return { file, path: file.replace(/(?:^|(?<=\/))index\.html$/, '') };
    })
    .sort((a, b) => (a.file < b.file ? -1 : 1));
}

/**
 * The pages the accessibility audit visits: every page the sitemap lists, plus every other HTML
 * file, so a page left out of the sitemap is still audited.
 */
export async function sitemapPages(dir: string, base = '/'): Promise<Page[]> {
  const pages = await htmlPages(dir);
  const known = new Set(pages.map((page) => page.path));
  const listed: Page[] = [];
  for (const loc of await sitemapLocations(dir)) {
    const pathname = new URL(loc).pathname;
    const relative = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.slice(1);
    if (!known.has(relative)) {
      listed.push({ file: `${relative}index.html`, path: relative });
      known.add(relative);
    }
  }
  return [...pages, ...listed];
}

async function sitemapLocations(dir: string): Promise<string[]> {
  const names = (await readdir(dir)).filter((name) => /^sitemap.*\.xml$/.test(name));
  const locations: string[] = [];
  for (const name of names) {
    const xml = await readFile(path.join(dir, name), 'utf8');
    for (const [, loc] of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) {
      if (loc && !loc.endsWith('.xml')) locations.push(loc);
    }
  }
  return locations;
}

/**
 * Every internal link and `#anchor` on every page must resolve. Crawling starts from every
 * page, not only the home page, so an unlinked page is checked too. External links are
 * skipped without being fetched: CI has no business depending on other people's servers.
 */
export async function brokenLinks(
  dir: string,
  base = '/',
  siteUrl = siteConfig.url,
): Promise<string[]> {
  const server = await serve(dir, base);
  try {
    const origin = new URL(server.url).origin;
    // Canonical URLs, the feed and structured data name pages by the published address; they
    // are internal links too, so they are checked against the local copy.
    const published = new URL(base, siteUrl).href;
    const pages = await htmlPages(dir);
    const result = await checkLinkTargets({
      path: pages.map((page) => new URL(page.path, server.url).href),
      recurse: true,
      checkFragments: true,
      concurrency: 8,
      linksToSkip: async (link) => !link.startsWith(origin) && !link.startsWith(published),
      urlRewriteExpressions: [
        { pattern: new RegExp(`^${escapeRegExp(published)}`), replacement: server.url },
      ],
    });
    const local = (url: string | undefined) =>
      url === undefined ? '(start)' : url.startsWith(origin) ? url.slice(origin.length) : url;
    return result.links
      .filter((link) => link.state === LinkState.BROKEN)
      .map((link) => {
        const reason = link.status ? `HTTP ${link.status}` : describeFailure(link.failureDetails);
        return `${local(link.parent)}: broken link to ${local(link.url)} (${reason})`;
      })
      .sort();
  } finally {
    await server.close();
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function describeFailure(details: unknown[] | undefined): string {
  const first = details?.[0];
  if (first instanceof Error) return first.message;
  return 'missing target';
}

/**
 * html-validate's verdict on every page, with the project's `.htmlvalidate.json`: the
 * recommended rules, less one. `long-title` is off because it is a search-engine guideline
 * (titles of at most 70 characters), not a matter of valid or accessible HTML, and every title
 * here is an entry's headline followed by the site's name, which no editor could keep that short.
 */
export async function htmlErrors(dir: string): Promise<string[]> {
  const config = JSON.parse(
    await readFile(path.join(root, '.htmlvalidate.json'), 'utf8'),
  ) as ConfigData;
  // The configuration is passed in rather than looked up beside each file, so a scratch copy
  // of the output in a temporary folder is validated with the same rules.
  const validator = new HtmlValidate({ ...config, root: true });
  const problems: string[] = [];
  for (const page of await htmlPages(dir)) {
    const html = await readFile(path.join(dir, page.file), 'utf8');
    const report = await validator.validateString(html, page.file);
    for (const result of report.results) {
      for (const message of result.messages) {
        if (message.severity < 2) continue;
        problems.push(
          `${page.file}:${message.line}:${message.column}: ${message.message} (${message.ruleId})`,
        );
      }
    }
  }
  return problems;
}

/** The WCAG 2.2 AA rule sets, by axe-core tag. */
export const AXE_TAGS = ['wcag2a', 'wcag21a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

/**
 * Rules switched off, each with the reason. Keep this empty unless a rule cannot apply to a
 * static site; a rule that merely fails is a bug to fix, not a rule to switch off.
 */
export const AXE_DISABLED_RULES: Record<string, string> = {};

export type ColorScheme = 'light' | 'dark';

/**
 * Runs axe-core inside real Chromium on each page in the given colour scheme and returns one
 * line per violation: the page, the rule, and the first offending element.
 */
export async function axeViolations(
  browser: Browser,
  siteUrl: string,
  pages: Page[],
  colorScheme: ColorScheme,
): Promise<string[]> {
  const context = await browser.newContext({ colorScheme });
  try {
    const found = await inPages(context, pages, async (page, pagePath) => {
      await page.goto(new URL(pagePath, siteUrl).href, { waitUntil: 'load' });
      // Evaluated through the DevTools protocol, which the page's own CSP does not govern, so
      // the audit sees the page exactly as readers do.
      await page.evaluate(axe.source);
      const results = await page.evaluate(
        ({ tags, disabled }) =>
          (window as unknown as { axe: typeof axe }).axe.run(document, {
            runOnly: { type: 'tag', values: tags },
            rules: Object.fromEntries(disabled.map((id) => [id, { enabled: false }])),
          }),
        { tags: AXE_TAGS, disabled: Object.keys(AXE_DISABLED_RULES) },
      );
      return results.violations.map((violation) => {
        const target = violation.nodes[0]?.target.join(' ') ?? '';
        const more = violation.nodes.length > 1 ? ` and ${violation.nodes.length - 1} more` : '';
        return `/${pagePath} (${colorScheme}): ${violation.id}: ${violation.help} at ${target}${more}`;
      });
    });
    return found.flat();
  } finally {
    await context.close();
  }
}

/** Pages audited at once: enough to keep two cores busy without starving the server. */
const TABS = 4;

/** Runs `visit` on every page, a few tabs at a time, and returns the results in page order. */
async function inPages<T>(
  context: BrowserContext,
  pages: Page[],
  visit: (tab: PlaywrightPage, pagePath: string) => Promise<T>,
): Promise<T[]> {
  const results: T[] = new Array(pages.length);
  let next = 0;
  const worker = async () => {
    const tab = await context.newPage();
    try {
      while (next < pages.length) {
        const index = next++;
        results[index] = await visit(tab, (pages[index] as Page).path);
      }
    } finally {
      await tab.close();
    }
  };
  await Promise.all(Array.from({ length: Math.min(TABS, pages.length) }, worker));
  return results;
}

/** Bytes of a file as a static host sends it with gzip. */
function gzipped(content: Buffer | string): number {
  return gzipSync(content, { level: 9 }).length;
}

export interface PageWeight {
  page: string;
  /** Gzipped bytes of the HTML plus every stylesheet it links. */
  htmlAndCss: number;
}

/** Gzipped HTML plus linked CSS for each page, each file counted once per page. */
export async function pageWeights(dir: string, pages: Page[], base = '/'): Promise<PageWeight[]> {
  const weights: PageWeight[] = [];
  for (const page of pages) {
    const html = await readFile(path.join(dir, page.file), 'utf8');
    let total = gzipped(html);
    const stylesheets = new Set<string>();
    for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
      if (!/\brel=["']?stylesheet\b/i.test(tag)) continue;
      const href = /\bhref=["']?([^"' >]+)/i.exec(tag)?.[1];
      if (href) stylesheets.add(href);
    }
    for (const href of stylesheets) {
      const pathname = new URL(href, `http://site${base}${page.path}`).pathname;
      const file = path.join(dir, pathname.slice(base.length));
      total += gzipped(await readFile(file));
    }
    weights.push({ page: page.file, htmlAndCss: total });
  }
  return weights;
}

export interface ScriptLoad {
  page: string;
  /** Script files requested, inline scripts included as `inline`. */
  scripts: string[];
  bytes: number;
}

/**
 * The JavaScript each page loads before the reader opens search: script requests recorded in
 * real Chromium until the network is idle, plus inline scripts. JSON data blocks are not code.
 */
export async function scriptsBeforeSearch(
  browser: Browser,
  siteUrl: string,
  pages: Page[],
): Promise<ScriptLoad[]> {
  const context = await browser.newContext();
  try {
    return await inPages(context, pages, async (tab, pagePath) => {
      const requested: string[] = [];
      let bytes = 0;
      const onRequest = (request: Request) => {
        if (request.resourceType() === 'script') requested.push(request.url());
      };
      const onResponse = async (response: Response) => {
        if (response.request().resourceType() !== 'script') return;
        bytes += (await response.body().catch(() => Buffer.alloc(0))).length;
      };
      tab.on('request', onRequest);
      tab.on('response', onResponse);
      try {
        await tab.goto(new URL(pagePath, siteUrl).href, { waitUntil: 'networkidle' });
      } finally {
        tab.off('request', onRequest);
        tab.off('response', onResponse);
      }
      const inline = await tab.evaluate(() =>
        [...document.querySelectorAll('script:not([src])')]
          .filter((script) => !/json/i.test(script.getAttribute('type') ?? ''))
          .map((script) => script.textContent?.length ?? 0),
      );
      return {
        page: pagePath,
        scripts: [...requested, ...inline.map(() => 'inline')],
        bytes: bytes + inline.reduce((a, b) => a + b, 0),
      };
    });
  } finally {
    await context.close();
  }
}

/**
 * What the security policy promises, checked on every page: a Content-Security-Policy meta
 * element before anything it governs, no inline script unless its hash is in the policy, no
 * inline event handlers, links only to http, https, mailto or the site itself, and
 * `rel="noopener noreferrer"` on every link that leaves the site.
 */
export async function securityProblems(dir: string, siteUrl: string): Promise<string[]> {
  const siteOrigin = new URL(siteUrl).origin;
  const problems: string[] = [];
  for (const page of await htmlPages(dir)) {
    const html = await readFile(path.join(dir, page.file), 'utf8');
    const report = (message: string) => problems.push(`${page.file}: ${message}`);
    const document = parseDocument(html, { withStartIndices: true });
    const elements = DomUtils.findAll(() => true, document.children);
    const meta = elements.find(
      (element) =>
        element.name === 'meta' &&
        element.attribs['http-equiv']?.toLowerCase() === 'content-security-policy',
    );
    if (!meta || meta.parent?.type !== 'tag' || meta.parent.name !== 'head') {
      report('expected a <meta http-equiv="content-security-policy"> in <head>, found none');
    }
    const policy = parsePolicy(meta?.attribs.content ?? '');
    const scriptSources = policy.get('script-src') ?? policy.get('default-src') ?? [];
    if (meta && scriptSources.length === 0) report('expected the policy to restrict script-src');
    if (scriptSources.includes("'unsafe-inline'") || scriptSources.includes("'unsafe-eval'")) {
      report(
        `expected script-src without 'unsafe-inline' or 'unsafe-eval', received ${scriptSources.join(' ')}`,
      );
    }
    const metaStart = meta?.startIndex ?? Infinity;
    for (const element of elements) {
      const attributes = element.attribs;
      const governed =
        element.name === 'script' ||
        element.name === 'style' ||
        (element.name === 'link' && /stylesheet|preload/i.test(attributes.rel ?? ''));
      if (meta && governed && (element.startIndex ?? 0) < metaStart) {
        report(`expected the CSP meta before <${element.name}>, which it would not cover`);
      }
      for (const name of Object.keys(attributes)) {
        if (/^on/i.test(name))
          report(`expected no inline event handler, received ${name} on <${element.name}>`);
      }
      if (
        element.name === 'script' &&
        attributes.src === undefined &&
        !/json/i.test(attributes.type ?? '')
      ) {
        const code = DomUtils.textContent(element);
        const hash = `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
        if (!scriptSources.includes(hash)) {
          report(
            `expected every inline script's hash in script-src, missing ${hash} for "${code.trim().slice(0, 40)}…"`,
          );
        }
      }
      if (element.name === 'a' && attributes.href !== undefined) {
        const href = attributes.href.trim();
        const target = new URL(href, `${siteOrigin}/${page.path}`);
        if (!['http:', 'https:', 'mailto:'].includes(target.protocol)) {
          report(`expected an http, https or mailto link, received href="${href}"`);
        } else if (/^https?:$/.test(target.protocol) && target.origin !== siteOrigin) {
          const rel = (attributes.rel ?? '').toLowerCase().split(/\s+/);
          if (!rel.includes('noopener') || !rel.includes('noreferrer')) {
            report(`expected rel="noopener noreferrer" on the external link to ${href}`);
          }
        }
      }
    }
  }
  return problems;
}

function parsePolicy(content: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of content.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), values);
  }
  return directives;
}
