/**
 * Everything the site derives from the entries, computed in one pass per index, so that
 * building a page is a lookup rather than a scan of all content. The cost grows linearly
 * with the number of entries.
 */
import type { Actor, ActorTranslation, Event, EventTranslation, Source } from '../schemas/index.ts';
import { comparePartialDates } from './dates.ts';

/** A translation as the content loader stores it: its words, references and body. */
export type StoredTranslation<T> = T & { references: string[]; html: string };

/** What the parse adds to an actor's or event's frontmatter. */
export interface Parsed<T> {
  /** The numbered reference list: sources in order of first citation, then the others listed. */
  references: string[];
  /** Translations by language. */
  translations: Record<string, StoredTranslation<T>>;
}

export type ActorData = Actor & Parsed<ActorTranslation>;
export type EventData = Event & Parsed<EventTranslation>;

export interface Entry<T> {
  id: string;
  data: T;
  /** The rendered body. */
  html?: string | undefined;
}

export type ActorEntry = Entry<ActorData>;
export type EventEntry = Entry<EventData>;
/** A source, with its descriptions in other languages. */
export type SourceData = Source & {
  translations?: Record<string, { description: string }> | undefined;
};
export type SourceEntry = Entry<SourceData>;

/** An actor's part in one event, as listed on the actor's page. */
export interface Appearance {
  event: EventEntry;
  role: string;
}

/** A role another actor holds in this one (the ministry lists its minister). */
export interface HeldRole {
  holder: ActorEntry;
  title: string;
  start?: string | undefined;
  end?: string | undefined;
}

/** An entry that cites a source. */
export type Citation = { type: 'actor'; entry: ActorEntry } | { type: 'event'; entry: EventEntry };

export interface Indexes {
  actors: Map<string, ActorEntry>;
  events: Map<string, EventEntry>;
  sources: Map<string, SourceEntry>;
  /** Events oldest first; ties broken by title so the order is stable. */
  chronology: EventEntry[];
  /** Position of each event in `chronology`, for previous/next links. */
  position: Map<string, number>;
  /** Backlinks: every event each actor took part in, in chronological order. */
  appearances: Map<string, Appearance[]>;
  /** Actors whose `memberOf` names this actor. */
  members: Map<string, ActorEntry[]>;
  /** Roles held by other actors whose `of` names this actor. */
  heldRoles: Map<string, HeldRole[]>;
  /** Events whose `respondsTo` names this event, in chronological order. */
  responses: Map<string, EventEntry[]>;
  /** `related` made symmetric: if A lists B, B's page lists A too. */
  related: Map<string, EventEntry[]>;
  /** Every actor and event that lists each source (and so every one that cites it). */
  citedBy: Map<string, Citation[]>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function compareEvents(a: EventEntry, b: EventEntry): number {
  return (
    comparePartialDates(a.data.date, b.data.date) ||
    a.data.title.localeCompare(b.data.title, 'und') ||
    a.id.localeCompare(b.id, 'und')
  );
}

export function buildIndexes(
  actorList: readonly ActorEntry[],
  eventList: readonly EventEntry[],
  sourceList: readonly SourceEntry[],
): Indexes {
  const actors = new Map(actorList.map((a) => [a.id, a]));
  const events = new Map(eventList.map((e) => [e.id, e]));
  const sources = new Map(sourceList.map((s) => [s.id, s]));

  const chronology = [...eventList].sort(compareEvents);
  const position = new Map(chronology.map((event, index) => [event.id, index]));

  const appearances = new Map<string, Appearance[]>();
  const responses = new Map<string, EventEntry[]>();
  const relatedSets = new Map<string, Set<string>>();
  const citedBy = new Map<string, Citation[]>();

  for (const event of chronology) {
    for (const participant of event.data.participants) {
      push(appearances, participant.actor, { event, role: participant.role });
    }
    if (event.data.respondsTo) push(responses, event.data.respondsTo, event);
    for (const other of event.data.related) {
      if (other === event.id || !events.has(other)) continue;
      (relatedSets.get(event.id) ?? relatedSets.set(event.id, new Set()).get(event.id)!).add(other);
      (relatedSets.get(other) ?? relatedSets.set(other, new Set()).get(other)!).add(event.id);
    }
    // Everything an event cites is listed in its sources: the check makes sure of that.
    for (const id of event.data.sources) push(citedBy, id, { type: 'event', entry: event });
  }

  const members = new Map<string, ActorEntry[]>();
  const heldRoles = new Map<string, HeldRole[]>();
  for (const actor of actorList) {
    if (actor.data.memberOf) push(members, actor.data.memberOf, actor);
    for (const role of actor.data.roles) {
      if (role.of) {
        push(heldRoles, role.of, {
          holder: actor,
          title: role.title,
          start: role.start,
          end: role.end,
        });
      }
    }
    for (const id of actor.data.sources) push(citedBy, id, { type: 'actor', entry: actor });
  }

  const related = new Map<string, EventEntry[]>();
  for (const [id, set] of relatedSets) {
    related.set(id, [...set].map((other) => events.get(other)!).sort(compareEvents));
  }

  return {
    actors,
    events,
    sources,
    chronology,
    position,
    appearances,
    members,
    heldRoles,
    responses,
    related,
    citedBy,
  };
}

/**
 * The chain of events this one answers, oldest first: A ← B ← C gives [A, B] for C.
 * Stops at a repeated id, although the checker already rejects loops.
 */
export function responseChain(indexes: Indexes, eventId: string): EventEntry[] {
  const chain: EventEntry[] = [];
  const seen = new Set([eventId]);
  let next = indexes.events.get(eventId)?.data.respondsTo;
  while (next !== undefined && !seen.has(next)) {
    const event = indexes.events.get(next);
    if (!event) break;
    chain.unshift(event);
    seen.add(next);
    next = event.data.respondsTo;
  }
  return chain;
}

/** The events just before and after one in chronological order. */
export function neighbours(
  indexes: Indexes,
  eventId: string,
): { previous?: EventEntry | undefined; next?: EventEntry | undefined } {
  const index = indexes.position.get(eventId);
  if (index === undefined) return {};
  return { previous: indexes.chronology[index - 1], next: indexes.chronology[index + 1] };
}
