/**
 * The topic's vocabulary is content: a new kind of event and a new relation type, added to the
 * topic file with no change to code, must work everywhere the site uses kinds and relations.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { parseDocument } from 'yaml';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite, root } from '../helpers/site.ts';

const run = promisify(execFile);
const node = path.join(root, 'node_modules/.bin/node');

let contentDir: string;
let outDir: string;
let stub: string;
const read = (file: string) => readFile(path.join(outDir, file), 'utf8');

const EVENT = `---
title: Two states open talks
date: 2022-08-02
kind: mediation
summary: A test event of a kind added to the topic file, opening a relation of a type added with it.
participants:
  - actor: syria
    role: party to the talks
  - actor: dprk
    role: party to the talks
relations:
  - { type: dialogue, from: syria, to: dprk }
sources:
  - yonhap-2022-07-14
---

A test event. <Cite source="yonhap-2022-07-14" />
`;

beforeAll(async () => {
  contentDir = await mkdtemp(path.join(os.tmpdir(), 'explainer-content-'));
  await cp(path.join(root, 'content'), contentDir, { recursive: true });
  const topicFile = path.join(contentDir, 'topic.yaml');
  const topic = parseDocument(await readFile(topicFile, 'utf8'));
  topic.addIn(['eventKinds'], {
    id: 'mediation',
    label: 'Mediation',
    plural: 'Mediations',
    schemaType: 'SocialEvent',
    relations: [{ type: 'dialogue', effect: 'starts' }],
  });
  topic.addIn(['relationTypes'], {
    id: 'dialogue',
    label: 'Dialogue',
    directed: false,
    forward: 'is in dialogue with',
    started: 'opened a dialogue with',
    ended: 'broke off its dialogue with',
    line: 'dotted',
  });
  await writeFile(topicFile, topic.toString());

  // The scaffolder offers the new kind.
  await run(node, ['scripts/new.ts', 'event', 'test-stub', '--content-dir', contentDir], {
    cwd: root,
  });
  stub = await readFile(path.join(contentDir, 'events/test-stub.mdx'), 'utf8');
  await run('rm', [path.join(contentDir, 'events/test-stub.mdx')]);

  await writeFile(path.join(contentDir, 'events/test-mediation.mdx'), EVENT);
  ({ outDir } = await buildSite({ contentDir }));
});

describe('an event kind and a relation type added to the topic file', () => {
  test('are offered by the scaffolder', () => {
    expect(stub).toMatch(/^kind: TODO {2}# one of .*\bmediation\b/m);
  });

  test('are in the JSON Schemas editors get', async () => {
    await run(node, ['scripts/json-schema.ts', '--content-dir', contentDir], { cwd: root });
    const schema = await readFile(path.join(contentDir, 'schemas/event.schema.json'), 'utf8');
    const { properties } = JSON.parse(schema) as {
      properties: {
        kind: { enum: string[] };
        relations: { items: { properties: { type: { enum: string[] } } } };
      };
    };
    expect(properties.kind.enum).toContain('mediation');
    expect(properties.relations.items.properties.type.enum).toContain('dialogue');
  });

  test('pass the check', async () => {
    const { stdout } = await run(node, ['scripts/check.ts', contentDir], { cwd: root });
    expect(stdout).toMatch(/no problems/);
  });

  test('label the event and say what it did to the relation on its page', async () => {
    const html = await read('events/test-mediation/index.html');
    // The kind's colour is its position in the topic file, wherever that puts it.
    expect(html).toMatch(/<p class="kicker meta"><span class="chip tone-\d">Mediation<\/span>/);
    expect(html).toMatch(
      /Syrian Arab Republic<\/a> opened a dialogue with\s*<a[^>]*>Democratic People’s Republic of Korea/,
    );
  });

  test('type the event for structured data as the topic says', async () => {
    const html = await read('events/test-mediation/index.html');
    const block = JSON.parse(
      /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!,
    );
    expect(block.about['@type']).toBe('SocialEvent');
  });

  test('become a search filter value and a timeline filter option, by label', async () => {
    expect(await read('events/test-mediation/index.html')).toContain(
      'data-pagefind-filter="Event kind:Mediation"',
    );
    expect(await read('timeline/index.html')).toContain(
      '<option value="mediation">Mediation</option>',
    );
  });

  test('group the events index and join the graph’s legend and the relations table', async () => {
    expect(await read('events/index.html')).toMatch(/<h2 id="kind-mediation">Mediations<\/h2>/);
    const relations = await read('relations/index.html');
    expect(relations).toMatch(
      /<path class="edge tone-\d line-dotted"[^>]*><\/path><\/svg>Dialogue<\/li>/,
    );
    expect(relations).toContain('is in dialogue with');
  });

  test('appear in the data exports with the new kind and relation', async () => {
    const events = JSON.parse(await read('data/events.json')) as {
      id: string;
      kind: string;
      relations: { type: string }[];
    }[];
    const event = events.find((e) => e.id === 'test-mediation')!;
    expect(event.kind).toBe('mediation');
    expect(event.relations.map((r) => r.type)).toEqual(['dialogue']);
  });
});
