/**
 * The social card gate: what Open Graph (Facebook, LinkedIn, Mastodon, messengers) and Twitter
 * read to preview a link. Every page must name its title, description, locale and a card image
 * that is a PNG of the build with the size and alternative text the page declares; entry pages
 * must carry the dates git has for their files.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { FileHistory } from '../../src/lib/site.ts';
import { htmlPages } from './gates.ts';

/** Open Graph properties every page must have, and Twitter's names for a large card. */
const REQUIRED = [
  'og:title',
  'og:description',
  'og:type',
  'og:site_name',
  'og:locale',
  'og:image',
  'og:image:width',
  'og:image:height',
  'og:image:alt',
  'twitter:card',
  'twitter:title',
  'twitter:description',
  'twitter:image',
];

/** The width and height a PNG file's header gives. */
function pngSize(data: Buffer): { width: number; height: number } | undefined {
  const signature = '89504e470d0a1a0a';
  if (data.subarray(0, 8).toString('hex') !== signature) return undefined;
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

export interface SocialOptions {
  siteUrl: string;
  base: string;
  /** The content folder as the "edit this page" links name it, such as `content`. */
  contentDir: string;
  /** When git first and last changed each content file (`readFileHistory`). */
  history: ReadonlyMap<string, FileHistory>;
}

/**
 * Problems with each page's social metadata: a missing or empty tag, an Open Graph locale not
 * in the `language_TERRITORY` form, a card that is not a PNG of the build or not of the size
 * declared, a Twitter image other than the Open Graph one, and on an article (an entry's page)
 * `article:published_time` and `article:modified_time` other than the first commit of the
 * page's file and the newest of that file and its entry's base file.
 */
export async function socialProblems(dir: string, options: SocialOptions): Promise<string[]> {
  const root = new URL(options.base, options.siteUrl).href;
  const problems: string[] = [];
  const images = new Map<string, { width: number; height: number } | undefined>();
  const contentDir = options.contentDir.replace(/^\.?\/+|\/+$/g, '');
  for (const page of await htmlPages(dir)) {
    const report = (message: string) => problems.push(`${page.file}: ${message}`);
    const document = parseDocument(await readFile(path.join(dir, page.file), 'utf8'));
    const tags = new Map<string, string>();
    for (const meta of DomUtils.getElementsByTagName('meta', document.children)) {
      const name = meta.attribs.property ?? meta.attribs.name;
      if (name && meta.attribs.content !== undefined) tags.set(name, meta.attribs.content);
    }
    for (const name of REQUIRED) {
      if (!tags.get(name)?.trim()) report(`expected a non-empty ${name}`);
    }
    const locale = tags.get('og:locale') ?? '';
    if (locale && !/^[a-z]{2,3}_[A-Z]{2}$/.test(locale)) {
      report(`expected og:locale in the form language_TERRITORY, such as en_GB, found ${locale}`);
    }
    if (!['summary', 'summary_large_image'].includes(tags.get('twitter:card') ?? '')) {
      report(`expected twitter:card summary_large_image, found ${tags.get('twitter:card')}`);
    }
    const image = tags.get('og:image') ?? '';
    if (tags.get('twitter:image') !== image) report('expected twitter:image to be the og:image');
    if (image && !image.startsWith(root)) {
      report(`expected og:image to be an absolute URL under ${root}, found ${image}`);
    } else if (image) {
      if (!images.has(image)) {
        const file = path.join(dir, decodeURIComponent(image.slice(root.length)));
        images.set(image, await readFile(file).then(pngSize, () => undefined));
      }
      const size = images.get(image);
      if (!size) report(`expected og:image ${image} to be a PNG file of the build`);
      else if (
        String(size.width) !== tags.get('og:image:width') ||
        String(size.height) !== tags.get('og:image:height')
      ) {
        report(
          `og:image is ${size.width}×${size.height}, but the page declares ${tags.get('og:image:width')}×${tags.get('og:image:height')}`,
        );
      }
    }
    if (tags.get('og:type') === 'article') {
      problems.push(...articleDates(page.file, document, tags, contentDir, options.history));
    }
  }
  return problems;
}

/**
 * An article's dates checked against git. The page names its file in its "edit this page"
 * link, the one link into the content folder; a translation (`x.uk.mdx`) also shows the facts
 * of its entry's base file (`x.mdx`).
 */
function articleDates(
  file: string,
  document: ReturnType<typeof parseDocument>,
  tags: ReadonlyMap<string, string>,
  contentDir: string,
  history: ReadonlyMap<string, FileHistory>,
): string[] {
  const problems: string[] = [];
  const report = (message: string) => problems.push(`${file}: ${message}`);
  const fileLink = new RegExp(`/${contentDir}/([^/]+/[^/]+)$`);
  const entry = DomUtils.getElementsByTagName('a', document.children)
    .map((link) => fileLink.exec(link.attribs.href ?? '')?.[1])
    .find((found) => found !== undefined);
  if (!entry) {
    report('expected an article to link to its file ("edit this page")');
    return problems;
  }
  const own = history.get(entry);
  const published = tags.get('article:published_time');
  const modified = tags.get('article:modified_time');
  if (!own) {
    // A file git does not know yet has no dates, rather than made-up ones.
    if (published || modified) report(`${entry} is not committed, so expected no article dates`);
    return problems;
  }
  const base = history.get(entry.replace(/\.[a-z]{2,3}(?=\.[a-z]+$)/, '')) ?? own;
  const newest = Date.parse(base.updated) > Date.parse(own.updated) ? base.updated : own.updated;
  if (published !== own.created) {
    report(
      `expected article:published_time ${own.created} (the first commit of ${entry}), found ${published}`,
    );
  }
  if (modified !== newest) {
    report(`expected article:modified_time ${newest} (the newest commit), found ${modified}`);
  }
  return problems;
}
