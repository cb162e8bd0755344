import { describe, expect, test } from 'vitest';
import {
  makeActor as actor,
  makeEvent as event,
  makeSource as source,
} from '../helpers/entries.ts';
import { buildIndexes, neighbours, responseChain } from '../../src/lib/indexes.ts';

describe('buildIndexes', () => {
  const indexes = buildIndexes(
    [
      actor('ukraine'),
      actor('ukraine-mfa', { memberOf: 'ukraine' }),
      actor('kuleba', {
        kind: 'person',
        memberOf: 'ukraine-mfa',
        roles: [{ title: 'Minister', of: 'ukraine-mfa', start: '2020-03' }],
        sources: ['t'],
      }),
    ],
    [
      event('severance', '2022-07-13', {
        participants: [
          { actor: 'ukraine', role: 'severing state' },
          { actor: 'kuleba', role: 'spokesperson' },
        ],
        respondsTo: 'recognition',
        related: ['earlier'],
      }),
      event('recognition', '2022-07-13', {
        title: 'a recognition',
        participants: [{ actor: 'dprk', role: 'recognising state' }],
      }),
      event('earlier', '2022-06', {
        sources: ['s', 't', 'u'],
        disputes: [{ claim: 'c', sources: ['t'], contestedBy: ['u'], note: 'n' }],
      }),
      event('reply', '2022-07-15', {
        respondsTo: 'severance',
        participants: [{ actor: 'kuleba', role: 'speaker' }],
      }),
    ],
    [source('s'), source('t'), source('u')],
  );

  test('orders events by date, then by title within a day', () => {
    expect(indexes.chronology.map((e) => e.id)).toEqual([
      'earlier',
      'recognition',
      'severance',
      'reply',
    ]);
  });

  test('lists every event an actor took part in, with its role, as backlinks', () => {
    expect(
      indexes.appearances.get('kuleba')?.map(({ event: e, role }) => `${e.id}:${role}`),
    ).toEqual(['severance:spokesperson', 'reply:speaker']);
    expect(indexes.appearances.get('ukraine-mfa')).toBeUndefined();
  });

  test('lets a ministry list its members and the roles held in it', () => {
    expect(indexes.members.get('ukraine-mfa')?.map((a) => a.id)).toEqual(['kuleba']);
    expect(indexes.members.get('ukraine')?.map((a) => a.id)).toEqual(['ukraine-mfa']);
    expect(
      indexes.heldRoles.get('ukraine-mfa')?.map((r) => `${r.holder.id}:${r.title}:${r.start}`),
    ).toEqual(['kuleba:Minister:2020-03']);
  });

  test('links responses in both directions', () => {
    expect(indexes.responses.get('recognition')?.map((e) => e.id)).toEqual(['severance']);
    expect(responseChain(indexes, 'reply').map((e) => e.id)).toEqual(['recognition', 'severance']);
    expect(responseChain(indexes, 'recognition')).toEqual([]);
  });

  test('makes related events symmetric', () => {
    expect(indexes.related.get('earlier')?.map((e) => e.id)).toEqual(['severance']);
    expect(indexes.related.get('severance')?.map((e) => e.id)).toEqual(['earlier']);
  });

  test('finds every entry that lists a source, which the check makes every entry citing it', () => {
    const citing = (id: string) => indexes.citedBy.get(id)?.map((c) => `${c.type}:${c.entry.id}`);
    expect(citing('t')).toEqual(['event:earlier', 'actor:kuleba']);
    expect(citing('u')).toEqual(['event:earlier']);
    expect(citing('s')).toHaveLength(4);
  });

  test('gives previous and next events in chronological order', () => {
    const { previous, next } = neighbours(indexes, 'recognition');
    expect([previous?.id, next?.id]).toEqual(['earlier', 'severance']);
    expect(neighbours(indexes, 'earlier').previous).toBeUndefined();
  });
});
