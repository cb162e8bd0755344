import { cp, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ContentStore } from '../../src/checker/store.ts';
import { placeItem } from '../../src/lib/content/layout.ts';
import { addFiles, check, checkWithFixture, scratchContent } from '../helpers/check.ts';
import { PROBLEMS_PER_FILE } from '../../src/checker/report.ts';
import { BODY_LIMITS, INPUT_LIMITS } from '../../src/lib/content/limits.ts';
import { root } from '../helpers/site.ts';

const fixtures = 'tests/fixtures/invalid';

/**
 * Each fixture folder holds one kind of mistake, laid over a copy of the real content, so that
 * its references to real entries resolve and only the mistake itself is reported: the file,
 * the line, the field and what was expected. Most report one problem; a few report one for
 * each of the files or places the mistake involves.
 */
const cases: [mistake: string, problems: [where: string, expected: string][]][] = [
  ['missing-required-field', [['events/missing-title.mdx:2: title', 'required field is missing']]],
  ['wrong-type', [['actors/aliases-not-a-list.mdx:5: aliases', 'expected array, received string']]],
  ['value-outside-enum', [['events/unknown-kind.mdx:4: kind', 'received "celebration"']]],
  ['impossible-date', [['events/impossible-date.mdx:3: date', 'received "2022-13-45"']]],
  ['non-iso-date', [['events/non-iso-date.mdx:3: date', 'received "July 2022"']]],
  ['malformed-yaml', [['events/malformed-yaml.mdx:11: frontmatter', 'expected valid YAML']]],
  ['missing-actor', [['events/missing-actor.mdx:7: participants[0].actor', 'received "atlantis"']]],
  ['missing-event', [['events/missing-event.mdx:11: respondsTo', 'received "no-such-event"']]],
  ['missing-source', [['events/missing-source.mdx:10: sources[0]', 'received "no-such-source"']]],
  ['end-before-start', [['actors/end-before-start.mdx:9: roles[0].end', 'on or after the start']]],
  [
    'responds-to-later-event',
    [
      [
        'events/responds-to-later.mdx:11: respondsTo',
        'expected an event on or before 2022-06-01, received "ukraine-severs-dprk" dated 2022-07-13',
      ],
    ],
  ],
  ['non-http-url', [['sources/javascript-url.yaml:3: url', 'expected an http or https URL']]],
  ['duplicate-alias', [['actors/duplicate-alias.mdx:8: aliases[2]', 'received "pyongyang" again']]],
  ['mdx-import', [['events/mdx-import.mdx:13: body', 'received import/export']]],
  ['mdx-export', [['events/mdx-export.mdx:13: body', 'received import/export']]],
  ['mdx-expression', [['events/mdx-expression.mdx:13: body', 'received a {…} expression']]],
  ['mdx-unknown-component', [['events/mdx-unknown-component.mdx:13: body', 'received <Script>']]],
  ['wrong-extension', [['events/wrong-extension.md:1: extension', 'expected a .mdx file']]],
  ['wrong-folder', [['people:1: location', 'received a folder people/']]],
  ['non-kebab-id', [['actors/Test_Actor.mdx:1: id', 'expected a lowercase-kebab file name']]],
  [
    'relation-not-participant',
    [
      [
        'events/relation-not-participant.mdx:10: relations[0].to',
        "expected one of the event's participants",
      ],
    ],
  ],
  [
    'relation-not-allowed',
    [
      [
        'events/relation-not-allowed.mdx:12: relations[0].type',
        'expected a relation that statement events may carry',
      ],
    ],
  ],
  [
    'relation-unknown-type',
    [
      [
        'events/relation-unknown-type.mdx:12: relations[0].type',
        '(the topic\'s relation types), received "friendship"',
      ],
    ],
  ],
  [
    'relation-end-without-start',
    [
      [
        'events/relation-end-without-start.mdx:12: relations[0]',
        'received an end with no earlier start',
      ],
    ],
  ],
  [
    'translation-fact-field',
    [
      [
        'events/dpr-lpr-proclaimed.uk.mdx:3: date',
        'expected only words in a translation, received a fact field',
      ],
    ],
  ],
  [
    'translation-without-base',
    [['events/no-such-event.uk.mdx:1: id', 'expected a translation of an existing entry']],
  ],
  [
    'translation-unlisted-source',
    [['actors/syria.uk.mdx:6: body', 'expected a source the base entry lists']],
  ],
  // What was measured on the landed main: files the build published unchecked.
  [
    'hidden-file',
    [
      [
        'events/.hidden-event.mdx:1: file',
        'expected entries only, received a hidden file or folder ".hidden-event.mdx" (delete it)',
      ],
    ],
  ],
  [
    'dot-names',
    [
      ['events/...mdx:1: file', 'received a hidden file or folder "...mdx"'],
      ['events/..mdx:1: file', 'received a hidden file or folder "..mdx"'],
    ],
  ],
  [
    'folder-named-like-entry',
    [['events/folder-event.mdx:1: file', 'expected a plain file in events/, received a folder']],
  ],
  // Inputs that crashed the check or the build.
  [
    'nested-list',
    [
      [
        'events/nested-list.mdx:13: body',
        'expected at most 32 nested quotes or lists on a line, received 2000',
      ],
    ],
  ],
  [
    'nested-components',
    [
      [
        'events/nested-components.mdx:29: body',
        'expected components nested at most 16 deep, received deeper',
      ],
    ],
  ],
  [
    'component-named-like-object-property',
    [
      [
        'events/object-property-component.mdx:13: body',
        'expected one of the components Cite, Quote, received <toString>',
      ],
      [
        'events/object-property-component.mdx:15: body',
        'expected one of the components Cite, Quote, received <constructor>',
      ],
      [
        'events/object-property-component.mdx:17: body',
        'expected one of the components Cite, Quote, received <__proto__>',
      ],
    ],
  ],
  // Inputs that cost more than their size.
  [
    'character-references',
    [
      [
        'events/character-references.mdx:13: body',
        'expected at most 256 character references such as &amp; in a body, received more (write the characters themselves)',
      ],
    ],
  ],
  [
    'blockquote-markers',
    [
      [
        'events/blockquote-markers.mdx:13: body',
        'expected at most 32 nested quotes or lists on a line, received 1000',
      ],
    ],
  ],
  [
    'title-too-long',
    [['events/title-too-long.mdx:2: title', 'expected at most 200 characters, received 300']],
  ],
  // Mistakes that were accepted.
  [
    'control-character',
    [
      [
        'events/control-character.mdx:2: title',
        'expected text without control characters, received U+0007 (delete it)',
      ],
    ],
  ],
  [
    'url-with-credentials',
    [
      [
        'sources/credentials-url.yaml:3: url',
        'expected a URL without a user name or password before "@", received "https://www.bbc.co.uk@evil.example/news"',
      ],
    ],
  ],
  [
    'protocol-relative-link',
    [
      [
        'events/protocol-relative-link.mdx:13: body',
        'expected an http, https or relative link, received "//evil.example/report"',
      ],
    ],
  ],
  [
    'private-source-url',
    [
      [
        'sources/loopback-url.yaml:3: url',
        'expected a URL on a public host, received "127.0.0.1" (a local or private address)',
      ],
    ],
  ],
  [
    'dispute-unlisted-source',
    [
      [
        'events/dispute-unlisted-source.mdx:14: disputes[0].sources[0]',
        'expected a source the event lists under sources, received "ap-2022-06-29" (add it there)',
      ],
    ],
  ],
  [
    'cite-with-children',
    [
      [
        'events/cite-with-children.mdx:13: body',
        'expected <Cite source="…" /> to be empty, received content inside it',
      ],
    ],
  ],
  [
    'citation-in-link',
    [
      [
        'events/citation-in-link.mdx:13: body',
        'expected citations outside links, received a component in [link text]',
      ],
    ],
  ],
  [
    'duplicate-attribute',
    [
      [
        'events/duplicate-attribute.mdx:13: body',
        'expected source="…" once on <Cite>, received it twice',
      ],
    ],
  ],
  [
    'year-zero',
    [
      [
        'events/year-zero.mdx:3: date',
        'expected a real date written YYYY, YYYY-MM or YYYY-MM-DD, received "0000-07-13"',
      ],
    ],
  ],
  [
    'member-of-cycle',
    [
      [
        'actors/cycle-first.mdx:5: memberOf',
        'expected membership that ends, received a loop: cycle-first → cycle-second → cycle-first',
      ],
      [
        'actors/cycle-second.mdx:5: memberOf',
        'expected membership that ends, received a loop: cycle-second → cycle-first → cycle-second',
      ],
    ],
  ],
  [
    'same-participant-twice',
    [
      [
        'events/same-participant-twice.mdx:9: participants[1]',
        'expected each participant once, received "ukraine" again (already item 1)',
      ],
    ],
  ],
  [
    'same-source-twice',
    [
      [
        'events/same-source-twice.mdx:11: sources[1]',
        'expected each source id once, received "kyiv-post-2022-07-13" again (already item 1)',
      ],
    ],
  ],
  [
    'related-to-itself',
    [
      [
        'events/related-to-itself.mdx:12: related[0]',
        'expected another event, received the event itself',
      ],
    ],
  ],
  [
    'accessed-before-published',
    [
      [
        'sources/accessed-early.yaml:6: accessed',
        'expected a date on or after published (2022-07-13), received 2022-07-01',
      ],
    ],
  ],
  [
    'zero-width-name',
    [
      [
        'actors/zero-width-name.mdx:2: name',
        'expected visible text, received only invisible characters',
      ],
    ],
  ],
  [
    'carriage-return-summary',
    [
      [
        'events/carriage-return-summary.mdx:5: summary',
        'expected text on one line, received a line break',
      ],
    ],
  ],
  // Rejections that said the wrong thing.
  [
    'date-zero',
    [
      [
        'events/date-zero.mdx:3: date',
        'expected a date written YYYY, YYYY-MM or YYYY-MM-DD, received the year 0 (there is no year 0: 1 BC is followed by AD 1)',
      ],
    ],
  ],
  [
    'date-negative',
    [
      [
        'events/date-negative.mdx:3: date',
        'expected a date written YYYY, YYYY-MM or YYYY-MM-DD, received -1 (a year before AD 1 cannot be written)',
      ],
    ],
  ],
];

