/**
 * Runs the content check on scratch content folders: the real content with some files added,
 * or a folder of given files. Messages name files relative to the scratch folder's parent, so
 * they read `content/events/x.mdx:7: …` as they do for editors.
 */
import { cp, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ContentStore, type ContentReport } from '../../src/checker/store.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { root } from './site.ts';

export interface Scratch {
  /** The scratch folder's parent, which messages are relative to. */
  cwd: string;
  /** The content folder itself. */
  dir: string;
}

/** A copy of the real content (or of `from`) in a new folder named `content`. */
export async function scratchContent(from = 'content'): Promise<Scratch> {
  const cwd = await mkdtemp(path.join(os.tmpdir(), 'explainer-check-'));
  const dir = path.join(cwd, 'content');
  await cp(path.resolve(root, from), dir, { recursive: true });
  return { cwd, dir };
}

/** Writes files into a scratch folder, by path relative to it. */
export async function addFiles(
  scratch: Scratch,
  files: Record<string, string | Buffer>,
): Promise<void> {
  for (const [relative, text] of Object.entries(files)) {
    const file = path.join(scratch.dir, relative);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text);
  }
}

/** Checks a scratch folder. */
export async function check(scratch: Scratch): Promise<ContentReport & { lines: string[] }> {
  const report = await new ContentStore('content', { cwd: scratch.cwd }).load();
  return { ...report, lines: report.problems.map(formatProblem) };
}

/** The real content plus one fixture folder laid over it, checked. */
export async function checkWithFixture(fixture: string) {
  const scratch = await scratchContent();
  await cp(path.join(root, 'tests/fixtures/invalid', fixture), scratch.dir, { recursive: true });
  return check(scratch);
}

/** An event with three mistakes: an impossible date, an unknown actor and an expression. */
export const BROKEN_ENTRY = [
  '---',
  'title: A broken entry',
  'date: 2022-02-30',
  'kind: statement',
  'summary: An entry with three mistakes.',
  'participants:',
  '  - actor: atlantis',
  '    role: speaker',
  'sources: [kyiv-post-2022-07-13]',
  '---',
  '',
  'Some text.',
  'And {1 + 1}.',
  '',
].join('\n');

const BROKEN_ENTRY_PROBLEMS = [
  [3, 'date', 'expected a real date written YYYY, YYYY-MM or YYYY-MM-DD, received "2022-02-30"'],
  [
    7,
    'participants[0].actor',
    'expected the id of an actor in actors/, received "atlantis" (no such file)',
  ],
  [13, 'body', 'expected prose, received a {…} expression (write a literal { as \\{)'],
] as const;

/** The problems of `BROKEN_ENTRY` at `file`, as the terminal shows them. */
export function brokenEntryLines(file: string): string[] {
  return BROKEN_ENTRY_PROBLEMS.map(
    ([line, field, message]) => `${file}:${line}: ${field}: ${message}`,
  );
}

/** The problems of `BROKEN_ENTRY` at `file`, as GitHub's workflow annotations. */
export function brokenEntryAnnotations(file: string): string[] {
  return BROKEN_ENTRY_PROBLEMS.map(
    ([line, field, message]) => `::error file=${file},line=${line},title=${field}::${message}`,
  );
}
