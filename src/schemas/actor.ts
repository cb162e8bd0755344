import { z } from 'astro/zod';
import { isAfter } from '../lib/dates.ts';
import { EntryIdSchema, PartialDateSchema, SummarySchema, TextSchema } from './shared.ts';

/** The kinds of actor the site knows; each gets its own group on `/actors/`. */
export const ACTOR_KINDS = [
  'state',
  'government-body',
  'person',
  'self-proclaimed-entity',
  'organization',
] as const;

export const ActorKindSchema = z.enum(ACTOR_KINDS);
export type ActorKind = z.output<typeof ActorKindSchema>;

/** A position an actor held, such as a minister's office, with its period where known. */
export const RoleSchema = z
  .strictObject({
    /** The office or function, for example "Minister for Foreign Affairs". */
    title: TextSchema,
    /** The actor the role is held in or for, by id. Optional. */
    of: EntryIdSchema.optional(),
    /** When the role began, at the precision known. Optional. */
    start: PartialDateSchema.optional(),
    /** When the role ended, at the precision known. Optional; must not be before `start`. */
    end: PartialDateSchema.optional(),
  })
  .superRefine((role, ctx) => {
    if (role.start && role.end && isAfter(role.start, role.end)) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        input: role.end,
        message: `expected an end on or after the start (${role.start}), received ${role.end}`,
      });
    }
  });
export type Role = z.output<typeof RoleSchema>;

// On the list itself rather than the actor, so it still runs when another field is wrong.
function rejectDuplicateAliases(aliases: string[], ctx: z.core.$RefinementCtx<string[]>): void {
  const seen = new Map<string, number>();
  aliases.forEach((alias, index) => {
    const key = alias.toLocaleLowerCase('en');
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, index);
      return;
    }
    ctx.addIssue({
      code: 'custom',
      path: [index],
      input: alias,
      message: `expected each alias once, received "${alias}" again (already aliases[${first}])`,
    });
  });
}

/** Frontmatter of `content/actors/<id>.mdx`. */
export const ActorSchema = z
  .strictObject({
    /** The actor's name as the site shows it, in Ukrainian transliteration for places. */
    name: TextSchema,
    /** What sort of actor this is. */
    kind: ActorKindSchema,
    /** One neutral sentence saying who or what the actor is. */
    summary: SummarySchema,
    /** Other names and spellings, so that search finds the actor by them. Default `[]`. */
    aliases: z.array(TextSchema).default([]).superRefine(rejectDuplicateAliases),
    /** The actor this one belongs to (a minister → the ministry → the state), by id. */
    memberOf: EntryIdSchema.optional(),
    /** Offices held, with their periods. Default `[]`. */
    roles: z.array(RoleSchema).default([]),
    /** Ids of the sources that mention the actor. Default `[]`. */
    sources: z.array(EntryIdSchema).default([]),
  });

export type Actor = z.output<typeof ActorSchema>;
