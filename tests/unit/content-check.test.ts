import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ContentStore } from '../../src/checker/store.ts';
import { placeItem } from '../../src/lib/content/layout.ts';
import { addFiles, check, checkWithFixture, scratchContent } from '../helpers/check.ts';
import { root } from '../helpers/site.ts';

const fixtures = 'tests/fixtures/invalid';

/**
 * Each fixture folder holds one kind of mistake, laid over a copy of the real content, so that
 * its references to real entries resolve and only the mistake itself is reported: the file,
 * the line, the field and what was expected.
 */
const cases: [mistake: string, where: string, expected: string][] = [
  ['missing-required-field', 'events/missing-title.mdx:2: title', 'required field is missing'],
  ['wrong-type', 'actors/aliases-not-a-list.mdx:5: aliases', 'expected array, received string'],
  ['value-outside-enum', 'events/unknown-kind.mdx:4: kind', 'received "celebration"'],
  ['impossible-date', 'events/impossible-date.mdx:3: date', 'received "2022-13-45"'],
  ['non-iso-date', 'events/non-iso-date.mdx:3: date', 'received "July 2022"'],
  ['malformed-yaml', 'events/malformed-yaml.mdx:11: frontmatter', 'expected valid YAML'],
  ['missing-actor', 'events/missing-actor.mdx:7: participants[0].actor', 'received "atlantis"'],
  ['missing-event', 'events/missing-event.mdx:11: respondsTo', 'received "no-such-event"'],
  ['missing-source', 'events/missing-source.mdx:10: sources[0]', 'received "no-such-source"'],
  ['end-before-start', 'actors/end-before-start.mdx:9: roles[0].end', 'on or after the start'],
  [
    'responds-to-later-event',
    'events/responds-to-later.mdx:11: respondsTo',
    'expected an event on or before 2022-06-01, received "ukraine-severs-dprk" dated 2022-07-13',
  ],
  ['non-http-url', 'sources/javascript-url.yaml:3: url', 'expected an http or https URL'],
  ['duplicate-alias', 'actors/duplicate-alias.mdx:8: aliases[2]', 'received "pyongyang" again'],
  ['mdx-import', 'events/mdx-import.mdx:13: body', 'received import/export'],
  ['mdx-export', 'events/mdx-export.mdx:13: body', 'received import/export'],
  ['mdx-expression', 'events/mdx-expression.mdx:13: body', 'received a {…} expression'],
  ['mdx-unknown-component', 'events/mdx-unknown-component.mdx:13: body', 'received <Script>'],
  ['wrong-extension', 'events/wrong-extension.md:1: extension', 'expected a .mdx file'],
  ['wrong-folder', 'people:1: location', 'received a folder people/'],
  ['non-kebab-id', 'actors/Test_Actor.mdx:1: id', 'expected a lowercase-kebab file name'],
  [
    'relation-not-participant',
    'events/relation-not-participant.mdx:10: relations[0].to',
    "expected one of the event's participants",
  ],
  [
    'relation-not-allowed',
    'events/relation-not-allowed.mdx:12: relations[0].type',
    'expected a relation that statement events may carry',
  ],
  [
    'relation-unknown-type',
    'events/relation-unknown-type.mdx:12: relations[0].type',
    '(the topic\'s relation types), received "friendship"',
  ],
  [
    'relation-end-without-start',
    'events/relation-end-without-start.mdx:12: relations[0]',
    'received an end with no earlier start',
  ],
  [
    'translation-fact-field',
    'events/dpr-lpr-proclaimed.uk.mdx:3: date',
    'expected only words in a translation, received a fact field',
  ],
  [
    'translation-without-base',
    'events/no-such-event.uk.mdx:1: id',
    'expected a translation of an existing entry',
  ],
  [
    'translation-unlisted-source',
    'actors/syria.uk.mdx:6: body',
    'expected a source the base entry lists',
  ],
];

describe('the content check on the fixtures of bad entries', () => {
  test.each(cases)(
    'reports the %s mistake with its file, line and field, and nothing else',
    async (mistake, where, expected) => {
      const { lines } = await checkWithFixture(mistake);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(`content/${where}: `);
      expect(lines[0]).toContain(expected);
    },
  );

  test('reports a folder without a topic file, naming the file it expected', async () => {
    const scratch = await scratchContent(`${fixtures}/missing-topic`);
    const { lines } = await check(scratch);
    expect(lines).toEqual([
      'content/topic.yaml:1: file: expected a topic file topic.yaml at the top of the content folder, received none (see CONTRIBUTING.md)',
    ]);
  });

  test('has one fixture folder for every case, so no mistake goes untested', async () => {
    const folders = (await readdir(path.join(root, fixtures))).sort();
    expect(folders).toEqual([...cases.map(([mistake]) => mistake), 'missing-topic'].sort());
  });

  test('reports every mistake in one run when all fixtures are checked together', async () => {
    const scratch = await scratchContent();
    const { cp } = await import('node:fs/promises');
    for (const [mistake] of cases) {
      // The topic of this fixture changes every kind's rules; the others keep the real one.
      if (mistake === 'relation-end-without-start') continue;
      await cp(path.join(root, fixtures, mistake), scratch.dir, { recursive: true });
    }
    const { lines } = await check(scratch);
    expect(lines).toHaveLength(cases.length - 1);
    for (const [mistake, where] of cases) {
      if (mistake === 'relation-end-without-start') continue;
      expect(
        lines.some((line) => line.startsWith(`content/${where}: `)),
        where,
      ).toBe(true);
    }
  });
});

