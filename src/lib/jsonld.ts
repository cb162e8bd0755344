/**
 * schema.org JSON-LD for every page, so that search engines and researchers' tools can read
 * what a page is about. An entry's page is an `Article` (or a `ProfilePage` for an actor)
 * `about` the event or actor, citing its sources; lists are `CollectionPage`s of an
 * `ItemList`. Only facts the entry states are given, and a partial date stays partial, which
 * ISO 8601 and schema.org both allow. Types come from the topic file.
 */
import type { ActorSchemaType } from '../schemas/index.ts';

export type JsonLd = Record<string, unknown>;

const CONTEXT = 'https://schema.org';

/** Types that `Event.attendee` and `Event.organizer` accept: people and organisations. */
const AGENT_TYPES = new Set<string>([
  'Person',
  'Organization',
  'GovernmentOrganization',
  'NGO',
  'PoliticalParty',
  'Corporation',
  'EducationalOrganization',
  'NewsMediaOrganization',
]);

/** Whether an actor of this type can be an event's attendee (a country cannot). */
export function isAgentType(type: string): boolean {
  return AGENT_TYPES.has(type);
}

export interface ThingRef {
  type: ActorSchemaType | string;
  name: string;
  url: string;
}

export interface CitationRef {
  name: string;
  url: string;
  publisher: string;
  datePublished: string;
  inLanguage: string;
}

function thing({ type, name, url }: ThingRef): JsonLd {
  return { '@type': type, name, url };
}

function creativeWork(citation: CitationRef): JsonLd {
  return {
    '@type': 'CreativeWork',
    name: citation.name,
    url: citation.url,
    publisher: { '@type': 'Organization', name: citation.publisher },
    datePublished: citation.datePublished,
    inLanguage: citation.inLanguage,
  };
}

interface PageFields {
  url: string;
  name: string;
  description: string;
  inLanguage: string;
  isPartOf: { name: string; url: string };
  /** When git first and last changed the page's file, for an entry's page. */
  datePublished?: string | undefined;
  dateModified?: string | undefined;
}

function pageFields(page: PageFields): JsonLd {
  return {
    '@id': page.url,
    url: page.url,
    name: page.name,
    description: page.description,
    inLanguage: page.inLanguage,
    isPartOf: { '@type': 'WebSite', name: page.isPartOf.name, url: page.isPartOf.url },
    ...(page.datePublished ? { datePublished: page.datePublished } : {}),
    ...(page.dateModified ? { dateModified: page.dateModified } : {}),
  };
}

/** An actor's page: a profile of the actor, citing the sources it rests on. */
export function actorPageJsonLd(
  page: PageFields,
  actor: {
    type: string;
    name: string;
    description: string;
    alternateName: string[];
    memberOf?: ThingRef | undefined;
  },
  citations: readonly CitationRef[],
): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'ProfilePage',
    ...pageFields(page),
    mainEntity: {
      '@type': actor.type,
      name: actor.name,
      description: actor.description,
      url: page.url,
      ...(actor.alternateName.length > 0 ? { alternateName: actor.alternateName } : {}),
      ...(actor.memberOf && isAgentType(actor.type) && isAgentType(actor.memberOf.type)
        ? { memberOf: thing(actor.memberOf) }
        : {}),
    },
    ...(citations.length > 0 ? { citation: citations.map(creativeWork) } : {}),
  };
}

/**
 * An event's page: an article about the event. People and organisations that took part are
 * the event's attendees; states and places, which `attendee` does not take, are mentioned.
 */
export function eventPageJsonLd(
  page: PageFields & { headline: string },
  event: {
    type: string;
    name: string;
    description: string;
    startDate: string;
    location?: string | undefined;
  },
  participants: readonly ThingRef[],
  citations: readonly CitationRef[],
): JsonLd {
  const attendees = participants.filter((p) => isAgentType(p.type));
  const others = participants.filter((p) => !isAgentType(p.type));
  return {
    '@context': CONTEXT,
    '@type': 'Article',
    ...pageFields(page),
    headline: page.headline,
    about: {
      '@type': event.type,
      name: event.name,
      description: event.description,
      startDate: event.startDate,
      ...(event.location ? { location: { '@type': 'Place', name: event.location } } : {}),
      ...(attendees.length > 0 ? { attendee: attendees.map(thing) } : {}),
    },
    ...(others.length > 0 ? { mentions: others.map(thing) } : {}),
    ...(citations.length > 0 ? { citation: citations.map(creativeWork) } : {}),
  };
}

/** A source's page: the report it describes. */
export function sourcePageJsonLd(page: PageFields, citation: CitationRef): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'WebPage',
    ...pageFields(page),
    about: creativeWork(citation),
  };
}

/** A list or index page: a collection of the items it links to. */
export function collectionPageJsonLd(
  page: PageFields,
  items: readonly { name: string; url: string }[],
  total = items.length,
): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'CollectionPage',
    ...pageFields(page),
    mainEntity: {
      '@type': 'ItemList',
      numberOfItems: total,
      itemListElement: items.map((item, index) => ({
        '@type': 'ListItem',
        position: index + 1,
        name: item.name,
        url: item.url,
      })),
    },
  };
}

/** Any other page: a web page of the site. */
export function webPageJsonLd(page: PageFields): JsonLd {
  return { '@context': CONTEXT, '@type': 'WebPage', ...pageFields(page) };
}

/** The home page: the site itself. */
export function websiteJsonLd(site: {
  name: string;
  description: string;
  url: string;
  inLanguage: string;
}): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'WebSite',
    '@id': site.url,
    name: site.name,
    description: site.description,
    url: site.url,
    inLanguage: site.inLanguage,
  };
}

/**
 * JSON for a `<script type="application/ld+json">` block. `<` is escaped so that no text in
 * the content can close the element early.
 */
export function serialiseJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
