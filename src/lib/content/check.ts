/**
 * The checks across files: every id an entry names exists, citations and disputes cite listed
 * sources, relations join participants and follow the topic's rules, chains end, translations
 * match their base entry. It reads only the parsed files, so it is pure and cheap to run again
 * after one file changes. Together with `parse.ts` it decides what the site may publish.
 */
import type { Actor, Event, Source, Topic, TopicTranslation } from '../../schemas/index.ts';
import type {
  ActorTranslation,
  EventTranslation,
  SourceTranslation,
} from '../../schemas/translation.ts';
import { isAfter } from '../dates.ts';
import type { PartialMessages } from '../i18n.ts';
import type { ProcessedBody } from './body.ts';
import { COLLECTION_FOLDERS, TOPIC_FILE, type CollectionName } from './layout.ts';
import type { ParsedEntry, ParsedFile, ParsedLocale, ParsedTopic } from './parse.ts';
import type { Problem } from './problems.ts';

/** A checked entry, as the site's data module receives it. */
export interface ModelEntry<T> {
  id: string;
  /** The path editors see, such as `content/events/x.mdx`. */
  file: string;
  /** The path inside the content folder, such as `events/x.mdx`. */
  relative: string;
  data: T;
  body?: ProcessedBody | undefined;
  /** Translations by language. */
  translations: Map<string, ModelTranslation>;
}

export interface ModelTranslation {
  lang: string;
  file: string;
  relative: string;
  data: ActorTranslation | EventTranslation | SourceTranslation;
  body?: ProcessedBody | undefined;
}

/** Everything the site is built from, once it has passed the check. */
export interface ContentModel {
  topic: Topic;
  /** The topic's words in other languages, by language. */
  topicTranslations: Map<string, TopicTranslation>;
  /** Interface text from the content folder's `locales/`, by language. */
  locales: Map<string, PartialMessages>;
  actors: Map<string, ModelEntry<Actor>>;
  events: Map<string, ModelEntry<Event>>;
  sources: Map<string, ModelEntry<Source>>;
}

export interface CheckOptions {
  /** The path editors see for the content folder, such as `content`, for messages. */
  folder: string;
  /** Languages whose interface text the generator ships. */
  shippedLocales: ReadonlySet<string>;
}

export interface CrossCheck {
  problems: Problem[];
  /**
   * The model of every file that passed its own checks, or undefined without a valid topic.
   * Only a check with no problems may publish it; the preview server shows it as it is.
   */
  model: ContentModel | undefined;
}

