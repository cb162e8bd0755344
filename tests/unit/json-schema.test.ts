import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { folderJsonSchemas } from '../../src/checker/json-schemas.ts';
import { isPartialDate } from '../../src/lib/dates.ts';
import { collectionSchemas } from '../../src/schemas/index.ts';
import { editorJsonSchema, frontmatterOnly } from '../../src/schemas/json-schema.ts';
import { root } from '../helpers/site.ts';

/** The content folders whose JSON Schemas are committed. */
const FOLDERS = ['content', 'examples/saudi-iran'];

interface JsonSchema {
  type?: string | string[];
  description?: string;
  pattern?: string;
  enum?: string[];
  errorMessage?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  additionalProperties?: boolean | JsonSchema;
  required?: string[];
}

async function generated(folder: string): Promise<Map<string, JsonSchema>> {
  const schemas = await folderJsonSchemas(folder, root);
  return new Map(schemas.map(({ file, text }) => [file, JSON.parse(text) as JsonSchema]));
}

const content = await generated('content');
const schemaOf = (file: string): JsonSchema => {
  const schema = content.get(file);
  if (!schema) throw new Error(`no ${file}`);
  return schema;
};

/** Every property anywhere in a schema, by its path, such as `roles[].title`. */
function properties(schema: JsonSchema, at = ''): [string, JsonSchema][] {
  const found: [string, JsonSchema][] = [];
  for (const [key, value] of Object.entries(schema.properties ?? {})) {
    const name = at ? `${at}.${key}` : key;
    found.push([name, value], ...properties(value, name));
    if (value.items) found.push(...properties(value.items, `${name}[]`));
    if (typeof value.additionalProperties === 'object') {
      found.push(...properties(value.additionalProperties, `${name}.*`));
    }
  }
  return found;
}

describe('the JSON Schemas of a content folder', () => {
  test.each(FOLDERS)(
    'are committed in %s/schemas/ as npm run schemas writes them',
    async (folder) => {
      const fresh = await folderJsonSchemas(folder, root);
      const committed = (await readdir(path.join(root, folder, 'schemas'))).sort();
      expect(committed).toEqual(fresh.map(({ file }) => file).sort());
      for (const { file, text } of fresh) {
        const onDisk = await readFile(path.join(root, folder, 'schemas', file), 'utf8');
        expect(
          onDisk,
          `${folder}/schemas/${file} (run npm run schemas -- --content-dir ${folder})`,
        ).toBe(text);
      }
    },
  );

  test('cover the topic, entries, sources, translations and interface text', () => {
    expect([...content.keys()].sort()).toEqual([
      'actor-translation.schema.json',
      'actor.schema.json',
      'event-translation.schema.json',
      'event.schema.json',
      'locale.schema.json',
      'source-translation.schema.json',
      'source.schema.json',
      'topic-translation.schema.json',
      'topic.schema.json',
    ]);
  });

  test('describe every field, however deep', () => {
    for (const [file, schema] of content) {
      for (const [name, property] of properties(schema)) {
        expect(property.description, `${file}: ${name}`).toEqual(expect.any(String));
      }
    }
  });

  test('describe every frontmatter field of each collection and nothing else', () => {
    const schemas = collectionSchemas({ actorKinds: [], eventKinds: [], relationTypes: [] });
    for (const [file, schema] of [
      ['actor.schema.json', schemas.actors],
      ['event.schema.json', schemas.events],
      ['source.schema.json', schemas.sources],
    ] as const) {
      const json = schemaOf(file);
      expect(Object.keys(json.properties ?? {}).sort(), file).toEqual(
        Object.keys(schema.shape).sort(),
      );
      expect(json.additionalProperties, file).toBe(false);
    }
  });

  test('leave fields with defaults optional, as an editor writes them', () => {
    const actor = schemaOf('actor.schema.json');
    expect(actor.required).toContain('name');
    expect(actor.required).not.toContain('aliases');
  });

  test("take the kinds from the folder's own topic, with a message naming the field", async () => {
    const example = await generated('examples/saudi-iran');
    const kind = schemaOf('event.schema.json').properties?.kind;
    const exampleKind = example.get('event.schema.json')?.properties?.kind;
    expect(kind?.enum).toContain('recognition');
    expect(exampleKind?.enum).toContain('ambassador-recall');
    expect(exampleKind?.enum).not.toContain('recognition');
    expect(kind?.errorMessage).toMatch(/^kind: expected one of recognition, /);
    expect(schemaOf('actor.schema.json').properties?.kind?.errorMessage).toMatch(/^kind: /);
  });

  test('name the field in the message for a value that does not fit', () => {
    for (const [file, schema] of content) {
      for (const [name, property] of properties(schema)) {
        if (!property.pattern && !property.enum) continue;
        const field = name.split('.').at(-1)?.replace('[]', '');
        expect(property.errorMessage, `${file}: ${name}`).toMatch(new RegExp(`^${field}: `));
      }
    }
  });
});

