/**
 * The field types every schema shares: ids, partial dates, text of bounded length, lists
 * without repeats and web addresses. Each refuses with a message that says what was expected
 * and what was received, because editors read them.
 *
 * Each also carries, as zod metadata, what its JSON Schema tells an editor's YAML language
 * server: a description, the constraints JSON Schema can state (a pattern for dates, bounds on
 * lengths) and the message to show. Astro writes the collections' JSON Schemas from these zod
 * schemas for its editor extension, and `npm run schemas` writes the same for other editors.
 */
import { z } from 'astro/zod';
import { isPartialDate, PARTIAL_DATE_PATTERN, toPartialDate } from '../lib/dates.ts';
import { ID_PATTERN, LANGUAGE_PATTERN } from '../lib/ids.ts';
import { INPUT_LIMITS } from '../lib/content/limits.ts';
import { isPublicWebUrl } from '../lib/urls.ts';

/**
 * The id of another entry (an actor, event or source). Whether the entry exists is checked
 * across the whole folder by the content check.
 */
export const EntryIdSchema = z
  .string({ error: 'expected an entry id in lowercase-kebab form, such as "some-entry"' })
  .regex(ID_PATTERN, {
    error: (issue) =>
      `expected an entry id in lowercase-kebab form, such as "some-entry", received ${shown(issue.input)}`,
  })
  .meta({ errorMessage: 'expected an id in lowercase-kebab form, such as "some-entry"' });

/**
 * A date kept at the precision its source gives: `2014`, `2022-02` or `2022-07-13`. YAML
 * reads a bare year as a number, which is written out as the year.
 */
export const PartialDateSchema = z
  .preprocess(
    toPartialDate,
    z.string({ error: (issue) => dateTypeMessage(issue.input) }).refine(isPartialDate, {
      error: (issue) =>
        `expected a real date written YYYY, YYYY-MM or YYYY-MM-DD, received ${shown(issue.input)}`,
    }),
  )
  // JSON Schema cannot state the preprocessing, so editors get the written forms instead: a
  // string the pattern accepts, or a bare year as YAML's integer. `pattern` applies to strings
  // only, and the bounds to numbers only.
  .meta({
    type: ['string', 'integer'],
    pattern: PARTIAL_DATE_PATTERN,
    minimum: 1000,
    maximum: 9999,
    errorMessage: 'expected a real date written YYYY, YYYY-MM or YYYY-MM-DD',
  });

/** What to say of a date that YAML did not read as text: a number, or nothing at all. */
function dateTypeMessage(input: unknown): string {
  const expected = 'expected a date written YYYY, YYYY-MM or YYYY-MM-DD';
  if (typeof input !== 'number' || !Number.isInteger(input)) {
    return input === undefined ? expected : `${expected}, received ${shown(input)}`;
  }
  // YAML reads `0000` as 0 and `0800` as 800, so the message speaks of years, not numbers.
  if (input === 0)
    return `${expected}, received the year 0 (there is no year 0: 1 BC is followed by AD 1)`;
  if (input < 0) return `${expected}, received ${input} (a year before AD 1 cannot be written)`;
  if (input < 1000) {
    return `${expected}, received the year ${input} (write a year before 1000 with four digits in quotes, such as "${String(input).padStart(4, '0')}")`;
  }
  return `${expected}, received ${input}`;
}

// C0 and C1 control characters other than tab and line breaks (a carriage return is a line
// break, refused where text must fit on one line): never part of prose, and they break feeds,
// which must be valid XML. Also the bidirectional embeddings and overrides
// (U+202A–U+202E), which reverse or shift the text after them, as far as the page's title.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e]/u;
// Line breaks of every kind, for fields that are shown on one line.
const LINE_BREAK = /[\n\r\u2028\u2029]/u;
// What is left when invisible characters are removed: white space, zero-width and other
// formatting characters, and combining marks with nothing to combine with.
const INVISIBLE = /[\s\p{Cf}\p{Mn}\p{Me}]/gu;

interface TextOptions {
  /** Maximum length in characters. */
  max: number;
  /** Whether the text must fit on one line. Default true. */
  oneLine?: boolean;
}

/** Non-empty visible text of at most `max` characters, on one line unless allowed otherwise. */
export function textSchema({ max, oneLine = true }: TextOptions) {
  return z
    .string({ error: 'expected text' })
    .trim()
    .superRefine((value, ctx) => {
      const fail = (message: string) => ctx.addIssue({ code: 'custom', input: value, message });
      if (value.replace(INVISIBLE, '') === '') {
        fail(
          value === ''
            ? 'expected text, received an empty string'
            : 'expected visible text, received only invisible characters',
        );
      } else if (/^TODO\b/.test(value)) {
        fail('expected your own text, received the placeholder TODO (replace it)');
      } else if (value.length > max) {
        fail(`expected at most ${max} characters, received ${value.length}`);
      } else if (CONTROL.test(value)) {
        const code = CONTROL.exec(value)![0].charCodeAt(0).toString(16).toUpperCase();
        fail(
          `expected text without control characters, received U+${code.padStart(4, '0')} (delete it)`,
        );
      } else if (oneLine && LINE_BREAK.test(value)) {
        fail('expected text on one line, received a line break');
      }
    })
    .meta({ minLength: 1, maxLength: max, errorMessage: 'expected text' });
}

