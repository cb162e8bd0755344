/**
 * Draws social cards: satori lays the card out and turns its text into SVG paths, with Noto
 * Sans from npm (so no system fonts are needed), and resvg rasterises the SVG to PNG. Drawing
 * takes tens of milliseconds, so each PNG is kept in the cache folder under a digest of its
 * name and the fonts, and a card already drawn is read back instead.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { cacheDir } from '../config.ts';
import {
  CARD_FONT_SCRIPTS,
  CARD_HEIGHT,
  CARD_WIDTH,
  cardElement,
  cardFontFamilies,
  cardName,
  type CardText,
} from '../lib/cards.ts';

type Font = { name: string; data: Buffer; weight: 400 | 700; style: 'normal' };

let fonts: Promise<{ list: Font[]; digest: string }> | undefined;

/** Noto Sans in each script's subset, regular and bold, and a digest of all their bytes. */
function loadFonts() {
  fonts ??= (async () => {
    // Resolved from the project, where the build runs: the bundled route lives elsewhere.
    const require = createRequire(path.resolve('package.json'));
    const folder = path.join(
      path.dirname(require.resolve('@fontsource/noto-sans/package.json')),
      'files',
    );
    const list = await Promise.all(
      CARD_FONT_SCRIPTS.flatMap((script, index) =>
        ([400, 700] as const).map(async (weight) => ({
          name: cardFontFamilies[index]!,
          data: await readFile(path.join(folder, `noto-sans-${script}-${weight}-normal.woff2`)),
          weight,
          style: 'normal' as const,
        })),
      ),
    );
    const hash = createHash('sha256');
    for (const font of list) hash.update(font.data);
    return { list, digest: hash.digest('hex') };
  })();
  return fonts;
}

/** The card as a PNG, from the cache when the same card was drawn with the same fonts. */
export async function renderCard(text: CardText): Promise<Buffer> {
  const { list, digest } = await loadFonts();
  const key = createHash('sha256')
    .update(`${cardName(text)}\u0000${digest}`)
    .digest('hex');
  const cached = path.join(path.resolve(cacheDir), 'cards', `${key.slice(0, 32)}.png`);
  if (existsSync(cached)) return readFile(cached);
  const svg = await satori(cardElement(text, cardFontFamilies) as Parameters<typeof satori>[0], {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: list,
  });
  const png = new Resvg(svg, {
    fitTo: { mode: 'original' },
    font: { loadSystemFonts: false },
  })
    .render()
    .asPng();
  await mkdir(path.dirname(cached), { recursive: true });
  // Written aside and renamed, so a build that stops half-way leaves no broken card behind.
  const partial = `${cached}.${process.pid}.partial`;
  await writeFile(partial, png);
  await rename(partial, cached);
  return png;
}
