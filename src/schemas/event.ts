import { z } from 'astro/zod';
import type { Topic } from './topic.ts';
import {
  shown,
  EntryIdSchema,
  ParagraphSchema,
  PartialDateSchema,
  SummarySchema,
  TextSchema,
  idList,
  kindSchema,
  uniqueList,
} from './shared.ts';

/** An actor's part in an event. */
export const ParticipantSchema = z.strictObject({
  /** The actor's id. */
  actor: EntryIdSchema,
  /** Free text for readers, such as "speaker" or "host". */
  role: TextSchema,
});
export type Participant = z.output<typeof ParticipantSchema>;

/** A point on which the sources disagree, shown on the page rather than smoothed over. */
export const DisputeSchema = z.strictObject({
  /** The claim in question, in the site's words. */
  claim: ParagraphSchema,
  /** Sources that make the claim, listed in the event's `sources`. At least one. */
  sources: idList('source id').min(1, { error: 'expected at least 1 source id' }),
  /** Sources that say otherwise, listed in the event's `sources`. Default `[]`. */
  contestedBy: idList('source id').default([]),
  /** Who says what, and why it matters. */
  note: ParagraphSchema,
});
export type Dispute = z.output<typeof DisputeSchema>;

/** A relation the event starts or ends between two of its participants. */
export function eventRelationSchema(topic: Pick<Topic, 'relationTypes'>) {
  return z.strictObject({
    /** The relation type: one of the topic's `relationTypes`. */
    type: kindSchema(topic.relationTypes.map((type) => type.id), 'relation type'),
    /** The actor it goes from (for a mutual type, the one who acted), a participant. */
    from: EntryIdSchema,
    /** The actor it goes to, another participant. */
    to: EntryIdSchema,
    /**
     * Whether the event starts or ends it. Optional where the event's kind allows only one
     * effect for the type.
     */
    effect: z
      .enum(['starts', 'ends'], {
        error: (issue) => `expected "starts" or "ends", received ${shown(issue.input)}`,
      })
      .optional(),
  });
}
export type EventRelation = z.output<ReturnType<typeof eventRelationSchema>>;

/** Frontmatter of `events/<id>.mdx`, with the kinds and relations the topic declares. */
export function eventSchema(topic: Pick<Topic, 'eventKinds' | 'relationTypes'>) {
  return z.strictObject({
    /** What happened, as a headline. */
    title: TextSchema,
    /** When, at the precision the sources give: `2014`, `2022-02` or `2022-07-13`. */
    date: PartialDateSchema,
    /** What sort of event this is: one of the topic's `eventKinds`. */
    kind: kindSchema(topic.eventKinds.map((kind) => kind.id), 'event kind'),
    /** One or two sentences: who did what, to whom, when. */
    summary: SummarySchema,
    /** The actors involved and their roles, each actor once. At least one. */
    participants: uniqueList(ParticipantSchema, 'participant', (p) => p.actor).min(1, {
      error: 'expected at least 1 participant',
    }),
    /** Relations between participants that this event starts or ends. Default `[]`. */
    relations: uniqueList(eventRelationSchema(topic), 'relation', (r) =>
      JSON.stringify([r.type, r.from, r.to]),
    ).default([]),
    /** Ids of the sources the event rests on. At least one. */
    sources: idList('source id').min(1, { error: 'expected at least 1 source id' }),
    /** Where it happened. Optional. */
    location: TextSchema.optional(),
    /** The id of the earlier event this one answers. Optional; it must not be later. */
    respondsTo: EntryIdSchema.optional(),
    /** Ids of related events. Default `[]`. */
    related: idList('event id').default([]),
    /** Points on which the sources disagree. Default `[]`. */
    disputes: uniqueList(DisputeSchema, 'dispute').default([]),
  });
}
export type Event = z.output<ReturnType<typeof eventSchema>>;