/** A name, title, label or other one-line field. */
export const TextSchema = textSchema({ max: INPUT_LIMITS.line });

/** A one- or two-sentence summary: short enough for search results and link previews. */
export const SummarySchema = textSchema({ max: INPUT_LIMITS.summary });

/** Longer prose in a field: a dispute's claim or note, a paragraph of the home page. */
export const ParagraphSchema = textSchema({ max: INPUT_LIMITS.paragraph, oneLine: false });

/**
 * A list of at most `listItems` items, each given once. `key` says when two items are the
 * same (by default their JSON), and `what` names an item in the message.
 */
export function uniqueList<T extends z.ZodType>(
  item: T,
  what: string,
  key: (value: z.output<T>) => string = (value) => JSON.stringify(value),
) {
  return (
    z
      .array(item)
      .max(INPUT_LIMITS.listItems, {
        error: (issue) =>
          `expected at most ${INPUT_LIMITS.listItems} items, received ${(issue.input as unknown[]).length}`,
      })
      .superRefine((values, ctx) => {
        const seen = new Map<string, number>();
        values.forEach((value, index) => {
          const k = key(value);
          const first = seen.get(k);
          if (first === undefined) {
            seen.set(k, index);
            return;
          }
          ctx.addIssue({
            code: 'custom',
            path: [index],
            input: value,
            message: `expected each ${what} once, received ${JSON.stringify(typeof value === 'object' ? k : value)} again (already item ${first + 1})`,
          });
        });
      })
      // Items equal as JSON are the same item by any key, so the JSON Schema's check is never
      // stricter than the list's own.
      .meta({ uniqueItems: true, errorMessage: 'expected a list' })
  );
}

/** A list of entry ids, each once. */
export function idList(what: string) {
  const id = EntryIdSchema.meta({
    errorMessage: `expected ${/^[aeiou]/.test(what) ? 'an' : 'a'} ${what} in lowercase-kebab form`,
  });
  return uniqueList(id, what);
}

/**
 * The address of a published report: http or https, on a public host, without a user name or
 * password (which can disguise where a link really goes).
 */
export const WebUrlSchema = z
  .string({ error: 'expected a web address' })
  .superRefine((value, ctx) => {
    const problem = isPublicWebUrl(value);
    if (problem) ctx.addIssue({ code: 'custom', input: value, message: problem });
  })
  .meta({ pattern: '^https?://', errorMessage: 'expected an http or https address' });

/** A BCP 47 language tag as the site writes it: `en`, `uk`, `pt-br`. */
export const LanguageCodeSchema = z
  .string({ error: 'expected a language tag such as "en"' })
  .regex(LANGUAGE_PATTERN, {
    error: (issue) =>
      `expected a lowercase language tag such as "en" or "pt-br", received ${shown(issue.input)}`,
  })
  .meta({ errorMessage: 'expected a lowercase language tag such as "en" or "pt-br"' });

/** `true` or `false`. */
export const BooleanSchema = z
  .boolean({ error: 'expected true or false' })
  .meta({ errorMessage: 'expected true or false' });

/** One of a topic's kinds (of actor, event or relation), by id. */
export function kindSchema(ids: readonly string[], what: string) {
  const listed = ids.map((id) => JSON.stringify(id)).join(', ');
  if (ids.length === 0) {
    return z
      .never({
        error: (issue) =>
          `expected no ${what}: the topic declares none, received ${shown(issue.input)}`,
      })
      .meta({ errorMessage: `expected no ${what}: the topic declares none` });
  }
  return z
    .enum(ids as [string, ...string[]], {
      error: (issue) =>
        `expected one of ${listed} (the topic's ${what}s), received ${shown(issue.input)}`,
    })
    .meta({ errorMessage: `expected one of ${ids.join(', ')} (the topic's ${what}s)` });
}

/** One of a fixed list of words, such as a line style. */
export function choiceSchema<const T extends readonly [string, ...string[]]>(values: T) {
  return z
    .enum(values, {
      error: (issue) => `expected one of ${values.join(', ')}, received ${shown(issue.input)}`,
    })
    .meta({ errorMessage: `expected one of ${values.join(', ')}` });
}

/** Whether an event starts a relation or ends it. */
export const EffectSchema = z
  .enum(['starts', 'ends'], {
    error: (issue) => `expected "starts" or "ends", received ${shown(issue.input)}`,
  })
  .meta({ errorMessage: 'expected starts or ends' });

/**
 * A field as editors see it in the JSON Schemas: `description` says what it holds, and the
 * message a YAML language server shows for a wrong value names the field. Without that, the
 * server says only "Value is not accepted" or "String does not match the pattern", at the
 * value. `errorMessage` is that server's keyword; other validators ignore it.
 */
export function field<T extends z.ZodType>(name: string, schema: T, description: string): T {
  const expected = schema.meta()?.errorMessage;
  return schema.meta(
    typeof expected === 'string'
      ? { description, errorMessage: `${name}: ${expected}` }
      : { description },
  );
}

/** A value as a message shows it: JSON, cut short so that one line stays one line. */
export function shown(value: unknown): string {
  // JSON writes Infinity and NaN (YAML's .inf and .nan) as null.
  const text =
    typeof value === 'number' && !Number.isFinite(value)
      ? String(value)
      : (JSON.stringify(value) ?? String(value));
  return text.length > 80 ? `${text.slice(0, 76)}…${text.at(-1)}` : text;
}
