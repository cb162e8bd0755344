/**
 * `npm run new -- <actor|event|source> <id> [--field value …] [--content-dir dir]`: writes a
 * stub entry whose fields come from the collection's schema under the content folder's topic
 * file, with TODO wherever a value is still needed. Run in a terminal without values, it asks
 * for them; otherwise it takes flags. The stub fails `npm run check` until its TODOs are
 * filled in, and passes once they are.
 *
 * `npm run new -- topic <folder> [--title …] [--description …] [--language en]`: starts a new
 * explainer in an empty folder, with a topic file to edit (see CONTRIBUTING.md).
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import type { z } from 'astro/zod';
import { stringify } from 'yaml';
import { siteConfig } from '../src/config.ts';
import { isPartialDate } from '../src/lib/dates.ts';
import { ID_PATTERN } from '../src/lib/ids.ts';
import {
  COLLECTION_FOLDERS,
  COLLECTION_NAMES,
  TOPIC_FILE,
  isRefusal,
  placeItem,
  type CollectionName,
} from '../src/lib/content/layout.ts';
import { parseTopicFile } from '../src/lib/content/parse.ts';
import { collectionSchemas, type Topic } from '../src/schemas/index.ts';
import { schemaModeline } from '../src/schemas/json-schema.ts';
import { PartialDateSchema } from '../src/schemas/shared.ts';
import { writeFolderJsonSchemas } from '../src/checker/json-schemas.ts';
import { topicStarter } from './topic-starter.ts';

const USAGE = `Usage: npm run new -- <actor|event|source> <id> [--<field> value …] [--content-dir dir]
       npm run new -- topic <folder> [--title "…"] [--description "…"] [--language en]
Example: npm run new -- event some-event --title "Something happened" --date 2022-07-13`;

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(1);
}

const kindArg = process.argv[2];
if (kindArg === 'topic') {
  await newTopic(process.argv.slice(3));
  process.exit(0);
}

const singulars = new Map(
  COLLECTION_NAMES.map((name) => [COLLECTION_FOLDERS[name].singular as string, name]),
);
const collection: CollectionName | undefined =
  kindArg === undefined ? undefined : singulars.get(kindArg);
if (!collection) {
  fail(
    `Expected the kind of entry first (${[...singulars.keys()].join(', ')}, or topic), received ${kindArg ?? 'nothing'}.`,
  );
}

const contentArg = parseArgs({
  args: process.argv.slice(3),
  options: { 'content-dir': { type: 'string' } },
  strict: false,
  allowPositionals: true,
}).values['content-dir'];
const contentDir = path.resolve(
  typeof contentArg === 'string' ? contentArg : siteConfig.contentDir,
);
const topic = await readTopic(contentDir);
const fields = planStub(collection, topic);
const options = Object.fromEntries([
  ['content-dir', { type: 'string' as const }],
  ...fields.map((field) => [field.key, { type: 'string' as const, multiple: field.list }]),
]);
let parsed;
try {
  parsed = parseArgs({
    args: process.argv.slice(3),
    options,
    allowPositionals: true,
    strict: true,
  });
} catch (error) {
  fail((error as Error).message);
}
const id = parsed.positionals[0];
if (id === undefined) fail(`Expected an id for the new ${kindArg}, such as "some-${kindArg}".`);
if (!ID_PATTERN.test(id)) {
  fail(
    `Expected a lowercase-kebab id (letters a–z, digits, single hyphens) such as "some-${kindArg}", received "${id}".`,
  );
}

const flags = parsed.values as Record<string, string | string[] | undefined>;
const { extension, singular } = COLLECTION_FOLDERS[collection];
// The check's own rules for a file name (length, ids the site's pages use, names Windows
// reserves), so the scaffolder never writes a file the check would then refuse.
const placement = placeItem(`${collection}/${id}${extension}`, 'file');
if (isRefusal(placement)) fail(`Expected ${placement.message.replace(/^expected /, '')}.`);
const file = path.join(contentDir, collection, `${id}${extension}`);
const shown = path.relative(process.cwd(), file);
const article = /^[aeiou]/.test(singular) ? 'An' : 'A';
if (existsSync(file))
  fail(`${article} ${singular} with the id "${id}" already exists: ${shown}. Choose another id.`);

const values: Record<string, string | string[]> = {};
for (const field of fields) {
  const value = flags[field.key];
  if (value !== undefined)
    values[field.key] = field.list ? [value].flat().flatMap(splitList) : (value as string);
}

// Ask only when someone is at the terminal and gave no values; scripts and CI never wait.
if (process.stdin.isTTY && process.stdout.isTTY && Object.keys(values).length === 0) {
  Object.assign(values, await ask(fields));
}

await mkdir(path.dirname(file), { recursive: true });
await writeFile(file, renderStub(collection, fields, values), { flag: 'wx' });
console.log(`Wrote ${shown}. Replace every TODO, then run \`npm run check\`.`);

/** The content folder's topic, which says what kinds an entry may have. */
async function readTopic(dir: string): Promise<Topic> {
  const topicFile = path.join(dir, TOPIC_FILE);
  const text = await readFile(topicFile, 'utf8').catch(() => undefined);
  if (text === undefined) {
    fail(
      `Expected a topic file at ${path.relative(process.cwd(), topicFile)}. Start a topic with \`npm run new -- topic <folder>\`.`,
    );
  }
  const parsedTopic = parseTopicFile({
    path: path.relative(process.cwd(), topicFile),
    relative: TOPIC_FILE,
    placement: { role: 'topic' },
    text,
  });
  if (!parsedTopic.valid) {
    fail(`The topic file has problems; run \`npm run check\` and fix them first.`);
  }
  return parsedTopic.data as Topic;
}

