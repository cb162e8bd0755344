import { describe, expect, test } from 'vitest';
import { editInfo } from '../../src/lib/views/common.ts';
import { loadSite } from '../helpers/content.ts';

describe('editInfo', () => {
  test('dates a translated page from its own first commit to the newer of its file and its base file', async () => {
    const site = {
      ...(await loadSite()),
      history: new Map([
        [
          'events/x.mdx',
          { created: '2024-01-01T10:00:00+00:00', updated: '2024-03-01T10:00:00+00:00' },
        ],
        [
          'events/x.uk.mdx',
          { created: '2024-02-01T10:00:00+02:00', updated: '2024-02-15T10:00:00+02:00' },
        ],
      ]),
    };
    expect(editInfo(site, site.locales.get('uk')!, 'events', 'x', '.mdx', 'uk')).toMatchObject({
      href: expect.stringMatching(/\/content\/events\/x\.uk\.mdx$/),
      created: '2024-02-01T10:00:00+02:00',
      updated: '2024-03-01T10:00:00+00:00',
      updatedText: '1 березня 2024',
    });
  });

  test('compares commit dates as instants, whatever offset each was written with', async () => {
    const site = {
      ...(await loadSite()),
      history: new Map([
        [
          'events/x.mdx',
          { created: '2024-01-01T10:00:00+00:00', updated: '2024-03-01T09:30:00+00:00' },
        ],
        [
          'events/x.uk.mdx',
          { created: '2024-02-01T10:00:00+00:00', updated: '2024-03-01T10:00:00+02:00' },
        ],
      ]),
    };
    expect(editInfo(site, site.locales.get('uk')!, 'events', 'x', '.mdx', 'uk').updated).toBe(
      '2024-03-01T09:30:00+00:00',
    );
  });

  test('gives no dates for a file git does not know', async () => {
    const site = await loadSite();
    const info = editInfo(site, site.locales.get('en')!, 'events', 'new', '.mdx', 'en');
    expect(info.created).toBeUndefined();
    expect(info.updated).toBeUndefined();
  });
});