/** How many problems all the fixtures report together. */
const allProblems = cases.reduce((sum, [, problems]) => sum + problems.length, 0);

describe('the content check on the fixtures of bad entries', () => {
  test.each(cases)(
    'reports the %s mistake with its file, line and field, and nothing else',
    async (mistake, problems) => {
      const { lines, model } = await checkWithFixture(mistake);
      expect(lines, lines.join('\n')).toHaveLength(problems.length);
      problems.forEach(([where, expected], i) => {
        expect(lines[i]).toContain(`content/${where}: `);
        expect(lines[i]).toContain(expected);
      });
      expect(model, 'nothing of a folder with a problem is published').toBeUndefined();
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
    for (const [mistake] of cases) {
      await cp(path.join(root, fixtures, mistake), scratch.dir, { recursive: true });
    }
    const { lines } = await check(scratch);
    expect(lines).toHaveLength(allProblems);
    for (const [, problems] of cases) {
      for (const [where] of problems) {
        expect(
          lines.some((line) => line.startsWith(`content/${where}: `)),
          where,
        ).toBe(true);
      }
    }
  });
});

describe('the content check on what git cannot store well', () => {
  test('refuses a link to an entry outside the content folder, and publishes nothing', async () => {
    const scratch = await scratchContent();
    const outside = path.join(scratch.cwd, 'outside.mdx');
    await writeFile(
      outside,
      await readFile(path.join(root, fixtures, 'missing-actor/events/missing-actor.mdx')),
    );
    await symlink(outside, path.join(scratch.dir, 'events/linked-event.mdx'));
    const { lines, model } = await check(scratch);
    expect(lines).toEqual([
      'content/events/linked-event.mdx:1: file: expected a plain file in events/, received a symbolic link',
    ]);
    expect(model).toBeUndefined();
  });

  test('refuses a link to a system file among the sources, unread', async () => {
    const scratch = await scratchContent();
    await symlink('/etc/passwd', path.join(scratch.dir, 'sources/passwd.yaml'));
    const { lines } = await check(scratch);
    expect(lines).toEqual([
      'content/sources/passwd.yaml:1: file: expected a plain file in sources/, received a symbolic link',
    ]);
  });

  test('writes a file name with a line break on one line of the report', async () => {
    const scratch = await scratchContent();
    await addFiles(scratch, {
      'events/two\nlines.mdx': await readFile(
        path.join(root, fixtures, 'missing-actor/events/missing-actor.mdx'),
      ),
    });
    const { lines } = await check(scratch);
    expect(lines).toEqual([
      'content/events/two\\nlines.mdx:1: id: expected a lowercase-kebab file name such as "some-event.mdx", received "two\\nlines.mdx"',
    ]);
  });
});

