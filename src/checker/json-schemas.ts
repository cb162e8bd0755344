/**
 * The JSON Schemas of a content folder on disk: read its topic file, make the schemas from it,
 * and write them into the folder's `schemas/`, where editors find them beside the files they
 * describe (see `npm run schemas`).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { SCHEMAS_FOLDER, TOPIC_FILE } from '../lib/content/layout.ts';
import { parseTopicFile } from '../lib/content/parse.ts';
import { formatProblem } from '../lib/content/problems.ts';
import { contentJsonSchemas, type GeneratedSchema } from '../schemas/json-schema.ts';
import type { Topic } from '../schemas/index.ts';
import { shownPath } from './read.ts';

/**
 * The JSON Schemas of the content folder `dir`. They need the topic's kinds and relation types
 * only, so a topic still being written (its title a TODO) has them; a problem in those rejects.
 */
export async function folderJsonSchemas(
  dir: string,
  cwd = process.cwd(),
): Promise<GeneratedSchema[]> {
  const file = path.resolve(cwd, dir, TOPIC_FILE);
  const shown = shownPath(file, cwd);
  const text = await readFile(file, 'utf8').catch(() => {
    throw new Error(`${shown}: expected a topic file, received none`);
  });
  const parsed = parseTopicFile({
    path: shown,
    relative: TOPIC_FILE,
    placement: { role: 'topic' },
    text,
  });
  const topic = parsed.data as Partial<Topic>;
  if (!topic.actorKinds || !topic.eventKinds || !topic.relationTypes) {
    throw new Error(parsed.problems.map(formatProblem).join('\n'));
  }
  return contentJsonSchemas({
    actorKinds: topic.actorKinds,
    eventKinds: topic.eventKinds,
    relationTypes: topic.relationTypes,
  });
}

/** Writes the JSON Schemas of the content folder `dir` into its `schemas/`; returns the paths. */
export async function writeFolderJsonSchemas(dir: string, cwd = process.cwd()): Promise<string[]> {
  const schemas = await folderJsonSchemas(dir, cwd);
  const folder = path.resolve(cwd, dir, SCHEMAS_FOLDER);
  await mkdir(folder, { recursive: true });
  const written: string[] = [];
  for (const { file, text } of schemas) {
    await writeFile(path.join(folder, file), text);
    written.push(shownPath(path.join(folder, file), cwd));
  }
  return written;
}
