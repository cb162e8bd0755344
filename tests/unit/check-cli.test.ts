import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import {
  BROKEN_ENTRY,
  brokenEntryAnnotations,
  brokenEntryLines,
  check,
  scratchContent,
} from '../helpers/check.ts';
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
    // The same problems the check finds in process, one line each, then the summary.
    const { lines, problems } = await check(scratch);
    const files = new Set(problems.map((problem) => problem.file)).size;
    expect(files).toBeGreaterThanOrEqual(mistakes.length);
    expect(failure!.stderr.trim().split('\n')).toEqual([
      ...lines,
      expect.stringMatching(
        new RegExp(`^${lines.length} problems in ${files} files \\(of \\d+ checked\\)\\.$`),
      ),
    ]);
    for (const line of lines) expect(line).toMatch(/^content\/\S+:\d+: \S+: .*expected /);
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

  test('through npm run check under GitHub Actions, prints exactly one annotation per problem of a broken entry, on its line', async () => {
    // Inside the project, as content is in a pull request, so that paths read as GitHub needs.
    await mkdir(path.join(root, '.cache'), { recursive: true });
    const work = await mkdtemp(path.join(root, '.cache', 'annotations-'));
    try {
      const content = path.join(work, 'content');
      await cp(path.join(root, 'content'), content, { recursive: true });
      await writeFile(path.join(content, 'events/broken-entry.mdx'), BROKEN_ENTRY);
      const folder = path.relative(root, content).split(path.sep).join('/');
      const failure = await run('npm', ['run', '--silent', 'check', '--', folder], {
        cwd: root,
        env: { ...process.env, GITHUB_ACTIONS: 'true' },
      }).then(
        () => undefined,
        (error: { code: number; stdout: string; stderr: string }) => error,
      );
      expect(failure?.code).toBe(1);
      const file = `${folder}/events/broken-entry.mdx`;
      expect(failure!.stdout).toBe(
        brokenEntryAnnotations(file)
          .map((line) => `${line}\n`)
          .join(''),
      );
      expect(failure!.stderr).toContain(
        [...brokenEntryLines(file), '3 problems in 1 file (of '].join('\n'),
      );
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });
});
