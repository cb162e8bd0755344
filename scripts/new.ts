/**
 * `npm run new -- <actor|event|source> <id> [--field value …] [--content-dir dir]`: writes a
 * stub entry whose fields come from the collection's zod schema, with TODO wherever a value is
 * still needed. Run in a terminal without values, it asks for them; otherwise it takes flags.
 * The stub fails `npm run check` until its TODOs are filled in, and passes once they are.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { siteConfig } from '../src/config.ts';
import { ID_PATTERN } from '../src/lib/ids.ts';
import yaml from 'js-yaml';
import type { z } from 'astro/zod';
import { isPartialDate } from '../src/lib/dates.ts';
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from '../src/schemas/index.ts';
import { PartialDateSchema } from '../src/schemas/shared.ts';

const USAGE = `Usage: npm run new -- <actor|event|source> <id> [--<field> value …] [--content-dir dir]
Example: npm run new -- event ukraine-severs-dprk --title "Ukraine severs relations" --date 2022-07-13`;

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(1);
}

const singulars = new Map(
  COLLECTION_NAMES.map((name) => [COLLECTIONS[name].singular as string, name]),
);
const kindArg = process.argv[2];
const collection: CollectionName | undefined =
  kindArg === undefined ? undefined : singulars.get(kindArg);
if (!collection) {
  fail(
    `Expected the kind of entry first (${[...singulars.keys()].join(', ')}), received ${kindArg ?? 'nothing'}.`,
  );
}

const fields = planStub(collection);
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
if (id === undefined) fail(`Expected an id for the new ${kindArg}, such as "ukraine-mfa".`);
if (!ID_PATTERN.test(id)) {
  fail(
    `Expected a lowercase-kebab id (letters a–z, digits, single hyphens) such as "ukraine-mfa", received "${id}".`,
  );
}

const flags = parsed.values as Record<string, string | string[] | undefined>;
const contentDir = path.resolve(
  (flags['content-dir'] as string | undefined) ?? siteConfig.contentDir,
);
const { extension, singular } = COLLECTIONS[collection];
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

function unwrap(schema: AnySchema): AnySchema {
  const { def } = schema._zod;
  if (def.type === 'optional' || def.type === 'default') return unwrap(def.innerType as AnySchema);
  return schema;
}

function describe(schema: AnySchema): string | undefined {
  if (schema === (PartialDateSchema as unknown)) return 'YYYY, YYYY-MM or YYYY-MM-DD';
  const { def } = schema._zod;
  if (def.type === 'enum') return `one of ${Object.keys(def.entries as object).join(', ')}`;
  return undefined;
}

/** The fields of a collection in schema order, which is the order entries are written in. */
function planStub(name: CollectionName): Field[] {
  const shape = COLLECTIONS[name].schema.shape as unknown as Record<string, AnySchema>;
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
    return { key, required, list: false, askable: true, hint: describe(schema) };
  });
}

function scalar(value: string): string {
  // Dates stay unquoted, as editors write them; anything else is quoted only if YAML needs it.
  if (isPartialDate(value)) return value;
  return yaml.dump(value, { lineWidth: -1 }).trimEnd();
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
  if (COLLECTIONS[name].extension === '.yaml') return `${frontmatter}\n`;
  const sources = given.sources;
  const cite = Array.isArray(sources) && sources[0] ? sources[0] : 'TODO';
  return `---\n${frontmatter}\n---\n\nTODO: write what the sources say, in neutral words, and cite each statement. <Cite source="${cite}" />\n`;
}
