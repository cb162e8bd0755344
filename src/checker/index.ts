import { checkContent, formatProblem, type Problem } from '../lib/content-check.ts';
import { readContent } from './read-content.ts';

export interface CheckReport {
  files: number;
  problems: Problem[];
  lines: string[];
}

/** Reads and checks a content folder; the report lists every problem, one line each. */
export async function checkContentDir(
  contentDir: string,
  cwd = process.cwd(),
): Promise<CheckReport> {
  const files = await readContent(contentDir, cwd);
  const problems = checkContent(files);
  return { files: files.length, problems, lines: problems.map(formatProblem) };
}

/** The closing line of a report, for the terminal. */
export function summarise(report: CheckReport): string {
  if (report.problems.length === 0) return `Checked ${report.files} files: no problems.`;
  const files = new Set(report.problems.map((p) => p.file)).size;
  const s = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${s(report.problems.length, 'problem')} in ${s(files, 'file')} (of ${report.files} checked).`;
}
