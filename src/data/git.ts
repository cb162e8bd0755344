/**
 * Last-updated dates from git, read in ONE `git log` over the content folder for the whole
 * build rather than one process per page. Outside a git checkout, or for files git does not
 * track, there is simply no date.
 */
import { execFileSync } from 'node:child_process';

// A separator no file name contains, marking the start of each commit's block.
const COMMIT = '\u001e';

/** The output format `parseGitLog` reads: a marker, then the committer date. */
export const GIT_LOG_FORMAT = `${COMMIT}%cI`;

/**
 * Reads `git log --name-only --format=<GIT_LOG_FORMAT>` output (newest commit first) into
 * the newest commit date of each file.
 */
export function parseGitLog(output: string): Map<string, string> {
  const dates = new Map<string, string>();
  for (const block of output.split(COMMIT)) {
    const [date, ...files] = block.split('\n').map((line) => line.trim());
    if (!date) continue;
    for (const file of files) if (file && !dates.has(file)) dates.set(file, date);
  }
  return dates;
}

/**
 * The newest commit date of each file under `dir`, keyed by path relative to `dir`
 * (`events/some-event.mdx`). Empty when git is missing or `dir` is not tracked.
 */
export function readLastUpdated(dir: string): Map<string, string> {
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
