import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { readContent } from '../../src/checker/read-content.ts';
import { checkContent, formatProblem, type ContentFile } from '../../src/lib/content-check.ts';

const root = path.resolve(import.meta.dirname, '../..');
const fixtures = 'tests/fixtures/invalid';

/**
 * Each fixture folder holds one kind of mistake, laid out like `content/`. It is checked
 * together with the real content, so that its references to real entries resolve and only
 * the mistake itself is reported.
 */
async function checkWithFixture(name: string) {
  const real = await readContent('content', root);
  const bad = await readContent(`${fixtures}/${name}`, root);
  return checkContent([...real, ...bad]).map(formatProblem);
}

const cases: Array<[mistake: string, file: string, field: string, expected: string]> = [
  ['missing-required-field', 'events/missing-title.mdx', 'title', 'required field is missing'],
  ['wrong-type', 'actors/aliases-not-a-list.mdx', 'aliases', 'expected array, received string'],
  ['value-outside-enum', 'events/unknown-kind.mdx', 'kind', 'received "celebration"'],
  ['impossible-date', 'events/impossible-date.mdx', 'date', 'received "2022-13-45"'],
  ['non-iso-date', 'events/non-iso-date.mdx', 'date', 'received "July 2022"'],
  ['malformed-yaml', 'events/malformed-yaml.mdx', 'frontmatter (line 11)', 'expected valid YAML'],
  ['missing-actor', 'events/missing-actor.mdx', 'participants[0].actor', 'received "atlantis"'],
  ['missing-event', 'events/missing-event.mdx', 'respondsTo', 'received "no-such-event"'],
  ['missing-source', 'events/missing-source.mdx', 'sources[0]', 'received "no-such-source"'],
  ['end-before-start', 'actors/end-before-start.mdx', 'roles[0].end', 'on or after the start'],
  [
    'responds-to-later-event',
    'events/responds-to-later.mdx',
    'respondsTo',
    'expected an event on or before 2022-06-01, received "ukraine-severs-dprk" dated 2022-07-13',
  ],
  ['non-http-url', 'sources/javascript-url.yaml', 'url', 'expected an http or https URL'],
  ['duplicate-alias', 'actors/duplicate-alias.mdx', 'aliases[2]', 'received "pyongyang" again'],
  ['mdx-import', 'events/mdx-import.mdx', 'body (line 13)', 'received import/export'],
  ['mdx-export', 'events/mdx-export.mdx', 'body (line 13)', 'received import/export'],
  ['mdx-expression', 'events/mdx-expression.mdx', 'body (line 13)', 'received a {…} expression'],
  [
    'mdx-unknown-component',
    'events/mdx-unknown-component.mdx',
    'body (line 13)',
    'received <Script>',
  ],
  ['wrong-extension', 'events/wrong-extension.md', 'extension', 'expected a .mdx file'],
  ['wrong-folder', 'people/wrong-folder.mdx', 'location', 'expected a file directly inside'],
  ['non-kebab-id', 'actors/Test_Actor.mdx', 'id', 'expected a lowercase-kebab file name'],
];

describe('checkContent on the fixtures of bad entries', () => {
  test.each(cases)(
    'reports the %s mistake with its file and field, and nothing else',
    async (mistake, file, field, expected) => {
      const lines = await checkWithFixture(mistake);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(`${fixtures}/${mistake}/${file}: ${field}: `);
      expect(lines[0]).toContain(expected);
    },
  );

  test('has one fixture folder for every case, so no mistake goes untested', async () => {
    const { readdir } = await import('node:fs/promises');
    const folders = (await readdir(path.join(root, fixtures))).sort();
    expect(folders).toEqual(cases.map(([mistake]) => mistake).sort());
  });

  test('reports every mistake in one run when all fixtures are checked together', async () => {
    const real = await readContent('content', root);
    const bad = (
      await Promise.all(cases.map(([mistake]) => readContent(`${fixtures}/${mistake}`, root)))
    ).flat();
    const lines = checkContent([...real, ...bad]).map(formatProblem);
    expect(lines).toHaveLength(cases.length);
    for (const [mistake, file, field] of cases) {
      expect(
        lines.some((line) => line.startsWith(`${fixtures}/${mistake}/${file}: ${field}: `)),
      ).toBe(true);
    }
  });
});

describe('checkContent on the real content', () => {
  test('finds no problems', async () => {
    const lines = checkContent(await readContent('content', root)).map(formatProblem);
    expect(lines).toEqual([]);
  });
});

describe('checkContent with several mistakes in one file', () => {
  const file = (relative: string, text: string): ContentFile => ({
    path: `content/${relative}`,
    relative,
    text,
  });

  test('reports a schema error and a broken reference in the same entry', () => {
    const lines = checkContent([
      file(
        'events/two-mistakes.mdx',
        '---\ntitle: Two mistakes\ndate: 2022-02-30\nkind: other\nsummary: S.\nparticipants:\n  - actor: nobody\n    role: x\nsources: [nothing]\n---\n',
      ),
    ]).map(formatProblem);
    expect(lines).toEqual([
      'content/events/two-mistakes.mdx: date: expected a real date written YYYY, YYYY-MM or YYYY-MM-DD, received "2022-02-30"',
      'content/events/two-mistakes.mdx: participants[0].actor: expected the id of an actor in content/actors/, received "nobody" (no such file)',
      'content/events/two-mistakes.mdx: sources[0]: expected the id of a source in content/sources/, received "nothing" (no such file)',
    ]);
  });

  test('names a misspelt field as unknown instead of ignoring it', () => {
    const lines = checkContent([
      file('actors/typo.mdx', '---\nname: T\nkind: state\nsummary: S.\nalias: [T]\n---\n'),
    ]).map(formatProblem);
    expect(lines).toEqual([
      'content/actors/typo.mdx: alias: expected no such field (check its spelling against CONTRIBUTING.md), received an unknown field',
    ]);
  });

  test('requires every source cited in the body to be listed in the frontmatter', () => {
    const lines = checkContent([
      file(
        'sources/a.yaml',
        'title: A\npublisher: P\nurl: https://example.org/a\npublished: 2022\nlanguage: en\n',
      ),
      file(
        'actors/x.mdx',
        '---\nname: X\nkind: state\nsummary: S.\n---\n\nText. <Cite source="a" />\n',
      ),
    ]).map(formatProblem);
    expect(lines).toEqual([
      'content/actors/x.mdx: sources: expected every source cited in the body to be listed, received no "a"',
    ]);
  });

  test('rejects a loop of responses between events of the same day', () => {
    const event = (id: string, other: string) =>
      file(
        `events/${id}.mdx`,
        `---\ntitle: ${id}\ndate: 2022-07-13\nkind: other\nsummary: S.\nparticipants: [{ actor: x, role: r }]\nsources: [s]\nrespondsTo: ${other}\n---\n`,
      );
    const lines = checkContent([
      file(
        'sources/s.yaml',
        'title: S\npublisher: P\nurl: https://example.org/\npublished: 2022\nlanguage: en\n',
      ),
      file('actors/x.mdx', '---\nname: X\nkind: state\nsummary: S.\n---\n'),
      event('a', 'b'),
      event('b', 'a'),
    ]).map(formatProblem);
    expect(lines).toEqual([
      'content/events/a.mdx: respondsTo: expected a chain that ends, received a loop back to "a"',
      'content/events/b.mdx: respondsTo: expected a chain that ends, received a loop back to "b"',
    ]);
  });
});
