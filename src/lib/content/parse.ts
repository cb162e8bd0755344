/**
 * Reads one file of a content folder: splits an entry into frontmatter and body, parses the
 * YAML once, validates it against its schema and processes the body once. The checker, the
 * build's loaders and the preview server all use this result; nothing reads a file twice.
 */
import type { z } from 'astro/zod';
import {
  collectionSchemas,
  translationSchema,
  TopicSchema,
  TopicTranslationSchema,
  type Topic,
} from '../../schemas/index.ts';
import { LocaleFileSchema } from '../../schemas/locale.ts';
import { processBody, type ProcessedBody } from './body.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { COLLECTION_FOLDERS, type CollectionName, type Placement } from './layout.ts';
import { INPUT_LIMITS } from './limits.ts';
import type { Problem } from './problems.ts';
import { parseYaml, type ParsedYaml } from './yaml.ts';

/** A file of the content folder, read. */
export interface ContentFile {
  /** Its path as editors see it, relative to the project: `content/events/x.mdx`. */
  path: string;
  /** Its path inside the content folder: `events/x.mdx`. */
  relative: string;
  placement: Exclude<Placement, { role: 'documentation' }>;
  text: string;
}

interface ParsedBase {
  file: string;
  relative: string;
  /** Problems found in this file alone. */
  problems: Problem[];
  /** The fields that passed their schema: all of them when the file is valid. */
  data: Record<string, unknown>;
  /** Whether the whole file passed. */
  valid: boolean;
  lineOf(path: readonly PropertyKey[]): number;
}

export interface ParsedTopic extends ParsedBase {
  role: 'topic';
  lang?: string | undefined;
}

export interface ParsedLocale extends ParsedBase {
  role: 'locale';
  lang: string;
}

export interface ParsedEntry extends ParsedBase {
  role: 'entry';
  collection: CollectionName;
  id: string;
  /** The language of a translation; undefined for the base entry. */
  lang?: string | undefined;
  /** The processed body of an MDX entry. */
  body?: ProcessedBody | undefined;
  /** The file line of the body's first line, for later problems in it. */
  bodyLine?: number;
}

export type ParsedFile = ParsedTopic | ParsedLocale | ParsedEntry;

export interface ParseContext {
  /** The topic the entries are checked against. */
  topic: Pick<Topic, 'actorKinds' | 'eventKinds' | 'relationTypes'>;
  /** The base path links in a body get, by the entry's language (undefined: the default). */
  linkBase(lang: string | undefined): string;
  /** In a language, the note that says a quotation is translated from another language. */
  translationNote(lang: string | undefined, original: string): string;
}

/** Parses the topic file on its own, since every other file is checked against it. */
export function parseTopicFile(file: ContentFile): ParsedTopic {
  const lang = file.placement.role === 'topic' ? file.placement.lang : undefined;
  const schema = lang === undefined ? TopicSchema : TopicTranslationSchema;
  return { role: 'topic', lang, ...parseData(file, file.text, 1, schema) };
}

export function parseLocaleFile(file: ContentFile & { placement: { role: 'locale' } }): ParsedLocale {
  return { role: 'locale', lang: file.placement.lang, ...parseData(file, file.text, 1, LocaleFileSchema) };
}

/** Parses an actor, event, source or translation against the topic's schemas. */
export function parseEntryFile(
  file: ContentFile & { placement: { role: 'entry' } },
  context: ParseContext,
): ParsedEntry {
  const { collection, id, lang } = file.placement;
  const schema =
    lang === undefined ? collectionSchemas(context.topic)[collection] : translationSchema(collection)!;
  const base = { role: 'entry' as const, collection, id, lang };
  if (COLLECTION_FOLDERS[collection].extension !== '.mdx') {
    return {
      ...base,
      ...parseData(file, file.text, 1, schema as unknown as z.ZodType, lang !== undefined),
    };
  }
  const tooBig = sizeProblem(file);
  if (tooBig) return { ...base, ...failed(file, [tooBig]) };
  const split = splitFrontmatter(file.text);
  if (!split) {
    return {
      ...base,
      ...failed(file, [
        {
          file: file.path,
          line: 1,
          field: 'frontmatter',
          message: 'expected YAML frontmatter between two --- lines at the top of the file, received none',
        },
      ]),
    };
  }
  if (split.yaml.length > INPUT_LIMITS.frontmatterBytes) {
    return {
      ...base,
      ...failed(file, [
        {
          file: file.path,
          line: 2,
          field: 'frontmatter',
          message: `expected at most ${INPUT_LIMITS.frontmatterBytes} bytes of frontmatter, received ${split.yaml.length}`,
        },
      ]),
    };
  }
  const parsed = parseData(file, split.yaml, 2, schema as unknown as z.ZodType, lang !== undefined);
  const listed = lang === undefined && Array.isArray(parsed.data.sources) ? (parsed.data.sources as string[]) : [];
  const body = processBody(split.body, {
    firstLine: split.bodyLine,
    base: context.linkBase(lang),
    listed,
    translation: {
      note: (original) => context.translationNote(lang, original),
      original: `${context.linkBase(undefined)}${collection}/${id}/`,
    },
  });
  const problems = [
    ...parsed.problems,
    ...body.problems.map((problem) => ({
      file: file.path,
      line: problem.line,
      field: 'body',
      message: problem.message,
    })),
  ];
  return {
    ...base,
    ...parsed,
    problems,
    valid: parsed.valid && body.problems.length === 0,
    body,
    bodyLine: split.bodyLine,
  };
}

