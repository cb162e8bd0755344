import { execFile } from 'node:child_process';
import { cp, readdir } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { scratchContent } from '../helpers/check.ts';
import { root } from '../helpers/site.ts';

const run = promisify(execFile);
const node = path.join(root, 'node_modules/.bin/node');
const script = path.join(root, 'scripts/check.ts');

/** The fixtures that lay one mistake over the real content (and keep its topic file). */
async function overlayFixtures(): Promise<string[]> {
  const fixtures = await readdir(path.join(root, 'tests/fixtures/invalid'));
  return fixtures.filter((name) => name !== 'missing-topic');
}

describe('npm run check', () => {
  test('passes on the real content and says how many files it checked', async () => {
    const { stdout } = await run(node, [script], { cwd: root });
    expect(stdout).toMatch(/^Checked \d+ files: no problems\.$/m);
  });

  test('lists every problem of a folder of bad entries at once and exits non-zero', async () => {
    const scratch = await scratchContent();
    const mistakes = await overlayFixtures();
    for (const mistake of mistakes) {
      await cp(path.join(root, 'tests/fixtures/invalid', mistake), scratch.dir, {
        recursive: true,
      });
    }
    const failure = await run(node, [script, 'content'], { cwd: scratch.cwd }).then(
      () => undefined,
      (error: { code: number; stderr: string; stdout: string }) => error,
    );
    expect(failure?.code).toBe(1);
    const lines = failure!.stderr.trim().split('\n');
    expect(lines.at(-1)).toMatch(
      new RegExp(
        `^${mistakes.length} problems in ${mistakes.length} files \\(of \\d+ checked\\)\\.$`,
      ),
    );
    expect(lines).toHaveLength(mistakes.length + 1);
    for (const line of lines.slice(0, -1))
      expect(line).toMatch(/^content\/\S+:\d+: \S+: .*expected /);
    expect(failure!.stdout).toBe('');
  });

  test('under GitHub Actions, also prints each problem as an annotation on its line', async () => {
    const scratch = await scratchContent();
    await cp(path.join(root, 'tests/fixtures/invalid/impossible-date'), scratch.dir, {
      recursive: true,
    });
    const failure = await run(node, [script, 'content'], {
      cwd: scratch.cwd,
      env: { ...process.env, GITHUB_ACTIONS: 'true' },
    }).then(
      () => undefined,
      (error: { stdout: string }) => error,
    );
    expect(failure!.stdout).toBe(
      '::error file=content/events/impossible-date.mdx,line=3,title=date::expected a real date written YYYY, YYYY-MM or YYYY-MM-DD, received "2022-13-45"\n',
    );
  });
});
