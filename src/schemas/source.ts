import { z } from 'astro/zod';
import { isAfter } from '../lib/dates.ts';
import {
  LanguageCodeSchema,
  PartialDateSchema,
  SummarySchema,
  TextSchema,
  WebUrlSchema,
} from './shared.ts';

/** `sources/<id>.yaml`: one published report the site cites. */
export const SourceSchema = z
  .strictObject({
    /**
     * The publisher's own headline, copied exactly. Optional: leave it out rather than
     * paraphrase it; the description then stands in.
     */
    headline: TextSchema.optional(),
    /** What the report is and says, in the site's own words. */
    description: SummarySchema,
    /** Who published it. */
    publisher: TextSchema,
    /** Where to read it: http or https on a public host. */
    url: WebUrlSchema,
    /** The publication date, at the precision known. */
    published: PartialDateSchema,
    /** The report's language as a BCP 47 tag, for example `en` or `uk`. */
    language: LanguageCodeSchema,
    /** When the site's editors last read it. Optional; not before `published`. */
    accessed: PartialDateSchema.optional(),
  })
  .superRefine((source, ctx) => {
    if (source.accessed && isAfter(source.published, source.accessed)) {
      ctx.addIssue({
        code: 'custom',
        path: ['accessed'],
        input: source.accessed,
        message: `expected a date on or after published (${source.published}), received ${source.accessed}`,
      });
    }
  });
export type Source = z.output<typeof SourceSchema>;
