/**
 * `npm run schemas`: writes `schemas/<collection>.schema.json`, the JSON Schema of each
 * collection's frontmatter, generated from the zod schemas in `src/schemas` so that editors
 * can autocomplete and validate entries. A unit test fails when the committed files differ
 * from what this generates, so they cannot drift from the schemas.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ContentStore } from '../src/checker/store.ts';
import { collectionJsonSchemas } from '../src/schemas/json-schema.ts';

const root = path.resolve(import.meta.dirname, '..');
const dir = path.join(root, 'schemas');
await mkdir(dir, { recursive: true });
const { preview } = await new ContentStore('content').load();
if (!preview) throw new Error('The topic file has problems: run npm run check.');
for (const { file, text } of collectionJsonSchemas(preview.topic)) {
  await writeFile(path.join(dir, file), text);
  console.log(`wrote schemas/${file}`);
}
