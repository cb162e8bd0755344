/**
 * Open files: a stock macOS lets a process open 256 files at once, most Linux desktops 1,024.
 * The check and the build read a content folder one file at a time, so both pass under the
 * smaller limit on a generated corpus of 10,000 entries (about 18,600 files), where reading
 * everything at once failed with EMFILE at 1,000. Each runs in a shell that lowers its limit
 * first, as `ulimit -n 256` does for an editor's terminal.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { workFolder } from '../../scripts/bench/build.ts';
import { generateCorpus, type Corpus } from '../../scripts/bench/generate.ts';
import { newAstroRoot, root } from '../helpers/site.ts';

const run = promisify(execFile);
const OPEN_FILES = 256;

/** Runs the project's Node under a lower open-file limit; rejects with the output on failure. */
async function limited(
  args: string[],
  env: Record<string, string>,
  cwd: string = root,
): Promise<string> {
  // Vitest's own MODE, DEV, PROD, SSR, BASE_URL and NODE_ENV would make a development build.
  const { MODE, DEV, PROD, SSR, BASE_URL, NODE_ENV, ...inherited } = process.env;
  try {
    const { stdout, stderr } = await run(
      'bash',
      ['-c', `ulimit -n ${OPEN_FILES} && exec "$@"`, 'limited', process.execPath, ...args],
      {
        cwd,
        env: { ...inherited, ...env, ASTRO_TELEMETRY_DISABLED: '1' },
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    return stdout + stderr;
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`${args.join(' ')} failed under ulimit -n ${OPEN_FILES}:\n${stdout}${stderr}`, {
      cause: error,
    });
  }
}

describe(`10,000 entries under ulimit -n ${OPEN_FILES}`, () => {
  let work: string;
  let corpus: Corpus;

  beforeAll(async () => {
    work = await workFolder('open-files-');
    corpus = await generateCorpus({ entries: 10_000, dir: path.join(work, 'content') });
  });

  afterAll(async () => {
    if (work) await rm(work, { recursive: true, force: true });
  });

  test('the limit is far lower than the number of content files', async () => {
    const files = corpus.actors.length + corpus.events.length + corpus.sources.length;
    expect(files).toBeGreaterThan(OPEN_FILES * 10);
    expect((await run('bash', ['-c', `ulimit -n ${OPEN_FILES} && ulimit -n`])).stdout.trim()).toBe(
      String(OPEN_FILES),
    );
  });

  test('npm run check reads every file and passes', async () => {
    const output = await limited([path.join(root, 'scripts/check.ts'), corpus.dir], {
      ASTRO_CACHE_DIR: path.join(work, 'check-cache'),
    });
    const files = corpus.actors.length + corpus.events.length + corpus.sources.length + 1;
    expect(output).toContain(`Checked ${files} files: no problems.`);
  });

  test('astro build writes every page and the search index', async () => {
    const outDir = path.join(work, 'site');
    // From an Astro root of its own, as every build test runs, so the project's .astro/ folder,
    // which the contributor's editor reads, keeps the project's own collections.
    const astroRoot = await newAstroRoot();
    try {
      await limited(
        [
          path.join(root, 'node_modules/astro/bin/astro.mjs'),
          'build',
          '--root',
          astroRoot,
          '--config',
          path.relative(astroRoot, path.join(root, 'astro.config.mjs')),
        ],
        {
          NODE_ENV: 'production',
          CONTENT_DIR: corpus.dir,
          OUT_DIR: outDir,
          ASTRO_CACHE_DIR: path.join(work, 'cache'),
          BASE_PATH: '/',
        },
        astroRoot,
      );
    } finally {
      await rm(astroRoot, { recursive: true, force: true });
    }
    const missing = [
      ...corpus.actors.map((id) => `actors/${id}/index.html`),
      ...corpus.events.map((id) => `events/${id}/index.html`),
      ...corpus.sources.map((id) => `sources/${id}/index.html`),
      'pagefind/pagefind-entry.json',
    ].filter((file) => !existsSync(path.join(outDir, file)));
    expect(missing).toEqual([]);
  });
});
