/**
 * What crawlers read before any page: `robots.txt`, checked with `robots-parser` (the matching
 * rules of RFC 9309) and for lines it would skip without a word, and the sitemaps, validated
 * against the sitemaps.org XML Schemas with libxml2 (`xmllint-wasm`, compiled to WebAssembly,
 * so no system package and no network) and compared with the pages of the build.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import robotsParser from 'robots-parser';
import { validateXML, type XMLFileInfo } from 'xmllint-wasm';
import { htmlPages } from './gates.ts';

const schemas = path.join(import.meta.dirname, 'sitemap-schemas');

/** The schema files: the urlset schema from the `sitemap` package, the others from here. */
async function schemaFile(name: string): Promise<XMLFileInfo> {
  // The package's exports map hides `schema/`, so the folder is found from its package.json.
  const file =
    name === 'sitemap.xsd'
      ? path.join(
          path.dirname(createRequire(import.meta.url).resolve('sitemap/package.json')),
          'schema/sitemap.xsd',
        )
      : path.join(schemas, name);
  return { fileName: name, contents: await readFile(file, 'utf8') };
}

async function schemaErrors(
  fileName: string,
  contents: string,
  schema: string,
  imports: string[] = [],
): Promise<string[]> {
  const result = await validateXML({
    xml: [{ fileName, contents }],
    schema: [await schemaFile(schema)],
    preload: await Promise.all(imports.map(schemaFile)),
  });
  return result.errors.map((error) => error.rawMessage.trim());
}

const locations = (xml: string) => [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]!);

/**
 * Problems with the sitemaps: the index and each sitemap it lists must be valid against the
 * sitemaps.org schemas (with the `xhtml:link` language alternates), every sitemap must be a
 * file of the build under the site's address, every listed URL and alternate must be a page,
 * and every page that may be indexed must be listed, and no page that may not.
 */
export async function sitemapProblems(
  dir: string,
  siteUrl: string,
  base: string,
): Promise<string[]> {
  const problems: string[] = [];
  const root = new URL(base, siteUrl).href;
  const indexFile = 'sitemap-index.xml';
  if (!existsSync(path.join(dir, indexFile))) return [`${indexFile}: expected in the build`];
  const index = await readFile(path.join(dir, indexFile), 'utf8');
  problems.push(...(await schemaErrors(indexFile, index, 'siteindex.xsd')));
  const listed = new Set<string>();
  const alternates = new Set<string>();
  for (const loc of locations(index)) {
    const file = loc.startsWith(root) ? loc.slice(root.length) : undefined;
    if (file === undefined || !existsSync(path.join(dir, file))) {
      problems.push(`${indexFile}: lists ${loc}, which is not a file of the build under ${root}`);
      continue;
    }
    const xml = await readFile(path.join(dir, file), 'utf8');
    problems.push(
      ...(await schemaErrors(file, xml, 'urlset.xsd', ['sitemap.xsd', 'xhtml-link.xsd'])),
    );
    for (const url of locations(xml)) listed.add(url);
    for (const [, href] of xml.matchAll(/<xhtml:link\b[^>]*\bhref="([^"]*)"/g))
      alternates.add(href!);
  }
  const pages = new Map<string, boolean>();
  for (const page of await htmlPages(dir)) {
    const html = await readFile(path.join(dir, page.file), 'utf8');
    const noindex = /<meta name="robots" content="[^"]*\bnoindex\b/i.test(html);
    if (page.file.endsWith('index.html')) pages.set(new URL(page.path, root).href, !noindex);
    else if (!noindex)
      problems.push(`${page.file}: a page outside the sitemap's folders must be noindex`);
  }
  for (const url of listed) {
    if (!pages.has(url)) problems.push(`sitemap: lists ${url}, which is not a page of the build`);
    else if (!pages.get(url)) problems.push(`sitemap: lists ${url}, which is noindex`);
  }
  for (const url of alternates) {
    if (!pages.get(url))
      problems.push(`sitemap: names ${url} as an alternate, which is not an indexable page`);
  }
  for (const [url, indexable] of pages) {
    if (indexable && !listed.has(url)) problems.push(`sitemap: does not list ${url}`);
  }
  return problems;
}

/** The fields RFC 9309 defines, plus `sitemap`, which sitemaps.org adds. */
const FIELDS = /^(?:user-agent|allow|disallow|sitemap):/i;

/** Crawlers every page must be open to: any, and the two largest search engines by name. */
const CRAWLERS = ['*', 'Googlebot', 'Bingbot'];

/**
 * Problems with `robots.txt`: it must exist, hold only rules crawlers know (robots-parser
 * skips any other line without a word, so a typo would silently allow or block), have a group
 * for every crawler, name the sitemap index by its absolute URL, and let every crawler read
 * every page of the build.
 */
export async function robotsProblems(
  dir: string,
  siteUrl: string,
  base: string,
): Promise<string[]> {
  const file = path.join(dir, 'robots.txt');
  if (!existsSync(file)) return ['robots.txt: expected in the build'];
  const text = await readFile(file, 'utf8');
  const problems: string[] = [];
  const report = (message: string) => problems.push(`robots.txt: ${message}`);
  text.split(/\r?\n/).forEach((line, index) => {
    const rule = line.replace(/#.*/, '').trim();
    if (rule && !FIELDS.test(rule))
      report(`line ${index + 1} is not a rule crawlers know: ${line}`);
  });
  // RFC 9309 §2.3: crawlers read the file at the root of the host.
  const robots = robotsParser(new URL('/robots.txt', siteUrl).href, text);
  if (!/^user-agent:\s*\*\s*$/im.test(text))
    report('expected a group for every crawler, "User-agent: *"');
  const sitemaps = robots.getSitemaps();
  const expected = new URL(`${base}sitemap-index.xml`, siteUrl).href;
  if (!sitemaps.includes(expected)) {
    report(
      `expected "Sitemap: ${expected}", found ${sitemaps.length ? sitemaps.join(', ') : 'none'}`,
    );
  }
  for (const sitemap of sitemaps) {
    if (!/^https?:\/\//.test(sitemap)) report(`expected an absolute sitemap URL, found ${sitemap}`);
  }
  for (const page of await htmlPages(dir)) {
    const url = new URL(`${base}${page.path}`, siteUrl).href;
    for (const crawler of CRAWLERS) {
      if (robots.isAllowed(url, crawler) !== true) {
        report(
          `${crawler} may not read ${url} (line ${robots.getMatchingLineNumber(url, crawler)})`,
        );
      }
    }
  }
  return problems;
}
