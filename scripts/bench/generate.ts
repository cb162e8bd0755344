/**
 * Writes a synthetic but realistic content folder for the benchmark: the real content model,
 * valid against the real schemas and checker, shaped like a large explainer. About one actor
 * for every three events; each event has 2–5 participants, sources, and some have
 * `respondsTo` links (always to an earlier event), related events and disputes. Bodies are MDX
 * with `<Cite>` and `<Quote>`. A few actors (the big states) take part in a large share of
 * events, as in real topics, so pages whose lists grow with the corpus are exercised.
 *
 * The same seed gives the same corpus, so runs on different days compare like with like.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { TopicSchema, type Topic } from '../../src/schemas/index.ts';
import { formatPartialDate, isAfter, precisionOf } from '../../src/lib/dates.ts';
import * as words from './words.ts';

export interface CorpusOptions {
  /** Actors plus events: the entries that get pages. Sources come on top, one or two per event. */
  entries: number;
  /** The content folder to write; it must not exist yet or be empty. */
  dir: string;
  /** Seed of the pseudo-random generator. Default 1. */
  seed?: number;
  /**
   * Languages of the corpus: 1, English only, or 2, with a translation into Cyrillic-script `uk` of every actor
   * and event (`<id>.uk.mdx`), as the explainer's own content has. Default 1.
   */
  languages?: 1 | 2;
}

export interface Corpus {
  dir: string;
  actors: string[];
  events: string[];
  sources: string[];
  /** The languages' codes, the default first. */
  languages: string[];
}

/** The corpus's topic file, which gives the generator its kinds of actor and event. */
export const BENCH_TOPIC_FILE = new URL('topic.yaml', import.meta.url);
const topicText = readFileSync(BENCH_TOPIC_FILE, 'utf8');
const TOPIC: Topic = TopicSchema.parse(parse(topicText));
/** Each event kind's headline verb and first two roles. */
const VOCABULARY = parse(
  readFileSync(new URL('vocabulary.yaml', import.meta.url), 'utf8'),
) as Record<string, { verb: string; roles: string[]; uk: string }>;
const EVENT_TEMPLATES = TOPIC.eventKinds.map((kind) => {
  const words = VOCABULARY[kind.id];
  if (!words)
    throw new Error(`scripts/bench/vocabulary.yaml has no words for the event kind "${kind.id}".`);
  return { kind: kind.id, ...words, relations: kind.relations };
});
// The actor kinds in the order the generator uses them: states, bodies, entities,
// organisations, people.
const [STATE, BODY, ENTITY, ORGANISATION, PERSON] = TOPIC.actorKinds.map((kind) => kind.id) as [
  string,
  string,
  string,
  string,
  string,
];
const DIRECTED = new Map(TOPIC.relationTypes.map((type) => [type.id, type]));

interface ActorDraft {
  id: string;
  name: string;
  kind: string;
  summary: string;
  aliases: string[];
  memberOf?: string;
  roles: { title: string; of: string; start: string; end?: string }[];
  sources: string[];
  /** Where the actor belongs, for prose. */
  country: string;
}

interface SourceDraft {
  id: string;
  headline: string;
  description: string;
  publisher: string;
  url: string;
  published: string;
  language: string;
}

// mulberry32: small, fast and good enough to shape test data.
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const INITIALS = 'ABCDEFGHIJKLMNOPRSTVWZ'.split('');