describe('the JSON Schemas of a partial date', () => {
  const date = schemaOf('event.schema.json').properties?.date;
  // JSON Schema patterns are ECMA-262; editors compile them with the `u` flag.
  const pattern = new RegExp(date?.pattern ?? '$^', 'u');

  test('accept a bare year as a YAML integer, and the written forms as strings', () => {
    expect(date?.type).toEqual(['string', 'integer']);
    for (const good of [
      '2014',
      '2022-02',
      '2022-07-13',
      '2022-01-31',
      '2022-04-30',
      '2024-02-29',
    ]) {
      expect(good).toMatch(pattern);
    }
  });

  test('refuse impossible months and days', () => {
    for (const bad of [
      '0000',
      '2022-13',
      '2022-00',
      '13 July 2022',
      '2022-7-1',
      '2022-01-00',
      '2022-01-32',
      '2022-02-30',
      '2022-04-31',
      '2022-06-31',
      '2022-09-31',
      '2022-11-31',
    ]) {
      expect(bad).not.toMatch(pattern);
    }
  });

  test('agree with isPartialDate on every month and day, but for 29 February in common years', () => {
    const two = (n: number) => String(n).padStart(2, '0');
    for (const year of ['0000', '0001', '1900', '2000', '2023', '2024']) {
      expect(pattern.test(year), year).toBe(isPartialDate(year));
      for (let month = 0; month <= 13; month++) {
        expect(pattern.test(`${year}-${two(month)}`)).toBe(isPartialDate(`${year}-${two(month)}`));
        for (let day = 0; day <= 32; day++) {
          const value = `${year}-${two(month)}-${two(day)}`;
          // The check refuses 29 February in common years; the pattern would have to list leap years.
          if (month === 2 && day === 29 && year !== '0000') expect(value).toMatch(pattern);
          else expect(pattern.test(value), value).toBe(isPartialDate(value));
        }
      }
    }
  });

  test('are the same for every date field', () => {
    const source = schemaOf('source.schema.json').properties;
    const roles = schemaOf('actor.schema.json').properties?.roles?.items?.properties;
    for (const other of [source?.published, source?.accessed, roles?.start, roles?.end]) {
      expect(other?.pattern).toBe(date?.pattern);
      expect(other?.type).toEqual(date?.type);
    }
  });
});

describe('the JSON Schema of a source', () => {
  test('only accepts http and https URLs', () => {
    const url = schemaOf('source.schema.json').properties?.url;
    const pattern = new RegExp(url?.pattern ?? '$^', 'u');
    expect('https://www.kyivpost.com/post/2278').toMatch(pattern);
    expect('javascript:alert(1)').not.toMatch(pattern);
  });
});

describe('frontmatterOnly', () => {
  test('gives a schema extended with derived fields the JSON Schema of the frontmatter alone', () => {
    const frontmatter = collectionSchemas({
      actorKinds: [],
      eventKinds: [],
      relationTypes: [],
    }).events;
    const extended = frontmatter
      .extend({ references: z.array(z.string()) })
      .meta(frontmatterOnly(frontmatter));
    expect(editorJsonSchema(extended)).toEqual(editorJsonSchema(frontmatter));
  });
});
