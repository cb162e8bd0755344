import { describe, expect, test } from 'vitest';
import { robotsTxt } from '../../src/lib/robots.ts';

describe('robotsTxt', () => {
  test('lets every crawler read everything and names the sitemap index by its absolute URL', () => {
    expect(robotsTxt({ url: 'https://example.org', base: '/' })).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap-index.xml\n',
    );
  });

  test('names the sitemap under the base path the site is served at', () => {
    expect(robotsTxt({ url: 'https://example.github.io', base: '/explainer/' })).toContain(
      'Sitemap: https://example.github.io/explainer/sitemap-index.xml\n',
    );
  });
});
