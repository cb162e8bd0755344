/**
 * Builds a content folder with the real site, or with the bare floor project, as separate
 * processes with their own output and cache folders, and measures each build.
 */
import { cp, mkdir, mkdtemp, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { runMeasured, type Measured } from './measure.ts';

/** The project root. */
export const root = path.resolve(import.meta.dirname, '../..');

/** The bare Astro + MDX project the site is compared with. */
export const floorRoot = path.join(root, 'scripts/bench/floor');

const astroBin = path.join(root, 'node_modules/astro/bin/astro.mjs');

export interface BuildRun extends Measured {
  outDir: string;
  cacheDir: string;
}

export interface BuildTarget {
  /** Absolute content folder. */
  contentDir: string;
  outDir: string;
  cacheDir: string;
  /** Build the floor project instead of the site. */
  floor?: boolean;
  echo?: boolean;
}

/**
 * A new folder for one benchmark run, inside the project's ignored `.cache/`, so that the
 * builds run from it still resolve `node_modules` by walking up.
 */
export async function workFolder(prefix: string): Promise<string> {
  const parent = path.join(root, '.cache');
  await mkdir(parent, { recursive: true });
  return mkdtemp(path.join(parent, prefix));
}

/** Runs `astro build` with the project's own Node, so the result matches `npm run build`. */
export async function build(target: BuildTarget): Promise<BuildRun> {
  // Astro writes its generated `.astro/` folder (and a build's prerender bundle) into the root
  // it runs from, so each build has a root of its own beside the output: the project's
  // `.astro/` belongs to the contributor's editor. The site's config names its source folders
  // by absolute path, so it builds from any root. The floor is copied there, which also keeps
  // its generated types out of the tree that the linters and type checker read.
  const buildRoot = await mkdtemp(path.join(path.dirname(target.outDir), 'astro-root-'));
  const args = [astroBin, 'build', '--root', buildRoot];
  if (target.floor) await cp(floorRoot, buildRoot, { recursive: true });
  // Astro reads --config relative to --root.
  else args.push('--config', path.relative(buildRoot, path.join(root, 'astro.config.mjs')));
  // Under Vitest (the smoke test) the environment carries Vite's own MODE, DEV, PROD, SSR,
  // BASE_URL and NODE_ENV=test; a child build that inherited them would not be a production build.
  const { MODE, DEV, PROD, SSR, BASE_URL, NODE_ENV, ...inherited } = process.env;
  const run = await runMeasured(process.execPath, args, {
    cwd: buildRoot,
    echo: target.echo ?? false,
    env: {
      ...inherited,
      NODE_ENV: 'production',
      CONTENT_DIR: target.contentDir,
      OUT_DIR: target.outDir,
      ASTRO_CACHE_DIR: target.cacheDir,
      BASE_PATH: '/',
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  });
  if (run.code !== 0) {
    throw new Error(
      `astro build${target.floor ? ' (floor)' : ''} failed:\n${run.log.slice(-8000)}`,
    );
  }
  return { ...run, outDir: target.outDir, cacheDir: target.cacheDir };
}

export interface HtmlStats {
  pages: number;
  totalBytes: number;
  /** The largest pages, biggest first, as paths relative to the output folder. */
  largest: { path: string; bytes: number }[];
  /** How many pages exceed the given limit. */
  over: number;
}

/** Counts the HTML pages of a build and finds the largest ones. */
export async function htmlStats(outDir: string, limitBytes: number): Promise<HtmlStats> {
  const files = (await readdir(outDir, { recursive: true })).filter((f) => f.endsWith('.html'));
  const sizes = await Promise.all(
    files.map(async (f) => ({ path: f, bytes: (await stat(path.join(outDir, f))).size })),
  );
  sizes.sort((a, b) => b.bytes - a.bytes);
  return {
    pages: sizes.length,
    totalBytes: sizes.reduce((sum, s) => sum + s.bytes, 0),
    largest: sizes.slice(0, 5),
    over: sizes.filter((s) => s.bytes > limitBytes).length,
  };
}

/** Total size of the files below a folder, 0 if it does not exist. */
export async function folderBytes(dir: string): Promise<{ bytes: number; files: number }> {
  let names: string[];
  try {
    names = await readdir(dir, { recursive: true });
  } catch {
    return { bytes: 0, files: 0 };
  }
  let bytes = 0;
  let files = 0;
  for (const name of names) {
    const info = await stat(path.join(dir, name));
    if (info.isFile()) {
      bytes += info.size;
      files++;
    }
  }
  return { bytes, files };
}

/**
 * Seconds the Pagefind integration reports for indexing, from its log line, such as
 * `[explainer:pagefind] Indexed 10004 pages in 41.2 s`. Undefined if the build printed none.
 */
export function pagefindSeconds(log: string): number | undefined {
  for (const line of log.split('\n')) {
    if (!/pagefind/i.test(line)) continue;
    const match = /\bin\s+(\d+(?:\.\d+)?)\s*(ms|s)\b/.exec(line);
    if (match) return Number(match[1]) / (match[2] === 'ms' ? 1000 : 1);
  }
  return undefined;
}

export interface Phases {
  /** Vite and Rolldown bundling, the MDX compilation included. */
  bundleSeconds?: number | undefined;
  /** Rendering every page to HTML. */
  renderSeconds?: number | undefined;
}

/** "661ms", "8.15s" or "1m 50s", as Astro prints durations. */
function seconds(text: string): number {
  const ms = /(\d+(?:\.\d+)?)ms/.exec(text);
  if (ms) return Number(ms[1]) / 1000;
  const minutes = /(\d+)m(?!s)/.exec(text);
  const secs = /(\d+(?:\.\d+)?)s/.exec(text);
  return Number(minutes?.[1] ?? 0) * 60 + Number(secs?.[1] ?? 0);
}

/** Where a build's time went, from the durations Astro prints for each phase. */
export function phases(log: string): Phases {
  // Color codes would split the numbers from their units.
  // eslint-disable-next-line no-control-regex
  const plain = log.replace(/\u001b\[[0-9;]*m/g, '');
  const bundles = [...plain.matchAll(/\[vite\] ✓ built in ([\dms. ]+)/g)].map((m) =>
    seconds(m[1] ?? ''),
  );
  const render = /generating static routes[\s\S]*?✓ Completed in ([\dms. ]+)/.exec(plain);
  return {
    bundleSeconds: bundles.length > 0 ? bundles.reduce((a, b) => a + b, 0) : undefined,
    renderSeconds: render ? seconds(render[1] ?? '') : undefined,
  };
}
