/**
 * What every page's view model has, and the small items the lists on many pages share. A view
 * model is everything one page shows, computed once; the page's cache key for the incremental
 * build is a digest of it, so a page cannot show something its key misses.
 */
import {
  cardAlt,
  cardName,
  CARD_HEIGHT,
  CARD_WIDTH,
  type CardImage,
  type CardText,
} from '../cards.ts';
import { absoluteUrl, editUrl } from '../paths.ts';
import type { ActorEntry, EventEntry, SourceEntry } from '../indexes.ts';
import { actorWords, eventWords, sourceWords } from '../localize.ts';
import type { Locale, Site } from '../site.ts';
import { kindTone } from './charts.ts';

/** A link to another page. */
export interface Link {
  href: string;
  text: string;
  /** The language of `text`, when it is not the page's. */
  lang?: string | undefined;
}

/** The same page in another language. */
export interface Alternate {
  lang: string;
  /** The language's name in that language. */
  name: string;
  href: string;
  /** The absolute URL, for `hreflang` links. */
  url: string;
}

/** What the page's head and frame need besides the page's own content. */
export interface PageMeta {
  lang: string;
  /** The page's own title; the site's name is added. Undefined on the home page. */
  title?: string | undefined;
  description: string;
  /** The canonical absolute URL. */
  url: string;
  ogType: 'website' | 'article';
  noindex?: boolean | undefined;
  /** schema.org data for the page. */
  jsonLd?: Record<string, unknown> | undefined;
  /** The page in each language, this one included. */
  alternates: Alternate[];
  /** The social card Open Graph and Twitter show with a link to the page. */
  image: CardImage;
  /** For an entry's page: where to edit its file, and when git first and last changed it. */
  edit?: EditInfo | undefined;
  /** For an entry: the language its words are shown in, when that is not the page's. */
  fallbackLang?: string | undefined;
  /** Whether the page is an entry search indexes, and what it records. */
  search?: SearchMeta | undefined;
}

/** What Pagefind records of an entry page (see src/lib/search.ts). */
export interface SearchMeta {
  /** "Actor" or "Event", in the page's language. */
  type: string;
  title: string;
  summary: string;
  kind: string;
  date?: string | undefined;
  sort: string;
  /** Filters by their name in the page's language, in the order the search page lists them. */
  filters: [name: string, values: string[]][];
  aliases: string[];
}

/** A list item for an event: its date, title and kind, and the role of an actor in it. */
export interface EventItem {
  id: string;
  href: string;
  title: string;
  /** The title's language when it is not the page's. */
  lang?: string | undefined;
  date: string;
  /** The date as the page shows it. */
  dateText: string;
  kind: string;
  kindLabel: string;
  /** The palette slot of its kind. */
  tone: number;
  role?: string | undefined;
}

/** A list item for an actor. */
export interface ActorItem {
  id: string;
  href: string;
  name: string;
  lang?: string | undefined;
  summary: string;
  kind: string;
}

/** One numbered reference of a page. */
export interface ReferenceItem {
  id: string;
  n: number;
  /** The publisher's headline, when known. */
  headline?: string | undefined;
  /** The site's description of the report. */
  description: string;
  /** The description's language, when it is not the page's (no translation yet). */
  descriptionLang?: string | undefined;
  publisher: string;
  published: string;
  publishedText: string;
  /** The report itself. */
  url: string;
  /** The source's page on this site. */
  href: string;
  language: string;
}

const otherLang = (lang: string, page: Locale) => (lang === page.lang ? undefined : lang);

export function eventItem(site: Site, locale: Locale, event: EventEntry, role?: string): EventItem {
  const words = eventWords(event, locale.lang, site.defaultLang);
  return {
    id: event.id,
    href: locale.paths.event(event.id),
    title: words.title,
    lang: otherLang(words.lang, locale),
    date: event.data.date,
    dateText: locale.t.date(event.data.date),
    kind: event.data.kind,
    kindLabel: locale.words.eventKind(event.data.kind).label,
    tone: kindTone(site, event.data.kind),
    ...(role === undefined ? {} : { role }),
  };
}

export function actorItem(site: Site, locale: Locale, actor: ActorEntry): ActorItem {
  const words = actorWords(actor, locale.lang, site.defaultLang);
  return {
    id: actor.id,
    href: locale.paths.actor(actor.id),
    name: words.name,
    lang: otherLang(words.lang, locale),
    summary: words.summary,
    kind: actor.data.kind,
  };
}

/** An actor's name in the page's language, linked; an unknown id is shown as it is. */
export function actorLink(site: Site, locale: Locale, id: string): Link {
  const actor = site.indexes.actors.get(id);
  if (!actor) return { href: locale.paths.actor(id), text: id };
  const words = actorWords(actor, locale.lang, site.defaultLang);
  return { href: locale.paths.actor(id), text: words.name, lang: otherLang(words.lang, locale) };
}

