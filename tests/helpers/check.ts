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
