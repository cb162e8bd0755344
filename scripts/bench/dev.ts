/**
 * The editing loop in the preview server, timed as an editor lives it: how long `astro dev`
 * takes to serve its first page, how long an edit to one entry takes to show in the page open
 * in Chromium, and how long a mistake takes to be reported, with its file and line, in the
 * terminal and in Vite's overlay over the page.
 *
 * The server is started twice: once with an empty cache folder, as on a fresh clone, and once
 * more with the cache the first start left, as on any later day.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../tests/helpers/browser.ts';
import { root } from './build.ts';

export interface DevOptions {
  /** Absolute content folder. */
  contentDir: string;
  /** Absolute cache folder; the first start finds it empty. */
  cacheDir: string;
  /** The id of the event to edit. */
  event: string;
  /** How many edits to time; the median counts. */
  edits?: number;
}

export interface DevMeasurement {
  /** Milliseconds from starting `astro dev` to the first page served, with an empty cache. */
  firstPageColdMs: number;
  /** The same with the cache of the first start. */
  firstPageMs: number;
  /** Each edit's milliseconds from saving the file to the open page showing the change. */
  editMs: number[];
  /** Milliseconds from saving a mistake to its line in the terminal. */
  errorTerminalMs: number;
  /** Milliseconds from saving a mistake to Vite's overlay over the page. */
  errorOverlayMs: number;
  /** The message the terminal printed for the mistake. */
  errorLine: string;
  /** Peak resident memory of the server's process, from its own high-water mark. */
  peakRssMB: number;
}

interface Server {
  child: ChildProcess;
  url: string;
  /** Everything printed so far, with the time each line arrived. */
  lines: { at: number; text: string }[];
  stop(): Promise<void>;
}

const astroBin = path.join(root, 'node_modules/astro/bin/astro.mjs');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function startServer(options: DevOptions): Promise<Server> {
  const port = await freePort();
  const { MODE, DEV, PROD, SSR, BASE_URL, NODE_ENV, ...inherited } = process.env;
  const child = spawn(process.execPath, [astroBin, 'dev', '--port', String(port)], {
    cwd: root,
    env: {
      ...inherited,
      CONTENT_DIR: options.contentDir,
      ASTRO_CACHE_DIR: options.cacheDir,
      OUT_DIR: path.join(options.cacheDir, 'dist'),
      BASE_PATH: '/',
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: Server['lines'] = [];
  // Colour codes would split a file name from its line number.
  // eslint-disable-next-line no-control-regex
  const plain = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');
  let partial = '';
  const collect = (chunk: Buffer) => {
    const text = partial + plain(chunk.toString());
    const parts = text.split('\n');
    partial = parts.pop() ?? '';
    const at = performance.now();
    for (const line of parts) lines.push({ at, text: line });
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  return {
    child,
    url: `http://127.0.0.1:${port}/`,
    lines,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Polls `check` every few milliseconds until it holds, and returns when it did. */
async function until(check: () => Promise<boolean> | boolean, timeoutMs: number): Promise<number> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (await check()) return performance.now();
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`gave up waiting after ${timeoutMs} ms`);
}

/** Starts the server and returns it once it has served the event's page. */
async function firstPage(options: DevOptions, pagePath: string): Promise<[Server, number]> {
  const started = performance.now();
  const server = await startServer(options);
  try {
    const served = await until(async () => {
      if (server.child.exitCode !== null) {
        throw new Error(`astro dev exited:\n${server.lines.map((l) => l.text).join('\n')}`);
      }
      const response = await fetch(`${server.url}${pagePath}`).catch(() => undefined);
      return response?.ok === true && (await response.text()).includes('<h1');
    }, 600_000);
    return [server, served - started];
  } catch (error) {
    await server.stop();
    throw error;
  }
}

/** A process's own peak resident memory, in MB, from `/proc`; 0 where there is none. */
function peakRss(pid: number | undefined): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /^VmHWM:\s+(\d+) kB/m.exec(status);
    return match ? Math.round(Number(match[1]) / 1024) : 0;
  } catch {
    return 0;
  }
}

/** Measures the editing loop on a content folder; see the file's comment. */
export async function measureDev(options: DevOptions): Promise<DevMeasurement> {
  const pagePath = `events/${options.event}/`;
  const file = path.join(options.contentDir, 'events', `${options.event}.mdx`);
  const original = await readFile(file, 'utf8');

  const [cold, firstPageColdMs] = await firstPage(options, pagePath);
  await cold.stop();
  const [server, firstPageMs] = await firstPage(options, pagePath);
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const page: Page = await browser.newPage();
    // An edit is saved only once the page's Vite client is connected and the page has stayed
    // put for a second, as by the time an editor has switched to the editor: a reload sent
    // before that would reach nobody, and Vite reloads a page it has just optimised for.
    let connected = false;
    let navigated = performance.now();
    page.on('framenavigated', () => {
      connected = false;
      navigated = performance.now();
    });
    page.on('console', (message) => {
      if (message.text().includes('[vite] connected')) connected = true;
    });
    const ready = () => until(() => connected && performance.now() - navigated > 1000, 60_000);
    await page.goto(`${server.url}${pagePath}`);
    const heading = async () =>
      (await page
        .locator('h1')
        .first()
        .textContent()
        .catch(() => '')) ?? '';

    const editMs: number[] = [];
    for (let i = 1; i <= (options.edits ?? 5); i++) {
      const title = `An edited title, number ${i}`;
      await ready();
      const saved = performance.now();
      await writeFile(file, original.replace(/^title: .*$/m, `title: ${title}`));
      editMs.push((await until(async () => (await heading()).trim() === title, 60_000)) - saved);
    }

    // A mistake a schema catches on a line of its own: a month that does not exist.
    const broken = original.replace(/^date: .*$/m, 'date: 2020-13-01');
    await ready();
    const seen = server.lines.length;
    const saved = performance.now();
    await writeFile(file, broken);
    const shown = path.relative(root, file).split(path.sep).join('/');
    const pattern = new RegExp(`${shown.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+: date`);
    const terminal = await until(
      () => server.lines.slice(seen).some((line) => pattern.test(line.text)),
      60_000,
    );
    const errorLine = server.lines.slice(seen).find((line) => pattern.test(line.text))?.text ?? '';
    const overlay = await until(
      () =>
        page
          .evaluate(
            (expected) =>
              document
                .querySelector('vite-error-overlay')
                ?.shadowRoot?.textContent?.includes(expected) ?? false,
            shown,
          )
          .catch(() => false),
      60_000,
    );
    const peakRssMB = peakRss(server.child.pid);
    return {
      firstPageColdMs,
      firstPageMs,
      editMs,
      errorTerminalMs: terminal - saved,
      errorOverlayMs: overlay - saved,
      errorLine: errorLine.trim(),
      peakRssMB,
    };
  } catch (error) {
    const log = server.lines.slice(-20).map((line) => line.text);
    throw new Error(`${(error as Error).message}; the server printed last:\n${log.join('\n')}`, {
      cause: error,
    });
  } finally {
    await writeFile(file, original);
    await browser?.close();
    await server.stop();
  }
}

if (import.meta.main) {
  const [contentDir, event, cacheDir] = process.argv.slice(2);
  if (!contentDir || !event || !cacheDir) {
    console.error(
      'Usage: node scripts/bench/dev.ts <content folder> <event id> <empty cache folder>',
    );
    process.exit(2);
  }
  const result = await measureDev({
    contentDir: path.resolve(contentDir),
    event,
    cacheDir: path.resolve(cacheDir),
  });
  console.log(JSON.stringify(result, null, 2));
}
