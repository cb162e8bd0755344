/** The view models of the entries' own pages: an actor, an event, a source. */
import { sortKey, yearOf } from '../dates.ts';
import {
  neighbours,
  responseChain,
  type ActorEntry,
  type EventEntry,
  type SourceEntry,
} from '../indexes.ts';
import {
  actorPageJsonLd,
  eventPageJsonLd,
  sourcePageJsonLd,
  type CitationRef,
  type ThingRef,
} from '../jsonld.ts';
import { LIMITS } from '../limits.ts';
import { actorWords, eventWords, sourceWords } from '../localize.ts';
import { absoluteUrl } from '../paths.ts';
import type { Locale, Site } from '../site.ts';
import { TONES } from '../timeline-chart.ts';
import { kindTone } from './charts.ts';
import {
  actorItem,
  actorLink,
  alternates,
  cardImage,
  editInfo,
  entryCard,
  eventItem,
  referenceItems,
  siteCard,
  type ActorItem,
  type EditInfo,
  type EventItem,
  type Link,
  type PageMeta,
  type ReferenceItem,
} from './common.ts';

function pageBase(
  site: Site,
  locale: Locale,
  path: string,
  name: string,
  description: string,
  edit: EditInfo,
) {
  return {
    url: absoluteUrl(site.settings.url, path),
    name,
    description,
    inLanguage: locale.lang,
    isPartOf: { name: locale.words.title, url: absoluteUrl(site.settings.url, locale.paths.home) },
    datePublished: edit.created,
    dateModified: edit.updated,
  };
}

function citations(site: Site, ids: readonly string[]): CitationRef[] {
  return ids.flatMap((id) => {
    const source = site.indexes.sources.get(id);
    if (!source) return [];
    return [
      {
        name: source.data.headline ?? source.data.description,
        url: source.data.url,
        publisher: source.data.publisher,
        datePublished: source.data.published,
        inLanguage: source.data.language,
      },
    ];
  });
}

function actorType(site: Site, actor: ActorEntry): string {
  return site.topic.actorKinds.find((kind) => kind.id === actor.data.kind)?.schemaType ?? 'Thing';
}

/** A relation as a sentence of three parts: "A" "supports" "B". */
export interface RelationSentence {
  from: Link;
  phrase: string;
  to: Link;
  /** The event that set it, and when. */
  event?: Link | undefined;
  dateText?: string | undefined;
  standing: boolean;
  line: string;
  type: string;
  /** The palette slot of its type: the type's position in the topic file. */
  tone: number;
}

export interface ActorView {
  meta: PageMeta;
  id: string;
  name: string;
  summary: string;
  kindLabel: string;
  aliases: string[];
  roles: {
    title: string;
    of?: Link | undefined;
    start?: string | undefined;
    end?: string | undefined;
  }[];
  parent?: Link | undefined;
  heldRoles: {
    title: string;
    holder: Link;
    start?: string | undefined;
    end?: string | undefined;
  }[];
  moreHeldRoles: number;
  members: Link[];
  moreMembers: number;
  html: string;
  /** The relations the actor stands in now, or stood in until they ended. */
  relations: RelationSentence[];
  events: { total: number; items: EventItem[]; all?: string | undefined };
  references: ReferenceItem[];
}

