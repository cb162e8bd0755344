import { describe, expect, test } from 'vitest';
import { siteConfig } from '../../src/config.ts';
import { builtSite } from '../helpers/site.ts';
import { brokenLinks } from './gates.ts';

describe('links in the built site', () => {
  test('every internal link and #anchor on every page resolves', async () => {
    const dir = await builtSite();
    expect(await brokenLinks(dir, siteConfig.base)).toEqual([]);
  });
});
