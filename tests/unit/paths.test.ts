import { describe, expect, test } from 'vitest';
import { absoluteUrl, editUrl, sitePaths, withBase } from '../../src/lib/paths.ts';

describe('withBase', () => {
  test('joins a base with or without its final slash', () => {
    expect(withBase('/', 'actors/')).toBe('/actors/');
    expect(withBase('/explainer/', 'actors/')).toBe('/explainer/actors/');
    expect(withBase('/explainer', '/actors/')).toBe('/explainer/actors/');
    expect(withBase('/explainer/')).toBe('/explainer/');
  });
});

describe('sitePaths', () => {
  test('puts every page under the base path', () => {
    const paths = sitePaths('/explainer/');
    expect(paths.actor('dprk')).toBe('/explainer/actors/dprk/');
    expect(paths.event('ukraine-severs-dprk')).toBe('/explainer/events/ukraine-severs-dprk/');
    expect(paths.feed).toBe('/explainer/feed.xml');
    expect(paths.data('events.json')).toBe('/explainer/data/events.json');
  });

  test('gives page 1 of a list no page number', () => {
    const paths = sitePaths('/');
    expect(paths.timelineYear(2022)).toBe('/timeline/2022/');
    expect(paths.timelineYear(2022, 2)).toBe('/timeline/2022/2/');
    expect(paths.sourcesPage(1)).toBe('/sources/');
    expect(paths.sourcesPage(3)).toBe('/sources/page/3/');
    expect(paths.actorEvents('dprk', 2)).toBe('/actors/dprk/events/2/');
  });
});

describe('absoluteUrl', () => {
  test('resolves a site path against the site origin', () => {
    expect(absoluteUrl('https://example.org', '/explainer/actors/')).toBe(
      'https://example.org/explainer/actors/',
    );
  });
});

describe('editUrl', () => {
  test('points to the entry file on the configured branch', () => {
    expect(
      editUrl(
        { repository: 'https://github.com/o/r/', branch: 'main', contentDir: './content/' },
        'events',
        'ukraine-severs-dprk.mdx',
      ),
    ).toBe('https://github.com/o/r/edit/main/content/events/ukraine-severs-dprk.mdx');
  });
});
