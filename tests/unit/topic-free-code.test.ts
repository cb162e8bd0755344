/**
 * The generator names no topic: the first explainer's words appear in its content and tests,
 * never in the code that builds any explainer. This is the search the project's acceptance
 * runs over `src` and `scripts`.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { root } from '../helpers/site.ts';

const TOPIC_WORDS =
  /recogni|sever|dprk|ukrain|korea|donetsk|luhansk|syria|russia|kuleba|putin|pyongyang/i;

async function codeFiles(folder: string): Promise<string[]> {
  const entries = await readdir(path.join(root, folder), { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && /\.(ts|astro)$/.test(entry.name))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)));
}

describe('the code of the generator', () => {
  test('names none of the first topic’s words in src/ or scripts/', async () => {
    const found: string[] = [];
    for (const file of [...(await codeFiles('src')), ...(await codeFiles('scripts'))]) {
      const lines = (await readFile(path.join(root, file), 'utf8')).split('\n');
      lines.forEach((line, i) => {
        if (TOPIC_WORDS.test(line)) found.push(`${file}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(found).toEqual([]);
  });
});
