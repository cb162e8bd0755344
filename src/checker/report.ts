/** How a check's result is printed: one line per problem, and a closing summary. */
import { errorsOf, formatProblem, githubAnnotation, type Problem } from '../lib/content/problems.ts';
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

/**
 * Every problem as a line for the terminal, and under GitHub Actions also as a workflow
 * annotation, which GitHub shows on the problem's line in the pull request.
 */
export function reportLines(problems: readonly Problem[], env: NodeJS.ProcessEnv = process.env): string[] {
  const lines = problems.map(formatProblem);
  if (env.GITHUB_ACTIONS === 'true') lines.push(...problems.map(githubAnnotation));
  return lines;
}
