/**
 * The feed gate: each language's RSS feed read by a feed reader's parser
 * (`@rowanmanning/feed-parser`, written against thousands of real feeds) and checked against
 * the rules of RSS 2.0 and the RSS Advisory Board's profile that readers rely on, plus the
 * site's own rule that an item never claims a day its event does not have.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLParser } from 'fast-xml-parser';
import { validateXML } from 'xmllint-wasm';

/** What the feed gate needs of an event: `/data/events.json` gives it. */
export interface FeedEvent {
  id: string;
  /** `2014`, `2022-06` or `2022-06-29`. */
  date: string;
  /** The event's page in each language, by language code. */
  pages: Record<string, string>;
}

/** A feed of the build: its file relative to the output folder and the URL it is served at. */
export interface FeedFile {
  file: string;
  url: string;
}

/** Every `feed.xml` of the build, the default language's at the root and one per language. */
export async function feedFiles(dir: string, siteUrl: string, base: string): Promise<FeedFile[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name === 'feed.xml')
    .map((entry) => {
      const file = path
        .relative(dir, path.join(entry.parentPath, entry.name))
        .split(path.sep)
        .join('/');
      return { file, url: new URL(`${base}${file}`, siteUrl).href };
    })
    .filter((feed) => /^(?:[a-z]{2,3}(?:-[A-Za-z0-9]+)*\/)?feed\.xml$/.test(feed.file))
    .sort((a, b) => (a.file < b.file ? -1 : 1));
}

const ATOM = 'http://www.w3.org/2005/Atom';
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
/**
 * RFC 822 date-time as the RSS profile narrows it: a day name, a two-digit day, a four-digit
 * year, seconds, and GMT or a numeric zone.
 */
const RFC_822 =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) ([01]\d|2[0-3]):([0-5]\d):([0-5]\d) (GMT|[+-]\d{4})$/;

/** A full day, as the content writes one. */
const DAY = /^\d{4}-\d{2}-\d{2}$/;

type XmlNode = Record<string, unknown>;

/**
 * Problems with one feed, each a line naming the feed and the item: XML that is not
 * well-formed, what a reader's parser cannot find (the title, the self link, an item's link),
 * RSS 2.0 structure (the channel's title, link and description; one `atom:link rel="self"`
 * naming the feed's own URL; a `lastBuildDate`), RFC 822 dates whose day name matches the date,
 * unique `guid`s, and items whose `pubDate` claims a day their event does not have, or misses
 * the day it has.
 */
