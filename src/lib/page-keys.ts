/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`). Astro copies a
 * page from the previous build when its key and its code are unchanged, so a key must change
 * whenever anything the page shows changes. Each key here is a digest of every entry the page
 * shows something of (the entry itself, the entries it lists or links by name, its
 * neighbours), the git date shown in its footer, and the site's settings.
 *
 * A page that starts showing data from another entry must add that entry here.
 * `tests/build/incremental.test.ts` rebuilds after editing entries and fails if any page
 * differs from a cold build of the same content.
 */
import { createHash } from 'node:crypto';
import type { ActorEntry, EventEntry, Indexes, SourceEntry } from './indexes.ts';
import { LIMITS } from './limits.ts';
import { neighbours, responseChain } from './indexes.ts';
import { referenceList } from './citations.ts';
import type { Page } from './pagination.ts';

/** What every key depends on besides the entries. */
export interface KeyContext {
  /** The site's settings, which some of them come from the environment. */
  settings: unknown;
  /** Git dates of content files, keyed `events/<id>.mdx`, as the footer shows them. */
  updated: ReadonlyMap<string, string>;
}

interface KeyedEntry {
  id: string;
  data: unknown;
  body?: string | undefined;
  /** Astro's digest of the entry's file, and for MDX of the code that rendered it. */
  digest?: string | undefined;
  rendered?: { html: string } | undefined;
}

type Part = KeyedEntry | string | number | undefined;

export type PageKeys = ReturnType<typeof pageKeys>;

/** The key functions for one build. */
export function pageKeys(site: Indexes, context: KeyContext) {
  const settings = JSON.stringify(context.settings);
  // Astro gives every entry a digest of its file (and, for MDX, of the renderer's code); an
  // entry made elsewhere, as in tests, is identified by its contents instead.
  const fingerprint = (entry: KeyedEntry): string =>
    entry.digest ?? JSON.stringify([entry.data, entry.body, entry.rendered?.html]);

  const key = (parts: Part[]): string => {
    const hash = createHash('sha1').update(settings);
    for (const part of parts) {
      const text =
        part === undefined
          ? '-'
          : typeof part === 'object'
            ? `${part.id}@${fingerprint(part)}`
            : String(part);
      hash.update(`\0${text}`);
    }
    return hash.digest('base64url');
  };

  const sourcesOf = (ids: Iterable<string>) => [...ids].map((id) => site.sources.get(id) ?? id);
  const actorsOf = (ids: Iterable<string>) => [...ids].map((id) => site.actors.get(id) ?? id);

  return {
    /** `/actors/<id>/`: the infobox, the first events, the references. */
    actor(actor: ActorEntry): string {
      const appearances = site.appearances.get(actor.id) ?? [];
      const members = site.members.get(actor.id) ?? [];
      const held = site.heldRoles.get(actor.id) ?? [];
      return key([
        'actor',
        actor,
        context.updated.get(`actors/${actor.id}.mdx`),
        actor.data.memberOf ? (site.actors.get(actor.data.memberOf) ?? actor.data.memberOf) : '',
        ...actorsOf(actor.data.roles.flatMap((role) => (role.of ? [role.of] : []))),
        members.length,
        ...members.slice(0, LIMITS.infobox),
        held.length,
        ...held.slice(0, LIMITS.infobox).map((role) => role.holder),
        appearances.length,
        ...appearances.slice(0, LIMITS.actorEvents).map((appearance) => appearance.event),
        ...sourcesOf(referenceList(actor.body, actor.data.sources)),
      ]);
    },

    /** `/events/<id>/`: participants, chains, neighbours, disputes and references. */
    event(event: EventEntry): string {
      const { previous, next } = neighbours(site, event.id);
      const responses = site.responses.get(event.id) ?? [];
      const related = site.related.get(event.id) ?? [];
      return key([
        'event',
        event,
        context.updated.get(`events/${event.id}.mdx`),
        ...actorsOf(event.data.participants.map((participant) => participant.actor)),
        'chain',
        ...responseChain(site, event.id),
        'responses',
        ...responses.slice(0, LIMITS.eventLinks),
        'related',
        ...related.slice(0, LIMITS.eventLinks),
        'neighbours',
        previous,
        next,
        ...sourcesOf(referenceList(event.body, event.data.sources)),
        ...sourcesOf(event.data.disputes.flatMap((d) => [...d.sources, ...d.contestedBy])),
      ]);
    },

    /** `/sources/<id>/`: the source and the first entries citing it. */
    source(source: SourceEntry): string {
      const citedBy = site.citedBy.get(source.id) ?? [];
      return key([
        'source',
        source,
        context.updated.get(`sources/${source.id}.yaml`),
        citedBy.length,
        ...citedBy.slice(0, LIMITS.sourceCitations).map((citation) => citation.entry),
      ]);
    },

    /** A page of a paginated list that belongs to one entry, such as an actor's events. */
    list<T>(owner: KeyedEntry, page: Page<T>, entryOf: (item: T) => KeyedEntry): string {
      return key([
        'list',
        owner,
        page.number,
        page.count,
        ...page.items.map((item) => entryOf(item)),
      ]);
    },
  };
}
