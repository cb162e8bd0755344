import { describe, expect, test } from 'vitest';
import { topicWords } from '../../src/lib/localize.ts';
import { TopicSchema, TopicTranslationSchema } from '../../src/schemas/index.ts';

const topic = TopicSchema.parse({
  title: 'A topic',
  description: 'What it is about.',
  languages: [{ code: 'en' }, { code: 'uk' }],
  actorKinds: [{ id: 'constructor', label: 'Builder', plural: 'Builders', schemaType: 'Person' }],
  eventKinds: [{ id: 'constructor', label: 'Building', plural: 'Buildings' }],
  relationTypes: [
    {
      id: 'constructor',
      label: 'Built',
      directed: true,
      forward: 'built',
      started: 'began to build',
      ended: 'stopped building',
    },
  ],
});

describe('topicWords', () => {
  test('falls back to the topic’s words for a kind named constructor that a translation leaves out', () => {
    const translation = TopicTranslationSchema.parse({
      actorKinds: {},
      eventKinds: {},
      relationTypes: {},
    });
    const words = topicWords(topic, translation);
    expect(words.actorKind('constructor')).toMatchObject({ label: 'Builder' });
    expect(words.eventKind('constructor')).toMatchObject({ label: 'Building' });
    expect(words.relationType('constructor')).toMatchObject({ label: 'Built' });
  });

  test('takes a translation’s words for a kind named constructor that it gives', () => {
    const translation = TopicTranslationSchema.parse({
      actorKinds: { constructor: { label: 'Будівник', plural: 'Будівники' } },
    });
    expect(topicWords(topic, translation).actorKind('constructor').label).toBe('Будівник');
  });
});