export async function feedProblems(
  feed: FeedFile,
  xml: string,
  events: readonly FeedEvent[],
): Promise<string[]> {
  const problems: string[] = [];
  const report = (message: string) => problems.push(`${feed.file}: ${message}`);
  // libxml2 parses the feed first: a reader that finds it malformed shows nothing.
  const { errors } = await validateXML({
    xml: [{ fileName: feed.file, contents: xml }],
    normalization: 'format',
  });
  if (errors.length > 0) {
    for (const error of errors) report(`not well-formed XML: ${error.rawMessage.trim()}`);
    return problems;
  }

  const read = parseFeed(xml);
  if (read.meta.type !== 'rss') report(`a reader sees a ${read.meta.type} feed, not RSS`);
  if (!read.title) report('a reader finds no title');
  if (read.self !== feed.url) report(`a reader finds the self link ${read.self}, not ${feed.url}`);
  for (const item of read.items) {
    if (!item.url) report(`a reader finds no link in the item "${item.title}"`);
  }

  const document = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    parseTagValue: false,
    isArray: (name) => ['channel', 'item', 'guid', 'pubDate', 'atom:link'].includes(name),
  }).parse(xml) as { rss?: XmlNode };
  const rss = document.rss;
  if (rss?.['@version'] !== '2.0') report('expected the root element <rss version="2.0">');
  if (rss?.['@xmlns:atom'] !== ATOM) report(`expected xmlns:atom="${ATOM}" on <rss>`);
  const channels = (rss?.channel ?? []) as XmlNode[];
  if (channels.length !== 1) report(`expected one <channel>, found ${channels.length}`);
  const channel = channels[0] ?? {};
  for (const name of ['title', 'link', 'description']) {
    if (!channel[name]) report(`expected a <${name}> in the channel`);
  }
  const selfLinks = ((channel['atom:link'] ?? []) as XmlNode[]).filter(
    (link) => link['@rel'] === 'self',
  );
  if (selfLinks.length !== 1) {
    report(`expected one <atom:link rel="self">, found ${selfLinks.length}`);
  } else {
    const [self] = selfLinks as [XmlNode];
    if (self['@href'] !== feed.url)
      report(`expected the self link ${feed.url}, found ${self['@href']}`);
    if (self['@type'] !== 'application/rss+xml') {
      report('expected type="application/rss+xml" on the self link');
    }
  }
  const lastBuild =
    channel.lastBuildDate === undefined
      ? (report('expected a <lastBuildDate>'), undefined)
      : rfc822(String(channel.lastBuildDate), 'lastBuildDate', report);

  const language = String(channel.language ?? '');
  const byPage = new Map(
    events.flatMap((event) => {
      const page = event.pages[language];
      return page ? [[page, event] as const] : [];
    }),
  );
  const guids = new Set<string>();
  ((channel.item ?? []) as XmlNode[]).forEach((item, index) => {
    const where = `item ${index + 1} (${String(item.link ?? item.title)})`;
    if (!item.title && !item.description) report(`${where}: expected a title or a description`);
    if (!/^https?:\/\//.test(String(item.link ?? ''))) {
      report(`${where}: expected an absolute link, found ${String(item.link)}`);
    }
    const itemGuids = (item.guid ?? []) as (XmlNode | string)[];
    if (itemGuids.length > 1) report(`${where}: expected at most one <guid>`);
    for (const guid of itemGuids) {
      const text = typeof guid === 'string' ? guid : String(guid['#text']);
      if (guids.has(text)) report(`${where}: the guid ${text} is used twice`);
      guids.add(text);
    }
    const pubDates = (item.pubDate ?? []) as string[];
    if (pubDates.length > 1) report(`${where}: expected at most one <pubDate>`);
    const published =
      pubDates[0] === undefined ? undefined : rfc822(pubDates[0], `${where} pubDate`, report);
    if (published && lastBuild && published > lastBuild) {
      report(`${where}: pubDate ${pubDates[0]} is after the lastBuildDate`);
    }
    const event = byPage.get(String(item.link));
    if (!event) {
      report(`${where}: expected a link to an event's page in "${language}"`);
      return;
    }
    if (!DAY.test(event.date) && pubDates[0] !== undefined) {
      report(
        `${where}: the event ${event.id} is dated ${event.date}, but the item claims the day ${pubDates[0]}`,
      );
    }
    if (DAY.test(event.date) && pubDates[0] === undefined) {
      report(`${where}: the event ${event.id} is dated ${event.date}, but the item has no pubDate`);
    }
    if (DAY.test(event.date) && published && published.toISOString().slice(0, 10) !== event.date) {
      report(
        `${where}: the event ${event.id} is dated ${event.date}, but the item says ${pubDates[0]}`,
      );
    }
  });
  return problems;
}

/** An RFC 822 date, or undefined after reporting why it is not one. */
function rfc822(value: string, where: string, report: (message: string) => void): Date | undefined {
  const match = RFC_822.exec(value);
  if (!match) {
    report(`${where}: "${value}" is not an RFC 822 date`);
    return undefined;
  }
  const date = new Date(value);
  // The date as written, in its own zone, to compare the day and the day name with.
  const zone = match[8]!;
  const offset =
    zone === 'GMT'
      ? 0
      : (zone.startsWith('-') ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3)));
  const local = new Date(date.getTime() + offset * 60_000);
  if (Number.isNaN(date.getTime()) || local.getUTCDate() !== Number(match[2])) {
    report(`${where}: "${value}" is not a real date`);
    return undefined;
  }
  // RFC 822 §5.2: the day name, when given, must be the date's.
  if (DAYS[local.getUTCDay()] !== match[1]) {
    report(`${where}: "${value}" names the wrong day of the week`);
  }
  return date;
}

/** The events of the build, as `/data/events.json` lists them. */
export async function builtEvents(dir: string): Promise<FeedEvent[]> {
  return JSON.parse(await readFile(path.join(dir, 'data/events.json'), 'utf8')) as FeedEvent[];
}
