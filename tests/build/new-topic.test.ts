/**
 * The README's "Start your own explainer" steps, run as they are written, in a copy of the
 * project: from nothing to a checked, built site for a new topic. The commands come from the
 * README itself, so the test fails when the README stops working.
 */
import { exec } from 'node:child_process';
import { cp, mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, test } from 'vitest';
import { root } from '../helpers/site.ts';

const shell = promisify(exec);

/** The shell commands of the README's section `heading`, in order, one per line. */
async function readmeCommands(heading: string): Promise<string[][]> {
  const readme = await readFile(path.join(root, 'README.md'), 'utf8');
  const start = readme.indexOf(`## ${heading}`);
  const section = readme.slice(start, readme.indexOf('\n## ', start + 1));
  return [...section.matchAll(/```sh\n([\s\S]*?)```/g)].map((block) =>
    block[1]!.split('\n').filter((line) => line.trim() !== ''),
  );
}

let project: string;
let env: NodeJS.ProcessEnv;
const run = (command: string) => shell(command, { cwd: project, env, maxBuffer: 64 * 1024 * 1024 });

beforeAll(async () => {
  project = await mkdtemp(path.join(os.tmpdir(), 'explainer-clone-'));
  for (const item of [
    'src',
    'scripts',
    'public',
    'astro.config.mjs',
    'package.json',
    'tsconfig.json',
  ]) {
    await cp(path.join(root, item), path.join(project, item), { recursive: true });
  }
  // The installed packages, as `npm ci` would install them.
  await symlink(path.join(root, 'node_modules'), path.join(project, 'node_modules'));
  const { MODE, DEV, PROD, SSR, BASE_URL, NODE_ENV, CONTENT_DIR, ...inherited } = process.env;
  env = {
    ...inherited,
    PATH: `${path.join(root, 'node_modules/.bin')}${path.delimiter}${process.env.PATH}`,
    ASTRO_TELEMETRY_DISABLED: '1',
    npm_config_loglevel: 'error',
  };
});

describe('the README’s steps to start a new explainer', () => {
  test('make a topic folder with entries to fill in, which then check and build', async () => {
    const [setup, finish] = await readmeCommands('Start your own explainer');
    expect(setup![0]).toBe('npm ci');
    let folder = '';
    for (const line of setup!.slice(1)) {
      const exported = /^export CONTENT_DIR=(\S+)$/.exec(line);
      if (exported) {
        folder = exported[1]!;
        env.CONTENT_DIR = folder;
        continue;
      }
      await run(line);
    }
    expect(folder).not.toBe('');

    // The step the README asks of the editor: replace the remaining TODOs.
    const actorFile = path.join(project, folder, 'actors/first-actor.mdx');
    const actor = (await readFile(actorFile, 'utf8')).replace(
      /^TODO: .*$/m,
      'A country named in the first report. <Cite source="first-report" />',
    );
    expect(actor).not.toContain('TODO');
    await writeFile(actorFile, actor);
    const eventFile = path.join(project, folder, 'events/first-event.mdx');
    let event = await readFile(eventFile, 'utf8');
    event = event
      .replace('  - actor: TODO\n    role: TODO', '  - actor: first-actor\n    role: speaker')
      .replace(
        /^TODO: .*$/m,
        'Something happened, according to the first report. <Cite source="first-report" />',
      );
    expect(event).not.toContain('TODO');
    await writeFile(eventFile, event);

    expect(finish).toEqual(['npm run check', 'npm start']);
    const checked = await run('npm run check');
    expect(checked.stdout).toMatch(/no problems/);
    // `npm start` builds and then serves; the test builds and reads the output.
    await run('npm run build');
    const home = await readFile(path.join(project, 'dist/index.html'), 'utf8');
    expect(home).toContain('<h1>My explainer</h1>');
    const page = await readFile(path.join(project, 'dist/events/first-event/index.html'), 'utf8');
    expect(page).toContain('Something happened');
    expect(page).toContain('href="/actors/first-actor/"');
  });
});