const article = (word: string) => (/^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`);

/** Runs every check across the parsed files of one content folder. */
export function crossCheck(files: Iterable<ParsedFile>, options: CheckOptions): CrossCheck {
  const problems: Problem[] = [];
  let topicFile: ParsedTopic | undefined;
  const topicTranslations: ParsedTopic[] = [];
  const localeFiles: ParsedLocale[] = [];
  const bases: Record<CollectionName, Map<string, ParsedEntry>> = {
    actors: new Map(),
    events: new Map(),
    sources: new Map(),
  };
  const translations: ParsedEntry[] = [];
  for (const file of files) {
    if (file.role === 'topic') {
      if (file.lang === undefined) topicFile = file;
      else topicTranslations.push(file);
    } else if (file.role === 'locale') localeFiles.push(file);
    else if (file.lang === undefined) bases[file.collection].set(file.id, file);
    else translations.push(file);
  }

  if (!topicFile) {
    problems.push({
      file: `${options.folder}/${TOPIC_FILE}`,
      line: 1,
      field: 'file',
      message: `expected a topic file ${TOPIC_FILE} at the top of the content folder, received none (see CONTRIBUTING.md)`,
    });
    return { problems, model: undefined };
  }
  const topic = topicFile.data as Partial<Topic>;
  const problem = (file: ParsedFile, path: readonly PropertyKey[], field: string, message: string) =>
    problems.push({ file: file.file, line: file.lineOf(path), field, message });

  const exists = (collection: CollectionName, id: string | undefined) =>
    id === undefined || bases[collection].has(id);
  const expectId = (
    file: ParsedFile,
    path: readonly PropertyKey[],
    collection: CollectionName,
    id: string | undefined,
  ) => {
    if (exists(collection, id)) return;
    problem(
      file,
      path,
      fieldName(path),
      `expected the id of ${article(COLLECTION_FOLDERS[collection].singular)} in ${collection}/, received "${id}" (no such file)`,
    );
  };

  // The topic: the events its account rests on exist.
  topic.intro?.forEach((paragraph, i) =>
    paragraph.events.forEach((id, j) => expectId(topicFile, ['intro', i, 'events', j], 'events', id)),
  );
  const languages = topic.languages ?? [];
  const defaultLanguage = languages[0]?.code;
  const otherLanguages = new Set(languages.slice(1).map((language) => language.code));
  const localeLanguages = new Set(localeFiles.map((file) => file.lang));
  languages.forEach((language, i) => {
    if (options.shippedLocales.has(language.code) || localeLanguages.has(language.code)) return;
    problem(
      topicFile,
      ['languages', i, 'code'],
      `languages[${i}].code`,
      `expected a language with interface text, received "${language.code}" (add locales/${language.code}.yaml, see CONTRIBUTING.md)`,
    );
  });
  const declared = (file: ParsedFile, lang: string) => {
    if (otherLanguages.has(lang)) return true;
    problems.push({
      file: file.file,
      line: 1,
      field: 'file',
      message:
        lang === defaultLanguage
          ? `expected a translation into another language than the default, received "${lang}" (write it in the base file)`
          : `expected a language the topic declares (${[...otherLanguages].join(', ') || 'none besides the default'}), received "${lang}"`,
    });
    return false;
  };
  for (const file of localeFiles) {
    if (!languages.some((language) => language.code === file.lang)) declared(file, file.lang);
  }
  for (const file of topicTranslations) {
    if (!declared(file, file.lang!)) continue;
    checkTopicTranslation(file, topic, problem);
  }

  // Actors.
  const memberOf = new Map<string, string | undefined>();
  for (const actor of bases.actors.values()) {
    const data = actor.data as Partial<Actor>;
    memberOf.set(actor.id, data.memberOf);
    expectId(actor, ['memberOf'], 'actors', data.memberOf);
    if (data.memberOf === actor.id) {
      problem(actor, ['memberOf'], 'memberOf', 'expected another actor, received the actor itself');
    }
    data.roles?.forEach((role, i) => expectId(actor, ['roles', i, 'of'], 'actors', role.of));
    data.sources?.forEach((id, i) => expectId(actor, ['sources', i], 'sources', id));
    checkCitations(actor, data.sources, bases, problems);
  }
  const membershipLoops = loopsOf(memberOf);
  for (const actor of bases.actors.values()) {
    const loop = membershipLoops.get(actor.id);
    if (loop) {
      problem(actor, ['memberOf'], 'memberOf', `expected membership that ends, received a loop: ${loop(actor.id)}`);
    }
  }

  // Events.
  const eventKinds = new Map((topic.eventKinds ?? []).map((kind) => [kind.id, kind]));
  const relationTypes = new Map((topic.relationTypes ?? []).map((type) => [type.id, type]));
  const respondsTo = new Map<string, string | undefined>();
  const changes: RelationChange[] = [];
  for (const event of bases.events.values()) {
    const data = event.data as Partial<Event>;
    respondsTo.set(event.id, data.respondsTo);
    const participants = new Set((data.participants ?? []).map((p) => p.actor));
    data.participants?.forEach((p, i) => expectId(event, ['participants', i, 'actor'], 'actors', p.actor));
    data.sources?.forEach((id, i) => expectId(event, ['sources', i], 'sources', id));
    data.related?.forEach((id, i) => {
      expectId(event, ['related', i], 'events', id);
      if (id === event.id) {
        problem(event, ['related', i], `related[${i}]`, 'expected another event, received the event itself');
      }
    });
    const listed = new Set(data.sources ?? []);
    data.disputes?.forEach((dispute, i) => {
      for (const side of ['sources', 'contestedBy'] as const) {
        dispute[side].forEach((id, j) => {
          const path = ['disputes', i, side, j];
          if (!exists('sources', id)) expectId(event, path, 'sources', id);
          else if (data.sources && !listed.has(id)) {
            problem(event, path, fieldName(path), `expected a source the event lists under sources, received "${id}" (add it there)`);
          }
        });
      }
      const making = new Set(dispute.sources);
      dispute.contestedBy.forEach((id, j) => {
        if (!making.has(id)) return;
        const path = ['disputes', i, 'contestedBy', j];
        problem(event, path, fieldName(path), `expected a source on one side of the dispute, received "${id}" under both sources and contestedBy`);
      });
    });
    checkCitations(event, data.sources, bases, problems);

    const kind = data.kind === undefined ? undefined : eventKinds.get(data.kind);
    data.relations?.forEach((relation, i) => {
      const path = ['relations', i];
      for (const end of ['from', 'to'] as const) {
        if (!participants.has(relation[end])) {
          problem(event, [...path, end], `relations[${i}].${end}`, `expected one of the event's participants, received "${relation[end]}" (list it under participants)`);
        }
      }
      if (relation.from === relation.to) {
        problem(event, [...path, 'to'], `relations[${i}].to`, 'expected another actor than from, received the same');
      }
      if (!kind) return;
      const allowed = kind.relations.filter((r) => r.type === relation.type).map((r) => r.effect);
      if (allowed.length === 0) {
        problem(
          event,
          [...path, 'type'],
          `relations[${i}].type`,
          `expected a relation that ${kind.id} events may carry (${kind.relations.map((r) => `${r.type} ${r.effect}`).join(', ') || 'none: see eventKinds in the topic file'}), received "${relation.type}"`,
        );
        return;
      }
      let effect = relation.effect;
      if (effect !== undefined && !allowed.includes(effect)) {
        problem(event, [...path, 'effect'], `relations[${i}].effect`, `expected ${allowed.map((e) => `"${e}"`).join(' or ')} for ${relation.type} on ${kind.id} events, received "${effect}"`);
        return;
      }
      if (effect === undefined) {
        if (allowed.length > 1) {
          problem(event, path, `relations[${i}].effect`, `required field is missing: expected "starts" or "ends", since ${kind.id} events may do either to ${relation.type}`);
          return;
        }
        effect = allowed[0]!;
      }
      if (data.date !== undefined) {
        changes.push({ ...relation, effect, event: event.id, date: data.date, entry: event, index: i });
      }
    });

    if (data.respondsTo === undefined) continue;
    expectId(event, ['respondsTo'], 'events', data.respondsTo);
    const answered = bases.events.get(data.respondsTo)?.data.date as string | undefined;
    if (answered !== undefined && data.date !== undefined && isAfter(answered, data.date)) {
      problem(event, ['respondsTo'], 'respondsTo', `expected an event on or before ${data.date}, received "${data.respondsTo}" dated ${answered}`);
    }
  }
  const responseLoops = loopsOf(respondsTo);
  for (const event of bases.events.values()) {
    const loop = responseLoops.get(event.id);
    if (loop) {
      problem(event, ['respondsTo'], 'respondsTo', `expected a chain that ends, received a loop: ${loop(event.id)}`);
    }
  }
  for (const { change, message } of relationOrderProblems(changes, relationTypes)) {
    problem(change.entry, ['relations', change.index], `relations[${change.index}]`, message);
  }

  // Translations.
  for (const translation of translations) {
    if (!declared(translation, translation.lang!)) continue;
    const base = bases[translation.collection].get(translation.id);
    if (!base) {
      problems.push({
        file: translation.file,
        line: 1,
        field: 'id',
        message: `expected a translation of an existing entry, received "${translation.id}" (there is no ${translation.collection}/${translation.id}${COLLECTION_FOLDERS[translation.collection].extension})`,
      });
      continue;
    }
    checkTranslation(translation, base, problem, problems);
  }

  if (!topicFile.valid) return { problems, model: undefined };
  return { problems, model: buildModel(topicFile, topicTranslations, localeFiles, bases, translations) };
}

