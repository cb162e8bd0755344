/**
 * Builds the real site for tests, with the real `astro build`, into a folder of the test's own.
 * Each build gets its own output and cache folders so builds never share state.
 *
 * Each run also has an Astro root of its own, a new folder in the project's ignored `.cache/`:
 * Astro writes its generated `.astro/` folder (types, the editor's list of entries and their
 * JSON Schemas, a build's prerender bundle) into the root it runs from, and the project's
 * `.astro/` belongs to the contributor's editor. `astro.config.mjs` names `src/` and `public/`
 * by absolute path, so the site builds from any root; the root lies inside the project so that
 * Vite still finds `node_modules` by walking up.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The project root. */
export const root = path.resolve(import.meta.dirname, '../..');

/** The output of `npm run build`, which `npm test` runs before the site and browser tests. */
export const defaultDist = path.join(root, 'dist');

const astroBin = path.join(root, 'node_modules/astro/bin/astro.mjs');

/** A new, empty Astro root for one run, inside the project's ignored `.cache/`. */
export async function newAstroRoot(prefix = 'astro-root-'): Promise<string> {
  const parent = path.join(root, '.cache');
  await mkdir(parent, { recursive: true });
  return mkdtemp(path.join(parent, prefix));
}

export interface BuildOptions {
  /** Content folder to build, absolute or relative to the project. Default `content`. */
  contentDir?: string;
  /** Base path such as `/explainer/`. Default `/`. */
  base?: string;
  /** Output folder. Default: a new temporary folder. */
  outDir?: string;
  /** The Astro root, whose `.astro/` the caller reads afterwards. Default: a new one, removed after. */
  astroRoot?: string;
  /** Extra environment variables. */
  env?: Record<string, string>;
}

export interface Build {
  outDir: string;
  /** Everything Astro printed, for assertions and for failure messages. */
  log: string;
}

/** Runs `astro build` or `astro sync` from an Astro root of its own, with the project's Node. */
export async function runAstro(
  command: 'build' | 'sync',
  options: BuildOptions = {},
): Promise<Build> {
  const astroRoot = options.astroRoot ?? (await newAstroRoot());
  try {
    return await runAstroFrom(astroRoot, command, options);
  } finally {
    if (!options.astroRoot) await rm(astroRoot, { recursive: true, force: true });
  }
}

async function runAstroFrom(
  astroRoot: string,
  command: 'build' | 'sync',
  options: BuildOptions,
): Promise<Build> {
  const outDir = options.outDir ?? (await mkdtemp(path.join(os.tmpdir(), 'explainer-build-')));
  // Vitest exports Vite's own MODE, DEV, PROD, SSR, BASE_URL and NODE_ENV=test; a child build
  // that inherited them would be a development build under the wrong base path.
  const { MODE, DEV, PROD, SSR, BASE_URL, NODE_ENV, ...inherited } = process.env;
  const env = {
    ...inherited,
    NODE_ENV: 'production',
    OUT_DIR: outDir,
    ASTRO_CACHE_DIR: await mkdtemp(path.join(os.tmpdir(), 'explainer-cache-')),
    // Absolute, since Astro runs from another folder.
    CONTENT_DIR: path.resolve(root, options.contentDir ?? 'content'),
    BASE_PATH: options.base ?? '/',
    ASTRO_TELEMETRY_DISABLED: '1',
    ...options.env,
  };
  // Astro reads --config relative to --root.
  const config = path.relative(astroRoot, path.join(root, 'astro.config.mjs'));
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      [astroBin, command, '--root', astroRoot, '--config', config],
      // The root is the working directory too: a build whose output folder lies outside the
      // working directory keeps its prerender bundle in `<working directory>/.astro/`.
      { cwd: astroRoot, env, maxBuffer: 256 * 1024 * 1024 },
    );
    return { outDir, log: stdout + stderr };
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    const failure = new Error(`astro ${command} failed:\n${stdout}${stderr}`);
    Object.assign(failure, { log: stdout + stderr, stdout, stderr });
    throw failure;
  }
}

/** Runs `astro build`; rejects with the build log on failure. */
export function buildSite(options: BuildOptions = {}): Promise<Build> {
  return runAstro('build', options);
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