export function actorView(site: Site, locale: Locale, actor: ActorEntry): ActorView {
  const { indexes } = site;
  const words = actorWords(actor, locale.lang, site.defaultLang);
  const t = locale.t;
  const path = (l: Locale) => l.paths.actor(actor.id);
  const appearances = indexes.appearances.get(actor.id) ?? [];
  const members = indexes.members.get(actor.id) ?? [];
  const held = indexes.heldRoles.get(actor.id) ?? [];
  const link = (id: string) => actorLink(site, locale, id);
  const parent = actor.data.memberOf ? link(actor.data.memberOf) : undefined;
  const kind = locale.words.actorKind(actor.data.kind);
  const references = referenceItems(site, locale, words.references);
  const firstEvent = appearances[0]?.event.data.date;
  const edit = editInfo(site, locale, 'actors', actor.id, '.mdx', words.lang);
  const meta: PageMeta = {
    lang: locale.lang,
    title: words.name,
    description: words.summary,
    url: absoluteUrl(site.settings.url, path(locale)),
    ogType: 'article',
    alternates: alternates(site, path),
    image: cardImage(site, locale, entryCard(site, locale, 'actor', actor.data.kind)),
    edit,
    fallbackLang: words.fallback ? words.lang : undefined,
    jsonLd: actorPageJsonLd(
      pageBase(site, locale, path(locale), words.name, words.summary, edit),
      {
        type: actorType(site, actor),
        name: words.name,
        description: words.summary,
        alternateName: words.aliases,
        memberOf: actor.data.memberOf ? thingRef(site, locale, actor.data.memberOf) : undefined,
      },
      citations(site, words.references),
    ),
    search: {
      type: t.t('search.typeActor'),
      title: words.name,
      summary: words.summary,
      kind: kind.label,
      sort: firstEvent ? sortKey(firstEvent) : '00000000',
      filters: [
        [t.t('search.filterType'), [t.t('nav.actors')]],
        [t.t('search.filterActorKind'), [kind.label]],
        [
          t.t('search.filterYear'),
          [...new Set(appearances.map(({ event }) => String(yearOf(event.data.date))))],
        ],
      ],
      aliases: words.aliases,
    },
  };
  return {
    meta,
    id: actor.id,
    name: words.name,
    summary: words.summary,
    kindLabel: kind.label,
    aliases: words.aliases.filter((alias) => alias !== words.name),
    roles: actor.data.roles.map((role, i) => ({
      title: words.roleTitles[i] ?? role.title,
      of: role.of ? link(role.of) : undefined,
      start: role.start ? t.date(role.start) : undefined,
      end: role.end ? t.date(role.end) : undefined,
    })),
    parent,
    heldRoles: held.slice(0, LIMITS.infobox).map((role) => {
      const holderWords = actorWords(role.holder, locale.lang, site.defaultLang);
      const index = role.holder.data.roles.findIndex(
        (r) => r.title === role.title && r.of === actor.id,
      );
      return {
        title: holderWords.roleTitles[index] ?? role.title,
        holder: link(role.holder.id),
        start: role.start ? t.date(role.start) : undefined,
        end: role.end ? t.date(role.end) : undefined,
      };
    }),
    moreHeldRoles: Math.max(0, held.length - LIMITS.infobox),
    members: members.slice(0, LIMITS.infobox).map((member) => link(member.id)),
    moreMembers: Math.max(0, members.length - LIMITS.infobox),
    html: words.html,
    relations: actorRelations(site, locale, actor.id),
    events: {
      total: appearances.length,
      items: appearances
        .slice(0, LIMITS.actorEvents)
        .map(({ event }) =>
          eventItem(
            site,
            locale,
            event,
            eventWords(event, locale.lang, site.defaultLang).roles[actor.id],
          ),
        ),
      all: appearances.length > LIMITS.actorEvents ? locale.paths.actorEvents(actor.id) : undefined,
    },
    references,
  };
}

function thingRef(site: Site, locale: Locale, id: string): ThingRef | undefined {
  const actor = site.indexes.actors.get(id);
  if (!actor) return undefined;
  return {
    type: actorType(site, actor),
    name: actorWords(actor, locale.lang, site.defaultLang).name,
    url: absoluteUrl(site.settings.url, locale.paths.actor(id)),
  };
}

/** The latest state of each relation an actor is an end of, the most recent first. */
function actorRelations(site: Site, locale: Locale, id: string): RelationSentence[] {
  const states = (site.relationsByActor.get(id) ?? []).slice(0, LIMITS.actorEvents);
  return states.map((state) => relationSentence(site, locale, state, id));
}

/**
 * A relation's state as a sentence, from the point of view of `viewer` where the type has a
 * phrase for the other direction: "B is supported by A".
 */