/** A file the parser failed on: refused on its first line with what went wrong. */
export function unreadableFile(file: ContentFile, error: unknown): ParsedFile {
  const reason = error instanceof Error ? error.message : String(error);
  const base = failed(file, [
    {
      file: file.path,
      line: 1,
      field: 'file',
      message: `expected a file the check can read, received one it failed on: ${reason.split('\n')[0]} (please report this)`,
    },
  ]);
  const { placement } = file;
  if (placement.role === 'entry') {
    const { collection, id, lang } = placement;
    return { role: 'entry', collection, id, lang, ...base };
  }
  if (placement.role === 'locale') return { role: 'locale', lang: placement.lang, ...base };
  return { role: 'topic', lang: placement.lang, ...base };
}

function failed(file: ContentFile, problems: Problem[]): Omit<ParsedBase, never> {
  return {
    file: file.path,
    relative: file.relative,
    problems,
    data: {},
    valid: false,
    lineOf: () => 1,
  };
}

function sizeProblem(file: ContentFile): Problem | undefined {
  if (file.text.length <= INPUT_LIMITS.fileBytes) return undefined;
  return {
    file: file.path,
    line: 1,
    field: 'file',
    message: `expected at most ${INPUT_LIMITS.fileBytes} bytes, received ${file.text.length}`,
  };
}

/** Parses YAML text and validates it, with every problem on its line. */
function parseData(
  file: ContentFile,
  text: string,
  firstLine: number,
  schema: z.ZodType,
  translation = false,
): Omit<ParsedBase, never> {
  const tooBig = sizeProblem(file);
  if (tooBig) return failed(file, [tooBig]);
  const yaml = parseYaml(text, firstLine);
  // The YAML of an entry is its frontmatter; a source, the topic or a locale is all YAML.
  const where = firstLine === 1 ? 'yaml' : 'frontmatter';
  const problem = (line: number, field: string, message: string): Problem => ({
    file: file.path,
    line,
    field,
    message,
  });
  if (yaml.value === undefined) {
    return {
      ...failed(file, yaml.problems.map((p) => problem(p.line, where, p.message))),
      lineOf: yaml.lineOf,
    };
  }
  const raw = yaml.value;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return {
      ...failed(file, [
        problem(firstLine, where, `expected a mapping of fields (name: value), received ${describe(raw)}`),
      ]),
      lineOf: yaml.lineOf,
    };
  }
  const result = schema.safeParse(raw, { reportInput: true });
  if (result.success) {
    return {
      file: file.path,
      relative: file.relative,
      problems: [],
      data: result.data as Record<string, unknown>,
      valid: true,
      lineOf: yaml.lineOf,
    };
  }
  const problems = result.error.issues.flatMap((issue) =>
    issueToProblems(issue, yaml, translation).map((p) => problem(p.line, p.field, p.message)),
  );
  return {
    file: file.path,
    relative: file.relative,
    problems,
    // A schema error in one field must not hide a broken reference in another, so the
    // checks across entries still see every field that is valid on its own.
    data: validFields(schema, raw as Record<string, unknown>),
    valid: false,
    lineOf: yaml.lineOf,
  };
}

function validFields(schema: z.ZodType, raw: Record<string, unknown>): Record<string, unknown> {
  const shape = (schema as unknown as { shape?: Record<string, z.ZodType> }).shape ?? {};
  const data: Record<string, unknown> = {};
  for (const [key, fieldSchema] of Object.entries(shape)) {
    const field = fieldSchema.safeParse(raw[key]);
    if (field.success && field.data !== undefined) data[key] = field.data;
  }
  return data;
}

// Fields of a base entry that a translation may not set, because they are facts.
const FACT_FIELDS = new Set([
  'kind',
  'date',
  'participants',
  'relations',
  'sources',
  'respondsTo',
  'related',
  'memberOf',
  'url',
  'published',
  'language',
  'accessed',
  'publisher',
  // The publisher's own headline stays in the report's language.
  'headline',
]);

function issueToProblems(
  issue: z.core.$ZodIssue,
  yaml: ParsedYaml,
  translation: boolean,
): { line: number; field: string; message: string }[] {
  const field = formatPath(issue.path);
  if ('keys' in issue && Array.isArray(issue.keys)) {
    return issue.keys.map((key) => {
      const path = [...issue.path, key];
      const message =
        translation && issue.path.length === 0 && FACT_FIELDS.has(key)
          ? 'expected only words in a translation, received a fact field (facts come from the base entry: delete it here)'
          : 'expected no such field (check its spelling against CONTRIBUTING.md), received an unknown field';
      return { line: yaml.lineOf(path), field: formatPath(path), message };
    });
  }
  let message = issue.message.replace(/^Invalid (input|option): /, '');
  if ('input' in issue && issue.input === undefined && issue.code !== 'custom') {
    // A field that is not there at all: whatever the schema expected, it is missing.
    message = `required field is missing: ${message.replace(/, received (?:undefined|nothing)$/, '')}`;
  } else if (!message.includes('received') && 'input' in issue) {
    message = `${message}, received ${describe(issue.input)}`;
  }
  return [{ line: yaml.lineOf(issue.path), field: field === '' ? '(entry)' : field, message }];
}

/** `['participants', 0, 'actor']` → `participants[0].actor` */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  // YAML reads an empty value (`title:`) and `null` or `~` alike.
  if (value === null) return 'an empty value';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : 'a list';
  if (typeof value === 'object') return 'a mapping';
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}…"` : text;
}
