import { describe, expect, test } from 'vitest';
import { siteConfig } from '../../src/config.ts';
import { builtSite } from '../helpers/site.ts';
import { robotsProblems, sitemapProblems } from './crawlers.ts';

describe('what crawlers read', () => {
  test('robots.txt lets every crawler read every page and names the sitemap by its absolute URL', async () => {
    expect(await robotsProblems(await builtSite(), siteConfig.url, siteConfig.base)).toEqual([]);
  });

  test('the sitemaps are valid against the sitemaps.org schemas and list exactly the indexable pages', async () => {
    expect(await sitemapProblems(await builtSite(), siteConfig.url, siteConfig.base)).toEqual([]);
  });
});
