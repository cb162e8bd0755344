/**
 * Serves a built site on a loopback port the way a static host does: files from the output
 * folder under the site's base path, gzip for text, 404 page for missing paths.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import sirv from 'sirv';

export interface Served {
  /** The site's root URL, base path included, ending in `/`. */
  url: string;
  close(): Promise<void>;
}

export async function serve(dir: string, base = '/'): Promise<Served> {
  const files = sirv(dir, { dev: false, etag: true, gzip: false, extensions: ['html'] });
  const notFound = path.join(dir, '404.html');
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (!url.startsWith(base)) {
      res.statusCode = 404;
      res.end('outside the base path');
      return;
    }
    req.url = `/${url.slice(base.length)}`;
    files(req, res, () => {
      res.statusCode = 404;
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(existsSync(notFound) ? readFileSync(notFound) : 'Not found');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () =>
      new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
