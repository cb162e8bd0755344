/**
 * An entry's or the topic's words in one language. A translation gives the words; where it is
 * missing, the default language's words are used and marked as such, so a page can say so and
 * mark that text with its own `lang`. Facts always come from the base entry.
 */
import type { Topic, TopicTranslation } from '../schemas/index.ts';
import type { ActorEntry, EventEntry } from './indexes.ts';
import { smartQuotes as q } from './typography.ts';

/** Words in a language, and whether they are the default language's for want of a translation. */
export interface Words {
  /** The language the words are in. */
  lang: string;
  /** True when a translation into the requested language is missing. */
  fallback: boolean;
}

export interface ActorWords extends Words {
  name: string;
  summary: string;
  aliases: string[];
  /** The titles of the actor's roles, in order. */
  roleTitles: string[];
  html: string;
  references: string[];
}

export interface EventWords extends Words {
  title: string;
  summary: string;
  location?: string | undefined;
  /** Each participant's role, by actor id. */
  roles: Record<string, string>;
  disputes: { claim: string; note: string }[];
  html: string;
  references: string[];
}

/** The languages of a site: the default first. */
export interface LanguageSetting {
  code: string;
  locale: string;
}

/**
 * Each entry's words by language, made once: a page lists an event under every actor that took
 * part, by year, by kind and beside related events, and each list asked for its words again.
 * The words are read, never changed, so every list shares one object.
 */
function memoised<E extends object, W>(
  make: (entry: E, lang: string, defaultLang: string) => W,
): (entry: E, lang: string, defaultLang: string) => W {
  const made = new WeakMap<E, Map<string, W>>();
  return (entry, lang, defaultLang) => {
    let byLang = made.get(entry);
    if (!byLang) made.set(entry, (byLang = new Map()));
    const key = `${lang}\u0000${defaultLang}`;
    let words = byLang.get(key);
    if (words === undefined) byLang.set(key, (words = make(entry, lang, defaultLang)));
    return words;
  };
}

export const actorWords = memoised(makeActorWords);
export const eventWords = memoised(makeEventWords);

function makeActorWords(actor: ActorEntry, lang: string, defaultLang: string): ActorWords {
  const translation = lang === defaultLang ? undefined : actor.data.translations[lang];
  const base = actor.data;
  if (!translation) {
    return {
      lang: defaultLang,
      fallback: lang !== defaultLang,
      name: q(base.name),
      summary: q(base.summary),
      aliases: base.aliases,
      roleTitles: base.roles.map((role) => q(role.title)),
      html: actor.html ?? '',
      references: base.references,
    };
  }
  return {
    lang,
    fallback: false,
    name: q(translation.name),
    summary: q(translation.summary),
    // Other spellings in either language find the entry in this one.
    aliases: [...translation.aliases, base.name, ...base.aliases],
    roleTitles: base.roles.map((role, i) => q(translation.roles?.[i]?.title ?? role.title)),
    html: translation.html,
    references: translation.references.length > 0 ? translation.references : base.references,
  };
}

function makeEventWords(event: EventEntry, lang: string, defaultLang: string): EventWords {
  const translation = lang === defaultLang ? undefined : event.data.translations[lang];
  const base = event.data;
  const roles = Object.fromEntries(base.participants.map((p) => [p.actor, q(p.role)]));
  const disputes = base.disputes.map(({ claim, note }) => ({ claim: q(claim), note: q(note) }));
  if (!translation) {
    return {
      lang: defaultLang,
      fallback: lang !== defaultLang,
      title: q(base.title),
      summary: q(base.summary),
      location: base.location && q(base.location),
      roles,
      disputes,
      html: event.html ?? '',
      references: base.references,
    };
  }
  return {
    lang,
    fallback: false,
    title: q(translation.title),
    summary: q(translation.summary),
    location: translation.location ? q(translation.location) : base.location && q(base.location),
    roles: {
      ...roles,
      ...Object.fromEntries(
        Object.entries(translation.roles ?? {}).map(([id, role]) => [id, q(role)]),
      ),
    },
    disputes: disputes.map((dispute, i) => {
      const words = translation.disputes?.[i];
      return words ? { claim: q(words.claim), note: q(words.note) } : dispute;
    }),
    html: translation.html,
    references: translation.references.length > 0 ? translation.references : base.references,
  };
}

/** The topic's words in a language: its name, account and the labels of its vocabulary. */
export interface TopicWords {
  title: string;
  description: string;
  intro: { text: string; events: string[] }[];
  actorKind(id: string): { label: string; plural: string };
  eventKind(id: string): { label: string; plural: string };
  relationType(id: string): {
    label: string;
    forward: string;
    backward?: string | undefined;
    started: string;
    ended: string;
  };
}

export function topicWords(topic: Topic, translation: TopicTranslation | undefined): TopicWords {
  const fallbackLabel = (id: string) => ({ label: id, plural: id });
  const actorKinds = new Map(topic.actorKinds.map((kind) => [kind.id, kind]));
  const eventKinds = new Map(topic.eventKinds.map((kind) => [kind.id, kind]));
  const relationTypes = new Map(topic.relationTypes.map((type) => [type.id, type]));
  return {
    title: q(translation?.title ?? topic.title),
    description: q(translation?.description ?? topic.description),
    intro: topic.intro.map((paragraph, i) => ({
      text: q(translation?.intro?.[i]?.text ?? paragraph.text),
      events: paragraph.events,
    })),
    actorKind: (id) => own(translation?.actorKinds, id) ?? actorKinds.get(id) ?? fallbackLabel(id),
    eventKind: (id) => own(translation?.eventKinds, id) ?? eventKinds.get(id) ?? fallbackLabel(id),
    relationType: (id) => {
      const type = relationTypes.get(id);
      const words = own(translation?.relationTypes, id) ?? type;
      return words ?? { label: id, forward: id, started: id, ended: id };
    },
  };
}

/**
 * A translation's words for an id, if it gives them. Ids are the topic's, and `constructor` is
 * a valid one: a plain lookup would find the object's own constructor function instead.
 */
function own<T>(record: Record<string, T> | undefined, id: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, id) ? record[id] : undefined;
}

/** A source's description in a language: its translation's, or the default language's. */
export function sourceWords(
  source: {
    data: {
      description: string;
      translations?: Record<string, { description: string }> | undefined;
    };
  },
  lang: string,
  defaultLang: string,
): Words & { description: string } {
  const translation = lang === defaultLang ? undefined : source.data.translations?.[lang];
  if (!translation) {
    return {
      lang: defaultLang,
      fallback: lang !== defaultLang,
      description: q(source.data.description),
    };
  }
  return { lang, fallback: false, description: q(translation.description) };
}
