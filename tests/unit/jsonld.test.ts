import { describe, expect, test } from 'vitest';
import {
  collectionPageJsonLd,
  eventPageJsonLd,
  isAgentType,
  serialiseJsonLd,
} from '../../src/lib/jsonld.ts';

const page = {
  url: 'https://example.org/events/e/',
  name: 'T',
  description: 'D',
  inLanguage: 'en',
  isPartOf: { name: 'Site', url: 'https://example.org/' },
};

describe('eventPageJsonLd', () => {
  const block = eventPageJsonLd(
    { ...page, headline: 'T' },
    { type: 'Event', name: 'T', description: 'D', startDate: '2014', location: 'Kyiv' },
    [
      { type: 'Country', name: 'A country', url: 'https://example.org/actors/a/' },
      { type: 'Person', name: 'A person', url: 'https://example.org/actors/p/' },
    ],
    [
      {
        name: 'R',
        url: 'https://news.example.org/r',
        publisher: 'P',
        datePublished: '2022-07',
        inLanguage: 'en',
      },
    ],
  );

  test('describes an article about the event, with its partial date kept partial', () => {
    expect(block['@type']).toBe('Article');
    expect(block.about).toMatchObject({
      '@type': 'Event',
      startDate: '2014',
      location: { name: 'Kyiv' },
    });
  });

  test('lists people and organisations as attendees and mentions states, which attendee does not take', () => {
    const about = block.about as { attendee: { '@type': string }[] };
    expect(about.attendee.map((a) => a['@type'])).toEqual(['Person']);
    expect((block.mentions as { '@type': string }[]).map((m) => m['@type'])).toEqual(['Country']);
  });

  test('cites the sources on the article, where citation belongs', () => {
    expect(block.citation).toEqual([
      expect.objectContaining({ '@type': 'CreativeWork', url: 'https://news.example.org/r' }),
    ]);
    expect(block.about).not.toHaveProperty('citation');
  });
});

describe('collectionPageJsonLd', () => {
  test('lists the page’s items in order, with the total the list has', () => {
    const block = collectionPageJsonLd(page, [{ name: 'A', url: 'https://example.org/a/' }], 7);
    expect(block.mainEntity).toEqual({
      '@type': 'ItemList',
      numberOfItems: 7,
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'A', url: 'https://example.org/a/' },
      ],
    });
  });
});

describe('isAgentType', () => {
  test('accepts people and organisations and refuses places', () => {
    expect(isAgentType('GovernmentOrganization')).toBe(true);
    expect(isAgentType('Country')).toBe(false);
  });
});

describe('serialiseJsonLd', () => {
  test('cannot close its script element early', () => {
    expect(serialiseJsonLd({ name: '</script><script>alert(1)</script>' })).not.toContain(
      '</script>',
    );
  });
});
