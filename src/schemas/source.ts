import { z } from 'astro/zod';
import { PartialDateSchema, TextSchema } from './shared.ts';

/** Frontmatter of `content/sources/<id>.yaml`: one published report the site cites. */
export const SourceSchema = z.strictObject({
  /** The report's headline. */
  title: TextSchema,
  /** Who published it. */
  publisher: TextSchema,
  /** Where to read it. Only http and https, so a link can never run script. */
  url: z.url({
    protocol: /^https?$/,
    error: (issue) =>
      `expected an http or https URL, received ${JSON.stringify(issue.input)}`,
  }),
  /** The publication date, at the precision known. */
  published: PartialDateSchema,
  /** The report's language as a BCP 47 tag, for example `en` or `uk`. */
  language: z
    .string({ error: 'expected a language tag such as "en"' })
    .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, {
      error: 'expected a BCP 47 language tag such as "en" or "uk"',
    }),
  /** When the site's editors last read it. Optional. */
  accessed: PartialDateSchema.optional(),
});
export type Source = z.output<typeof SourceSchema>;
