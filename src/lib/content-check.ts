/**
 * Validates a whole content folder at once and returns every problem, one line each, naming
 * the file, the field and what was expected. It is pure: the caller reads the files, so the
 * same code serves `npm run check`, the build's guard and the tests.
 */
import type { z } from 'astro/zod';
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from '../schemas/index.ts';
import type { Actor, Event } from '../schemas/index.ts';
import { isAfter } from './dates.ts';
import { parseYaml as loadYaml, splitFrontmatter } from './frontmatter.ts';
import { ID_PATTERN } from './ids.ts';
import { scanMdxBody } from './mdx-guard.ts';

/** A file under the content folder: its path relative to the project (for messages) and text. */
export interface ContentFile {
  /** Path as shown in messages, for example `content/events/ukraine-severs-dprk.mdx`. */
  path: string;
  /** Path relative to the content folder, for example `events/ukraine-severs-dprk.mdx`. */
  relative: string;
  text: string;
}

export interface Problem {
  file: string;
  field: string;
  message: string;
}

/** `content/events/x.mdx: date: expected …, received …` */
export function formatProblem(problem: Problem): string {
  return `${problem.file}: ${problem.field}: ${problem.message}`;
}

interface Parsed<T> {
  id: string;
  file: string;
  /** Only the fields that passed their schema: all of them when the entry is valid. */
  data: Partial<T>;
  cited: string[];
}

export function checkContent(files: ContentFile[]): Problem[] {
  const problems: Problem[] = [];
  const actors: Parsed<Actor>[] = [];
  const events: Parsed<Event>[] = [];
  const ids: Record<CollectionName, Map<string, string>> = {
    actors: new Map(),
    events: new Map(),
    sources: new Map(),
  };

  for (const file of files) {
    const placed = placeFile(file, problems);
    if (!placed) continue;
    const { collection, id } = placed;
    const earlier = ids[collection].get(id);
    if (earlier !== undefined) {
      problems.push({
        file: file.path,
        field: 'id',
        message: `expected a unique ${COLLECTIONS[collection].singular} id, received "${id}" again (also ${earlier})`,
      });
      continue;
    }
    ids[collection].set(id, file.path);
    const parsed = parseFile(file, collection, problems);
    if (!parsed) continue;
    const entry = { id, file: file.path, data: parsed.data, cited: parsed.cited };
    // Sources refer to nothing, so only actors and events take part in the reference checks.
    if (collection === 'actors') actors.push(entry as Parsed<Actor>);
    else if (collection === 'events') events.push(entry as Parsed<Event>);
  }

  problems.push(...checkReferences(actors, events, ids));
  // Grouped by file, in the order found within each, so an editor fixes one file at a time.
  return problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

function placeFile(
  file: ContentFile,
  problems: Problem[],
): { collection: CollectionName; id: string } | undefined {
  const parts = file.relative.split('/');
  const folder = parts[0] ?? '';
  const expectedFolders = COLLECTION_NAMES.map((name) => `content/${name}/`).join(', ');
  if (parts.length !== 2 || !(COLLECTION_NAMES as string[]).includes(folder)) {
    problems.push({
      file: file.path,
      field: 'location',
      message: `expected a file directly inside ${expectedFolders}, received ${file.relative}`,
    });
    return undefined;
  }
  const collection = folder as CollectionName;
  const name = parts[1] ?? '';
  const { extension } = COLLECTIONS[collection];
  if (!name.endsWith(extension)) {
    const received = name.includes('.') ? name.slice(name.lastIndexOf('.')) : 'no extension';
    problems.push({
      file: file.path,
      field: 'extension',
      message: `expected a ${extension} file in content/${collection}/, received ${received}`,
    });
    return undefined;
  }
  const id = name.slice(0, -extension.length);
  if (!ID_PATTERN.test(id)) {
    problems.push({
      file: file.path,
      field: 'id',
      message: `expected a lowercase-kebab file name such as "ukraine-mfa${extension}", received "${name}"`,
    });
    return undefined;
  }
  return { collection, id };
}

function parseFile(
  file: ContentFile,
  collection: CollectionName,
  problems: Problem[],
): { data: unknown; cited: string[] } | undefined {
  let raw: unknown;
  let body: string | undefined;
  let bodyLine = 1;
  if (COLLECTIONS[collection].extension === '.mdx') {
    const split = splitFrontmatter(file.text);
    if (!split) {
      problems.push({
        file: file.path,
        field: 'frontmatter',
        message:
          'expected YAML frontmatter between two --- lines at the top of the file, received none',
      });
      return undefined;
    }
    raw = parseYaml(file, split.yaml, 1, problems);
    body = split.body;
    bodyLine = split.bodyLine;
  } else {
    raw = parseYaml(file, file.text, 0, problems);
  }
  if (raw === undefined) return undefined;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push({
      file: file.path,
      field: 'frontmatter',
      message: `expected a mapping of fields (name: value), received ${describe(raw)}`,
    });
    return undefined;
  }

  const schema = COLLECTIONS[collection].schema;
  const result = schema.safeParse(raw, { reportInput: true });
  if (!result.success) {
    for (const issue of result.error.issues) problems.push(...issueToProblems(file.path, issue));
  }
  // A schema error in one field must not hide a broken reference in another, so the
  // cross-entry checks still see every field that is valid on its own.
  const data = result.success
    ? result.data
    : validFields(schema.shape, raw as Record<string, unknown>);

  let cited: string[] = [];
  if (body !== undefined) {
    const scan = scanMdxBody(body);
    cited = scan.cited;
    for (const problem of scan.problems) {
      problems.push({
        file: file.path,
        field: `body (line ${problem.line + bodyLine - 1})`,
        message: problem.message,
      });
    }
  }
  return { data, cited };
}