/** "On 13 July 2022", "In July 2022" or "In 2022", as the date's precision allows. */
function when(date: string, capital = true): string {
  const preposition = precisionOf(date) === 'day' ? 'on' : 'in';
  const word = capital ? `${preposition[0]?.toUpperCase()}${preposition.slice(1)}` : preposition;
  return `${word} ${formatPartialDate(date)}`;
}

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ł/g, 'l')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Generates the corpus in memory and writes it to `dir`. */
export async function generateCorpus(options: CorpusOptions): Promise<Corpus> {
  const rand = random(options.seed ?? 1);
  const int = (min: number, max: number) => min + Math.floor(rand() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const chance = (p: number) => rand() < p;

  const actorCount = Math.max(4, Math.round(options.entries / 4));
  const eventCount = Math.max(1, options.entries - actorCount);

  const usedIds = new Set<string>();
  const uniqueId = (base: string) => {
    let id = slug(base);
    for (let n = 2; usedIds.has(id); n++) id = `${slug(base)}-${n}`;
    usedIds.add(id);
    return id;
  };
  const usedNames = new Set<string>();
  const uniqueName = (make: () => string) => {
    for (let attempt = 0; ; attempt++) {
      const base = make();
      const name = attempt < 3 ? base : `${base} (${attempt - 1})`;
      if (!usedNames.has(name)) {
        usedNames.add(name);
        return name;
      }
    }
  };

  // Actors: states first, so that the most frequent participants are states, as in real topics.
  const actors: ActorDraft[] = [];
  const states: ActorDraft[] = [];
  const bodies: ActorDraft[] = [];
  for (let i = 0; i < actorCount; i++) {
    const share = i / actorCount;
    const country =
      i < words.COUNTRIES.length ? (words.COUNTRIES[i] as string) : pick(words.COUNTRIES);
    let draft: ActorDraft;
    if (i < Math.min(words.COUNTRIES.length, Math.max(2, actorCount * 0.04))) {
      const name = uniqueName(() => `Republic of ${country}`);
      draft = {
        id: uniqueId(country),
        name,
        kind: STATE,
        summary: `${name} is a state whose government and officials appear throughout this topic.`,
        aliases: [country, `Government of ${country}`],
        roles: [],
        sources: [],
        country,
      };
      states.push(draft);
    } else if (share < 0.12 && states.length > 0) {
      const state = pick(states);
      const name = uniqueName(() => `${pick(words.BODIES)} of ${state.country}`);
      draft = {
        id: uniqueId(name),
        name,
        kind: BODY,
        summary: `The ${name} is a government body of ${state.name}.`,
        aliases: [],
        memberOf: state.id,
        roles: [],
        sources: [],
        country: state.country,
      };
      bodies.push(draft);
    } else if (share < 0.16) {
      const name = uniqueName(() => `${pick(words.REGIONS)} ${country} People's Republic`);
      draft = {
        id: uniqueId(name),
        name,
        kind: ENTITY,
        summary: `The ${name} is a self-proclaimed entity whose status is disputed.`,
        aliases: [
          name
            .split(' ')
            .map((w) => w[0])
            .join(''),
        ],
        roles: [],
        sources: [],
        country,
      };
    } else if (share < 0.24) {
      const name = uniqueName(() => `${country} ${pick(words.ORGANIZATIONS)}`);
      draft = {
        id: uniqueId(name),
        name,
        kind: ORGANISATION,
        summary: `The ${name} is a non-governmental organisation based in ${country}.`,
        aliases: [],
        roles: [],
        sources: [],
        country,
      };
    } else {
      const first = pick(words.FIRST_NAMES);
      const last = pick(words.SURNAMES);
      // Two people may share a name; a middle initial tells them apart, as editors would.
      const name = uniqueName(() =>
        usedNames.has(`${first} ${last}`)
          ? `${first} ${pick(INITIALS)}. ${last}`
          : `${first} ${last}`,
      );
      const body = bodies.length > 0 && chance(0.6) ? pick(bodies) : undefined;
      const start = `${int(1995, 2018)}-${pad(int(1, 12))}`;
      const title = pick(words.ROLE_TITLES);
      draft = {
        id: uniqueId(name),
        name,
        kind: PERSON,
        summary: body
          ? `${name} has served as ${title} at the ${body.name}.`
          : `${name} is a public figure from ${country} quoted in a number of reports.`,
        aliases: chance(0.3) ? [last] : [],
        roles: body
          ? [
              {
                title,
                of: body.id,
                start,
                ...(chance(0.5) ? { end: `${Number(start.slice(0, 4)) + int(1, 6)}` } : {}),
              },
            ]
          : [],
        sources: [],
        country: body?.country ?? country,
      };
      if (body) draft.memberOf = body.id;
    }
    actors.push(draft);
  }

  // Participation follows Zipf's law over actors in creation order, so the first states take
  // part in thousands of events at 10,000 entries while most people appear in a few.
  const weights = actors.map((_, i) => 1 / (i + 1));
  const cumulative: number[] = [];
  weights.reduce((sum, w, i) => (cumulative[i] = sum + w), 0);
  const total = cumulative[cumulative.length - 1] as number;
  const zipfActor = (): ActorDraft => {
    const target = rand() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) < target) lo = mid + 1;
      else hi = mid;
    }
    return actors[lo] as ActorDraft;
  };

  // Event dates, oldest first, so `respondsTo` can always point back in time.
  const dates: string[] = [];
  const startDay = Date.UTC(1991, 0, 1);
  const span = Date.UTC(2025, 11, 31) - startDay;
  for (let i = 0; i < eventCount; i++)
    dates.push(new Date(startDay + rand() * span).toISOString().slice(0, 10));
  dates.sort();
  const partial = (day: string) =>
    chance(0.05) ? day.slice(0, 4) : chance(0.1) ? day.slice(0, 7) : day;

  const sources: SourceDraft[] = [];
  const sourceById = new Map<string, SourceDraft>();
  const newSource = (day: string, about: string): SourceDraft => {
    const publisher = pick(words.PUBLISHERS);
    const published = new Date(Date.parse(day) + int(0, 3) * 86_400_000).toISOString().slice(0, 10);
    const id = uniqueId(`${publisher.replace(/^The /, '')} ${published}`);
    const source = {
      id,
      headline: `${about}, ${pick(['officials say', 'reports say', 'statement confirms', 'analysts note', 'sources report'])}`,
      description: `${publisher}'s report of ${about.charAt(0).toLowerCase()}${about.slice(1)}.`,
      publisher,
      url: `https://news.example.org/${slug(publisher)}/${published.replaceAll('-', '/')}/${id}`,
      published,
      language: pick(words.LANGUAGES),
    };
    sources.push(source);
    sourceById.set(id, source);
    return source;
  };

  const eventFiles: { id: string; text: string }[] = [];
  const eventDrafts: EventDraft[] = [];
  /** Whether each relation stands, by type and ends, as events so far left it. */
  const relationStates = new Map<string, boolean>();
  const eventDates: string[] = [];
  const eventIds: string[] = [];
  const appearances = new Map<string, string[]>();
  for (let i = 0; i < eventCount; i++) {
    const template = pick(EVENT_TEMPLATES);
    const count = int(2, 5);
    const chosen = new Map<string, ActorDraft>();
    while (chosen.size < Math.min(count, actors.length)) {
      const actor = zipfActor();
      chosen.set(actor.id, actor);
    }
    const cast = [...chosen.values()];
    const subject = cast[0] as ActorDraft;
    const object = cast[1] as ActorDraft;
    // Events that change relations keep their day, so the order of changes stays certain.
    const date = template.relations.length > 0 ? (dates[i] as string) : partial(dates[i] as string);
    const title = `${subject.name} ${template.verb} ${object.name}`;
    const id = uniqueId(`${title} ${date}`);
    const topic = pick(words.TOPICS);

    // Sources published on or after the event: mostly shared with recent events.
    const sourceIds = new Set<string>();
    const wanted = int(1, 3);
    while (sourceIds.size < wanted) {
      const recent = sources.slice(-60).filter((s) => !isAfter(dates[i] as string, s.published));
      const source =
        recent.length > 0 && chance(0.8) ? pick(recent) : newSource(dates[i] as string, title);
      sourceIds.add(source.id);
    }
    const listed = [...sourceIds];
    const participants = cast.map((actor, n) => ({
      actor: actor.id,
      role: template.roles[n] ?? pick(words.EXTRA_ROLES),
    }));
    for (const actor of cast) {
      const list = appearances.get(actor.id) ?? [];
      list.push(...listed);
      appearances.set(actor.id, list);
    }

    const frontmatter: Record<string, unknown> = {
      title,
      date,
      kind: template.kind,
      summary: `${when(date)} ${subject.name} ${template.verb} ${object.name}, in a step concerning ${topic}.`,
      participants,
      sources: listed,
    };
    // The relations the kind carries, between the first two participants, where the rules
    // allow: an end needs the relation to stand (or, where no start is required, never to
    // have ended before).
    const relations = template.relations.flatMap(({ type, effect }) => {
      const relationType = DIRECTED.get(type)!;
      const ends =
        relationType.directed || subject.id < object.id
          ? [subject.id, object.id]
          : [object.id, subject.id];
      const key = `${type} ${ends.join(' ')}`;
      const standing = relationStates.get(key);
      if (
        effect === 'ends' &&
        (standing === false || (standing === undefined && relationType.requiresStart))
      )
        return [];
      relationStates.set(key, effect === 'starts');
      return [{ type, from: subject.id, to: object.id }];
    });
    if (relations.length > 0) frontmatter.relations = relations;
    if (chance(0.4)) frontmatter.location = pick(words.PLACES);
    if (i > 0 && chance(0.2)) {
      // An earlier event, usually a recent one, so response chains stay short as in reality.
      const back = Math.min(i, 1 + Math.floor(rand() * rand() * 200));
      const earlier = eventIds[i - back] as string;
      if (!isAfter(eventDates[i - back] as string, date)) frontmatter.respondsTo = earlier;
    }
    if (i > 1 && chance(0.15)) {
      frontmatter.related = [...new Set([eventIds[int(Math.max(0, i - 50), i - 1)] as string])];
    }
    if (listed.length >= 2 && chance(0.1)) {
      frontmatter.disputes = [
        {
          claim: `Whether ${object.name} was informed in advance`,
          sources: [listed[0]],
          contestedBy: [listed[1]],
          note: `${sourceById.get(listed[0] as string)?.publisher} says it was; ${sourceById.get(listed[1] as string)?.publisher} reports that it learned of the step afterwards.`,
        },
      ];
    }

    const body = [
      `${subject.name} ${template.verb} ${object.name} ${when(date, false)}, according to contemporary reports. <Cite source="${listed[0]}" /> The step concerned ${topic}, a question that had been raised repeatedly in the preceding months.`,
      `${
        cast
          .slice(2)
          .map((a) => a.name)
          .join(', ') || object.name
      } ${cast.length > 2 ? 'were also involved' : 'responded within days'}, and officials in ${subject.country} described the decision as final. <Cite source="${listed[listed.length - 1]}" />`,
    ];
    if (chance(0.3)) {
      body.push(
        `<Quote source="${listed[0]}" by="${subject.name}">\nWe have taken this decision with full regard for ${topic}.\n</Quote>`,
      );
    }
    body.push(
      `Observers noted that the move followed earlier disagreements over ${pick(words.TOPICS)} and ${pick(words.TOPICS)}.`,
    );
    eventFiles.push({ id, text: mdx(frontmatter, body.join('\n\n')) });
    eventDrafts.push({
      id,
      subject,
      object,
      verb: template.uk,
      date,
      topic,
      sources: listed,
      disputes: frontmatter.disputes ? 1 : 0,
    });
    eventDates.push(date);
    eventIds.push(id);
  }

  // Actors cite the sources of events they took part in, or any source if they took part in none.
  const actorFiles = actors.map((actor) => {
    const pool = appearances.get(actor.id) ?? [];
    const cited = [
      ...new Set([
        pick(pool.length > 0 ? pool : sources.map((s) => s.id)),
        ...(pool.length > 3 ? [pick(pool)] : []),
      ]),
    ];
    actor.sources = cited;
    const frontmatter: Record<string, unknown> = {
      name: actor.name,
      kind: actor.kind,
      summary: actor.summary,
      aliases: actor.aliases,
      ...(actor.memberOf ? { memberOf: actor.memberOf } : {}),
      roles: actor.roles,
      sources: cited,
    };
    const body = [
      `${actor.summary} <Cite source="${cited[0]}" />`,
      `Reports describe ${actor.name} in connection with ${pick(words.TOPICS)} and ${pick(words.TOPICS)}, often alongside officials from ${actor.country}. <Cite source="${cited[cited.length - 1]}" />`,
    ];
    return { id: actor.id, text: mdx(frontmatter, body.join('\n\n')) };
  });

  const sourceFiles = sources.map((source) => {
    const { id, ...data } = source;
    return { id, text: dumpYaml(data) };
  });

  for (const folder of ['actors', 'events', 'sources']) {
    await mkdir(path.join(options.dir, folder), { recursive: true });
  }
  await writeAll(options.dir, 'actors', '.mdx', actorFiles);
  await writeAll(options.dir, 'events', '.mdx', eventFiles);
  await writeAll(options.dir, 'sources', '.yaml', sourceFiles);
  const languages = ['en'];
  if ((options.languages ?? 1) >= 2) {
    languages.push('uk');
    await writeAll(options.dir, 'actors', '.uk.mdx', actors.map(actorTranslation));
    await writeAll(options.dir, 'events', '.uk.mdx', eventDrafts.map(eventTranslation));
  }
  await writeFile(path.join(options.dir, 'topic.yaml'), topicFile(languages));

  return {
    dir: options.dir,
    actors: actorFiles.map((f) => f.id),
    events: eventFiles.map((f) => f.id),
    sources: sourceFiles.map((f) => f.id),
    languages,
  };
}

