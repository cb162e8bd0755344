import { describe, expect, test } from 'vitest';
import { siteConfig } from '../../src/config.ts';
import { builtSite } from '../helpers/site.ts';
import { securityProblems } from './gates.ts';

describe('security of the built site', () => {
  test('every page has a CSP meta, hashes any inline script and links only to safe targets', async () => {
    const dir = await builtSite();
    expect(await securityProblems(dir, siteConfig.url)).toEqual([]);
  });
});
