import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ContentFile } from '../lib/content-check.ts';

/**
 * Reads every file below the content folder, including ones in the wrong place, so that the
 * checker can report them. Dotfiles are editor and OS litter, not entries.
 */
export async function readContent(contentDir: string, cwd = process.cwd()): Promise<ContentFile[]> {
  const root = path.resolve(cwd, contentDir);
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
  return Promise.all(
    files.map(async (file) => ({
      path: path.relative(cwd, file).split(path.sep).join('/'),
      relative: path.relative(root, file).split(path.sep).join('/'),
      text: await readFile(file, 'utf8'),
    })),
  );
}
