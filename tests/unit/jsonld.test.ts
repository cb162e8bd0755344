import { describe, expect, test } from 'vitest';
import { makeActor } from '../helpers/entries.ts';
import type { ActorEntry, EventEntry } from '../../src/lib/indexes.ts';
import { actorJsonLd, eventJsonLd, serialiseJsonLd } from '../../src/lib/jsonld.ts';

const actor = (id: string, kind: ActorEntry['data']['kind']): ActorEntry =>
  makeActor(id, { kind, summary: 's' });

describe('actorJsonLd', () => {
  test('maps each kind of actor to its schema.org type', () => {
    expect(actorJsonLd(actor('dprk', 'state'), 'u')['@type']).toBe('Country');
    expect(actorJsonLd(actor('ukraine-mfa', 'government-body'), 'u')['@type']).toBe(
      'GovernmentOrganization',
    );
    expect(actorJsonLd(actor('dmytro-kuleba', 'person'), 'u')['@type']).toBe('Person');
    expect(actorJsonLd(actor('dpr', 'self-proclaimed-entity'), 'u')['@type']).toBe('Organization');
  });
});

describe('eventJsonLd', () => {
  test('describes an event with its partial date kept partial', () => {
    const event: EventEntry = {
      id: 'e',
      data: {
        title: 'T',
        date: '2014',
        kind: 'proclamation',
        summary: 'S',
        participants: [],
        sources: [],
        related: [],
        disputes: [],
        location: 'Donetsk',
      },
    };
    const data = eventJsonLd(
      event,
      'https://x/events/e/',
      [{ actor: actor('dpr', 'self-proclaimed-entity'), url: 'https://x/actors/dpr/' }],
      [],
    );
    expect(data).toMatchObject({
      '@type': 'Event',
      startDate: '2014',
      location: { '@type': 'Place', name: 'Donetsk' },
      attendee: [{ '@type': 'Organization', name: 'dpr', url: 'https://x/actors/dpr/' }],
    });
  });
});

describe('serialiseJsonLd', () => {
  test('cannot close its script element early', () => {
    expect(serialiseJsonLd({ name: '</script><script>' })).not.toContain('</script>');
  });
});
