/**
 * Open files: a stock macOS lets a process open 256 files at once, most Linux desktops 1,024.
 * The check and the build read a content folder a few files at a time, so both pass under the
 * smaller limit on a generated corpus of 10,000 entries (about 18,600 files), where reading
 * everything at once failed with EMFILE at 1,000.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { workFolder } from '../../scripts/bench/build.ts';
import { generateCorpus, type Corpus } from '../../scripts/bench/generate.ts';
import { root } from '../helpers/site.ts';

const run = promisify(execFile);
const node = path.join(root, 'node_modules/.bin/node');

/** Runs a command with at most 256 open files, as a stock macOS allows. */
function underLimit(command: string[], env: NodeJS.ProcessEnv = process.env) {
  return run('bash', ['-c', 'ulimit -n 256 && exec "$@"', 'bash', ...command], {
    cwd: root,
    env,
    maxBuffer: 256 * 1024 * 1024,
  });
}

describe('a corpus of 10,000 entries under an open-file limit of 256', () => {
  let work: string;
  let corpus: Corpus;

  beforeAll(async () => {
    work = await workFolder('open-files-');
    corpus = await generateCorpus({ entries: 10_000, dir: path.join(work, 'content') });
  });

  afterAll(async () => {
    if (work) await rm(work, { recursive: true, force: true });
  });

  test('really has an open-file limit of 256 in the shell the commands run in', async () => {
    const { stdout } = await underLimit(['sh', '-c', 'ulimit -n']);
    expect(stdout.trim()).toBe('256');
  });

  test('passes npm run check', async () => {
    const { stdout } = await underLimit([node, 'scripts/check.ts', corpus.dir]);
    const files = corpus.actors.length + corpus.events.length + corpus.sources.length + 1;
    expect(stdout.trim()).toBe(`Checked ${files} files: no problems.`);
  });

  test('builds the site', async () => {
    // Vitest's own Vite variables would make the child a development build.
    const { MODE, DEV, PROD, SSR, BASE_URL, NODE_ENV, ...inherited } = process.env;
    const outDir = path.join(work, 'site');
    await underLimit([node, path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      ...inherited,
      NODE_ENV: 'production',
      CONTENT_DIR: corpus.dir,
      OUT_DIR: outDir,
      ASTRO_CACHE_DIR: path.join(work, 'cache'),
      BASE_PATH: '/',
      ASTRO_TELEMETRY_DISABLED: '1',
    });
    const events = await readdir(path.join(outDir, 'events'));
    expect(corpus.events.every((id) => events.includes(id))).toBe(true);
    expect(existsSync(path.join(outDir, 'pagefind'))).toBe(true);
  });
});