export function referenceItems(
  site: Site,
  locale: Locale,
  ids: readonly string[],
): ReferenceItem[] {
  return ids.flatMap((id, index) => {
    const source = site.indexes.sources.get(id);
    return source ? [referenceItem(site, locale, source, index + 1)] : [];
  });
}

export function referenceItem(
  site: Site,
  locale: Locale,
  source: SourceEntry,
  n: number,
): ReferenceItem {
  const words = sourceWords(source, locale.lang, site.defaultLang);
  return {
    id: source.id,
    n,
    headline: source.data.headline,
    description: words.description,
    descriptionLang: words.lang === locale.lang ? undefined : words.lang,
    publisher: source.data.publisher,
    published: source.data.published,
    publishedText: locale.t.date(source.data.published),
    url: source.data.url,
    href: locale.paths.source(source.id),
    language: source.data.language,
  };
}

/** The page in every language, for the language switcher and `hreflang` links. */
export function alternates(site: Site, path: (locale: Locale) => string): Alternate[] {
  return site.languages.map(({ code }) => {
    const locale = site.locales.get(code)!;
    const href = path(locale);
    return {
      lang: code,
      name: locale.t.t('languageName'),
      href,
      url: absoluteUrl(site.settings.url, href),
    };
  });
}

/** The site's own card, in a language: its name and description. */
export function siteCard(site: Site, locale: Locale): CardText {
  return {
    lang: locale.lang,
    title: locale.words.title,
    description: locale.words.description,
    host: new URL(site.settings.url).host,
  };
}

/** The card of an entry's page: the site's card, headed by the entry's type and kind. */
export function entryCard(
  site: Site,
  locale: Locale,
  type: 'actor' | 'event',
  kind: string,
): CardText {
  const typeLabel = locale.t.t(type === 'actor' ? 'search.typeActor' : 'search.typeEvent');
  const kindLabel = (type === 'actor' ? locale.words.actorKind : locale.words.eventKind)(
    kind,
  ).label;
  return { ...siteCard(site, locale), kicker: `${typeLabel} · ${kindLabel}` };
}

/**
 * Every card a language's pages use: the site's, and one for each kind of actor and event
 * that has entries. The card route draws exactly these.
 */
export function cardTexts(site: Site, locale: Locale): CardText[] {
  const kinds = (entries: Iterable<{ data: { kind: string } }>) =>
    [...new Set([...entries].map((entry) => entry.data.kind))].sort();
  return [
    siteCard(site, locale),
    ...kinds(site.indexes.actors.values()).map((kind) => entryCard(site, locale, 'actor', kind)),
    ...kinds(site.indexes.events.values()).map((kind) => entryCard(site, locale, 'event', kind)),
  ];
}

/** A card as the page's head declares it. */
export function cardImage(site: Site, locale: Locale, text: CardText): CardImage {
  return {
    url: absoluteUrl(site.settings.url, locale.paths.asset(`cards/${cardName(text)}.png`)),
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    type: 'image/png',
    alt: cardAlt(text),
  };
}

/** The head and frame of a page that is not an entry. */
export function pageMeta(
  site: Site,
  locale: Locale,
  path: (locale: Locale) => string,
  fields: Pick<PageMeta, 'title' | 'description'> & Partial<PageMeta>,
): PageMeta {
  return {
    lang: locale.lang,
    ogType: 'website',
    url: absoluteUrl(site.settings.url, path(locale)),
    alternates: alternates(site, path),
    image: cardImage(site, locale, siteCard(site, locale)),
    ...fields,
  };
}

/** Where an entry's file is edited, and when git first and last changed what its page shows. */
export interface EditInfo {
  href: string;
  /** The first commit of the file the page's words come from, as ISO 8601. */
  created?: string | undefined;
  /**
   * The newest commit of that file or of the entry's base file, whose facts (dates,
   * participants) a translated page shows too.
   */
  updated?: string | undefined;
  /** `updated` as the page's language writes a date. */
  updatedText?: string | undefined;
}

/**
 * Where an entry's file is edited, and its dates in git. `file` is the file the page's words
 * come from: the translation, or the base file when there is none; `base` is the entry's
 * base file when that is another.
 */
export function editInfo(
  site: Site,
  locale: Locale,
  collection: string,
  id: string,
  extension: string,
  wordsLang: string,
): EditInfo {
  const file = `${id}${wordsLang === site.defaultLang ? '' : `.${wordsLang}`}${extension}`;
  const own = site.history.get(`${collection}/${file}`);
  const facts = site.history.get(`${collection}/${id}${extension}`);
  const updated = [own?.updated, facts?.updated]
    .filter((date) => date !== undefined)
    .sort((a, b) => Date.parse(a) - Date.parse(b))
    .at(-1);
  return {
    href: editUrl(site.settings, collection, file),
    created: own?.created,
    updated,
    updatedText: updated ? locale.t.date(updated.slice(0, 10)) : undefined,
  };
}
