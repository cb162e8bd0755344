import { z } from 'astro/zod';
import { isAfter } from '../lib/dates.ts';
import type { Topic } from './topic.ts';
import {
  EntryIdSchema,
  PartialDateSchema,
  SummarySchema,
  TextSchema,
  field,
  idList,
  kindSchema,
  uniqueList,
} from './shared.ts';

/** A position an actor held, such as a minister's office, with its period where known. */
export const RoleSchema = z
  .strictObject({
    title: field(
      'title',
      TextSchema,
      'The office or function, for example "Minister for Foreign Affairs".',
    ),
    of: field(
      'of',
      EntryIdSchema,
      'The actor the role is held in or for, by id. Optional.',
    ).optional(),
    start: field(
      'start',
      PartialDateSchema,
      'When the role began, at the precision known: 2014, 2022-02 or 2022-07-13. Optional.',
    ).optional(),
    end: field(
      'end',
      PartialDateSchema,
      'When the role ended, at the precision known. Optional; not before start.',
    ).optional(),
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
    name: field('name', TextSchema, "The actor's name as the site shows it."),
    kind: field(
      'kind',
      kindSchema(
        topic.actorKinds.map((kind) => kind.id),
        'actor kind',
      ),
      "What sort of actor this is: one of the topic's actorKinds.",
    ),
    summary: field(
      'summary',
      SummarySchema,
      'One neutral sentence saying who or what the actor is.',
    ),
    aliases: field(
      'aliases',
      uniqueList(TextSchema, 'alias', (alias) => alias.toLocaleLowerCase()),
      'Other names and spellings, so that search finds the actor by them. Default [].',
    ).default([]),
    memberOf: field(
      'memberOf',
      EntryIdSchema,
      'The actor this one belongs to (a minister → the ministry → the state), by id. Optional.',
    ).optional(),
    roles: field(
      'roles',
      uniqueList(RoleSchema, 'role'),
      'Offices held, with their periods. Default [].',
    ).default([]),
    sources: field(
      'sources',
      idList('source id'),
      "Ids of the sources the actor's page rests on. Default [].",
    ).default([]),
  });
}
export type Actor = z.output<ReturnType<typeof actorSchema>>;
