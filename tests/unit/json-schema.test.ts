import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ContentStore } from '../../src/checker/store.ts';
import {
  COLLECTION_FOLDERS,
  COLLECTION_NAMES,
  collectionSchemas,
} from '../../src/schemas/index.ts';
import { collectionJsonSchemas, JSON_SCHEMA_DIR } from '../../src/schemas/json-schema.ts';

const root = path.resolve(import.meta.dirname, '../..');

interface JsonSchema {
  properties: Record<string, { pattern?: string; anyOf?: { pattern?: string }[] }>;
  required: string[];
  additionalProperties: boolean;
}

const { preview } = await new ContentStore('content', { cwd: root }).load();
const topic = preview!.topic;
const generated = new Map(
  collectionJsonSchemas(topic).map(({ file, text }) => [file, JSON.parse(text) as JsonSchema]),
);

describe('collectionJsonSchemas', () => {
  test('the committed schema files equal freshly generated ones (run `npm run schemas`)', async () => {
    for (const { file, text } of collectionJsonSchemas(topic)) {
      const committed = await readFile(path.join(root, JSON_SCHEMA_DIR, file), 'utf8');
      expect(committed, `${JSON_SCHEMA_DIR}/${file}`).toBe(text);
    }
  });

  test('describes every frontmatter field of every collection and nothing else', () => {
    for (const name of COLLECTION_NAMES) {
      const schema = collectionSchemas(topic)[name];
      const { singular } = COLLECTION_FOLDERS[name];
      const json = generated.get(`${singular}.schema.json`);
      expect(Object.keys(json?.properties ?? {}).sort()).toEqual(Object.keys(schema.shape).sort());
      expect(json?.additionalProperties).toBe(false);
    }
  });

  test('leaves fields with defaults optional, as an editor writes them', () => {
    const actor = generated.get('actor.schema.json');
    expect(actor?.required).toContain('name');
    expect(actor?.required).not.toContain('aliases');
  });

  test('describes partial dates by the forms an editor writes', () => {
    const date = generated.get('event.schema.json')?.properties.date;
    const pattern = new RegExp(date?.anyOf?.[0]?.pattern ?? '$^');
    for (const good of ['2014', '2022-02', '2022-07-13']) expect(good).toMatch(pattern);
    for (const bad of ['2022-13', '13 July 2022', '2022-7-1']) expect(bad).not.toMatch(pattern);
  });

  test('only accepts http and https source URLs', () => {
    const pattern = new RegExp(
      generated.get('source.schema.json')?.properties.url?.pattern ?? '$^',
    );
    expect('https://www.kyivpost.com/post/2278').toMatch(pattern);
    expect('javascript:alert(1)').not.toMatch(pattern);
  });
});
