/**
 * Lists a content folder and reads its files from disk: the one discovery that the check, the
 * build and the preview server share. Links are never followed (items are classified as
 * `lstat` sees them), folders are not descended into beyond the layout, and files are opened
 * one at a time and only when they are within the size limit.
 */
import type { Dirent } from 'node:fs';
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { lstat, readdir } from 'node:fs/promises';
import path from 'node:path';
import {
  COLLECTION_FOLDERS,
  LOCALES_FOLDER,
  isRefusal,
  placeItem,
  type ItemType,
} from '../lib/content/layout.ts';
import { INPUT_LIMITS } from '../lib/content/limits.ts';
import type { ContentFile } from '../lib/content/parse.ts';
import type { Problem } from '../lib/content/problems.ts';

export interface Listing {
  /** The files to read, as the content folder's layout places them. */
  files: Omit<ContentFile, 'text'>[];
  /** Items refused by the layout rules. */
  problems: Problem[];
}

/** The path editors see: relative to `cwd`, with `/` separators. */
export function shownPath(file: string, cwd: string): string {
  return path.relative(cwd, file).split(path.sep).join('/') || '.';
}

function typeOf(entry: Dirent): ItemType {
  if (entry.isSymbolicLink()) return 'symlink';
  if (entry.isDirectory()) return 'directory';
  if (entry.isFile()) return 'file';
  return 'other';
}

const WALKED = new Set<string>([...Object.keys(COLLECTION_FOLDERS), LOCALES_FOLDER]);

/** Lists the content folder `dir` without reading any file. */
export async function listContent(dir: string, cwd = process.cwd()): Promise<Listing> {
  const root = path.resolve(cwd, dir);
  const files: Listing['files'] = [];
  const problems: Problem[] = [];
  const shown = (relative: string) => shownPath(path.join(root, relative), cwd);
  const stats = await lstat(root).catch(() => undefined);
  if (!stats?.isDirectory()) {
    problems.push({
      file: shownPath(root, cwd),
      line: 1,
      field: 'folder',
      message: `expected a content folder, received ${stats ? (stats.isSymbolicLink() ? 'a symbolic link' : 'a file') : 'nothing (no such folder)'}`,
    });
    return { files, problems };
  }
  const place = (relative: string, type: ItemType) => {
    const placement = placeItem(relative, type);
    if (isRefusal(placement)) {
      problems.push({ file: shown(relative), line: 1, ...placement });
    } else if (placement.role !== 'documentation') {
      files.push({ path: shown(relative), relative, placement });
    }
  };
  const unreadable = (relative: string, error: NodeJS.ErrnoException) =>
    problems.push({
      file: shown(relative),
      line: 1,
      field: 'folder',
      message: `expected a readable folder, received ${error.code ?? error.message}`,
    });
  const entries = await readdir(root, { withFileTypes: true }).catch(
    (error: NodeJS.ErrnoException) => error,
  );
  if (entries instanceof Error) {
    unreadable('', entries);
    return { files, problems };
  }
  for (const entry of entries) {
    const type = typeOf(entry);
    if (type === 'directory' && WALKED.has(entry.name)) {
      const items = await readdir(path.join(root, entry.name), { withFileTypes: true }).catch(
        (error: NodeJS.ErrnoException) => error,
      );
      if (items instanceof Error) {
        unreadable(entry.name, items);
        continue;
      }
      for (const item of items) place(`${entry.name}/${item.name}`, typeOf(item));
    } else {
      place(entry.name, type);
    }
  }
  files.sort((a, b) => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0));
  return { files, problems };
}

const decoder = new TextDecoder('utf-8', { fatal: true });

// `O_NOFOLLOW`: a file swapped for a link after it was listed is still never followed.
// `O_NONBLOCK`: one swapped for a named pipe is refused at once instead of waiting forever
// for a writer; it changes nothing for a plain file.
const READ_FLAGS =
  constants.O_NOFOLLOW === undefined
    ? 'r'
    : constants.O_RDONLY | constants.O_NOFOLLOW | (constants.O_NONBLOCK ?? 0);

/**
 * Reads one listed file as UTF-8 text, refusing it unread when it is larger than a content
 * file may be, or when it is not text.
 *
 * The file is read with synchronous calls, so exactly one file is open at any time, whatever
 * the open-file limit. For the many small files of a content folder that is also many times
 * cheaper than promises: each asynchronous call is a round trip through libuv's thread pool and
 * a FileHandle to collect, which cost more than reading a few kilobytes.
 */
export async function readListed(
  root: string,
  file: Omit<ContentFile, 'text'>,
): Promise<{ file?: ContentFile; problem?: Problem }> {
  return readListedSync(root, file);
}

function readListedSync(
  root: string,
  file: Omit<ContentFile, 'text'>,
): { file?: ContentFile; problem?: Problem } {
  const refuse = (field: string, message: string) => ({
    problem: { file: file.path, line: 1, field, message },
  });
  let fd: number;
  try {
    fd = openSync(path.join(root, file.relative), READ_FLAGS);
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    return refuse('file', `expected a readable file, received ${code ?? message}`);
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return refuse('file', 'expected a plain file, received something else');
    if (stats.size > INPUT_LIMITS.fileBytes) {
      return refuse(
        'file',
        `expected at most ${INPUT_LIMITS.fileBytes} bytes, received ${stats.size}`,
      );
    }
    const bytes = readAll(fd, stats.size);
    if (bytes instanceof Error) {
      const { code, message } = bytes as NodeJS.ErrnoException;
      return refuse('file', `expected a readable file, received ${code ?? message}`);
    }
    if (bytes === GREW) {
      return refuse(
        'file',
        'expected a file that stays the same while it is read, received one that grew',
      );
    }
    let text: string;
    try {
      text = decoder.decode(bytes);
    } catch {
      return refuse('file', 'expected UTF-8 text, received bytes that are not');
    }
    return { file: { ...file, text } };
  } finally {
    closeSync(fd);
  }
}

// One buffer for every read: a content file is at most INPUT_LIMITS.fileBytes long.
let buffer = Buffer.allocUnsafe(64 * 1024);
const GREW = Symbol('grew');

/**
 * The file's bytes: never more than the size measured when it was opened, plus one byte to
 * notice a file that grew meanwhile.
 */
function readAll(fd: number, size: number): Uint8Array | Error | typeof GREW {
  if (buffer.length < size + 1) buffer = Buffer.allocUnsafe(size + 1);
  let length = 0;
  for (;;) {
    let count: number;
    try {
      count = readSync(fd, buffer, length, size + 1 - length, length);
    } catch (error) {
      return error as Error;
    }
    if (count === 0) break;
    length += count;
    if (length === size + 1) return GREW;
  }
  return buffer.subarray(0, length);
}

/** Reads every listed file, one at a time, handing each to `use` as it arrives. */
export async function readEach(
  root: string,
  files: readonly Omit<ContentFile, 'text'>[],
  use: (file: ContentFile) => void,
): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const listed of files) {
    const { file, problem } = readListedSync(root, listed);
    if (problem) problems.push(problem);
    if (file) use(file);
  }
  return problems;
}