/** The corpus's topic file, declaring its languages; the interface text of each is shipped. */
function topicFile(languages: readonly string[]): string {
  if (languages.length === 1) return topicText;
  const topic = parse(topicText) as { languages: { code: string; locale?: string }[] };
  topic.languages = languages.map((code) =>
    code === 'uk'
      ? { code, locale: 'uk-UA' }
      : (topic.languages.find((l) => l.code === code) ?? { code }),
  );
  return dumpYaml(topic);
}

// Latin letters to Cyrillic, so that the translations' names are written in the script the
// second language uses, and search indexes them as other words than the English ones.
const CYRILLIC: Record<string, string> = {
  a: 'а',
  b: 'б',
  c: 'к',
  d: 'д',
  e: 'е',
  f: 'ф',
  g: 'г',
  h: 'х',
  i: 'і',
  j: 'й',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  o: 'о',
  p: 'п',
  q: 'к',
  r: 'р',
  s: 'с',
  t: 'т',
  u: 'у',
  v: 'в',
  w: 'в',
  x: 'кс',
  y: 'и',
  z: 'з',
};

/** A Latin name written in Cyrillic letters, as the generated translations write names. */
export function cyrillic(text: string): string {
  return text.replace(/[a-z]/gi, (letter) => {
    const lower = CYRILLIC[letter.toLowerCase()] ?? letter;
    return letter === letter.toLowerCase() ? lower : lower.charAt(0).toUpperCase() + lower.slice(1);
  });
}

