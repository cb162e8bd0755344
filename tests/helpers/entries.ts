/**
 * Minimal valid entries for unit tests of the pure helpers: each test states only the fields
 * its behaviour depends on.
 */
import type { ActorEntry, EventEntry, SourceEntry } from '../../src/lib/indexes.ts';

export function makeActor(id: string, data: Partial<ActorEntry['data']> = {}): ActorEntry {
  return {
    id,
    data: {
      name: id,
      kind: 'country',
      summary: '',
      aliases: [],
      roles: [],
      sources: [],
      references: [],
      translations: {},
      ...data,
    },
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
      kind: 'statement',
      summary: '',
      participants: [],
      relations: [],
      sources: ['s'],
      related: [],
      disputes: [],
      references: [],
      translations: {},
      ...data,
    },
  };
}

export function makeSource(id: string, data: Partial<SourceEntry['data']> = {}): SourceEntry {
  return {
    id,
    data: {
      description: `Report ${id}`,
      publisher: 'P',
      url: 'https://example.org/',
      published: '2022',
      language: 'en',
      ...data,
    },
  };
}
