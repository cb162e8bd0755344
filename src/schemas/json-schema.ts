import { z } from 'astro/zod';
import { COLLECTION_FOLDERS, COLLECTION_NAMES, collectionSchemas, type Topic } from './index.ts';
import { PartialDateSchema, WebUrlSchema } from './shared.ts';
import { ID_PATTERN } from '../lib/ids.ts';

/** Where the generated files are published, relative to the repository root. */
export const JSON_SCHEMA_DIR = 'schemas';

// A partial date is preprocessed, which JSON Schema cannot express; editors get its written
// forms instead: YYYY, YYYY-MM or YYYY-MM-DD, and a bare year as YAML's number.
const PARTIAL_DATE = {
  description: 'A date at the precision the sources give: 2014, 2022-02 or 2022-07-13.',
  anyOf: [
    { type: 'string', pattern: '^\\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\\d|3[01]))?)?$' },
    { type: 'integer', minimum: 1000, maximum: 9999 },
  ],
};

export interface GeneratedSchema {
  /** For example `event.schema.json`. */
  file: string;
  text: string;
}

/**
 * One JSON Schema per collection, describing the frontmatter an editor writes (zod's input
 * side: fields with defaults are optional). Field descriptions come from the zod schemas.
 */
export function collectionJsonSchemas(topic: Topic): GeneratedSchema[] {
  const schemas = collectionSchemas(topic);
  return COLLECTION_NAMES.map((name) => {
    const schema = schemas[name];
    const { singular, extension } = COLLECTION_FOLDERS[name];
    const json = z.toJSONSchema(schema, {
      io: 'input',
      target: 'draft-2020-12',
      unrepresentable: 'any',
      override: (ctx) => {
        if (ctx.zodSchema === PartialDateSchema) {
          for (const key of Object.keys(ctx.jsonSchema)) delete ctx.jsonSchema[key];
          Object.assign(ctx.jsonSchema, PARTIAL_DATE);
        }
        // The URL check is code, which JSON Schema cannot carry; editors get its first rule.
        if (ctx.zodSchema === WebUrlSchema) ctx.jsonSchema.pattern = '^https?://';
      },
    });
    const document = {
      $schema: json.$schema,
      $id: `${singular}.schema.json`,
      title: `Frontmatter of content/${name}/<id>${extension}`,
      description: `Generated from src/schemas by \`npm run schemas\`; ids match ${ID_PATTERN.source}.`,
      ...Object.fromEntries(Object.entries(json).filter(([key]) => key !== '$schema')),
    };
    return { file: `${singular}.schema.json`, text: `${JSON.stringify(document, null, 2)}\n` };
  });
}
