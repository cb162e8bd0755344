/**
 * What a search costs a reader on the wire: bytes transferred and requests for a first query
 * (opening `search/?q=…`, as the header form does) and for each query typed after it.
 *
 * The site is served the way a static host serves it: text (HTML, CSS, JS, JSON) gzipped on
 * the fly, Pagefind's index chunks (`.pf_*`) and WebAssembly (`*.pagefind`) sent as they are,
 * because Pagefind writes them already compressed. Bytes are counted as the server sends them.
 *
 * Run `npm run bench:search` for the built site in `dist/`, and `npm run bench:search -- --lang uk`
 * for its search page in `uk`; other benchmarks import `measureSearch` to repeat the
 * measurement on generated corpora. This prints figures and asserts nothing: timing and size
 * budgets are for people to read, not for tests to flake on.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createGzip } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchChromium } from '../../tests/helpers/browser.ts';

export interface MeasureSearchOptions {
  /** The built site's output folder, which holds `search/index.html` and `pagefind/`. */
  dir: string;
  /** The base path the site was built for, such as `/` or `/explainer/`. Default `/`. */
  base?: string;
  /** The language whose search page is used, by its path prefix, such as `uk`; none for the default. */
  lang?: string | undefined;
  /**
   * The queries in order, at least two: the first is opened as `search/?q=…` in a fresh page,
   * as the header form does; each later one is typed into the field of that same page.
   */
  queries: readonly string[];
}

/** What `measureSearch` returns. */
export interface SearchMeasurement {
  /** The first query, the search page and Pagefind's bundle and WebAssembly included. */
  first: QueryCost;
  /** The second query, with everything the first loaded already in the page. */
  second: QueryCost;
  /** Every query, in order (`first` and `second` are the first two). */
  all: QueryCost[];
}

/** One file as the server sent it. */
export interface Transfer {
  /** The request path, without the origin. */
  path: string;
  /** Bytes of the response body on the wire (gzipped where the host would gzip). */
  bytes: number;
}

export interface QueryCost {
  query: string;
  /** Bytes sent for this query, the search page itself included for the first query. */
  bytes: number;
  requests: number;
  /** The part of `bytes` that is Pagefind's bundle, index and fragments. */
  pagefindBytes: number;
  /** How many results the page announced. */
  results: number;
  transfers: Transfer[];
}

const TEXT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

interface CountingServer {
  url: string;
  transfers: Transfer[];
  close(): Promise<void>;
}

