/**
 * The topic file, `topic.yaml`: everything that makes one explainer different from another.
 * The site's name and languages, the home page's account of what happened, and the topic's
 * vocabulary (its kinds of actor and event and the relations between actors) live here, so a
 * new explainer is written as content, never as code.
 */
import { z } from 'astro/zod';
import {
  shown,
  BooleanSchema,
  EffectSchema,
  EntryIdSchema,
  LanguageCodeSchema,
  ParagraphSchema,
  SummarySchema,
  TextSchema,
  choiceSchema,
  field,
  idList,
  uniqueList,
} from './shared.ts';

/** schema.org types an actor kind may map to, for structured data. */
export const ACTOR_SCHEMA_TYPES = [
  'Person',
  'Organization',
  'GovernmentOrganization',
  'NGO',
  'PoliticalParty',
  'Corporation',
  'EducationalOrganization',
  'NewsMediaOrganization',
  'Country',
  'AdministrativeArea',
  'City',
  'Place',
] as const;
export type ActorSchemaType = (typeof ACTOR_SCHEMA_TYPES)[number];

/** schema.org types an event kind may map to: `Event` and its subtypes that fit public affairs. */
export const EVENT_SCHEMA_TYPES = [
  'Event',
  'BusinessEvent',
  'EducationEvent',
  'PublicationEvent',
  'SocialEvent',
] as const;

/** How the relations graph draws a relation type's lines. */
export const LINE_STYLES = ['solid', 'dashed', 'dotted'] as const;

const KindIdSchema = EntryIdSchema;

/** A language the site is published in. */
export const LanguageSchema = z.strictObject({
  code: field(
    'code',
    LanguageCodeSchema,
    'The tag used in URLs (/uk/), file names (x.uk.mdx) and lang attributes.',
  ),
  locale: field(
    'locale',
    z
      .string({ error: 'expected a locale such as "en-GB"' })
      .refine(isLocale, {
        error: (issue) => `expected a locale such as "en-GB", received ${shown(issue.input)}`,
      })
      .meta({ errorMessage: 'expected a locale such as "en-GB"' }),
    'The locale for dates and Open Graph, such as en-GB or uk-UA. Default: the code.',
  ).optional(),
});
export type Language = z.output<typeof LanguageSchema>;

