/**
 * Translations are sibling files (`events/<id>.uk.mdx`) that carry only prose: the words a
 * reader sees in another language. Facts (dates, kinds, participants, relations, sources and
 * references) come from the base entry alone, so a translation can never drift from them.
 */
import { z } from 'astro/zod';
import {
  EntryIdSchema,
  ParagraphSchema,
  SummarySchema,
  TextSchema,
  field,
  uniqueList,
} from './shared.ts';

/** Frontmatter of `actors/<id>.<lang>.mdx`. */
export const ActorTranslationSchema = z.strictObject({
  name: field('name', TextSchema, 'The name in this language.'),
  summary: field('summary', SummarySchema, 'The summary in this language.'),
  aliases: field(
    'aliases',
    uniqueList(TextSchema, 'alias', (alias) => alias.toLocaleLowerCase()),
    'Names and spellings in this language, so that search finds them. Default [].',
  ).default([]),
  roles: field(
    'roles',
    z
      .array(z.strictObject({ title: field('title', TextSchema, 'The title in this language.') }))
      .max(100),
    "The titles of the base entry's roles, in the same order. Optional.",
  ).optional(),
});
export type ActorTranslation = z.output<typeof ActorTranslationSchema>;

/** Frontmatter of `events/<id>.<lang>.mdx`. */
export const EventTranslationSchema = z.strictObject({
  title: field('title', TextSchema, 'The headline in this language.'),
  summary: field('summary', SummarySchema, 'The summary in this language.'),
  location: field('location', TextSchema, 'The place in this language. Optional.').optional(),
  roles: field(
    'roles',
    z.record(EntryIdSchema, TextSchema),
    "Participants' roles in this language, by actor id. Optional.",
  ).optional(),
  disputes: field(
    'disputes',
    z
      .array(
        z.strictObject({
          claim: field('claim', ParagraphSchema, 'The claim in this language.'),
          note: field('note', ParagraphSchema, 'The note in this language.'),
        }),
      )
      .max(100),
    "The claims and notes of the base entry's disputes, in the same order. Optional.",
  ).optional(),
});
export type EventTranslation = z.output<typeof EventTranslationSchema>;

/**
 * `sources/<id>.<lang>.yaml`: the site's description of a report in another language. The
 * headline stays the publisher's, in the report's own language.
 */
export const SourceTranslationSchema = z.strictObject({
  description: field(
    'description',
    SummarySchema,
    "What the report is and says, in this language, in the site's own words.",
  ),
});
export type SourceTranslation = z.output<typeof SourceTranslationSchema>;
