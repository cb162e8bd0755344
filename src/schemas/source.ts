import { z } from 'astro/zod';
import { isAfter } from '../lib/dates.ts';
import {
  LanguageCodeSchema,
  PartialDateSchema,
  SummarySchema,
  TextSchema,
  WebUrlSchema,
  field,
} from './shared.ts';

/** `sources/<id>.yaml`: one published report the site cites. */
export const SourceSchema = z
  .strictObject({
    headline: field(
      'headline',
      TextSchema,
      "The publisher's own headline, copied exactly. Optional: leave it out rather than paraphrase it; the description then stands in.",
    ).optional(),
    description: field(
      'description',
      SummarySchema,
      "What the report is and says, in the site's own words.",
    ),
    publisher: field('publisher', TextSchema, 'Who published it.'),
    url: field('url', WebUrlSchema, 'Where to read it: http or https on a public host.'),
    published: field(
      'published',
      PartialDateSchema,
      'The publication date, at the precision known: 2014, 2022-02 or 2022-07-13.',
    ),
    language: field(
      'language',
      LanguageCodeSchema,
      "The report's language as a BCP 47 tag, for example en or uk.",
    ),
    accessed: field(
      'accessed',
      PartialDateSchema,
      "When the site's editors last read it. Optional; not before published.",
    ).optional(),
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