function isLocale(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

/** One paragraph of the home page's account, resting on the events it names. */
export const IntroParagraphSchema = z.strictObject({
  text: field('text', ParagraphSchema, "The paragraph, in the site's own words."),
  events: field(
    'events',
    idList('event id'),
    'Ids of the events the paragraph rests on; their pages carry the citations. Default [].',
  ).default([]),
});

/** A kind of actor, such as a state or a person. */
export const ActorKindSchema = z.strictObject({
  id: field('id', KindIdSchema, 'The id entries use in kind:, such as state.'),
  label: field('label', TextSchema, 'One of them, for labels: "State".'),
  plural: field('plural', TextSchema, 'More than one of them, for headings: "Countries".'),
  schemaType: field(
    'schemaType',
    choiceSchema(ACTOR_SCHEMA_TYPES),
    'The schema.org type of actors of this kind, for structured data.',
  ),
  fold: field(
    'fold',
    BooleanSchema,
    'Whether the relations graph draws actors of this kind as part of the actor they are memberOf (a minister as the state). The table keeps them apart. Default false.',
  ).default(false),
});
export type ActorKind = z.output<typeof ActorKindSchema>;

/** What an event of some kind does to a relation type. */
export const KindRelationSchema = z.strictObject({
  type: field('type', KindIdSchema, "The relation type's id."),
  effect: field('effect', EffectSchema, 'Whether such an event starts the relation or ends it.'),
});

/** A kind of event, such as an agreement or a statement. */
export const EventKindSchema = z.strictObject({
  id: field('id', KindIdSchema, 'The id entries use in kind:, such as agreement.'),
  label: field('label', TextSchema, 'One of them: "Agreement".'),
  plural: field('plural', TextSchema, 'More than one of them: "Agreements".'),
  schemaType: field(
    'schemaType',
    choiceSchema(EVENT_SCHEMA_TYPES),
    'The schema.org type of events of this kind. Default Event.',
  ).default('Event'),
  relations: field(
    'relations',
    uniqueList(KindRelationSchema, 'relation and effect'),
    'The relation types an event of this kind may carry, and what it does to each. Default [].',
  ).default([]),
});
export type EventKind = z.output<typeof EventKindSchema>;

/** A relation between two actors that events start and end. */
export const RelationTypeSchema = z.strictObject({
  id: field('id', KindIdSchema, 'The id events use in relations[].type.'),
  label: field('label', TextSchema, 'Its name in legends and tables: "Diplomatic relations".'),
  directed: field(
    'directed',
    BooleanSchema,
    'True when it points one way (A supports B); false when it is mutual (A and B).',
  ),
  forward: field(
    'forward',
    TextSchema,
    'While it stands, from the first actor: "supports", "has diplomatic relations with".',
  ),
  backward: field(
    'backward',
    TextSchema,
    'While it stands, from the second actor of a directed type: "is supported by". Optional.',
  ).optional(),
  started: field(
    'started',
    TextSchema,
    'What the starting event did: "began to support", "established diplomatic relations with".',
  ),
  ended: field(
    'ended',
    TextSchema,
    'What the ending event did: "broke off diplomatic relations with".',
  ),
  requiresStart: field(
    'requiresStart',
    BooleanSchema,
    'Whether an end must follow a start in the content. False where relations may predate the content, as diplomatic relations do; then an end alone means they stood until it. Default false.',
  ).default(false),
  line: field('line', choiceSchema(LINE_STYLES), 'How the graph draws it. Default solid.').default(
    'solid',
  ),
});
export type RelationType = z.output<typeof RelationTypeSchema>;

const byId = (value: { id: string }) => value.id;
const byCode = (value: { code: string }) => value.code;

/** `topic.yaml`. */
export const TopicSchema = z
  .strictObject({
    title: field('title', TextSchema, "The site's name, shown in the header and every page title."),
    description: field(
      'description',
      SummarySchema,
      'One sentence for search engines, feeds and link previews.',
    ),
    languages: field(
      'languages',
      uniqueList(LanguageSchema, 'language', byCode).min(1, {
        error: 'expected at least 1 language',
      }),
      'The languages of the site; the first is the default, served at the root.',
    ),
    intro: field(
      'intro',
      uniqueList(IntroParagraphSchema, 'paragraph'),
      "The home page's account of what happened, a few short paragraphs. Default [].",
    ).default([]),
    actorKinds: field(
      'actorKinds',
      uniqueList(ActorKindSchema, 'actor kind id', byId).min(1, {
        error: 'expected at least 1 actor kind',
      }),
      'The kinds of actor. At least one.',
    ),
    eventKinds: field(
      'eventKinds',
      uniqueList(EventKindSchema, 'event kind id', byId).min(1, {
        error: 'expected at least 1 event kind',
      }),
      'The kinds of event. At least one.',
    ),
    relationTypes: field(
      'relationTypes',
      uniqueList(RelationTypeSchema, 'relation type id', byId),
      'The relations between actors that events start and end. Default [].',
    ).default([]),
  })
  .superRefine((topic, ctx) => {
    const types = new Set(topic.relationTypes.map((type) => type.id));
    topic.eventKinds.forEach((kind, i) => {
      kind.relations.forEach((relation, j) => {
        if (types.has(relation.type)) return;
        ctx.addIssue({
          code: 'custom',
          path: ['eventKinds', i, 'relations', j, 'type'],
          input: relation.type,
          message: `expected the id of a relation type in relationTypes, received ${JSON.stringify(relation.type)}`,
        });
      });
    });
    topic.relationTypes.forEach((type, i) => {
      if (!type.directed && type.backward !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['relationTypes', i, 'backward'],
          input: type.backward,
          message:
            'expected no backward phrase on a mutual relation (directed: false), received one',
        });
      }
    });
  });
export type Topic = z.output<typeof TopicSchema>;

const KindLabelsSchema = z.strictObject({
  label: field('label', TextSchema, 'The label in this language.'),
  plural: field('plural', TextSchema, 'The plural in this language.'),
});

/** `topic.<lang>.yaml`: the topic's words in another language. Facts stay in `topic.yaml`. */
export const TopicTranslationSchema = z.strictObject({
  title: field('title', TextSchema, "The site's name in this language. Optional.").optional(),
  description: field(
    'description',
    SummarySchema,
    'The one-sentence description in this language. Optional.',
  ).optional(),
  intro: field(
    'intro',
    z
      .array(
        z.strictObject({ text: field('text', ParagraphSchema, 'The paragraph in this language.') }),
      )
      .max(100),
    "The home page's paragraphs, in the same order and number as in topic.yaml. Optional.",
  ).optional(),
  actorKinds: field(
    'actorKinds',
    z.record(KindIdSchema, KindLabelsSchema),
    'Labels of actor kinds in this language, by id. Optional.',
  ).optional(),
  eventKinds: field(
    'eventKinds',
    z.record(KindIdSchema, KindLabelsSchema),
    'Labels of event kinds in this language, by id. Optional.',
  ).optional(),
  relationTypes: field(
    'relationTypes',
    z.record(
      KindIdSchema,
      z.strictObject({
        label: field('label', TextSchema, 'The name in this language.'),
        forward: field('forward', TextSchema, 'The phrase while it stands, from the first actor.'),
        backward: field(
          'backward',
          TextSchema,
          'The phrase while it stands, from the second actor of a directed type. Optional.',
        ).optional(),
        started: field('started', TextSchema, 'What the starting event did.'),
        ended: field('ended', TextSchema, 'What the ending event did.'),
      }),
    ),
    'Labels and phrases of relation types in this language, by id. Optional.',
  ).optional(),
});
export type TopicTranslation = z.output<typeof TopicTranslationSchema>;
