/** How a check's result is printed: one line per problem, and a closing summary. */
import {
  errorsOf,
  formatProblem,
  githubAnnotation,
  type Problem,
} from '../lib/content/problems.ts';
import type { ContentReport } from './store.ts';

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The closing line of a report. */
export function summarise(report: ContentReport): string {
  const errors = errorsOf(report.problems);
  const warnings = report.problems.length - errors.length;
  const warned = warnings > 0 ? `; ${count(warnings, 'warning')}` : '';
  if (errors.length === 0) return `Checked ${count(report.files, 'file')}: no problems${warned}.`;
  const files = new Set(errors.map((p) => p.file)).size;
  return `${count(errors.length, 'problem')} in ${count(files, 'file')} (of ${report.files} checked)${warned}.`;
}

/** Problems listed for one file at most: a file of thousands of mistakes is fixed from the top. */
export const PROBLEMS_PER_FILE = 50;

/**
 * The problems to show: at most `PROBLEMS_PER_FILE` of each file, the rest summed up in one
 * more line, so that a broken or hostile file cannot flood the terminal or the pull request.
 * Problems come sorted by file.
 */
export function shownProblems(problems: readonly Problem[]): Problem[] {
  const shown: Problem[] = [];
  let file: string | undefined;
  let count = 0;
  let hidden = 0;
  const flush = () => {
    const last = shown.at(-1);
    if (hidden > 0 && last) {
      shown.push({
        file: last.file,
        line: last.line,
        field: 'file',
        message: `expected at most ${PROBLEMS_PER_FILE} problems listed for one file, received ${hidden} more (fix these and check again)`,
      });
    }
    hidden = 0;
  };
  for (const problem of problems) {
    if (problem.file !== file) {
      flush();
      file = problem.file;
      count = 0;
    }
    count += 1;
    if (count <= PROBLEMS_PER_FILE) shown.push(problem);
    else hidden += 1;
  }
  flush();
  return shown;
}

/** Every problem as one line for the terminal. */
export function reportLines(problems: readonly Problem[]): string[] {
  return shownProblems(problems).map(formatProblem);
}

/**
 * Under GitHub Actions, every problem as a workflow annotation, which GitHub shows on the
 * problem's line in the pull request's diff; elsewhere nothing.
 */
export function annotations(
  problems: readonly Problem[],
  env: NodeJS.ProcessEnv = process.env,
): string[] {
  return env.GITHUB_ACTIONS === 'true' ? shownProblems(problems).map(githubAnnotation) : [];
}
