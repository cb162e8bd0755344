/**
 * What a reader downloads to search: the built site is served on a loopback port the way a
 * static host serves it (text compressed with gzip, Pagefind's own pre-compressed files as they
 * are), and real Chromium opens the search page with a query, as the header's search form does,
 * then types a second query. Bytes are counted as they crossed the wire, headers included, and
 * split into Pagefind's files and the page's own.
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createGzip } from 'node:zlib';
import { launchChromium } from '../../tests/helpers/browser.ts';

export interface Transfer {
  /** Bodies as sent (gzip where the host compresses) plus response headers. */
  bytes: number;
  /** Bodies alone, as sent. */
  bodyBytes: number;
  requests: number;
}

const none = (): Transfer => ({ bytes: 0, bodyBytes: 0, requests: 0 });

export interface SearchMeasurement {
  /** Pagefind's files fetched by the first search, made by opening `search/?q=…`. */
  first: Transfer;
  /** Pagefind's files fetched by a second query typed on the same page. */
  second: Transfer;
  /** The search page's own HTML, style and script, which any visit to it costs. */
  page: Transfer;
}

export interface SearchOptions {
  /** The built site. */
  dir: string;
  /** Its base path, such as `/` or `/explainer/`. */
  base: string;
  /** At least two queries: the first is searched from a fresh page, the next typed after it. */
  queries: string[];
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
};

/** Types static hosts compress; Pagefind's index files are gzip already and pass as they are. */
const COMPRESSED = new Set(['.html', '.js', '.css', '.json', '.svg', '.xml', '.wasm']);

function staticHost(dir: string, base: string): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://host').pathname);
    if (!pathname.startsWith(base)) {
      res.writeHead(404).end();
      return;
    }
    let file = path.join(dir, pathname.slice(base.length));
    if (!file.startsWith(dir)) {
      res.writeHead(404).end();
      return;
    }
    try {
      if (statSync(file).isDirectory()) file = path.join(file, 'index.html');
      statSync(file);
    } catch {
      res.writeHead(404).end();
      return;
    }
    const extension = path.extname(file);
    const gzip = COMPRESSED.has(extension) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    res.setHeader('content-type', TYPES[extension] ?? 'application/octet-stream');
    if (gzip) res.setHeader('content-encoding', 'gzip');
    const stream = createReadStream(file);
    (gzip ? stream.pipe(createGzip({ level: 6 })) : stream).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ server, url: `http://127.0.0.1:${port}${base}` });
    }),
  );
}

export async function measureSearch(options: SearchOptions): Promise<SearchMeasurement> {
  const [firstQuery, secondQuery] = options.queries;
  if (!firstQuery || !secondQuery) throw new Error('measureSearch needs two queries');
  const { server, url } = await staticHost(path.resolve(options.dir), options.base);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const bundle = `${url}pagefind/`;
    let search: Transfer = none();
    let own: Transfer = none();
    let pending: Promise<void>[] = [];
    // Playwright reports the requests of Pagefind's web worker on the page too, which a plain
    // DevTools session on the page would miss.
    page.on('requestfinished', (request) => {
      const counter = request.url().startsWith(bundle) ? search : own;
      pending.push(
        request.sizes().then((sizes) => {
          counter.bytes += sizes.responseBodySize + sizes.responseHeadersSize;
          counter.bodyBytes += sizes.responseBodySize;
          counter.requests += 1;
        }),
      );
    });
    const drain = async () => {
      await Promise.all(pending);
      pending = [];
    };

    const settle = async (query: string) => {
      await page.waitForFunction(
        (q) => document.querySelector('[data-search-status]')?.textContent?.includes(q) ?? false,
        query,
        { timeout: 120_000 },
      );
      await page.waitForLoadState('networkidle');
      await drain();
    };

    await page.goto(`${url}search/?q=${encodeURIComponent(firstQuery)}`);
    await settle(firstQuery);
    const first = search;
    const pageOwn = own;

    // The browser's cache stays warm between the two, as it does for a reader.
    search = none();
    own = none();
    await page.fill('[data-search-page] input[type="search"]', secondQuery);
    await settle(secondQuery);
    const second: Transfer = {
      bytes: search.bytes + own.bytes,
      bodyBytes: search.bodyBytes + own.bodyBytes,
      requests: search.requests + own.requests,
    };
    return { first, second, page: pageOwn };
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  }
}
