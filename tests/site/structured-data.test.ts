import { describe, expect, test } from 'vitest';
import { builtSite } from '../helpers/site.ts';
import { jsonLdBlocks, jsonLdErrors } from './structured-data.ts';

describe('structured data of the built site', () => {
  test('every page has a JSON-LD block', async () => {
    const { blocks, missing } = await jsonLdBlocks(await builtSite());
    expect(blocks.length).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });

  test('every JSON-LD block type-checks as schema.org against schema-dts', async () => {
    expect(await jsonLdErrors(await builtSite())).toEqual([]);
  });
});