describe('the content check on the real content', () => {
  test('finds no problems', async () => {
    const { lines } = await check(await scratchContent());
    expect(lines).toEqual([]);
  });
});

describe('the schemas/ folder of a content folder', () => {
  test('is for editors: the check reads nothing in it, whatever it holds', async () => {
    const scratch = await scratchContent();
    const before = await check(scratch);
    await addFiles(scratch, {
      'schemas/event.schema.json': '{ not JSON',
      'schemas/Not_An_Id.txt': 'anything',
      'schemas/nested/.hidden': '',
    });
    const after = await check(scratch);
    expect(after.lines).toEqual([]);
    expect(after.files).toBe(before.files);
  });

  test('is placed as documentation, like README.md, with everything below it', () => {
    expect(placeItem('schemas', 'directory')).toEqual({ role: 'documentation' });
    expect(placeItem('schemas/event.schema.json', 'file')).toEqual({ role: 'documentation' });
    expect(placeItem('schemas/nested', 'directory')).toEqual({ role: 'documentation' });
    expect(placeItem('README.md', 'file')).toEqual({ role: 'documentation' });
  });

  test('is a folder: a file named schemas at the top is still refused', () => {
    expect(placeItem('schemas', 'file')).toMatchObject({ field: 'location' });
  });

  test('is ignored by the preview server too, when a file in it changes', async () => {
    const scratch = await scratchContent();
    const store = new ContentStore('content', { cwd: scratch.cwd });
    await store.load();
    await addFiles(scratch, { 'schemas/event.schema.json': '{ not JSON' });
    const report = await store.refresh(path.join(scratch.dir, 'schemas/event.schema.json'));
    expect(report.problems).toEqual([]);
  });
});

describe('the content check with more than one mistake in a file', () => {
  test('reports a schema error and a broken reference in the same entry, each on its line', async () => {
    const scratch = await scratchContent();
    await addFiles(scratch, {
      'events/two-mistakes.mdx':
        '---\ntitle: Two mistakes\ndate: 2022-02-30\nkind: other\nsummary: S.\nparticipants:\n  - actor: nobody\n    role: x\nsources: [nothing]\n---\n',
    });
    const { lines } = await check(scratch);
    expect(lines).toEqual([
      'content/events/two-mistakes.mdx:3: date: expected a real date written YYYY, YYYY-MM or YYYY-MM-DD, received "2022-02-30"',
      'content/events/two-mistakes.mdx:7: participants[0].actor: expected the id of an actor in actors/, received "nobody" (no such file)',
      'content/events/two-mistakes.mdx:9: sources[0]: expected the id of a source in sources/, received "nothing" (no such file)',
    ]);
  });

  test('names a misspelt field as unknown instead of ignoring it', async () => {
    const scratch = await scratchContent();
    await addFiles(scratch, {
      'actors/typo.mdx': '---\nname: T\nkind: state\nsummary: S.\nalias: [T]\n---\n',
    });
    const { lines } = await check(scratch);
    expect(lines).toEqual([
      'content/actors/typo.mdx:5: alias: expected no such field (check its spelling against CONTRIBUTING.md), received an unknown field',
    ]);
  });

  test('requires every source cited in the body to be listed in the frontmatter', async () => {
    const scratch = await scratchContent();
    await addFiles(scratch, {
      'actors/x.mdx':
        '---\nname: X\nkind: state\nsummary: S.\n---\n\nText. <Cite source="babel-2022-06" />\n',
    });
    const { lines } = await check(scratch);
    expect(lines).toEqual([
      'content/actors/x.mdx:7: sources: expected every source cited in the body to be listed under sources, received no "babel-2022-06"',
    ]);
  });

  test('rejects a loop of responses between events of the same day', async () => {
    const scratch = await scratchContent();
    const event = (id: string, other: string) =>
      `---\ntitle: ${id}\ndate: 2022-07-13\nkind: other\nsummary: S.\nparticipants: [{ actor: syria, role: r }]\nsources: [babel-2022-06]\nrespondsTo: ${other}\n---\n`;
    await addFiles(scratch, { 'events/a.mdx': event('a', 'b'), 'events/b.mdx': event('b', 'a') });
    const { lines } = await check(scratch);
    expect(lines).toEqual([
      'content/events/a.mdx:8: respondsTo: expected a chain that ends, received a loop: a → b → a',
      'content/events/b.mdx:8: respondsTo: expected a chain that ends, received a loop: b → a → b',
    ]);
  });
});
