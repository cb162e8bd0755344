import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const node = path.join(root, 'node_modules/.bin/node');

describe('npm run check', () => {
  test('passes on the real content and says how many files it checked', async () => {
    const { stdout } = await run(node, ['scripts/check.ts'], { cwd: root });
    expect(stdout).toMatch(/^Checked \d+ files: no problems\.$/m);
  });

  test('lists every problem of a folder of bad entries at once and exits non-zero', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'explainer-check-'));
    await cp(path.join(root, 'content'), dir, { recursive: true });
    const fixtures = path.join(root, 'tests/fixtures/invalid');
    const mistakes = await readdir(fixtures);
    for (const mistake of mistakes) {
      await cp(path.join(fixtures, mistake), dir, { recursive: true });
    }
    const failure = await run(node, ['scripts/check.ts', dir], { cwd: root }).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    const lines = failure!.stderr.trim().split('\n');
    expect(lines.at(-1)).toMatch(
      new RegExp(
        `^${mistakes.length} problems in ${mistakes.length} files \\(of \\d+ checked\\)\\.$`,
      ),
    );
    expect(lines).toHaveLength(mistakes.length + 1);
  });
});
