/**
 * Each content file's first and last commit dates from git, read in ONE `git log` over the
 * content folder for the whole build rather than one process per page. Outside a git
 * checkout, or for files git does not track, there is simply no date. In a shallow clone the
 * oldest commit git has stands in for the first, so CI checks out the whole history.
 */
import { execFileSync } from 'node:child_process';
import type { FileHistory } from '../lib/site.ts';

// A separator no file name contains, marking the start of each commit's block.
const COMMIT = '\u001e';

/** The output format `parseGitLog` reads: a marker, then the committer date. */
export const GIT_LOG_FORMAT = `${COMMIT}%cI`;

/**
 * Reads `git log --name-only --format=<GIT_LOG_FORMAT>` output (newest commit first) into
 * the first and newest commit dates of each file.
 */
export function parseGitLog(output: string): Map<string, FileHistory> {
  const history = new Map<string, FileHistory>();
  for (const block of output.split(COMMIT)) {
    const [date, ...files] = block.split('\n').map((line) => line.trim());
    if (!date) continue;
    for (const file of files) {
      if (!file) continue;
      const known = history.get(file);
      // Older commits come later, so each one moves the file's first date back.
      if (known) known.created = date;
      else history.set(file, { created: date, updated: date });
    }
  }
  return history;
}

/**
 * The first and newest commit dates of each file under `dir`, keyed by path relative to `dir`
 * (`events/some-event.mdx`). Empty when git is missing or `dir` is not tracked.
 */
export function readFileHistory(dir: string): Map<string, FileHistory> {
  try {
    const output = execFileSync(
      'git',
      ['-C', dir, 'log', '--relative', '--name-only', `--format=${GIT_LOG_FORMAT}`, '--', '.'],
      { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] },
    );
    return parseGitLog(output);
  } catch {
    return new Map();
  }
}