function validFields(shape: Record<string, z.ZodType>, raw: Record<string, unknown>): unknown {
  const data: Record<string, unknown> = {};
  for (const [key, fieldSchema] of Object.entries(shape)) {
    const field = fieldSchema.safeParse(raw[key]);
    if (field.success) data[key] = field.data;
  }
  return data;
}

function parseYaml(
  file: ContentFile,
  text: string,
  lineOffset: number,
  problems: Problem[],
): unknown {
  try {
    return loadYaml(text, file.path);
  } catch (error) {
    const mark = (error as { mark?: { line: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? String(error);
    const line = mark ? ` (line ${mark.line + 1 + lineOffset})` : '';
    problems.push({
      file: file.path,
      field: `frontmatter${line}`,
      message: `expected valid YAML, received a syntax error: ${reason}`,
    });
    return undefined;
  }
}

function issueToProblems(file: string, issue: z.core.$ZodIssue): Problem[] {
  const field = formatPath(issue.path);
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      file,
      field: field === '' ? key : `${field}.${key}`,
      message:
        'expected no such field (check its spelling against CONTRIBUTING.md), received an unknown field',
    }));
  }
  let message = issue.message.replace(/^Invalid (input|option): /, '');
  if ('input' in issue && issue.input === undefined && issue.code === 'invalid_type') {
    message = `required field is missing: ${message.replace(/, received undefined$/, '')}`;
  } else if (!message.includes('received') && 'input' in issue) {
    message = `${message}, received ${describe(issue.input)}`;
  }
  return [{ file, field: field === '' ? '(entry)' : field, message }];
}

/** `['participants', 0, 'actor']` → `participants[0].actor` */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}

function article(word: string): string {
  return /^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`;
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : 'a list';
  if (typeof value === 'object') return 'a mapping';
  return JSON.stringify(value);
}

function checkReferences(
  actors: Parsed<Actor>[],
  events: Parsed<Event>[],
  ids: Record<CollectionName, Map<string, string>>,
): Problem[] {
  const problems: Problem[] = [];
  const expect = (
    file: string,
    field: string,
    collection: CollectionName,
    id: string | undefined,
  ) => {
    if (id === undefined || ids[collection].has(id)) return;
    problems.push({
      file,
      field,
      message: `expected the id of ${article(COLLECTIONS[collection].singular)} in content/${collection}/, received "${id}" (no such file)`,
    });
  };
  const expectCited = (entry: Parsed<Actor | Event>) => {
    entry.cited.forEach((id) => {
      if (!ids.sources.has(id)) expect(entry.file, 'body', 'sources', id);
      else if (!(entry.data.sources ?? []).includes(id)) {
        problems.push({
          file: entry.file,
          field: 'sources',
          message: `expected every source cited in the body to be listed, received no "${id}"`,
        });
      }
    });
  };

  for (const actor of actors) {
    const { file, data } = actor;
    expect(file, 'memberOf', 'actors', data.memberOf);
    if (data.memberOf === actor.id) {
      problems.push({
        file,
        field: 'memberOf',
        message: 'expected another actor, received the actor itself',
      });
    }
    data.roles?.forEach((role, i) => expect(file, `roles[${i}].of`, 'actors', role.of));
    data.sources?.forEach((id, i) => expect(file, `sources[${i}]`, 'sources', id));
    expectCited(actor);
  }

  const eventDates = new Map(events.map((event) => [event.id, event.data.date]));
  const respondsTo = new Map(events.map((event) => [event.id, event.data.respondsTo]));
  for (const event of events) {
    const { file, data } = event;
    data.participants?.forEach((p, i) =>
      expect(file, `participants[${i}].actor`, 'actors', p.actor),
    );
    data.sources?.forEach((id, i) => expect(file, `sources[${i}]`, 'sources', id));
    data.related?.forEach((id, i) => expect(file, `related[${i}]`, 'events', id));
    data.disputes?.forEach((dispute, i) => {
      dispute.sources.forEach((id, j) =>
        expect(file, `disputes[${i}].sources[${j}]`, 'sources', id),
      );
      dispute.contestedBy.forEach((id, j) =>
        expect(file, `disputes[${i}].contestedBy[${j}]`, 'sources', id),
      );
    });
    expectCited(event);
    if (data.respondsTo === undefined) continue;
    expect(file, 'respondsTo', 'events', data.respondsTo);
    const answered = eventDates.get(data.respondsTo);
    if (answered !== undefined && data.date !== undefined && isAfter(answered, data.date)) {
      problems.push({
        file,
        field: 'respondsTo',
        message: `expected an event on or before ${data.date}, received "${data.respondsTo}" dated ${answered}`,
      });
    }
    if (inCycle(event.id, respondsTo)) {
      problems.push({
        file,
        field: 'respondsTo',
        message: `expected a chain that ends, received a loop back to "${event.id}"`,
      });
    }
  }
  return problems;
}

function inCycle(start: string, next: Map<string, string | undefined>): boolean {
  const seen = new Set<string>();
  let current = next.get(start);
  while (current !== undefined && !seen.has(current)) {
    if (current === start) return true;
    seen.add(current);
    current = next.get(current);
  }
  return false;
}
