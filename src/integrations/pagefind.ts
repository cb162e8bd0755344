import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { createHash } from 'node:crypto';
import {
  createReadStream,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { dateOrderFile, DATE_ORDER_META } from '../lib/search.ts';

/** The folder, inside the build output and under the site's base path, that holds the index. */
export const PAGEFIND_FOLDER = 'pagefind';

/**
 * Only actor and event pages are searchable: `/actors/<id>/` and `/events/<id>/`. Lists,
 * timelines and paginated pages repeat the names and titles of the entries they list and would
 * compete with them for first place. Requiring a letter in the folder name leaves out any
 * numbered page; deeper pages (the lists by kind, an actor's paginated events) never match.
 *
 * Source pages are left out. A corpus can have nearly as many sources as actors and events
 * together, and Pagefind's page list, which every first search downloads whole, grows with each
 * indexed page. Readers reach a source through the entries that cite it and `/sources/`.
 */
export const SEARCHABLE_PAGES = '{actors,events}/*[a-z]*/index.html';

/**
 * The searchable pages of every language: the default language's at the root, each other's
 * under its code. Pagefind builds one index per language from each page's `lang`.
 */
export function searchableGlobs(prefixes: readonly string[]): string[] {
  return prefixes.map((prefix) => `${prefix}${SEARCHABLE_PAGES}`);
}

interface PagefindResponse {
  errors: string[];
}

/**
 * Indexes the built site with Pagefind's Node API at the end of `astro build`, writing the
 * bundle into the output folder itself so nothing is copied through `public/`. A failed
 * index fails the build: a site whose search silently finds nothing is worse than no build.
 *
 * In `astro dev` there is no built HTML to index. The dev server serves the index of the last
 * build when there is one, and says so either way, so search never fails silently.
 */
export function pagefindIntegration(
  options: { languagePrefixes?: readonly string[] } = {},
): AstroIntegration {
  const globs = searchableGlobs(['', ...(options.languagePrefixes ?? [])]);
  let outDir: string | undefined;
  let cacheDir: string | undefined;
  let base = '/';
  return {
    name: 'explainer:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        cacheDir = fileURLToPath(config.cacheDir);
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:server:setup': ({ server, logger }) => {
        const bundle = outDir && path.join(outDir, PAGEFIND_FOLDER);
        if (!bundle || !existsSync(path.join(bundle, 'pagefind.js'))) {
          logger.warn(
            'Search needs a built index: run `npm run build` once, then restart `npm run dev`.',
          );
          return;
        }
        logger.info(`Search uses the index of the last build in ${bundle}; rebuild to refresh it.`);
        const prefix = `${base}${PAGEFIND_FOLDER}/`;
        server.middlewares.use((req, res, next) => {
          const url = (req.url ?? '').split('?')[0] ?? '';
          if (!url.startsWith(prefix)) return next();
          const file = path.join(bundle, decodeURIComponent(url.slice(prefix.length)));
          if (!file.startsWith(bundle) || !existsSync(file) || !statSync(file).isFile()) {
            return next();
          }
          res.setHeader('content-type', contentType(file));
          createReadStream(file).pipe(res);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        await indexSite(fileURLToPath(dir), logger, globs, cacheDir);
      },
    },
  };
}

/**
 * Word locations per chunk of Pagefind's word index; its default is 20,000. A search fetches the
 * chunk that holds each word typed, so smaller chunks mean less to fetch per query, for a little
 * more in the page list that every first search loads (each chunk's first and last word). At
 * 10,000 entries, 10,000 locations cut a first query's chunk from 15.5 KB to 6.5 KB and the most
 * frequent name's from 36 KB to 23 KB, for 0.9 KB more in the page list. Pagefind reads it from
 * an environment variable it calls unstable; without it, it uses its default and nothing breaks.
 */
export const INDEX_CHUNK_LOCATIONS = 10_000;

/** Runs Pagefind over `dir` and writes the bundle to `dir/pagefind/`. Throws on any error. */
export async function indexSite(
  dir: string,
  logger: AstroIntegrationLogger,
  globs: readonly string[] = [SEARCHABLE_PAGES],
  /** Where what the last build read of its fragments is kept (see `writeDateOrders`). */
  cacheDir?: string,
): Promise<void> {
  const started = performance.now();
  // Read by the indexing binary that `createIndex` starts, which inherits this environment.
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(INDEX_CHUNK_LOCATIONS);
  try {
    const { index } = check(await pagefind.createIndex(), logger);
    if (!index) throw new Error('Pagefind returned no index.');
    let page_count = 0;
    for (const glob of globs) {
      page_count += check(await index.addDirectory({ path: dir, glob }), logger).page_count;
    }
    // A new topic with no entries yet still builds; its search page says nothing matches.
    if (page_count === 0) logger.warn(`Pagefind found no entry pages to index in ${dir}.`);
    const bundle = path.join(dir, PAGEFIND_FOLDER);
    check(await index.writeFiles({ outputPath: bundle }), logger);
    writeDateOrders(bundle, cacheDir && path.join(cacheDir, 'explainer', 'fragment-dates.bin'));
    logger.info(
      `Indexed ${page_count} pages for search in ${Math.round(performance.now() - started)} ms.`,
    );
  } catch (error) {
    throw new Error(`Search indexing failed: ${(error as Error).message}`, { cause: error });
  } finally {
    await pagefind.close();
  }
}

/**
 * Writes each language's pages, oldest first, as the list of their fragments' hashes, one per
 * line, without the language's prefix: `date-order.en.txt`. The search page fetches it only to
 * sort by date, or to list every entry with an empty query. Pagefind's own sort keys would put
 * that order into the page list every first search loads, where at 10,000 entries it was 22 KB
 * of the 91 KB; the date is each fragment's `date_order` metadata instead.
 */
function writeDateOrders(bundle: string, cacheFile?: string): void {
  const folder = path.join(bundle, 'fragment');
  const byLanguage = new Map<string, { hash: string; key: string; url: string }[]>();
  // What an earlier build read of a fragment with the same bytes holds, so a rebuild unpacks
  // only the fragments of the pages that changed. (The bytes, not the name: Pagefind's short
  // names can swap between two pages whose hashes begin alike.)
  const known = readCache(cacheFile);
  const seen: FragmentDates = new Map();
  for (const name of existsSync(folder) ? readdirSync(folder) : []) {
    const match = /^(.+)_([0-9a-f]+)\.pf_fragment$/.exec(name);
    if (!match) continue;
    const [, lang = '', hash = ''] = match;
    const bytes = readFileSync(path.join(folder, name));
    const digest = createHash('sha1').update(bytes).digest('base64');
    let page = known.get(digest);
    if (!page) {
      const fragment = readFragment(bytes);
      page = { key: fragment.meta?.[DATE_ORDER_META], url: fragment.url };
    }
    seen.set(digest, page);
    if (page.key === undefined) continue;
    const pages = byLanguage.get(lang) ?? [];
    pages.push({ hash, key: page.key, url: page.url });
    byLanguage.set(lang, pages);
  }
  writeCache(cacheFile, seen);
  for (const [lang, pages] of byLanguage) {
    pages.sort((a, b) => compare(a.key, b.key) || compare(a.url, b.url));
    const list = pages.map((page) => page.hash).join('\n');
    writeFileSync(path.join(bundle, dateOrderFile(lang)), `${list}\n`);
  }
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

type FragmentDates = Map<string, { key?: string | undefined; url: string }>;

function readCache(file: string | undefined): FragmentDates {
  try {
    const value: unknown = file ? deserialize(readFileSync(file)) : undefined;
    return value instanceof Map ? (value as FragmentDates) : new Map();
  } catch {
    return new Map();
  }
}

/** Keeps what was read for the next build; a failed write only costs that build time. */
function writeCache(file: string | undefined, dates: FragmentDates): void {
  if (!file) return;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, serialize(dates));
  } catch {
    // A read-only or full disk: the next build reads every fragment again.
  }
}

/** A fragment as Pagefind writes it: gzip of a signature and the page's JSON. */
function readFragment(bytes: Buffer): { url: string; meta?: Record<string, string> } {
  const data = gunzipSync(bytes);
  const signature = 'pagefind_dcd';
  const text = data.subarray(
    data.subarray(0, signature.length).toString() === signature ? signature.length : 0,
  );
  return JSON.parse(text.toString('utf8')) as { url: string; meta?: Record<string, string> };
}

function check<T extends PagefindResponse>(response: T, logger: AstroIntegrationLogger): T {
  if (response.errors.length > 0) {
    for (const error of response.errors) logger.error(`Pagefind: ${error}`);
    throw new Error(response.errors.join('; '));
  }
  return response;
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

function contentType(file: string): string {
  return TYPES[path.extname(file)] ?? 'application/octet-stream';
}