/** Writes a new content folder with a topic file to edit. */
async function newTopic(args: string[]): Promise<void> {
  let given;
  try {
    given = parseArgs({
      args,
      options: {
        title: { type: 'string' },
        description: { type: 'string' },
        language: { type: 'string' },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    fail((error as Error).message);
  }
  const folder = given.positionals[0];
  if (folder === undefined)
    fail('Expected the folder of the new topic, such as "explainers/my-topic".');
  const dir = path.resolve(folder);
  const existing = await readdir(dir).catch(() => []);
  if (existing.length > 0)
    fail(`Expected a new or empty folder, received ${folder}, which has files.`);
  await mkdir(dir, { recursive: true });
  for (const name of COLLECTION_NAMES) await mkdir(path.join(dir, name), { recursive: true });
  const files = topicStarter({
    title: given.values.title,
    description: given.values.description,
    language: given.values.language ?? 'en',
  });
  for (const [name, text] of Object.entries(files))
    await writeFile(path.join(dir, name), text, { flag: 'wx' });
  // The JSON Schemas that the topic file's first line, and each source's, point editors at.
  await writeFolderJsonSchemas(dir);
  const shownDir = path.relative(process.cwd(), dir) || '.';
  console.log(
    [
      `Wrote ${shownDir}/${TOPIC_FILE}. Next:`,
      `  1. Edit ${shownDir}/${TOPIC_FILE}: the title, the kinds of actor and event, the relations.`,
      `     After changing the kinds, run: npm run schemas -- --content-dir ${shownDir}`,
      `  2. Add entries: CONTENT_DIR=${shownDir} npm run new -- source <id>   (then actor, event)`,
      `  3. Check and preview: CONTENT_DIR=${shownDir} npm run check && CONTENT_DIR=${shownDir} npm start`,
    ].join('\n'),
  );
}

function splitList(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

async function ask(askFields: Field[]): Promise<Record<string, string | string[]>> {
  const answers: Record<string, string | string[]> = {};
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  // Reading lines from the iterator, not question(), keeps lines pasted all at once.
  const lines = prompt[Symbol.asyncIterator]();
  console.log('Press Enter to leave a field as TODO.');
  try {
    for (const field of askFields) {
      if (!field.askable) continue;
      prompt.setPrompt(`${field.key}${field.hint ? ` (${field.hint})` : ''}: `);
      prompt.prompt();
      const line = await lines.next();
      if (line.done) break;
      const answer = String(line.value).trim();
      if (answer !== '') answers[field.key] = field.list ? splitList(answer) : answer;
    }
  } finally {
    prompt.close();
  }
  return answers;
}

/** One top-level frontmatter field, as read from the collection's zod schema. */
interface Field {
  key: string;
  /** Whether the entry is invalid without it. */
  required: boolean;
  /** A list of plain values (ids, aliases), given comma-separated or by repeating the flag. */
  list: boolean;
  /** A single value or a list of plain values, so it can be asked for at the terminal. */
  askable: boolean;
  /** What to write, for the prompt and the stub's comment. */
  hint?: string;
  /** For a list of objects, the keys each item needs. */
  itemKeys?: string[];
}

type AnySchema = z.ZodType & { _zod: { def: Record<string, unknown> & { type: string } } };

function unwrapOptional(schema: AnySchema): AnySchema {
  const { def } = schema._zod;
  if (def.type === 'optional' || def.type === 'default') {
    return unwrapOptional(def.innerType as AnySchema);
  }
  return schema;
}

function unwrap(schema: AnySchema): AnySchema {
  const inner = unwrapOptional(schema);
  const { def } = inner._zod;
  // A list with a check on its items (no repeats) is the list itself.
  if (def.type === 'pipe') return unwrap(def.in as AnySchema);
  return inner;
}

/** Whether `schema` is `base`, or made from it by adding metadata or checks. */
function isMadeFrom(schema: AnySchema | undefined, base: unknown): boolean {
  for (let s = schema; s; s = s._zod.parent as AnySchema | undefined) if (s === base) return true;
  return false;
}

function describe(schema: AnySchema): string | undefined {
  if (isMadeFrom(schema, PartialDateSchema)) return 'YYYY, YYYY-MM or YYYY-MM-DD';
  const { def } = schema._zod;
  if (def.type === 'enum') return `one of ${Object.keys(def.entries as object).join(', ')}`;
  if (def.type === 'pipe') return describe(def.in as AnySchema);
  return undefined;
}

/** The fields of a collection in schema order, which is the order entries are written in. */
function planStub(name: CollectionName, topicOf: Topic): Field[] {
  const shape = collectionSchemas(topicOf)[name].shape as unknown as Record<string, AnySchema>;
  return Object.entries(shape).map(([key, declared]) => {
    const schema = unwrap(declared);
    const required = !declared.safeParse(undefined).success;
    const { def } = schema._zod;
    if (def.type === 'array') {
      const element = unwrap(def.element as AnySchema);
      const elementShape = element._zod.def.shape as Record<string, AnySchema> | undefined;
      if (elementShape) {
        const itemKeys = Object.entries(elementShape)
          .filter(([, item]) => !item.safeParse(undefined).success)
          .map(([itemKey]) => itemKey);
        return { key, required, list: false, askable: false, itemKeys };
      }
      return { key, required, list: true, askable: true, hint: 'comma-separated' };
    }
    return { key, required, list: false, askable: true, hint: describe(unwrapOptional(declared)) };
  });
}

function scalar(value: string): string {
  // Dates stay unquoted, as editors write them; anything else is quoted only if YAML needs it.
  if (isPartialDate(value)) return value;
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

/** The stub's text: required fields with TODO values, optional ones listed in a comment. */
function renderStub(
  name: CollectionName,
  stubFields: Field[],
  given: Record<string, string | string[]>,
): string {
  const lines: string[] = [];
  const optional: string[] = [];
  for (const field of stubFields) {
    const value = given[field.key];
    // Every body cites, and every cited source must be listed, so `sources` is always there.
    if (!field.required && value === undefined && field.key !== 'sources') {
      optional.push(field.key);
      continue;
    }
    const comment = field.hint && value === undefined && !field.list ? `  # ${field.hint}` : '';
    if (field.itemKeys) {
      lines.push(`${field.key}:`);
      field.itemKeys.forEach((itemKey, i) =>
        lines.push(`  ${i === 0 ? '-' : ' '} ${itemKey}: TODO`),
      );
    } else if (field.list) {
      const items = Array.isArray(value) && value.length > 0 ? value : ['TODO'];
      lines.push(`${field.key}:`, ...items.map((item) => `  - ${scalar(item)}`));
    } else {
      lines.push(`${field.key}: ${value === undefined ? 'TODO' : scalar(String(value))}${comment}`);
    }
  }
  if (optional.length > 0) lines.push(`# Optional: ${optional.join(', ')}. See CONTRIBUTING.md.`);
  const frontmatter = lines.join('\n');
  if (COLLECTION_FOLDERS[name].extension === '.yaml') {
    return `${schemaModeline(COLLECTION_FOLDERS[name].singular, 1)}\n${frontmatter}\n`;
  }
  const sources = given.sources;
  const cite = Array.isArray(sources) && sources[0] ? sources[0] : 'TODO';
  return `---\n${frontmatter}\n---\n\nTODO: write what the sources say, in neutral words, and cite each statement. <Cite source="${cite}" />\n`;
}