async function serveCounting(dir: string, base: string): Promise<CountingServer> {
  const transfers: Transfer[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let file = path.join(dir, decodeURIComponent(url.pathname.slice(base.length - 1)));
    if (!file.startsWith(dir) || !url.pathname.startsWith(base)) file = '';
    if (file && existsSync(file) && statSync(file).isDirectory())
      file = path.join(file, 'index.html');
    if (!file || !existsSync(file)) {
      res.statusCode = 404;
      res.end();
      return;
    }
    const transfer: Transfer = { path: url.pathname, bytes: 0 };
    transfers.push(transfer);
    const type = TEXT_TYPES[path.extname(file)];
    res.setHeader('content-type', type ?? 'application/octet-stream');
    res.setHeader('cache-control', 'no-cache');
    let body: NodeJS.ReadableStream = createReadStream(file);
    if (type) {
      res.setHeader('content-encoding', 'gzip');
      body = body.pipe(createGzip());
    }
    body.on('data', (chunk: Buffer) => (transfer.bytes += chunk.length));
    body.pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    transfers,
    close: () =>
      new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}

/**
 * Waits until the page has announced the query's results, in whatever language (the
 * announcement names the query), and has made no request for half a second. Returns the count
 * announced: its first number, or 0 for "no results".
 */
async function settle(page: Page, transfers: Transfer[], query: string): Promise<number> {
  const status = page.locator('[data-search-status]');
  const deadline = Date.now() + 60_000;
  let text = '';
  while (Date.now() < deadline) {
    text = (await status.textContent()) ?? '';
    if (text.includes(query)) break;
    await page.waitForTimeout(50);
  }
  let seen = -1;
  while (seen !== transfers.length && Date.now() < deadline) {
    seen = transfers.length;
    await page.waitForTimeout(500);
  }
  return Number(/\d+/.exec(text.replace(query, ''))?.[0] ?? 0);
}

function cost(query: string, transfers: Transfer[], results: number): QueryCost {
  const bytes = transfers.reduce((sum, t) => sum + t.bytes, 0);
  const pagefindBytes = transfers
    .filter((t) => t.path.includes('/pagefind/'))
    .reduce((sum, t) => sum + t.bytes, 0);
  return { query, bytes, requests: transfers.length, pagefindBytes, results, transfers };
}

/**
 * Serves `dir` under `base`, opens the search page in real Chromium for the first query, types
 * each further query, and returns what each one transferred. The scale benchmark imports it:
 * keep `measureSearch({ dir, base, queries }) → { first, second, all }` stable.
 */
export async function measureSearch({
  dir,
  base = '/',
  lang,
  queries,
}: MeasureSearchOptions): Promise<SearchMeasurement> {
  if (queries.length < 2) throw new Error('measureSearch needs a first and a second query.');
  const root = path.resolve(dir);
  const basePath = base.endsWith('/') ? base : `${base}/`;
  const server = await serveCounting(root, basePath);
  const browser = await launchChromium();
  const costs: QueryCost[] = [];
  try {
    const page = await browser.newPage();
    for (const [index, query] of queries.entries()) {
      const start = server.transfers.length;
      if (index === 0) {
        await page.goto(
          `${server.url}${lang ? `${lang}/` : ''}search/?q=${encodeURIComponent(query)}`,
        );
      } else {
        await page.locator('#search-query').fill(query);
      }
      const results = await settle(page, server.transfers, query);
      costs.push(cost(query, server.transfers.slice(start), results));
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { first: costs[0]!, second: costs[1]!, all: costs };
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** The figures as a few lines, for people. */
export function formatCosts(costs: QueryCost[]): string {
  return costs
    .map((c, i) =>
      [
        `${i === 0 ? 'First' : 'Next'} query "${c.query}": ${kb(c.bytes)} in ${c.requests} requests ` +
          `(Pagefind ${kb(c.pagefindBytes)}), ${c.results} results`,
        ...c.transfers.map((t) => `    ${String(t.bytes).padStart(7)}  ${t.path}`),
      ].join('\n'),
    )
    .join('\n');
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { lang: { type: 'string' } },
  });
  const dir = positionals[0] ?? 'dist';
  const base = process.env.BASE_PATH ?? '/';
  const lang = values.lang;
  if (!existsSync(path.join(dir, lang ?? '', 'search', 'index.html'))) {
    console.error(
      `No built search page in ${path.join(dir, lang ?? '')}: run \`npm run build\` first.`,
    );
    process.exit(1);
  }
  // The queries: given after the folder, or else the names of the first two actors exported,
  // in the language of the search page.
  const given = positionals.slice(1);
  const actors = JSON.parse(readFileSync(path.join(dir, 'data', 'actors.json'), 'utf8')) as {
    name: string;
    translations?: Record<string, { name?: string }>;
  }[];
  const names = actors.map((actor) => (lang && actor.translations?.[lang]?.name) || actor.name);
  const queries = given.length >= 2 ? given : names.slice(0, 2);
  const { first, second, all } = await measureSearch({ dir, base, lang, queries });
  console.log(formatCosts(all));
  const verdict = (bytes: number, limitKB: number) =>
    `${kb(bytes)} (${bytes <= limitKB * 1024 ? 'within' : 'over'} ${limitKB} KB)`;
  console.log(
    `\nFirst query, Pagefind's files: ${verdict(first.pagefindBytes, 100)}; the target is 100 KB on the explainer's own site and 150 KB at 10,000 entries.`,
  );
  console.log(`Next query: ${verdict(second.bytes, 30)}.`);
}
