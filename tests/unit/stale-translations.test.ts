import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ContentStore } from '../../src/checker/store.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { scratchContent } from '../helpers/check.ts';

/** Commits everything in `cwd` at the given date, as git would have recorded it then. */
function commitAt(cwd: string, date: string, message: string): void {
  const env = { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], {
      cwd,
      env,
      stdio: 'ignore',
    });
  git('add', '-A');
  git('commit', '-q', '-m', message);
}

describe('the check on a translation older than its base entry', () => {
  test('warns, naming the translation, the base entry and both dates, and still passes', async () => {
    const scratch = await scratchContent();
    execFileSync('git', ['init', '-q'], { cwd: scratch.cwd });
    commitAt(scratch.cwd, '2026-01-10T12:00:00Z', 'Content with its translations');
    const base = path.join(scratch.dir, 'events/ukraine-severs-syria.mdx');
    const { readFile } = await import('node:fs/promises');
    await writeFile(
      base,
      `${await readFile(base, 'utf8')}\nA sentence added later. <Cite source="anadolu-2022-06-30" />\n`,
    );
    commitAt(scratch.cwd, '2026-03-02T12:00:00Z', 'A change to the base entry only');

    const report = await new ContentStore('content', { cwd: scratch.cwd, history: true }).load();
    expect(report.model).toBeDefined();
    expect(report.problems.map(formatProblem)).toEqual([
      'content/events/ukraine-severs-syria.uk.mdx:1: warning: file: expected a translation as recent as events/ukraine-severs-syria.mdx, received one last changed 2026-01-10, before that entry (2026-03-02): check that it still says the same',
    ]);
  });

  test('says nothing without history to judge by', async () => {
    const scratch = await scratchContent();
    const report = await new ContentStore('content', { cwd: scratch.cwd, history: true }).load();
    expect(report.problems).toEqual([]);
  });
});
