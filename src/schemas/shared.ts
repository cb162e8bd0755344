import { z } from 'astro/zod';
import { isPartialDate, toPartialDate } from '../lib/dates.ts';
import { ID_PATTERN } from '../lib/ids.ts';

/**
 * The id of another entry (an actor, event or source). Whether the entry exists is checked
 * across the whole collection by `checkContent`, because Astro only logs broken references.
 */
export const EntryIdSchema = z
  .string({ error: 'expected an entry id such as "ukraine-mfa"' })
  .regex(ID_PATTERN, { error: 'expected a lowercase-kebab entry id such as "ukraine-mfa"' });

/**
 * A date kept at the precision its source gives: `2014`, `2022-02` or `2022-07-13`.
 * YAML hands over a number for a bare year and Astro's loader a Date for an unquoted day;
 * both are normalised to the ISO string.
 */
export const PartialDateSchema = z.preprocess(
  toPartialDate,
  z
    .string({ error: 'expected a date written YYYY, YYYY-MM or YYYY-MM-DD' })
    .refine(isPartialDate, {
      error: (issue) =>
        `expected a real date written YYYY, YYYY-MM or YYYY-MM-DD, received ${JSON.stringify(issue.input)}`,
    }),
);

/** A required, non-empty line of text. */
export const TextSchema = z
  .string({ error: 'expected text' })
  .trim()
  .min(1, { error: 'expected text, received an empty string' });

/** A one-sentence summary: short enough for search results and link previews. */
export const SummarySchema = TextSchema.max(320, {
  error: 'expected one sentence of at most 320 characters',
}).refine((value) => !value.includes('\n'), { error: 'expected one sentence on one line' });
