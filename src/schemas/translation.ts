/**
 * Translations are sibling files (`events/<id>.uk.mdx`) that carry only prose: the words a
 * reader sees in another language. Facts (dates, kinds, participants, relations, sources and
 * references) come from the base entry alone, so a translation can never drift from them.
 */
import { z } from 'astro/zod';
import { EntryIdSchema, ParagraphSchema, SummarySchema, TextSchema, uniqueList } from './shared.ts';

/** Frontmatter of `actors/<id>.<lang>.mdx`. */
export const ActorTranslationSchema = z.strictObject({
  /** The name in this language. */
  name: TextSchema,
  /** The summary in this language. */
  summary: SummarySchema,
  /** Names and spellings in this language, so that search finds them. Default `[]`. */
  aliases: uniqueList(TextSchema, 'alias', (alias) => alias.toLocaleLowerCase()).default([]),
  /** The titles of the base entry's `roles`, in the same order. Optional. */
  roles: z.array(z.strictObject({ title: TextSchema })).max(100).optional(),
});
export type ActorTranslation = z.output<typeof ActorTranslationSchema>;

/** Frontmatter of `events/<id>.<lang>.mdx`. */
export const EventTranslationSchema = z.strictObject({
  /** The headline in this language. */
  title: TextSchema,
  /** The summary in this language. */
  summary: SummarySchema,
  /** The place in this language. Optional. */
  location: TextSchema.optional(),
  /** Participants' roles in this language, by actor id. Optional. */
  roles: z.record(EntryIdSchema, TextSchema).optional(),
  /** The claims and notes of the base entry's `disputes`, in the same order. Optional. */
  disputes: z.array(z.strictObject({ claim: ParagraphSchema, note: ParagraphSchema })).max(100).optional(),
});
export type EventTranslation = z.output<typeof EventTranslationSchema>;
