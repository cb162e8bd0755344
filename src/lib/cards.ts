/**
 * Social cards: the 1200×630 image that Open Graph and Twitter show beside a link to a page.
 * A card says what the site is and, on an entry's page, what kind of entry it is; it does not
 * carry the entry's own title, which the networks already show from `og:title`. So there is
 * one card per language and kind rather than one per entry: an image costs about 50 ms of
 * processor time to draw, which at 10,000 entries would take many times as long as the
 * whole build (docs/performance.md).
 *
 * A card is named by a digest of its whole layout, text and colours included, so a changed
 * card gets a new address (networks keep images they have fetched) and an unchanged one is
 * never drawn again. `src/data/cards.ts` draws them.
 */
import { createHash } from 'node:crypto';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** What a card says. */
export interface CardText {
  lang: string;
  /** What kind of page it is, such as "Event · Statement"; none on the site's own card. */
  kicker?: string | undefined;
  /** The site's name. */
  title: string;
  /** The site's description. */
  description: string;
  /** The host the site is published at, such as `explainer.example.org`. */
  host: string;
}

/** A card as a page's head declares it. */
export interface CardImage {
  /** The absolute URL of the PNG. */
  url: string;
  width: number;
  height: number;
  type: 'image/png';
  /** The card's text, for readers who cannot see it. */
  alt: string;
}

/** An element as satori lays it out: a subset of React's, with inline styles only. */
export interface CardElement {
  type: 'div';
  props: { style: Record<string, string | number>; children?: string | CardElement[] };
}

const div = (style: CardElement['props']['style'], children?: string | CardElement[]) => ({
  type: 'div' as const,
  props: children === undefined ? { style } : { style, children },
});

/** The site's light colours (src/styles/global.css). */
const COLOURS = { background: '#ffffff', text: '#1b1b1f', muted: '#4f5563', accent: '#0a53a8' };

/**
 * The card's layout: the kicker at the top, the site's name large, its description, and the
 * host at the foot. Long names get a smaller size so that three lines still fit.
 */
export function cardElement(text: CardText, fontFamilies: readonly string[]): CardElement {
  const titleSize = text.title.length > 60 ? 56 : 68;
  return div(
    {
      width: '100%',
      height: '100%',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      boxSizing: 'border-box',
      padding: '56px 72px 48px',
      borderTop: `16px solid ${COLOURS.accent}`,
      background: COLOURS.background,
      color: COLOURS.text,
      fontFamily: fontFamilies.join(', '),
    },
    [
      div(
        { display: 'flex', fontSize: 32, fontWeight: 700, color: COLOURS.accent, height: 44 },
        text.kicker ?? '',
      ),
      div({ display: 'flex', flexDirection: 'column' }, [
        div(
          {
            display: 'flex',
            fontSize: titleSize,
            fontWeight: 700,
            lineHeight: 1.15,
            maxHeight: titleSize * 1.15 * 3,
            overflow: 'hidden',
          },
          text.title,
        ),
        div(
          {
            display: 'flex',
            marginTop: 24,
            fontSize: 30,
            lineHeight: 1.35,
            color: COLOURS.muted,
            maxHeight: 30 * 1.35 * 3,
            overflow: 'hidden',
          },
          text.description,
        ),
      ]),
      div({ display: 'flex', fontSize: 26, color: COLOURS.muted }, text.host),
    ],
  );
}

/**
 * The scripts of Noto Sans the renderer loads, each as a family of its own: satori draws a
 * missing glyph from the next family, but not from another font of the same family.
 */
export const CARD_FONT_SCRIPTS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek'];
export const cardFontFamilies = CARD_FONT_SCRIPTS.map((script) => `Noto Sans ${script}`);

/** The card's file name: a digest of its layout, so any change to what it shows renames it. */
export function cardName(text: CardText): string {
  const layout = JSON.stringify([CARD_WIDTH, CARD_HEIGHT, cardElement(text, cardFontFamilies)]);
  return createHash('sha256').update(layout).digest('hex').slice(0, 16);
}

/** The card's text in reading order, as its alternative text. */
export function cardAlt(text: CardText): string {
  return [text.kicker, text.title, text.description, text.host].filter(Boolean).join(' — ');
}
