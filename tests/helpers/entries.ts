/**
 * Minimal valid entries for unit tests of the pure helpers: each test states only the fields
 * its behaviour depends on.
 */
import type { ActorEntry, EventEntry, SourceEntry } from '../../src/lib/indexes.ts';

export function makeActor(id: string, data: Partial<ActorEntry['data']> = {}): ActorEntry {
  return {
    id,
    data: { name: id, kind: 'state', summary: '', aliases: [], roles: [], sources: [], ...data },
  };
}

export function makeEvent(
  id: string,
  date: string,
  data: Partial<EventEntry['data']> = {},
): EventEntry {
  return {
    id,
    data: {
      title: id,
      date,
      kind: 'other',
      summary: '',
      participants: [],
      sources: ['s'],
      related: [],
      disputes: [],
      ...data,
    },
  };
}

export function makeSource(id: string, data: Partial<SourceEntry['data']> = {}): SourceEntry {
  return {
    id,
    data: {
      title: id,
      publisher: 'P',
      url: 'https://example.org/',
      published: '2022',
      language: 'en',
      ...data,
    },
  };
}
