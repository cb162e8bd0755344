import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { siteConfig } from '../../src/config.ts';
import { readFileHistory } from '../../src/data/git.ts';
import { builtSite, root } from '../helpers/site.ts';
import { socialProblems } from './social.ts';

describe('social cards of the built site', () => {
  test('every page has Open Graph and Twitter tags with a card of the declared size, and entry pages their dates in git', async () => {
    const problems = await socialProblems(await builtSite(), {
      siteUrl: siteConfig.url,
      base: siteConfig.base,
      contentDir: siteConfig.contentDir,
      history: readFileHistory(path.resolve(root, siteConfig.contentDir)),
    });
    expect(problems).toEqual([]);
  });
});