describe('the content check on legitimate inputs that look like mistakes', () => {
  test('keeps titles, a publisher and a headline that YAML 1.1 would read as timestamps as the text written', async () => {
    const scratch = await scratchContent();
    await cp(path.join(root, 'tests/fixtures/legitimate/yaml-timestamps'), scratch.dir, {
      recursive: true,
    });
    const { lines, model } = await check(scratch);
    expect(lines).toEqual([]);
    const event = model!.events.get('timestamp-title')!.data;
    expect([event.title, event.summary, event.location]).toEqual([
      '2022-07-13T10:00:00Z',
      '2022-07-13',
      '12:30',
    ]);
    const source = model!.sources.get('timestamp-publisher')!.data;
    expect([source.publisher, source.headline]).toEqual([
      '2022-07-14',
      '2022-07-14T08:00:00+03:00',
    ]);
  });

  test('does not count a citation written in inline code', async () => {
    const scratch = await scratchContent();
    await cp(path.join(root, 'tests/fixtures/legitimate/cite-in-inline-code'), scratch.dir, {
      recursive: true,
    });
    const { lines, model } = await check(scratch);
    expect(lines).toEqual([]);
    const body = model!.events.get('cite-in-inline-code')!.body!;
    expect(body.cited).toEqual(['kyiv-post-2022-07-13']);
    expect(body.html).toContain('<code>&lt;Cite source="no-such-source" /&gt;</code>');
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

describe('CONTRIBUTING.md', () => {
  test('lists every limit of the check with the value the check uses', async () => {
    const guide = await readFile(path.join(root, 'CONTRIBUTING.md'), 'utf8');
    const section = guide.slice(
      guide.indexOf('## Limits'),
      guide.indexOf('## When the check fails'),
    );
    const limits: [row: string, value: number][] = [
      ['a file (an entry with its text', INPUT_LIMITS.fileBytes],
      ['the frontmatter of an entry', INPUT_LIMITS.frontmatterBytes],
      ['lists and fields nested in YAML', INPUT_LIMITS.yamlDepth],
      ['an id (the file name', INPUT_LIMITS.id],
      ['a web address', INPUT_LIMITS.url],
      ['a name, title, label, role or place', INPUT_LIMITS.line],
      ['a summary or description', INPUT_LIMITS.summary],
      ["a dispute's claim or note", INPUT_LIMITS.paragraph],
      ['the items of a list', INPUT_LIMITS.listItems],
      ['list markers opening one line', BODY_LIMITS.maxLineMarkers],
      ['components nested inside each other', BODY_LIMITS.maxJsxDepth],
      ['components (`<Cite />`, `</Quote>`) on one line', BODY_LIMITS.maxTagsPerLine],
      ['braces `{` in one paragraph', BODY_LIMITS.maxBracesPerParagraph],
      ['character references such as `&amp;`', BODY_LIMITS.maxCharacterReferences],
    ];
    for (const [row, value] of limits) {
      const line = section.split('\n').find((text) => text.startsWith('|') && text.includes(row));
      expect(line, row).toMatch(new RegExp(`\\| ${value}\\b[^|]*\\|$`));
    }
    expect(section.replace(/\s+/g, ' ')).toContain(
      `at most ${PROBLEMS_PER_FILE} problems for one file`,
    );
  });
});