/** The date as the second language writes it, with the precision it has: 13.07.2022, 07.2022 or 2022. */
function secondLanguageDate(date: string): string {
  return date.split('-').reverse().join('.');
}

function actorTranslation(actor: ActorDraft): { id: string; text: string } {
  const name = cyrillic(actor.name);
  const frontmatter = {
    name,
    summary: `${name}: дійова особа цієї теми, пов'язана з ${cyrillic(actor.country)}.`,
  };
  const body = [
    `${name} згадується у звітах про події цієї теми. <Cite source="${actor.sources[0]}" />`,
    `Джерела описують ${name} разом із посадовцями з ${cyrillic(actor.country)}. <Cite source="${actor.sources[actor.sources.length - 1]}" />`,
  ];
  return { id: actor.id, text: mdx(frontmatter, body.join('\n\n')) };
}

/** What a translation of an event needs: its words and the base entry's facts. */
interface EventDraft {
  id: string;
  subject: ActorDraft;
  object: ActorDraft;
  verb: string;
  date: string;
  topic: string;
  sources: string[];
  disputes: number;
}

function eventTranslation(event: EventDraft): { id: string; text: string } {
  const [subject, object] = [cyrillic(event.subject.name), cyrillic(event.object.name)];
  const title = `${subject} ${event.verb} ${object}`;
  const frontmatter: Record<string, unknown> = {
    title,
    summary: `${secondLanguageDate(event.date)}: ${title}; крок стосувався теми «${cyrillic(event.topic)}».`,
  };
  if (event.disputes > 0) {
    frontmatter.disputes = [
      {
        claim: `Чи було ${object} повідомлено заздалегідь`,
        note: 'Джерела розходяться щодо того, коли про цей крок стало відомо.',
      },
    ];
  }
  const body = [
    `${title} ${secondLanguageDate(event.date)}, за повідомленнями тогочасних джерел. <Cite source="${event.sources[0]}" />`,
    `Посадовці описали рішення як остаточне. <Cite source="${event.sources[event.sources.length - 1]}" />`,
  ];
  return { id: event.id, text: mdx(frontmatter, body.join('\n\n')) };
}

function dumpYaml(data: unknown): string {
  return stringify(data, { lineWidth: 0, aliasDuplicateObjects: false });
}

function mdx(frontmatter: Record<string, unknown>, body: string): string {
  return `---\n${dumpYaml(frontmatter)}---\n\n${body}\n`;
}

async function writeAll(
  dir: string,
  folder: string,
  extension: string,
  files: { id: string; text: string }[],
): Promise<void> {
  // Bounded batches: tens of thousands of parallel writes exhaust file descriptors, and a
  // stock macOS allows a process 256.
  for (let i = 0; i < files.length; i += 32) {
    await Promise.all(
      files
        .slice(i, i + 32)
        .map((f) => writeFile(path.join(dir, folder, `${f.id}${extension}`), f.text)),
    );
  }
}
