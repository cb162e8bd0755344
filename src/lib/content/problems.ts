/**
 * A problem found in the content, and the two ways it is shown: one line in a terminal, and a
 * workflow annotation that GitHub shows on the line of the pull request's diff.
 */

export interface Problem {
  /** The file's path as shown to the editor, relative to the project: `content/events/x.mdx`. */
  file: string;
  /** The 1-based line the problem is on; 1 when it concerns the whole file. */
  line: number;
  /** The field, such as `participants[0].actor`, or `body`, `id`, `file`. */
  field: string;
  /** What was expected and what was found: `expected …, received …`. */
  message: string;
  /** A warning is shown but does not fail the check. Default: an error. */
  level?: 'error' | 'warning';
}

// Control characters, and the line and paragraph separators, would break a message across
// lines or hide part of it, and bidirectional controls would reorder the rest of the line;
// they are shown as escapes instead.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

/** Text made safe to print on one line: control characters become `\n`-style escapes. */
export function oneLine(text: string): string {
  return text.replace(UNPRINTABLE, (char) => {
    const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
    return named[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

// A message quotes what the editor wrote, and a hostile file can write a field name or a
// value of many kilobytes: what is shown of them is cut short.
const MAX_FIELD = 120;
const MAX_MESSAGE = 600;

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** `content/events/x.mdx:7: date: expected …, received …` */
export function formatProblem(problem: Problem): string {
  const prefix = problem.level === 'warning' ? 'warning: ' : '';
  const field = oneLine(clip(problem.field, MAX_FIELD));
  return `${oneLine(problem.file)}:${problem.line}: ${prefix}${field}: ${oneLine(clip(problem.message, MAX_MESSAGE))}`;
}

/** Orders problems by file, then line, so an editor can fix one file from top to bottom. */
export function compareProblems(a: Problem, b: Problem): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line;
}

// GitHub's workflow commands: data escapes %, CR and LF; properties also escape : and ,.
// https://docs.github.com/actions/reference/workflows-and-actions/workflow-commands
const escapeData = (text: string) =>
  text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) =>
  escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * `::error file=content/events/x.mdx,line=7,title=date::expected …`: under GitHub Actions each
 * problem then shows on its line in the pull request's diff.
 */
export function githubAnnotation(problem: Problem): string {
  const command = problem.level === 'warning' ? 'warning' : 'error';
  const properties = [
    `file=${escapeProperty(problem.file)}`,
    `line=${problem.line}`,
    `title=${escapeProperty(clip(problem.field, MAX_FIELD))}`,
  ].join(',');
  return `::${command} ${properties}::${escapeData(clip(problem.message, MAX_MESSAGE))}`;
}

/** Problems that fail the check; warnings do not. */
export function errorsOf(problems: readonly Problem[]): Problem[] {
  return problems.filter((problem) => problem.level !== 'warning');
}
