/**
 * The topic file, `topic.yaml`: everything that makes one explainer different from another.
 * The site's name and languages, the home page's account of what happened, and the topic's
 * vocabulary (its kinds of actor and event and the relations between actors) live here, so a
 * new explainer is written as content, never as code.
 */
import { z } from 'astro/zod';
import {
  shown,
  EntryIdSchema,
  LanguageCodeSchema,
  ParagraphSchema,
  SummarySchema,
  TextSchema,
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
  /** The tag used in URLs (`/uk/`), file names (`x.uk.mdx`) and `lang` attributes. */
  code: LanguageCodeSchema,
  /**
   * The locale for dates and Open Graph, such as `en-GB` or `uk-UA`. Default: the code.
   * @see https://developer.mozilla.org/docs/Web/JavaScript/Reference/Global_Objects/Intl#locales_argument
   */
  locale: z
    .string({ error: 'expected a locale such as "en-GB"' })
    .refine(isLocale, {
      error: (issue) => `expected a locale such as "en-GB", received ${shown(issue.input)}`,
    })
    .optional(),
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
  /** The paragraph, in the site's own words. */
  text: ParagraphSchema,
  /** Ids of the events the paragraph rests on; their pages carry the citations. Default `[]`. */
  events: idList('event id').default([]),
});

/** A kind of actor, such as a state or a person. */
export const ActorKindSchema = z.strictObject({
  /** The id entries use in `kind:`, such as `state`. */
  id: KindIdSchema,
  /** One of them, for labels: "State". */
  label: TextSchema,
  /** More than one of them, for headings: "Countries". */
  plural: TextSchema,
  /** The schema.org type of actors of this kind, for structured data. */
  schemaType: z.enum(ACTOR_SCHEMA_TYPES, {
    error: (issue) =>
      `expected one of ${ACTOR_SCHEMA_TYPES.join(', ')}, received ${shown(issue.input)}`,
  }),
  /**
   * Whether the relations graph draws actors of this kind as part of the actor they are
   * `memberOf` (a minister as the state). The table keeps them apart. Default false.
   */
  fold: z.boolean({ error: 'expected true or false' }).default(false),
});
export type ActorKind = z.output<typeof ActorKindSchema>;

/** What an event of some kind does to a relation type. */
export const KindRelationSchema = z.strictObject({
  /** The relation type's id. */
  type: KindIdSchema,
  /** Whether such an event starts the relation or ends it. */
  effect: z.enum(['starts', 'ends'], {
    error: (issue) => `expected "starts" or "ends", received ${shown(issue.input)}`,
  }),
});

/** A kind of event, such as an agreement or a statement. */
export const EventKindSchema = z.strictObject({
  /** The id entries use in `kind:`. */
  id: KindIdSchema,
  /** One of them: "Agreement". */
  label: TextSchema,
  /** More than one of them: "Agreements". */
  plural: TextSchema,
  /** The schema.org type of events of this kind. Default `Event`. */
  schemaType: z
    .enum(EVENT_SCHEMA_TYPES, {
      error: (issue) =>
        `expected one of ${EVENT_SCHEMA_TYPES.join(', ')}, received ${shown(issue.input)}`,
    })
    .default('Event'),
  /** The relation types an event of this kind may carry, and what it does to each. Default `[]`. */
  relations: uniqueList(KindRelationSchema, 'relation and effect').default([]),
});
export type EventKind = z.output<typeof EventKindSchema>;

/** A relation between two actors that events start and end. */
export const RelationTypeSchema = z.strictObject({
  /** The id events use in `relations[].type`. */
  id: KindIdSchema,
  /** Its name in legends and tables: "Diplomatic relations". */
  label: TextSchema,
  /** True when it points one way (A supports B); false when it is mutual (A and B). */
  directed: z.boolean({ error: 'expected true or false' }),
  /** While it stands, from the first actor: "supports", "has diplomatic relations with". */
  forward: TextSchema,
  /** While it stands, from the second actor of a directed type: "is supported by". Optional. */
  backward: TextSchema.optional(),
  /** What the starting event did: "began to support", "established diplomatic relations with". */
  started: TextSchema,
  /** What the ending event did: "broke off diplomatic relations with". */
  ended: TextSchema,
  /**
   * Whether an end must follow a start in the content. False where relations may predate the
   * content, as diplomatic relations do; then an end alone means they stood until it. Default false.
   */
  requiresStart: z.boolean({ error: 'expected true or false' }).default(false),
  /** How the graph draws it. Default `solid`. */
  line: z
    .enum(LINE_STYLES, {
      error: (issue) =>
        `expected one of ${LINE_STYLES.join(', ')}, received ${shown(issue.input)}`,
    })
    .default('solid'),
});
export type RelationType = z.output<typeof RelationTypeSchema>;

const byId = (value: { id: string }) => value.id;
const byCode = (value: { code: string }) => value.code;

/** `topic.yaml`. */
export const TopicSchema = z
  .strictObject({
    /** The site's name, shown in the header and every page title. */
    title: TextSchema,
    /** One sentence for search engines, feeds and link previews. */
    description: SummarySchema,
    /** The languages of the site; the first is the default, served at the root. */
    languages: uniqueList(LanguageSchema, 'language', byCode).min(1, {
      error: 'expected at least 1 language',
    }),
    /** The home page's account of what happened, a few short paragraphs. Default `[]`. */
    intro: uniqueList(IntroParagraphSchema, 'paragraph').default([]),
    /** The kinds of actor. At least one. */
    actorKinds: uniqueList(ActorKindSchema, 'actor kind id', byId).min(1, {
      error: 'expected at least 1 actor kind',
    }),
    /** The kinds of event. At least one. */
    eventKinds: uniqueList(EventKindSchema, 'event kind id', byId).min(1, {
      error: 'expected at least 1 event kind',
    }),
    /** The relations between actors that events start and end. Default `[]`. */
    relationTypes: uniqueList(RelationTypeSchema, 'relation type id', byId).default([]),
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
          message: 'expected no backward phrase on a mutual relation (directed: false), received one',
        });
      }
    });
  });
export type Topic = z.output<typeof TopicSchema>;

/** `topic.<lang>.yaml`: the topic's words in another language. Facts stay in `topic.yaml`. */
export const TopicTranslationSchema = z.strictObject({
  title: TextSchema.optional(),
  description: SummarySchema.optional(),
  /** The home page's paragraphs, in the same order and number as in `topic.yaml`. */
  intro: z.array(z.strictObject({ text: ParagraphSchema })).max(100).optional(),
  /** Labels of actor kinds, by id. */
  actorKinds: z
    .record(KindIdSchema, z.strictObject({ label: TextSchema, plural: TextSchema }))
    .optional(),
  /** Labels of event kinds, by id. */
  eventKinds: z
    .record(KindIdSchema, z.strictObject({ label: TextSchema, plural: TextSchema }))
    .optional(),
  /** Labels and phrases of relation types, by id. */
  relationTypes: z
    .record(
      KindIdSchema,
      z.strictObject({
        label: TextSchema,
        forward: TextSchema,
        backward: TextSchema.optional(),
        started: TextSchema,
        ended: TextSchema,
      }),
    )
    .optional(),
});
export type TopicTranslation = z.output<typeof TopicTranslationSchema>;
