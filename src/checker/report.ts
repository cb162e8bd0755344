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

/** Every problem as one line for the terminal. */
export function reportLines(problems: readonly Problem[]): string[] {
  return problems.map(formatProblem);
}

/**
 * Under GitHub Actions, every problem as a workflow annotation, which GitHub shows on the
 * problem's line in the pull request's diff; elsewhere nothing.
 */
export function annotations(
  problems: readonly Problem[],
  env: NodeJS.ProcessEnv = process.env,
): string[] {
  return env.GITHUB_ACTIONS === 'true' ? problems.map(githubAnnotation) : [];
}
