import { describe, expect, test } from 'vitest';
import { sitemapAlternates } from '../../src/integrations/sitemap-alternates.ts';

const languages = [{ code: 'en' }, { code: 'uk' }];

function sitemap(root: string, urls: string[]) {
  const { filter, serialize } = sitemapAlternates(root, languages);
  return urls.filter(filter).map((url) => serialize({ url, links: [] } as never));
}

describe('sitemapAlternates', () => {
  test('links each page to itself and its translation, in the order the sitemap lists them', () => {
    const root = 'https://example.org/explainer/';
    const [en, uk] = sitemap(root, [`${root}uk/actors/dprk/`, `${root}actors/dprk/`]).reverse();
    const links = [
      { url: `${root}actors/dprk/`, lang: 'en' },
      { url: `${root}uk/actors/dprk/`, lang: 'uk' },
    ];
    expect(en).toEqual({ url: `${root}actors/dprk/`, links });
    expect(uk).toEqual({ url: `${root}uk/actors/dprk/`, links });
  });

  test('gives a page that exists in one language no alternates', () => {
    const [page] = sitemap('https://example.org/', ['https://example.org/events/x/']);
    expect(page).toEqual({ url: 'https://example.org/events/x/', links: [] });
  });

  test('leaves out the error pages of every language', () => {
    const root = 'https://example.org/';
    const kept = sitemap(root, [`${root}uk/404/`, `${root}uk/`, `${root}`]).map((item) => item.url);
    expect(kept).toEqual([`${root}uk/`, root]);
  });
});
