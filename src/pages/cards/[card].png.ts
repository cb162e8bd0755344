import type { APIRoute } from 'astro';
import { renderCard } from '../../data/cards.ts';
import { cardPages } from '../../data/index.ts';
import type { CardText } from '../../lib/cards.ts';

/** The social cards the pages declare, one PNG each: `/cards/<digest>.png`. */
export const getStaticPaths = cardPages;

export const GET: APIRoute = async ({ props }) =>
  new Response(new Uint8Array(await renderCard(props.text as CardText)), {
    headers: { 'content-type': 'image/png' },
  });