export function relationSentence(
  site: Site,
  locale: Locale,
  state: {
    type: string;
    from: string;
    to: string;
    standing: boolean;
    setBy?: { event: string; date: string } | undefined;
  },
  viewer?: string,
): RelationSentence {
  const words = locale.words.relationType(state.type);
  const position = site.topic.relationTypes.findIndex((r) => r.id === state.type);
  const type = site.topic.relationTypes[position];
  const reverse =
    viewer !== undefined && viewer === state.to && words.backward !== undefined && state.standing;
  const [from, to] = reverse ? [state.to, state.from] : [state.from, state.to];
  const phrase = state.standing ? (reverse ? words.backward! : words.forward) : words.ended;
  const event = state.setBy ? site.indexes.events.get(state.setBy.event) : undefined;
  return {
    from: actorLink(site, locale, from),
    phrase,
    to: actorLink(site, locale, to),
    event: event
      ? {
          href: locale.paths.event(event.id),
          text: eventWords(event, locale.lang, site.defaultLang).title,
        }
      : undefined,
    dateText: state.setBy ? locale.t.date(state.setBy.date) : undefined,
    standing: state.standing,
    line: type?.line ?? 'solid',
    type: state.type,
    tone: Math.max(0, position) % TONES,
  };
}

export interface DisputeView {
  claim: string;
  note: string;
  madeBy: { id: string; n: number; publisher: string }[];
  contestedBy: { id: string; n: number; publisher: string }[];
}

export interface EventView {
  meta: PageMeta;
  id: string;
  title: string;
  summary: string;
  dateText: string;
  date: string;
  kindLabel: string;
  /** The palette slot of its kind. */
  tone: number;
  location?: string | undefined;
  participants: { actor: Link; role: string }[];
  /** The relations this event started or ended. */
  relations: RelationSentence[];
  chain: EventItem[];
  responses: EventItem[];
  related: EventItem[];
  html: string;
  disputes: DisputeView[];
  references: ReferenceItem[];
  previous?: EventItem | undefined;
  next?: EventItem | undefined;
}

const changesByEvent = new WeakMap<Site['changes'], Map<string, Site['changes']>>();

/**
 * The relation changes an event made, in the site's order. Looked up in an index made once per
 * site: filtering every change for each event's page made the build's cost grow with the
 * square of the number of events.
 */
function changesOf(site: Site, event: string): Site['changes'] {
  let index = changesByEvent.get(site.changes);
  if (!index) {
    index = new Map();
    for (const change of site.changes) {
      const list = index.get(change.event) ?? [];
      list.push(change);
      index.set(change.event, list);
    }
    changesByEvent.set(site.changes, index);
  }
  return index.get(event) ?? [];
}

export function eventView(site: Site, locale: Locale, event: EventEntry): EventView {
  const { indexes } = site;
  const words = eventWords(event, locale.lang, site.defaultLang);
  const path = (l: Locale) => l.paths.event(event.id);
  const kind = locale.words.eventKind(event.data.kind);
  const references = referenceItems(site, locale, words.references);
  const number = (id: string) => ({
    id,
    n: words.references.indexOf(id) + 1,
    publisher: indexes.sources.get(id)?.data.publisher ?? id,
  });
  const { previous, next } = neighbours(indexes, event.id);
  const item = (e: EventEntry) => eventItem(site, locale, e);
  const participants = event.data.participants.map((p) => ({
    actor: actorLink(site, locale, p.actor),
    role: words.roles[p.actor] ?? p.role,
  }));
  const changes = changesOf(site, event.id);
  const edit = editInfo(site, locale, 'events', event.id, '.mdx', words.lang);
  const meta: PageMeta = {
    lang: locale.lang,
    title: words.title,
    description: words.summary,
    url: absoluteUrl(site.settings.url, path(locale)),
    ogType: 'article',
    alternates: alternates(site, path),
    image: cardImage(site, locale, entryCard(site, locale, 'event', event.data.kind)),
    edit,
    fallbackLang: words.fallback ? words.lang : undefined,
    jsonLd: eventPageJsonLd(
      {
        ...pageBase(site, locale, path(locale), words.title, words.summary, edit),
        headline: words.title,
      },
      {
        type: site.topic.eventKinds.find((k) => k.id === event.data.kind)?.schemaType ?? 'Event',
        name: words.title,
        description: words.summary,
        startDate: event.data.date,
        location: words.location,
      },
      event.data.participants.flatMap((p) => thingRef(site, locale, p.actor) ?? []),
      citations(site, words.references),
    ),
    search: {
      type: locale.t.t('search.typeEvent'),
      title: words.title,
      summary: words.summary,
      kind: kind.label,
      date: locale.t.date(event.data.date),
      sort: sortKey(event.data.date),
      filters: [
        [locale.t.t('search.filterType'), [locale.t.t('nav.events')]],
        [locale.t.t('search.filterEventKind'), [kind.label]],
        [locale.t.t('search.filterYear'), [String(yearOf(event.data.date))]],
        [locale.t.t('search.filterActor'), [...new Set(participants.map((p) => p.actor.text))]],
      ],
      aliases: [],
    },
  };
  return {
    meta,
    id: event.id,
    title: words.title,
    summary: words.summary,
    date: event.data.date,
    dateText: locale.t.date(event.data.date),
    kindLabel: kind.label,
    tone: kindTone(site, event.data.kind),
    location: words.location,
    participants,
    relations: changes.map((change) => {
      const sentence = relationSentence(site, locale, {
        ...change,
        standing: change.effect === 'starts',
        setBy: change,
      });
      const phrases = locale.words.relationType(change.type);
      return { ...sentence, phrase: change.effect === 'starts' ? phrases.started : phrases.ended };
    }),
    chain: responseChain(indexes, event.id).map(item),
    responses: (indexes.responses.get(event.id) ?? []).slice(0, LIMITS.eventLinks).map(item),
    related: (indexes.related.get(event.id) ?? []).slice(0, LIMITS.eventLinks).map(item),
    html: words.html,
    disputes: event.data.disputes.map((dispute, i) => ({
      claim: words.disputes[i]?.claim ?? dispute.claim,
      note: words.disputes[i]?.note ?? dispute.note,
      madeBy: dispute.sources.map(number),
      contestedBy: dispute.contestedBy.map(number),
    })),
    references,
    previous: previous ? item(previous) : undefined,
    next: next ? item(next) : undefined,
  };
}

