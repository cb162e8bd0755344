/**
 * Builds the real site for tests, with the real `astro build`, into a folder of the test's own.
 * Each build gets its own output and cache folders so builds never share state.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The project root. */
export const root = path.resolve(import.meta.dirname, '../..');

/** The output of `npm run build`, which `npm test` runs before the site and browser tests. */
export const defaultDist = path.join(root, 'dist');

export interface BuildOptions {
  /** Content folder to build, absolute or relative to the project. Default `content`. */
  contentDir?: string;
  /** Base path such as `/explainer/`. Default `/`. */
  base?: string;
  /** Output folder. Default: a new temporary folder. */
  outDir?: string;
  /** Extra environment variables. */
  env?: Record<string, string>;
}

export interface Build {
  outDir: string;
  /** Everything `astro build` printed, for assertions and for failure messages. */
  log: string;
}

/** Runs `astro build` with the project's own Node; rejects with the build log on failure. */
export async function buildSite(options: BuildOptions = {}): Promise<Build> {
  const outDir = options.outDir ?? (await mkdtemp(path.join(os.tmpdir(), 'explainer-build-')));
  // Vitest exports Vite's own MODE, DEV, PROD, SSR, BASE_URL and NODE_ENV=test; a child build
  // that inherited them would be a development build under the wrong base path.
  const { MODE, DEV, PROD, SSR, BASE_URL, NODE_ENV, ...inherited } = process.env;
  const env = {
    ...inherited,
    NODE_ENV: 'production',
    OUT_DIR: outDir,
    ASTRO_CACHE_DIR: await mkdtemp(path.join(os.tmpdir(), 'explainer-cache-')),
    CONTENT_DIR: options.contentDir ?? 'content',
    BASE_PATH: options.base ?? '/',
    ASTRO_TELEMETRY_DISABLED: '1',
    ...options.env,
  };
  try {
    const { stdout, stderr } = await run(path.join(root, 'node_modules/.bin/astro'), ['build'], {
      cwd: root,
      env,
      maxBuffer: 256 * 1024 * 1024,
    });
    return { outDir, log: stdout + stderr };
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    const failure = new Error(`astro build failed:\n${stdout}${stderr}`);
    Object.assign(failure, { log: stdout + stderr, stdout, stderr });
    throw failure;
  }
}

let defaultBuild: Promise<string> | undefined;

/**
 * The site as `npm run build` made it. When a test file runs on its own and there is no
 * build yet, it builds one first, so every test can also be run alone.
 */
export function builtSite(): Promise<string> {
  defaultBuild ??= existsSync(path.join(defaultDist, 'index.html'))
    ? Promise.resolve(defaultDist)
    : buildSite({ outDir: defaultDist }).then((build) => build.outDir);
  return defaultBuild;
}
