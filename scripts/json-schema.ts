/**
 * `npm run schemas [-- --content-dir <folder>]`: writes the JSON Schemas of a content folder
 * into its `schemas/` folder (`topic.schema.json`, `actor.schema.json`, …), made from the zod
 * schemas in `src/schemas` under the folder's own topic file, so that editors complete and
 * validate its files. Run it after changing a schema or the topic's kinds; a unit test fails
 * when the committed files differ from what this writes. Default folder: `CONTENT_DIR` or
 * `content`.
 */
import { parseArgs } from 'node:util';
import { writeFolderJsonSchemas } from '../src/checker/json-schemas.ts';
import { siteConfig } from '../src/config.ts';

let dir: string;
try {
  const { values } = parseArgs({ options: { 'content-dir': { type: 'string' } }, strict: true });
  dir = values['content-dir'] ?? siteConfig.contentDir;
} catch (error) {
  console.error(
    `${(error as Error).message}\n\nUsage: npm run schemas [-- --content-dir <folder>]`,
  );
  process.exit(1);
}

try {
  for (const file of await writeFolderJsonSchemas(dir)) console.log(`wrote ${file}`);
} catch (error) {
  console.error(
    `${(error as Error).message}\nFix the topic file first (npm run check), then run npm run schemas again.`,
  );
  process.exitCode = 1;
}
