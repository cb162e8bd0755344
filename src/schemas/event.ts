import { z } from 'astro/zod';
import { EntryIdSchema, PartialDateSchema, SummarySchema, TextSchema } from './shared.ts';

/** The kinds of event the site knows; the relations graph draws recognitions and severances. */
export const EVENT_KINDS = [
  'recognition',
  'severance-of-relations',
  'statement',
  'ceremony',
  'address',
  'military-action',
  'proclamation',
  'annexation',
  'other',
] as const;

export const EventKindSchema = z.enum(EVENT_KINDS);
export type EventKind = z.output<typeof EventKindSchema>;

/** An actor's part in an event. */
export const ParticipantSchema = z.strictObject({
  /** The actor's id. */
  actor: EntryIdSchema,
  /** Free text such as "recognising state", "target" or "speaker". */
  role: TextSchema,
});
export type Participant = z.output<typeof ParticipantSchema>;

/** A point on which the sources disagree, shown on the page rather than smoothed over. */
export const DisputeSchema = z.strictObject({
  /** The claim in question, in the site's words. */
  claim: TextSchema,
  /** Sources that make the claim. At least one. */
  sources: z.array(EntryIdSchema).min(1, { error: 'expected at least 1 source id' }),
  /** Sources that say otherwise. Default `[]`. */
  contestedBy: z.array(EntryIdSchema).default([]),
  /** Who says what, and why it matters. */
  note: TextSchema,
});
export type Dispute = z.output<typeof DisputeSchema>;

/** Frontmatter of `content/events/<id>.mdx`. */
export const EventSchema = z.strictObject({
  /** What happened, as a headline. */
  title: TextSchema,
  /** When, at the precision the sources give: `2014`, `2022-02` or `2022-07-13`. */
  date: PartialDateSchema,
  /** What sort of event this is. */
  kind: EventKindSchema,
  /** One or two sentences: who did what, to whom, when. */
  summary: SummarySchema,
  /** The actors involved and their roles. At least one. */
  participants: z
    .array(ParticipantSchema)
    .min(1, { error: 'expected at least 1 participant' }),
  /** Ids of the sources the event rests on. At least one. */
  sources: z.array(EntryIdSchema).min(1, { error: 'expected at least 1 source id' }),
  /** Where it happened. Optional. */
  location: TextSchema.optional(),
  /** The id of the earlier event this one answers. Optional; it must not be later. */
  respondsTo: EntryIdSchema.optional(),
  /** Ids of related events. Default `[]`. */
  related: z.array(EntryIdSchema).default([]),
  /** Points on which the sources disagree. Default `[]`. */
  disputes: z.array(DisputeSchema).default([]),
});
export type Event = z.output<typeof EventSchema>;
