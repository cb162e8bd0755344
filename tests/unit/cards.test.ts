import { describe, expect, test } from 'vitest';
import { cardAlt, cardName, type CardText } from '../../src/lib/cards.ts';
import { cardImage, cardTexts, entryCard, siteCard } from '../../src/lib/views/common.ts';
import { loadSite } from '../helpers/content.ts';

const text: CardText = {
  lang: 'en',
  kicker: 'Event · Recognition',
  title: 'An explainer',
  description: 'What it explains.',
  host: 'example.org',
};

describe('cardName', () => {
  test('names the same card the same way every time', () => {
    expect(cardName({ ...text })).toBe(cardName(text));
    expect(cardName(text)).toMatch(/^[0-9a-f]{16}$/);
  });

  test('renames a card when anything it shows changes', () => {
    const names = new Set([
      cardName(text),
      cardName({ ...text, kicker: 'Event · Statement' }),
      cardName({ ...text, title: 'Another explainer' }),
      cardName({ ...text, description: 'Something else.' }),
      cardName({ ...text, host: 'example.net' }),
      cardName({ ...text, kicker: undefined }),
    ]);
    expect(names.size).toBe(6);
  });
});

describe('cardAlt', () => {
  test('reads out the card’s text in order', () => {
    expect(cardAlt(text)).toBe(
      'Event · Recognition — An explainer — What it explains. — example.org',
    );
  });
});

describe('the cards of a site', () => {
  test('are the site’s own and one per kind of actor and event that has entries, in each language', async () => {
    const site = await loadSite();
    for (const locale of site.locales.values()) {
      const actorKinds = new Set([...site.indexes.actors.values()].map((a) => a.data.kind));
      const eventKinds = new Set([...site.indexes.events.values()].map((e) => e.data.kind));
      const texts = cardTexts(site, locale);
      expect(texts).toHaveLength(1 + actorKinds.size + eventKinds.size);
      expect(texts[0]).toEqual(siteCard(site, locale));
      expect(new Set(texts.map(cardName)).size).toBe(texts.length);
    }
  });

  test('head an entry’s card with its type and kind in the page’s language', async () => {
    const site = await loadSite();
    const uk = site.locales.get('uk')!;
    const card = entryCard(site, uk, 'event', 'recognition');
    expect(card.kicker).toBe(
      `${uk.t.t('search.typeEvent')} · ${uk.words.eventKind('recognition').label}`,
    );
    expect(card.title).toBe(uk.words.title);
  });

  test('are declared by absolute URL with their size and text', async () => {
    const site = await loadSite();
    const en = site.locales.get('en')!;
    const image = cardImage(site, en, siteCard(site, en));
    expect(image.url).toMatch(/^https:\/\/explainer\.example\.org\/cards\/[0-9a-f]{16}\.png$/);
    expect(image).toMatchObject({ width: 1200, height: 630, type: 'image/png' });
    expect(image.alt).toContain(en.words.title);
  });
});
