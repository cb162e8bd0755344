/**
 * Everything the pages are made from, derived once per build from the checked content: the
 * entries and their indexes, the relations' history, and per language the words, messages,
 * paths and formatting. Pure: `src/data` builds it from Astro's collections, tests from plain
 * entries.
 */
import {
  createTranslator,
  mergeMessages,
  type Messages,
  type PartialMessages,
  type Translator,
} from './i18n.ts';
import {
  buildIndexes,
  type ActorEntry,
  type EventEntry,
  type Indexes,
  type SourceEntry,
} from './indexes.ts';
import { topicWords, type TopicWords } from './localize.ts';
import { sitePaths, type SitePaths } from './paths.ts';
import {
  changePeriods,
  latestStates,
  periodStates,
  relationChanges,
  type ChangePeriod,
  type PeriodState,
  type RelationChange,
  type RelationState,
} from './relations.ts';
import { LIMITS } from './limits.ts';
import type { Topic, TopicTranslation } from '../schemas/index.ts';

/** Deployment settings that pages show or link to. */
export interface Settings {
  /** The public origin, such as `https://example.org`. */
  url: string;
  /** The base path, such as `/` or `/explainer/`. */
  base: string;
  repository: string;
  branch: string;
  contentDir: string;
}

export interface Site {
  topic: Topic;
  settings: Settings;
  /** The languages, the default first, each with its locale. */
  languages: { code: string; locale: string }[];
  defaultLang: string;
  indexes: Indexes;
  /** Every relation change, oldest first. */
  changes: RelationChange[];
  /** Every relation's latest state. */
  latest: RelationState[];
  /** The latest states each actor is an end of, the most recently changed first. */
  relationsByActor: Map<string, RelationState[]>;
  /** The periods of the "as of" pages, oldest first, and the state at the end of each. */
  periods: ChangePeriod[];
  periodStates: PeriodState[];
  /** When git first and last changed each content file, keyed `events/x.mdx`. */
  history: ReadonlyMap<string, FileHistory>;
  /** The words and messages of each language. */
  locales: Map<string, Locale>;
}

/** When git first and last changed a file, as ISO 8601 with the committer's offset. */
export interface FileHistory {
  created: string;
  updated: string;
}

/** One language's words, messages, paths and formats. */
export interface Locale {
  lang: string;
  /** The BCP 47 locale for dates and Open Graph, such as `en-GB`. */
  locale: string;
  t: Translator;
  /** The complete interface text of the language. */
  messages: Messages;
  words: TopicWords;
  paths: SitePaths;
}

export interface SiteInput {
  topic: Topic;
  topicTranslations: Record<string, TopicTranslation>;
  /** Interface text from the content folder, by language. */
  locales: Record<string, PartialMessages>;
  /** Interface text the generator ships, by language. */
  shipped: ReadonlyMap<string, Messages>;
  actors: readonly ActorEntry[];
  events: readonly EventEntry[];
  sources: readonly SourceEntry[];
  settings: Settings;
  history: ReadonlyMap<string, FileHistory>;
}

export function buildSite(input: SiteInput): Site {
  const { topic, settings } = input;
  const languages = topic.languages.map((language) => ({
    code: language.code,
    locale: language.locale ?? language.code,
  }));
  const defaultLang = languages[0]!.code;
  const indexes = buildIndexes(input.actors, input.events, input.sources);
  const changes = relationChanges(indexes.chronology, topic);
  const periods = changePeriods(changes, LIMITS.asOfPages);
  const english = input.shipped.get('en')!;
  const locales = new Map(
    languages.map(({ code, locale }) => {
      const messages = mergeMessages(
        mergeMessages(english, input.shipped.get(code)),
        input.locales[code],
      );
      return [
        code,
        {
          lang: code,
          locale,
          t: createTranslator(messages, locale),
          messages,
          words: topicWords(
            topic,
            code === defaultLang ? undefined : input.topicTranslations[code],
          ),
          paths: sitePaths(settings.base, code, defaultLang),
        },
      ];
    }),
  );
  const latest = latestStates(changes, topic.relationTypes);
  const relationsByActor = new Map<string, RelationState[]>();
  for (const state of [...latest].reverse()) {
    for (const actor of new Set([state.from, state.to])) {
      const list = relationsByActor.get(actor);
      if (list) list.push(state);
      else relationsByActor.set(actor, [state]);
    }
  }
  return {
    topic,
    settings,
    languages,
    defaultLang,
    indexes,
    changes,
    latest,
    relationsByActor,
    periods,
    periodStates: periodStates(changes, topic.relationTypes, periods, LIMITS.asOfRows),
    history: input.history,
    locales,
  };
}

/** The locale of a language the site has. */
export function localeOf(site: Site, lang: string): Locale {
  const locale = site.locales.get(lang);
  if (!locale) throw new Error(`The site has no language "${lang}"`);
  return locale;
}
