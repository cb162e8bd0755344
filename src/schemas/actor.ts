import { z } from 'astro/zod';
import { isAfter } from '../lib/dates.ts';
import type { Topic } from './topic.ts';
import {
  EntryIdSchema,
  PartialDateSchema,
  SummarySchema,
  TextSchema,
  idList,
  kindSchema,
  uniqueList,
} from './shared.ts';

/** A position an actor held, such as a minister's office, with its period where known. */
export const RoleSchema = z
  .strictObject({
    /** The office or function, for example "Minister for Foreign Affairs". */
    title: TextSchema,
    /** The actor the role is held in or for, by id. Optional. */
    of: EntryIdSchema.optional(),
    /** When the role began, at the precision known. Optional. */
    start: PartialDateSchema.optional(),
    /** When the role ended, at the precision known. Optional; not before `start`. */
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

/** Frontmatter of `actors/<id>.mdx`, with the kinds the topic declares. */
export function actorSchema(topic: Pick<Topic, 'actorKinds'>) {
  return z.strictObject({
    /** The actor's name as the site shows it. */
    name: TextSchema,
    /** What sort of actor this is: one of the topic's `actorKinds`. */
    kind: kindSchema(topic.actorKinds.map((kind) => kind.id), 'actor kind'),
    /** One neutral sentence saying who or what the actor is. */
    summary: SummarySchema,
    /** Other names and spellings, so that search finds the actor by them. Default `[]`. */
    aliases: uniqueList(TextSchema, 'alias', (alias) => alias.toLocaleLowerCase()).default([]),
    /** The actor this one belongs to (a minister → the ministry → the state), by id. */
    memberOf: EntryIdSchema.optional(),
    /** Offices held, with their periods. Default `[]`. */
    roles: uniqueList(RoleSchema, 'role').default([]),
    /** Ids of the sources the actor's page rests on. Default `[]`. */
    sources: idList('source id').default([]),
  });
}
export type Actor = z.output<ReturnType<typeof actorSchema>>;