function fieldName(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

/**
 * Sources cited in a body must exist and be listed in the entry's `sources`. When the entry's
 * list could not be read (its frontmatter is broken), that mistake is reported already, and
 * calling every citation unlisted would only bury it.
 */
function checkCitations(
  entry: ParsedEntry,
  listed: readonly string[] | undefined,
  bases: Record<CollectionName, Map<string, ParsedEntry>>,
  problems: Problem[],
): void {
  const reported = new Set<string>();
  for (const citation of entry.body?.citations ?? []) {
    if (reported.has(citation.source)) continue;
    if (!bases.sources.has(citation.source)) {
      reported.add(citation.source);
      problems.push({
        file: entry.file,
        line: citation.line,
        field: 'body',
        message: `expected the id of a source in sources/, received "${citation.source}" (no such file)`,
      });
    } else if (listed !== undefined && !listed.includes(citation.source)) {
      reported.add(citation.source);
      problems.push({
        file: entry.file,
        line: citation.line,
        field: 'sources',
        message: `expected every source cited in the body to be listed under sources, received no "${citation.source}"`,
      });
    }
  }
}

type Report = (file: ParsedFile, path: readonly PropertyKey[], field: string, message: string) => void;

function checkTopicTranslation(file: ParsedTopic, topic: Partial<Topic>, problem: Report): void {
  const data = file.data as Partial<TopicTranslation>;
  const count = topic.intro?.length ?? 0;
  if (data.intro && data.intro.length !== count) {
    problem(file, ['intro'], 'intro', `expected ${count} paragraphs, as in topic.yaml, received ${data.intro.length}`);
  }
  const keys = [
    ['actorKinds', topic.actorKinds],
    ['eventKinds', topic.eventKinds],
    ['relationTypes', topic.relationTypes],
  ] as const;
  for (const [field, list] of keys) {
    const ids = new Set((list ?? []).map((item) => item.id));
    for (const id of Object.keys(data[field] ?? {})) {
      if (!ids.has(id)) problem(file, [field, id], `${field}.${id}`, `expected an id declared in topic.yaml, received "${id}"`);
    }
  }
}

function checkTranslation(
  translation: ParsedEntry,
  base: ParsedEntry,
  problem: Report,
  problems: Problem[],
): void {
  const sources = base.data.sources as string[] | undefined;
  const listed = new Set(sources);
  for (const citation of translation.body?.citations ?? []) {
    // The base entry's own problem, if its list cannot be read, is reported with it.
    if (sources === undefined || listed.has(citation.source)) continue;
    problems.push({
      file: translation.file,
      line: citation.line,
      field: 'body',
      message: `expected a source the base entry lists (${base.relative}), received "${citation.source}"`,
    });
  }
  if (translation.collection === 'actors') {
    const data = translation.data as Partial<ActorTranslation>;
    const roles = (base.data as Partial<Actor>).roles ?? [];
    if (data.roles && data.roles.length !== roles.length) {
      problem(translation, ['roles'], 'roles', `expected ${roles.length} role titles, as in ${base.relative}, received ${data.roles.length}`);
    }
  } else if (translation.collection === 'events') {
    const data = translation.data as Partial<EventTranslation>;
    const base_ = base.data as Partial<Event>;
    const participants = new Set((base_.participants ?? []).map((p) => p.actor));
    for (const actor of Object.keys(data.roles ?? {})) {
      if (!participants.has(actor)) {
        problem(translation, ['roles', actor], `roles.${actor}`, `expected a participant of ${base.relative}, received "${actor}"`);
      }
    }
    const disputes = base_.disputes?.length ?? 0;
    if (data.disputes && data.disputes.length !== disputes) {
      problem(translation, ['disputes'], 'disputes', `expected ${disputes} disputes, as in ${base.relative}, received ${data.disputes.length}`);
    }
  }
}

/**
 * The loops that following `next` from id to id runs into, by each id on one: a function that
 * writes the loop as seen from that id (`b → c → a → b`). Each id is walked once, however long
 * the chains, so that thousands of entries in one chain cost no more than thousands apart. An
 * id that only leads into a loop is not on it: the loop is reported at its own members.
 */
function loopsOf(next: ReadonlyMap<string, string | undefined>): Map<string, (from: string) => string> {
  const walkOf = new Map<string, number>();
  const loops = new Map<string, (from: string) => string>();
  let walk = 0;
  for (const start of next.keys()) {
    if (walkOf.has(start)) continue;
    walk += 1;
    const path: string[] = [];
    let current: string | undefined = start;
    while (current !== undefined && next.has(current) && !walkOf.has(current)) {
      walkOf.set(current, walk);
      path.push(current);
      current = next.get(current);
    }
    if (current === undefined || walkOf.get(current) !== walk) continue;
    const loop = path.slice(path.indexOf(current));
    const place = new Map(loop.map((id, i) => [id, i]));
    const write = (from: string) => describeLoop(loop, place.get(from) ?? 0);
    for (const id of loop) loops.set(id, write);
  }
  return loops;
}

/** A loop from its `first` member round to it again; a long one by its ends and its length. */
function describeLoop(loop: readonly string[], first: number): string {
  const at = (i: number) => loop[(first + i) % loop.length]!;
  if (loop.length <= 8) {
    return [...Array.from({ length: loop.length }, (_, i) => at(i)), at(0)].join(' → ');
  }
  return `${[0, 1, 2].map(at).join(' → ')} → … → ${at(loop.length - 1)} → ${at(0)} (${loop.length} entries)`;
}

interface RelationChange {
  type: string;
  from: string;
  to: string;
  effect: 'starts' | 'ends';
  event: string;
  date: string;
  entry: ParsedEntry;
  index: number;
}

/**
 * Replays every relation's starts and ends in date order. An end needs the relation to stand:
 * started earlier in the content, or, for a type that does not require a start, never ended
 * before (it then stood since before the content). Starts sort before ends on the same date,
 * since partial dates cannot order them.
 */
function relationOrderProblems(
  changes: RelationChange[],
  types: ReadonlyMap<string, { directed: boolean; requiresStart: boolean }>,
): { change: RelationChange; message: string }[] {
  const problems: { change: RelationChange; message: string }[] = [];
  const sorted = [...changes].sort(
    (a, b) =>
      (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) ||
      (a.effect === b.effect ? 0 : a.effect === 'starts' ? -1 : 1),
  );
  const state = new Map<string, { standing: boolean; since?: RelationChange }>();
  for (const change of sorted) {
    const type = types.get(change.type);
    if (!type) continue;
    const pair = type.directed ? [change.from, change.to] : [change.from, change.to].sort();
    const key = [change.type, ...pair].join('\u0000');
    const current = state.get(key);
    if (change.effect === 'starts') {
      state.set(key, { standing: true, since: change });
      continue;
    }
    if (!current && type.requiresStart) {
      problems.push({
        change,
        message: `expected ${change.type} between "${change.from}" and "${change.to}" to have started before it ends, received an end with no earlier start (the topic's relation type requires one)`,
      });
    } else if (current && !current.standing) {
      problems.push({
        change,
        message: `expected ${change.type} between "${change.from}" and "${change.to}" to stand before it ends, received a second end (already ended by "${current.since?.event}" on ${current.since?.date})`,
      });
    }
    state.set(key, { standing: false, since: change });
  }
  return problems;
}

function buildModel(
  topicFile: ParsedTopic,
  topicTranslations: ParsedTopic[],
  localeFiles: ParsedLocale[],
  bases: Record<CollectionName, Map<string, ParsedEntry>>,
  translations: ParsedEntry[],
): ContentModel {
  const entries = <T>(collection: CollectionName) => {
    const map = new Map<string, ModelEntry<T>>();
    for (const [id, file] of bases[collection]) {
      if (!file.valid) continue;
      map.set(id, {
        id,
        file: file.file,
        relative: file.relative,
        data: file.data as T,
        body: file.body,
        translations: new Map(),
      });
    }
    return map;
  };
  const model: ContentModel = {
    topic: topicFile.data as Topic,
    topicTranslations: new Map(
      topicTranslations.filter((file) => file.valid).map((file) => [file.lang!, file.data as TopicTranslation]),
    ),
    locales: new Map(
      localeFiles.filter((file) => file.valid).map((file) => [file.lang, file.data as PartialMessages]),
    ),
    actors: entries<Actor>('actors'),
    events: entries<Event>('events'),
    sources: entries<Source>('sources'),
  };
  for (const translation of translations) {
    if (!translation.valid) continue;
    const base = model[translation.collection].get(translation.id);
    base?.translations.set(translation.lang!, {
      lang: translation.lang!,
      file: translation.file,
      relative: translation.relative,
      data: translation.data as ActorTranslation | EventTranslation | SourceTranslation,
      body: translation.body,
    });
  }
  return model;
}
