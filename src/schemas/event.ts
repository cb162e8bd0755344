import { z } from 'astro/zod';
import type { Topic } from './topic.ts';
import {
  EffectSchema,
  EntryIdSchema,
  ParagraphSchema,
  PartialDateSchema,
  SummarySchema,
  TextSchema,
  field,
  idList,
  kindSchema,
  uniqueList,
} from './shared.ts';

/** An actor's part in an event. */
export const ParticipantSchema = z.strictObject({
  actor: field('actor', EntryIdSchema, "The actor's id."),
  role: field('role', TextSchema, 'Free text for readers, such as "speaker" or "host".'),
});
export type Participant = z.output<typeof ParticipantSchema>;

/** A point on which the sources disagree, shown on the page rather than smoothed over. */
export const DisputeSchema = z.strictObject({
  claim: field('claim', ParagraphSchema, "The claim in question, in the site's words."),
  sources: field(
    'sources',
    idList('source id').min(1, { error: 'expected at least 1 source id' }),
    "Sources that make the claim, listed in the event's sources. At least one.",
  ),
  contestedBy: field(
    'contestedBy',
    idList('source id'),
    "Sources that say otherwise, listed in the event's sources. Default [].",
  ).default([]),
  note: field('note', ParagraphSchema, 'Who says what, and why it matters.'),
});
export type Dispute = z.output<typeof DisputeSchema>;

/** A relation the event starts or ends between two of its participants. */
export function eventRelationSchema(topic: Pick<Topic, 'relationTypes'>) {
  return z.strictObject({
    type: field(
      'type',
      kindSchema(
        topic.relationTypes.map((type) => type.id),
        'relation type',
      ),
      "The relation type: one of the topic's relationTypes.",
    ),
    from: field(
      'from',
      EntryIdSchema,
      'The participant it goes from (for a mutual type, the one who acted), by id.',
    ),
    to: field('to', EntryIdSchema, 'The participant it goes to, by id.'),
    effect: field(
      'effect',
      EffectSchema,
      "Whether the event starts or ends it. Optional where the event's kind allows only one effect for the type.",
    ).optional(),
  });
}
export type EventRelation = z.output<ReturnType<typeof eventRelationSchema>>;

/** Frontmatter of `events/<id>.mdx`, with the kinds and relations the topic declares. */
export function eventSchema(topic: Pick<Topic, 'eventKinds' | 'relationTypes'>) {
  return z.strictObject({
    title: field('title', TextSchema, 'What happened, as a headline.'),
    date: field(
      'date',
      PartialDateSchema,
      'When, at the precision the sources give: 2014, 2022-02 or 2022-07-13.',
    ),
    kind: field(
      'kind',
      kindSchema(
        topic.eventKinds.map((kind) => kind.id),
        'event kind',
      ),
      "What sort of event this is: one of the topic's eventKinds.",
    ),
    summary: field('summary', SummarySchema, 'One or two sentences: who did what, to whom, when.'),
    participants: field(
      'participants',
      uniqueList(ParticipantSchema, 'participant', (p) => p.actor).min(1, {
        error: 'expected at least 1 participant',
      }),
      'The actors involved and their roles, each actor once. At least one.',
    ),
    relations: field(
      'relations',
      uniqueList(eventRelationSchema(topic), 'relation', (r) =>
        JSON.stringify([r.type, r.from, r.to]),
      ),
      'Relations between participants that this event starts or ends. Default [].',
    ).default([]),
    sources: field(
      'sources',
      idList('source id').min(1, { error: 'expected at least 1 source id' }),
      'Ids of the sources the event rests on. At least one.',
    ),
    location: field('location', TextSchema, 'Where it happened. Optional.').optional(),
    respondsTo: field(
      'respondsTo',
      EntryIdSchema,
      'The id of the earlier event this one answers. Optional; it must not be later.',
    ).optional(),
    related: field('related', idList('event id'), 'Ids of related events. Default [].').default([]),
    disputes: field(
      'disputes',
      uniqueList(DisputeSchema, 'dispute'),
      'Points on which the sources disagree. Default [].',
    ).default([]),
  });
}
export type Event = z.output<ReturnType<typeof eventSchema>>;