export interface SourceView {
  meta: PageMeta;
  id: string;
  headline?: string | undefined;
  description: string;
  /** The description's language, when it is not the page's (no translation yet). */
  descriptionLang?: string | undefined;
  publisher: string;
  publishedText: string;
  language: string;
  accessedText?: string | undefined;
  url: string;
  citedBy: { total: number; items: CitingItem[]; all?: string | undefined };
}

export type CitingItem = { type: 'event'; item: EventItem } | { type: 'actor'; item: ActorItem };

export function citingItems(
  site: Site,
  locale: Locale,
  source: SourceEntry,
  from = 0,
  count = LIMITS.sourceCitations,
): CitingItem[] {
  return (site.indexes.citedBy.get(source.id) ?? [])
    .slice(from, from + count)
    .map((citation) =>
      citation.type === 'event'
        ? { type: 'event', item: eventItem(site, locale, citation.entry) }
        : { type: 'actor', item: actorItem(site, locale, citation.entry) },
    );
}

export function sourceView(site: Site, locale: Locale, source: SourceEntry): SourceView {
  const path = (l: Locale) => l.paths.source(source.id);
  const words = sourceWords(source, locale.lang, site.defaultLang);
  const name = source.data.headline ?? words.description;
  const citedBy = site.indexes.citedBy.get(source.id) ?? [];
  const description = locale.t.t('source.metaDescription', {
    publisher: source.data.publisher,
    title: name,
  });
  const edit = editInfo(site, locale, 'sources', source.id, '.yaml', words.lang);
  return {
    meta: {
      lang: locale.lang,
      title: name,
      description,
      url: absoluteUrl(site.settings.url, path(locale)),
      ogType: 'article',
      alternates: alternates(site, path),
      image: cardImage(site, locale, siteCard(site, locale)),
      edit,
      jsonLd: sourcePageJsonLd(pageBase(site, locale, path(locale), name, description, edit), {
        name,
        url: source.data.url,
        publisher: source.data.publisher,
        datePublished: source.data.published,
        inLanguage: source.data.language,
      }),
    },
    id: source.id,
    headline: source.data.headline,
    description: words.description,
    descriptionLang: words.lang === locale.lang ? undefined : words.lang,
    publisher: source.data.publisher,
    publishedText: locale.t.date(source.data.published),
    language: source.data.language,
    accessedText: source.data.accessed ? locale.t.date(source.data.accessed) : undefined,
    url: source.data.url,
    citedBy: {
      total: citedBy.length,
      items: citingItems(site, locale, source),
      all:
        citedBy.length > LIMITS.sourceCitations
          ? locale.paths.sourceCitations(source.id)
          : undefined,
    },
  };
}
