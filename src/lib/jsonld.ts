/**
 * schema.org JSON-LD for each page, so that search engines and researchers' tools can read
 * what an entry is. Only facts the entry states are given; a partial date stays partial,
 * which ISO 8601 and schema.org both allow.
 */
import type { ActorKind } from '../schemas/index.ts';
import type { ActorEntry, EventEntry, SourceEntry } from './indexes.ts';

/** The schema.org type of each actor kind. */
export const ACTOR_SCHEMA_TYPES: Record<ActorKind, string> = {
  state: 'Country',
  'government-body': 'GovernmentOrganization',
  person: 'Person',
  // Self-proclaimed entities are described, not endorsed: a plain organisation.
  'self-proclaimed-entity': 'Organization',
  organization: 'Organization',
};

type JsonLd = Record<string, unknown>;

/** `url(path)` turns a site path into the absolute URL the JSON-LD needs. */
export type AbsoluteUrl = (path: string) => string;

export function actorJsonLd(actor: ActorEntry, url: string): JsonLd {
  const type = ACTOR_SCHEMA_TYPES[actor.data.kind];
  return {
    '@context': 'https://schema.org',
    '@type': type,
    '@id': url,
    url,
    name: actor.data.name,
    description: actor.data.summary,
    ...(actor.data.aliases.length > 0 ? { alternateName: actor.data.aliases } : {}),
  };
}

export function eventJsonLd(
  event: EventEntry,
  url: string,
  participants: readonly { actor: ActorEntry; url: string }[],
  sources: readonly SourceEntry[],
): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    '@id': url,
    url,
    name: event.data.title,
    description: event.data.summary,
    startDate: event.data.date,
    eventStatus: 'https://schema.org/EventScheduled',
    ...(event.data.location ? { location: { '@type': 'Place', name: event.data.location } } : {}),
    ...(participants.length > 0
      ? {
          attendee: participants.map(({ actor, url }) => ({
            '@type': ACTOR_SCHEMA_TYPES[actor.data.kind],
            name: actor.data.name,
            url,
          })),
        }
      : {}),
    ...(sources.length > 0 ? { citation: sources.map((source) => source.data.url) } : {}),
  };
}

export function websiteJsonLd(name: string, description: string, url: string): JsonLd {
  return { '@context': 'https://schema.org', '@type': 'WebSite', name, description, url };
}

/**
 * JSON for a `<script type="application/ld+json">` block. `<` is escaped so that no text in
 * the content can close the element early.
 */
export function serialiseJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
