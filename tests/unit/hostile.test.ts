/**
 * The content check tried as a hostile editor would. Anyone can open a pull request, so every
 * case here is something a pull request can contain: YAML that expands, nests or hides types,
 * MDX that links, loads or runs something, files that are not what they seem, ids, references
 * and translations that do not hold together, and inputs made to cost more than their size.
 *
 * Each case is either refused, with the file, the line, the field and what was expected, or
 * published, and then the body's HTML is checked to be safe. None may crash the check. Cost is
 * not timed here (that is the benchmark's business): the big inputs are refused before they
 * are parsed, and the check must simply come back.
 */
import { mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { readListed } from '../../src/checker/read.ts';
import { reportLines } from '../../src/checker/report.ts';
import { ContentStore } from '../../src/checker/store.ts';
import { crossCheck } from '../../src/lib/content/check.ts';
import { unreadableFile, type ParsedFile } from '../../src/lib/content/parse.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { unsafeHtml } from '../helpers/safe-html.ts';
import { root } from '../helpers/site.ts';

// The real topic's vocabulary, without the home page's account, which names real events.
const TOPIC = (await readFile(path.join(root, 'content/topic.yaml'), 'utf8')).replace(
  /\nintro:\n[\s\S]*?\n(?=actorKinds:)/,
  '\n',
);

/**
 * An event whose frontmatter takes lines 2–9, then `extra` from line 10; its body starts on
 * the line after the closing `---` (line 11 without `extra`).
 */
const event = (extra = '', body = 'Text.<Cite source="s" />\n') =>
  `---\ntitle: T\ndate: 2022-07-13\nkind: statement\nsummary: S.\nparticipants:\n  - actor: a\n    role: r\nsources: [s]\n${extra}---\n${body}`;

/** An actor whose frontmatter takes lines 2–4, then `extra` from line 5. */
const actor = (extra = '', body = '') =>
  `---\nname: N\nkind: state\nsummary: S.\n${extra}---\n${body}`;

/** A source: description, publisher, url, published and language on lines 1–5, then `extra`. */
function source(fields: Record<string, string> = {}, extra = ''): string {
  const all = {
    description: 'D.',
    publisher: 'P',
    url: 'https://example.org/report',
    published: '2022-07-13',
    language: 'en',
    ...fields,
  };
  return `${Object.entries(all)
    .map(([key, value]) => `${key}: ${value}`)
    .join('\n')}\n${extra}`;
}

/** A small content folder of its own that passes: two states, two sources, one event. */
const BASE: Record<string, string> = {
  'topic.yaml': TOPIC,
  'actors/a.mdx': '---\nname: Alpha\nkind: state\nsummary: A state.\n---\n',
  'actors/b.mdx': '---\nname: Beta\nkind: state\nsummary: Another state.\n---\n',
  'sources/s.yaml': source(),
  'sources/t.yaml': source({ publisher: 'Q' }),
  'events/e.mdx': event('related: []\n').replace('2022-07-13', '2022-07-01'),
};

interface Case {
  /** What the hostile editor tries, and what the check does about it. */
  name: string;
  /** Files written into the folder, by path inside it; `null` deletes a file of the base. */
  files?: Record<string, string | Buffer | null>;
  /** Anything files cannot say: links, folders, pipes. */
  setup?: (dir: string) => Promise<void>;
  /**
   * The problems, in order: where (`events/x.mdx:3: date`) and part of the message. A case
   * without them must pass.
   */
  refused?: [where: string, message: string][];
  /** For a case that passes: the entry (`events/x`) whose HTML must be safe, and what it shows. */
  published?: [entry: string, shows: string | RegExp];
}

async function checkCase(c: Case) {
  const cwd = await mkdtemp(path.join(os.tmpdir(), 'explainer-hostile-'));
  const dir = path.join(cwd, 'content');
  const files: Record<string, string | Buffer | null> = { ...BASE, ...c.files };
  for (const [relative, text] of Object.entries(files)) {
    if (text === null) continue;
    const file = path.join(dir, relative);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text);
  }
  await c.setup?.(dir);
  const report = await new ContentStore('content', { cwd }).load();
  await rm(cwd, { recursive: true, force: true });
  return { report, lines: report.problems.map(formatProblem) };
}

async function expectCase(c: Case): Promise<void> {
  const { report, lines } = await checkCase(c);
  const expected = c.refused ?? [];
  expect(lines, lines.join('\n')).toHaveLength(expected.length);
  expected.forEach(([where, message], i) => {
    expect(lines[i]).toContain(`content/${where}: `);
    expect(lines[i]).toContain(message);
  });
  if (expected.length > 0) {
    expect(report.model, 'a folder with a problem publishes nothing').toBeUndefined();
    return;
  }
  expect(report.model).toBeDefined();
  if (!c.published) return;
  const [entry, shows] = c.published;
  const [collection, id] = entry.split('/') as ['actors' | 'events', string];
  const html = report.model![collection].get(id)?.body?.html ?? '';
  expect(unsafeHtml(html), html).toEqual([]);
  if (typeof shows === 'string') expect(html).toContain(shows);
  else expect(html).toMatch(shows);
}

const many = (count: number, text: string, separator = '') =>
  Array.from({ length: count }, () => text).join(separator);

const yaml: Case[] = [
  {
    name: 'refuses a mapping written once and used twice through an anchor and an alias',
    files: {
      'events/x.mdx': event().replace(
        '  - actor: a\n    role: r',
        '  - &p\n    actor: a\n    role: r\n  - *p',
      ),
    },
    refused: [
      [
        'events/x.mdx:10: frontmatter',
        'expected each value written out, received an alias (*name)',
      ],
    ],
  },
  {
    name: 'refuses a billion laughs of nested aliases at the first alias, before expanding it',
    files: {
      'sources/x.yaml': source(
        {},
        'a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n',
      ),
    },
    refused: [['sources/x.yaml:7: yaml', 'received an alias (*name) of another']],
  },
  {
    name: 'refuses a merge key that copies a mapping in through an alias',
    files: {
      'events/x.mdx': event().replace(
        '  - actor: a\n    role: r',
        '  - &p { actor: a, role: r }\n  - <<: *p\n    actor: b',
      ),
    },
    refused: [['events/x.mdx:8: frontmatter', 'received an alias (*name) of another']],
  },
  {
    name: 'reads a merge key without an alias as an unknown field, never as a merge',
    files: { 'actors/x.mdx': actor('<<: { aliases: [X] }\n') },
    refused: [['actors/x.mdx:5: <<', 'expected no such field']],
  },
  {
    name: 'keeps a text value used twice through an alias as that text, which cannot expand',
    files: { 'events/x.mdx': event('location: *t\n').replace('title: T', 'title: &t Kyiv') },
    published: ['events/x', '<p>Text.'],
  },
  {
    name: 'refuses 5,000 aliases of one long text in a list, item count first, without building the list out',
    files: {
      'actors/x.mdx': actor(`aliases: [${many(5000, '*n', ',')}]\n`).replace(
        'name: N',
        `name: &n ${'n'.repeat(3000)}`,
      ),
    },
    refused: [
      ['actors/x.mdx:2: name', 'expected at most 200 characters, received 3000'],
      ['actors/x.mdx:5: aliases', 'expected at most 100 items, received 5000'],
    ],
  },
  ...(
    [
      ['!!timestamp 2022-07-13', 'a custom tag !!timestamp (write the value plainly)'],
      ['!!binary aGVsbG8=', 'a custom tag !!binary'],
      ['!!set { a, b }', 'a custom tag !!set'],
      ['!!js/function "function () {}"', 'a custom tag !!js/function'],
      ['!!js/undefined ""', 'a custom tag !!js/undefined'],
      ['!local value', 'a custom tag (write the value plainly)'],
    ] satisfies [string, string][]
  ).map(([value, message]): Case => ({
    name: `refuses the tag in "title: ${value}", so YAML makes no date, bytes, set or code of it`,
    files: { 'events/x.mdx': event().replace('title: T', `title: ${value}`) },
    refused: [['events/x.mdx:2: frontmatter', `expected valid YAML, received ${message}`]],
  })),
  {
    name: 'reads "date: !!str 2022" as the text 2022, a year',
    files: { 'events/x.mdx': event().replace('date: 2022-07-13', 'date: !!str 2022') },
    published: ['events/x', 'Text.'],
  },
  {
    name: 'refuses a text field that a tag turns into a number',
    files: { 'events/x.mdx': event().replace('title: T', 'title: !!int "12"') },
    refused: [['events/x.mdx:2: title', 'expected text, received 12']],
  },
  {
    name: 'refuses a field given twice at the top',
    files: { 'events/x.mdx': event('title: U\n') },
    refused: [['events/x.mdx:10: frontmatter', 'received a field given twice (keep one)']],
  },
  {
    name: 'refuses a field given twice inside a list item',
    files: { 'events/x.mdx': event().replace('    role: r', '    role: r\n    role: q') },
    refused: [['events/x.mdx:9: frontmatter', 'received a field given twice']],
  },
  {
    name: 'refuses 2,000 nested flow lists before the parser recurses into them',
    files: { 'events/x.mdx': event(`location: ${many(2000, '[')}${many(2000, ']')}\n`) },
    refused: [['events/x.mdx:10: frontmatter', 'expected YAML nested at most 12 levels deep']],
  },
  {
    name: 'refuses 2,000 nested flow mappings before the parser recurses into them',
    files: { 'sources/x.yaml': source({}, `x: ${many(2000, '{a: ')}1${many(2000, '}')}\n`) },
    refused: [['sources/x.yaml:6: yaml', 'expected YAML nested at most 12 levels deep']],
  },
  {
    name: 'refuses 200 nested block lists before the parser recurses into them',
    files: { 'events/x.mdx': event(`location:\n${many(200, '- ')}x\n`) },
    refused: [['events/x.mdx:11: frontmatter', 'expected YAML nested at most 12 levels deep']],
  },
  {
    name: 'refuses block mappings indented deeper than the nesting limit allows',
    files: {
      'sources/x.yaml': source(
        {},
        `x:\n${Array.from({ length: 60 }, (_, i) => `${' '.repeat(i + 1)}k:`).join('\n')} 1\n`,
      ),
    },
    refused: [['sources/x.yaml:55: yaml', 'expected YAML nested at most 12 levels deep']],
  },
  {
    name: 'refuses a title of 30,000 characters with its length',
    files: { 'events/x.mdx': event().replace('title: T', `title: ${'t'.repeat(30_000)}`) },
    refused: [['events/x.mdx:2: title', 'expected at most 200 characters, received 30000']],
  },
  {
    name: 'refuses frontmatter past 32 KiB before reading it',
    files: { 'events/x.mdx': event(`location: ${'l'.repeat(40_000)}\n`) },
    refused: [['events/x.mdx:2: frontmatter', 'expected at most 32768 bytes of frontmatter']],
  },
  {
    name: 'refuses a 5 MB title by the size of its file, unread',
    files: { 'events/x.mdx': event().replace('title: T', `title: ${'t'.repeat(5_000_000)}`) },
    refused: [['events/x.mdx:1: file', 'expected at most 131072 bytes, received 5000']],
  },
  {
    name: 'reads an entry that starts with a byte order mark',
    files: { 'events/x.mdx': `\uFEFF${event()}` },
    published: ['events/x', 'Text.'],
  },
  {
    name: 'reads a source that starts with a byte order mark',
    files: { 'sources/x.yaml': `\uFEFF${source()}` },
  },
  {
    name: 'counts lines of Windows line endings as an editor does, in frontmatter and body',
    files: {
      'events/x.mdx': event('', 'Text.\n\n{1 + 1}\n')
        .replace('2022-07-13', '2022-13-01')
        .replace(/\n/g, '\r\n'),
    },
    refused: [
      ['events/x.mdx:3: date', 'received "2022-13-01"'],
      ['events/x.mdx:13: body', 'received a {…} expression'],
    ],
  },
  {
    name: 'counts lines of a source with Windows line endings',
    files: { 'sources/x.yaml': source({ language: 'English' }).replace(/\n/g, '\r\n') },
    refused: [['sources/x.yaml:5: language', 'received "English"']],
  },
  {
    name: 'refuses an entry with old Mac line endings as one without frontmatter',
    files: { 'events/x.mdx': event().replace(/\n/g, '\r') },
    refused: [['events/x.mdx:1: frontmatter', 'expected YAML frontmatter between two --- lines']],
  },
  {
    name: 'refuses a NUL byte in YAML',
    files: { 'sources/x.yaml': source({ publisher: 'P\u0000Q' }) },
    refused: [['sources/x.yaml:1: yaml', 'expected valid YAML, received a syntax error']],
  },
  {
    name: 'refuses a file that is not UTF-8, unparsed',
    files: { 'events/x.mdx': Buffer.concat([Buffer.from(event()), Buffer.from([0xff, 0xfe])]) },
    refused: [['events/x.mdx:1: file', 'expected UTF-8 text, received bytes that are not']],
  },
  {
    name: 'refuses a source saved as UTF-16',
    files: { 'sources/x.yaml': Buffer.from(`\uFEFF${source()}`, 'utf16le') },
    refused: [['sources/x.yaml:1: file', 'expected UTF-8 text']],
  },
  {
    name: 'names a number used as a key as an unknown field',
    files: { 'actors/x.mdx': actor('1: x\n') },
    refused: [['actors/x.mdx:5: 1', 'expected no such field']],
  },
  {
    name: 'names a list used as a key as an unknown field',
    files: { 'actors/x.mdx': actor('? [a, b]\n: x\n') },
    refused: [['actors/x.mdx:2: a,b', 'expected no such field']],
  },
  {
    name: 'names an empty key as an unknown field',
    files: { 'actors/x.mdx': actor('~: x\n') },
    refused: [['actors/x.mdx:5: null', 'expected no such field']],
  },
  {
    name: 'refuses a __proto__ key at the top',
    files: { 'actors/x.mdx': actor('__proto__: { name: M }\n') },
    refused: [
      ['actors/x.mdx:5: frontmatter', 'expected field names the site knows, received __proto__'],
    ],
  },
  {
    name: 'refuses a __proto__ key among a translation’s roles, which a record would drop unseen',
    files: {
      'events/e.uk.mdx': '---\ntitle: Т\nsummary: С.\nroles:\n  __proto__: x\n---\n',
    },
    refused: [['events/e.uk.mdx:5: frontmatter', 'received __proto__ (delete it)']],
  },
  {
    name: 'refuses a __proto__ key in the topic’s translation',
    files: {
      'topic.uk.yaml': 'title: Т\nactorKinds:\n  __proto__: { label: Л, plural: Л }\n',
    },
    refused: [['topic.uk.yaml:3: yaml', 'received __proto__']],
  },
  {
    name: 'names a constructor key as an unknown field',
    files: { 'actors/x.mdx': actor('constructor: x\n') },
    refused: [['actors/x.mdx:5: constructor', 'expected no such field']],
  },
  ...(
    [
      ['12', 'expected text, received 12'],
      ['true', 'expected text, received true'],
      ['~', 'expected text, received an empty value'],
      ['', 'expected text, received an empty value'],
      ['[a]', 'expected text, received a list'],
      ['{ a: b }', 'expected text, received a mapping'],
      ['.inf', 'expected text, received Infinity'],
      ['0x1F', 'expected text, received 31'],
    ] satisfies [string, string][]
  ).map(([value, message]): Case => ({
    name: `refuses "title: ${value}" as not text`,
    files: { 'events/x.mdx': event().replace('title: T', `title: ${value}`) },
    refused: [['events/x.mdx:2: title', message]],
  })),
  ...['yes', '12:30', '2022-07-13', '2022-07-13T10:00:00Z', '1e3x', 'null-and-void'].map(
    (value): Case => ({
      name: `keeps "title: ${value}" as the text written, as the build does`,
      files: { 'events/x.mdx': event().replace('title: T', `title: ${value}`) },
      published: ['events/x', 'Text.'],
    }),
  ),
  {
    name: 'refuses 3,000 aliases once, by their count',
    files: {
      'actors/x.mdx': actor(
        `aliases: [${Array.from({ length: 3000 }, (_, i) => `a${i}`).join(', ')}]\n`,
      ),
    },
    refused: [['actors/x.mdx:5: aliases', 'expected at most 100 items, received 3000']],
  },
  {
    name: 'refuses 8,000 repeats of one alias once, by their count',
    files: { 'actors/x.mdx': actor(`aliases: [${many(8000, 'a', ', ')}]\n`) },
    refused: [['actors/x.mdx:5: aliases', 'expected at most 100 items, received 8000']],
  },
  {
    name: 'refuses a number among source ids',
    files: { 'events/x.mdx': event().replace('sources: [s]', 'sources: [2022]') },
    refused: [['events/x.mdx:9: sources[0]', 'expected an entry id in lowercase-kebab form']],
  },
  {
    name: 'refuses a list of 64,000 numbers where text belongs, without choking on it',
    files: { 'sources/x.yaml': source({ publisher: `[${many(64_000, '0', ',')}]` }) },
    refused: [['sources/x.yaml:2: publisher', 'expected text, received a list']],
  },
  {
    name: 'refuses two YAML documents in one source',
    files: { 'sources/x.yaml': `${source()}---\npublisher: Q\n` },
    refused: [['sources/x.yaml:1: yaml', 'expected a single document']],
  },
  {
    name: 'names every missing field of an empty source',
    files: { 'sources/x.yaml': '' },
    refused: [
      ['sources/x.yaml:1: description', 'required field is missing: expected text'],
      ['sources/x.yaml:1: publisher', 'required field is missing'],
      ['sources/x.yaml:1: url', 'required field is missing'],
      ['sources/x.yaml:1: published', 'required field is missing'],
      ['sources/x.yaml:1: language', 'required field is missing'],
    ],
  },
  {
    name: 'refuses a list where a source’s fields belong',
    files: { 'sources/x.yaml': '- description: D.\n' },
    refused: [
      ['sources/x.yaml:1: yaml', 'expected a mapping of fields (name: value), received a list'],
    ],
  },
  {
    name: 'refuses a single word where a source’s fields belong',
    files: { 'sources/x.yaml': 'hello\n' },
    refused: [['sources/x.yaml:1: yaml', 'received "hello"']],
  },
  {
    name: 'reads a %YAML 1.1 directive with the same core schema, so yes stays text',
    files: { 'sources/x.yaml': `%YAML 1.1\n---\n${source({ publisher: 'yes' })}` },
  },
  {
    name: 'refuses tabs used for indentation',
    files: { 'sources/x.yaml': source({ publisher: '\n\tP' }) },
    refused: [['sources/x.yaml:3: yaml', 'tab characters must not be used in indentation']],
  },
  ...(
    [
      [
        '2022-07-13T10:00Z',
        'expected a real date written YYYY, YYYY-MM or YYYY-MM-DD, received "2022-07-13T10:00Z"',
      ],
      ['2022-02-29', 'received "2022-02-29"'],
      ['2022-13', 'received "2022-13"'],
      ['10000', 'expected a date written YYYY, YYYY-MM or YYYY-MM-DD, received 10000'],
      ['2022.5', 'received 2022.5'],
      ['0000', 'received the year 0 (there is no year 0'],
      ['0000-07-13', 'received "0000-07-13"'],
      ['-1', 'received -1 (a year before AD 1 cannot be written)'],
      [
        '0800',
        'received the year 800 (write a year before 1000 with four digits in quotes, such as "0800")',
      ],
      ['July 2022', 'received "July 2022"'],
      ['[2022]', 'received [2022]'],
    ] satisfies [string, string][]
  ).map(([value, message]): Case => ({
    name: `refuses "date: ${value}" with what a date looks like`,
    files: { 'events/x.mdx': event().replace('date: 2022-07-13', `date: ${value}`) },
    refused: [['events/x.mdx:3: date', message]],
  })),
  {
    name: 'reads a quoted date with spaces around it as the date',
    files: { 'events/x.mdx': event().replace('date: 2022-07-13', 'date: " 2022-07-13 "') },
    published: ['events/x', 'Text.'],
  },
  {
    name: 'says a missing choice is missing',
    files: { 'actors/x.mdx': actor().replace('kind: state\n', '') },
    refused: [['actors/x.mdx:2: kind', 'required field is missing: expected one of "state"']],
  },
  {
    name: 'names every missing field of empty frontmatter',
    files: { 'actors/x.mdx': '---\n---\n' },
    refused: [
      ['actors/x.mdx:2: name', 'required field is missing'],
      ['actors/x.mdx:2: kind', 'required field is missing'],
      ['actors/x.mdx:2: summary', 'required field is missing'],
    ],
  },
  {
    name: 'refuses frontmatter that is never closed',
    files: { 'actors/x.mdx': '---\nname: N\nkind: state\n' },
    refused: [['actors/x.mdx:1: frontmatter', 'expected YAML frontmatter between two --- lines']],
  },
];

const text: Case[] = [
  {
    name: 'refuses a control character in a title, which would make the feed invalid XML',
    files: { 'events/x.mdx': event().replace('title: T', 'title: "A\\aB"') },
    refused: [
      ['events/x.mdx:2: title', 'expected text without control characters, received U+0007'],
    ],
  },
  {
    name: 'refuses a carriage return in a one-line summary as a line break',
    files: { 'events/x.mdx': event().replace('summary: S.', 'summary: "One.\\rTwo."') },
    refused: [['events/x.mdx:5: summary', 'expected text on one line, received a line break']],
  },
  {
    name: 'refuses a line separator in a one-line title',
    files: { 'events/x.mdx': event().replace('title: T', 'title: "A\\LB"') },
    refused: [['events/x.mdx:2: title', 'expected text on one line']],
  },
  {
    name: 'refuses a bidirectional override in a name, which would reverse the page title after it',
    files: { 'actors/x.mdx': actor().replace('name: N', 'name: "Kyiv \u202Eedis"') },
    refused: [['actors/x.mdx:2: name', 'received U+202E (delete it)']],
  },
  {
    name: 'refuses a name of zero-width characters only',
    files: { 'actors/x.mdx': actor().replace('name: N', 'name: "\u200B\u200D\u2060"') },
    refused: [
      ['actors/x.mdx:2: name', 'expected visible text, received only invisible characters'],
    ],
  },
  {
    name: 'refuses a name of combining marks only',
    files: { 'actors/x.mdx': actor().replace('name: N', 'name: "\u0301\u0301"') },
    refused: [['actors/x.mdx:2: name', 'received only invisible characters']],
  },
  {
    name: 'keeps a name with a zero-width joiner between letters, as some scripts need',
    files: { 'actors/x.mdx': actor().replace('name: N', 'name: "क्\u200Dष"') },
  },
  {
    name: 'refuses an alias of spaces only',
    files: { 'actors/x.mdx': actor('aliases: ["   "]\n') },
    refused: [['actors/x.mdx:5: aliases[0]', 'expected text, received an empty string']],
  },
  {
    name: 'refuses the same alias twice whatever its capitals',
    files: { 'actors/x.mdx': actor('aliases: [Kyiv, KYIV]\n') },
    refused: [['actors/x.mdx:5: aliases[1]', 'expected each alias once']],
  },
  {
    name: 'refuses the scaffolder’s TODO left in a field',
    files: { 'events/x.mdx': event().replace('summary: S.', 'summary: TODO one sentence') },
    refused: [['events/x.mdx:5: summary', 'placeholder TODO']],
  },
];

const urls: Case[] = [
  ...(
    [
      ['https://www.bbc.co.uk@evil.example/news', 'without a user name or password'],
      ['https://user:pass@example.org/', 'without a user name or password'],
      ['http://127.0.0.1/x', '"127.0.0.1" (a local or private address)'],
      ['http://2130706433/', '"127.0.0.1"'],
      ['http://0x7f.1/', '"127.0.0.1"'],
      ['http://localhost:8080/', '"localhost"'],
      ['http://localhost./', '"localhost."'],
      ['http://metadata.google.internal./', 'a local or private address'],
      ['http://169.254.169.254/latest/meta-data/', '"169.254.169.254"'],
      ['http://10.0.0.1/', '"10.0.0.1"'],
      ['http://192.168.1.1/', '"192.168.1.1"'],
      ['http://[::1]/', '"[::1]"'],
      ['http://[::ffff:127.0.0.1]/', '"[::ffff:7f00:1]"'],
      ['http://[::127.0.0.1]/', '"[::7f00:1]"'],
      ['http://[64:ff9b::7f00:1]/', 'a local or private address'],
      ['http://[2002:7f00:1::]/', 'a local or private address'],
      ['http://[fd00::1]/', 'a local or private address'],
      ['http://[fe80::1]/', 'a local or private address'],
      ['http://printer/', '"printer"'],
      ['ftp://example.org/x', 'expected an http or https URL'],
      ['javascript:alert(1)', 'expected an http or https URL'],
      ['//example.org/x', 'expected an http or https URL'],
      ['"https://example.org/\u202Ex"', 'received U+202E'],
      ['"https://exa\tmple.org/"', 'received U+0009'],
      ['" https://example.org/"', 'received a space'],
      ['"https:\\\\\\\\evil.example/"', 'received a backslash'],
      [`https://example.org/${'a'.repeat(3000)}`, 'expected a URL of at most 2000 characters'],
    ] satisfies [string, string][]
  ).map(([url, message]): Case => ({
    name: `refuses the source address ${url.length > 60 ? `${url.slice(0, 40)}…` : url}`,
    files: { 'sources/x.yaml': source({ url }) },
    refused: [['sources/x.yaml:3: url', message]],
  })),
  {
    name: 'accepts a source on an internationalised domain',
    files: { 'sources/x.yaml': source({ url: 'https://xn--80ak6aa92e.com/' }) },
  },
  {
    name: 'refuses a source read before it was published',
    files: { 'sources/x.yaml': source({ published: '2022-07-13' }, 'accessed: 2022-07-01\n') },
    refused: [['sources/x.yaml:6: accessed', 'expected a date on or after published (2022-07-13)']],
  },
];

/** An event whose body, starting on line 11, is `text`. */
const body = (text: string) => ({ 'events/x.mdx': event('', `${text}\n`) });

const mdx: Case[] = [
  {
    name: 'refuses an autolink, which MDX reads as a broken tag',
    files: body('See <https://example.org/a>.'),
    refused: [['events/x.mdx:11: body', 'expected valid MDX, received a syntax error']],
  },
  {
    name: 'refuses a javascript: autolink',
    files: body('<javascript:alert(1)>'),
    refused: [['events/x.mdx:11: body', 'expected valid MDX']],
  },
  {
    name: 'publishes a bare www. address as a link that leaves the site with rel',
    files: body('See www.example.org/a now.'),
    published: ['events/x', '<a href="http://www.example.org/a" rel="noopener noreferrer">'],
  },
  {
    name: 'publishes a bare mail address as a mailto link',
    files: body('Write to press@example.org now.'),
    published: ['events/x', '<a href="mailto:press@example.org">'],
  },
  {
    name: 'refuses a reference definition with a javascript: address, on the definition’s line',
    files: body('[the report][r]\n\n[r]: javascript:alert(1)'),
    refused: [
      [
        'events/x.mdx:13: body',
        'expected an http, https or relative link, received "javascript:alert(1)"',
      ],
    ],
  },
  {
    name: 'refuses an unused reference definition with a javascript: address',
    files: body('Text.\n\n[r]: javascript:alert(1)'),
    refused: [['events/x.mdx:13: body', 'received "javascript:alert(1)"']],
  },
  {
    name: 'publishes a reference link with its title, marked as leaving the site',
    files: body('[the report][r]\n\n[r]: https://example.org/r "A title"'),
    published: [
      'events/x',
      /<a href="https:\/\/example\.org\/r" title="A title" rel="noopener noreferrer">/,
    ],
  },
  {
    name: 'refuses an image from another site',
    files: body('![map](https://evil.example/pixel.png)'),
    refused: [['events/x.mdx:11: body', 'expected an image on this site']],
  },
  {
    name: 'refuses an image from another site given through a reference definition',
    files: body('![map][m]\n\n[m]: https://evil.example/pixel.png'),
    refused: [['events/x.mdx:13: body', 'expected an image on this site']],
  },
  {
    name: 'refuses an image written as a data: address',
    files: body('![x](data:image/svg+xml;base64,PHN2Zz4=)'),
    refused: [['events/x.mdx:11: body', 'received "data:image/svg+xml;base64,PHN2Zz4="']],
  },
  {
    name: 'refuses an image from a protocol-relative address',
    files: body('![x](//evil.example/p.png)'),
    refused: [['events/x.mdx:11: body', 'received "//evil.example/p.png"']],
  },
  {
    name: 'publishes an image of the site under the base path',
    files: body('![A map](/images/map.png)'),
    published: ['events/x', '<img src="/images/map.png" alt="A map">'],
  },
  {
    name: 'refuses a javascript: link in a footnote',
    files: body('Text[^1].\n\n[^1]: See [this](javascript:alert(1)).'),
    refused: [['events/x.mdx:13: body', 'received "javascript:alert(1)"']],
  },
  {
    name: 'publishes a footnote with ids that cannot take a page anchor',
    files: body('Text[^note].\n\n[^note]: A note.'),
    published: ['events/x', 'id="user-content-fn-note"'],
  },
  {
    name: 'refuses a javascript: link in a table cell',
    files: body('| a | b |\n| - | - |\n| [x](javascript:alert(1)) | y |'),
    refused: [['events/x.mdx:13: body', 'received "javascript:alert(1)"']],
  },
  {
    name: 'refuses a script tag in a table cell',
    files: body('| a |\n| - |\n| <script>alert(1)</script> |'),
    refused: [
      ['events/x.mdx:13: body', 'expected one of the components Cite, Quote, received <script>'],
    ],
  },
  {
    name: 'publishes a table with a citation in a cell',
    files: body('| a | b |\n| - | - |\n| x <Cite source="s" /> | y |'),
    published: ['events/x', '<td>x <sup class="cite">'],
  },
  {
    name: 'refuses an HTML comment without suggesting an MDX comment, which is refused too',
    files: body('Text <!-- hidden --> more.'),
    refused: [['events/x.mdx:11: body', 'an entry may not hold comments: delete it']],
  },
  {
    name: 'publishes character references as the characters, escaped',
    files: body('A &amp; B &lt;script&gt;alert(1)&lt;/script&gt; &#x3C;b&#x3E;'),
    published: ['events/x', 'A &amp; B &lt;script&gt;alert(1)&lt;/script&gt; &lt;b&gt;'],
  },
  ...(
    [
      ['&#106;avascript:alert(1)', 'received "javascript:alert(1)"'],
      ['javascript&colon;alert(1)', 'received "javascript:alert(1)"'],
      ['JAVASCRIPT:alert(1)', 'received "JAVASCRIPT:alert(1)"'],
      ['vbscript:msgbox(1)', 'received "vbscript:msgbox(1)"'],
      ['file:///etc/passwd', 'received "file:///etc/passwd"'],
      ['data:text/html,<b>x</b>', 'received "data:text/html,'],
      ['//evil.example/x', 'received "//evil.example/x"'],
      ['/\\evil.example/x', 'received "/\\evil.example/x"'],
      ['<java\tscript:alert(1)>', 'expected an address without spaces or invisible characters'],
      ['</\t/evil.example>', 'expected an address without spaces or invisible characters'],
      ['https://www.bbc.co.uk@evil.example/', 'expected a URL without a user name or password'],
      ['http://127.0.0.1:8080/admin', 'expected a URL on a public host'],
      ['http://localhost/', 'expected a URL on a public host'],
      [`https://example.org/${'a'.repeat(2100)}`, 'expected an address of at most 2000 characters'],
    ] satisfies [string, string][]
  ).map(([url, message]): Case => ({
    name: `refuses the link address ${url.length > 50 ? `${url.slice(0, 30)}…` : url}`,
    files: body(`[x](${url})`),
    refused: [['events/x.mdx:11: body', message]],
  })),
  {
    name: 'refuses a javascript: link inside emphasis',
    files: body('*[x](javascript:alert(1))*'),
    refused: [['events/x.mdx:11: body', 'received "javascript:alert(1)"']],
  },
  {
    name: 'refuses a javascript: link inside a quotation',
    files: body('> a [x](javascript:alert(1))'),
    refused: [['events/x.mdx:11: body', 'received "javascript:alert(1)"']],
  },
  {
    name: 'publishes a link title that tries to close its attribute, escaped',
    files: body('[x](https://example.org "a\\" onmouseover=\\"alert(1)")'),
    published: ['events/x', 'title="a&quot; onmouseover=&quot;alert(1)"'],
  },
  {
    name: 'publishes a mailto link whatever its query says',
    files: body('[x](mailto:a@example.org?body=javascript:alert(1))'),
    published: ['events/x', 'href="mailto:a@example.org?body=javascript:alert(1)"'],
  },
  {
    name: 'publishes a relative link and a link into the page as they are',
    files: body('[up](../actors/a/) [refs](#references)'),
    published: ['events/x', '<a href="../actors/a/">up</a> <a href="#references">refs</a>'],
  },
  {
    name: 'publishes a link around an image of the site',
    files: body('[![A map](/images/map.png)](https://example.org/map)'),
    published: [
      'events/x',
      /<a href="https:\/\/example\.org\/map" rel="noopener noreferrer"><img src="\/images\/map\.png"/,
    ],
  },
  {
    name: 'keeps only the words of a link written inside an image’s description',
    files: body('![a [b](javascript:alert(1))](/images/x.png)'),
    published: ['events/x', '<img src="/images/x.png" alt="a b">'],
  },
  {
    name: 'publishes a citation in a heading without its number in the heading’s id',
    files: body('## Background <Cite source="s" />'),
    published: ['events/x', '<h2 id="background">Background <sup class="cite">'],
  },
  {
    name: 'refuses a tag other than the components in a heading',
    files: body('## Title <b>bold</b>'),
    refused: [['events/x.mdx:11: body', 'received <b>']],
  },
  {
    name: 'refuses an unknown component in a list',
    files: body('- one <Cite source="s" />\n- two <Script />'),
    refused: [['events/x.mdx:12: body', 'received <Script>']],
  },
  ...[
    'div',
    'img src="x" onerror="alert(1)" /',
    'a href="javascript:alert(1)"',
    'iframe src="https://evil.example"',
    'Cite.Inner source="s" /',
    'svg:a /',
    'toString /',
    'constructor /',
    '__proto__ /',
    'hasOwnProperty /',
  ].map((tag): Case => {
    const name = /^[^\s/]+/.exec(tag)![0];
    return {
      name: `refuses <${name}>, which is not one of the components`,
      files: body(`<${tag}${tag.endsWith('/') ? '>' : `>x</${name}>`}`),
      refused: [
        ['events/x.mdx:11: body', `expected one of the components Cite, Quote, received <${name}>`],
      ],
    };
  }),
  {
    name: 'refuses a fragment',
    files: body('<>x</>'),
    refused: [['events/x.mdx:11: body', 'received a fragment <>']],
  },
  ...(
    [
      [
        '<Cite source="s" onclick="alert(1)" />',
        'expected attributes source on <Cite>, received onclick',
      ],
      ['<Cite source="s" xlink:href="x" />', 'received xlink:href'],

      [
        '<Cite source={"s"} />',
        'expected source="…" as a plain string on <Cite>, received a {…} expression',
      ],
      ['<Cite source />', 'received no value'],
      ['<Cite source="" />', 'received no value'],
      ['<Cite source="s" source="t" />', 'expected source="…" once on <Cite>, received it twice'],
      ['<Cite />', 'expected source="…" on <Cite>, received none'],
      ['<Cite source="s">the text</Cite>', 'expected <Cite source="…" /> to be empty'],
    ] satisfies [string, string][]
  ).map(([tag, message]): Case => ({
    name: `refuses ${tag}`,
    files: body(`Text. ${tag}`),
    refused: [['events/x.mdx:11: body', message]],
  })),
  {
    name: 'refuses a spread of attributes, and the source it leaves out',
    files: body('Text. <Cite {...props} />'),
    refused: [
      ['events/x.mdx:11: body', 'expected plain attributes on <Cite>, received a {…} spread'],
      ['events/x.mdx:11: body', 'expected source="…" on <Cite>, received none'],
    ],
  },
  {
    name: 'refuses a quotation with an event handler',
    files: body('<Quote source="s" by="A" onmouseover="alert(1)">\nWords.\n</Quote>'),
    refused: [['events/x.mdx:11: body', 'received onmouseover']],
  },
  {
    name: 'refuses a quotation without a speaker',
    files: body('<Quote source="s">\nWords.\n</Quote>'),
    refused: [['events/x.mdx:11: body', 'expected by="…" on <Quote>, received none']],
  },
  {
    name: 'refuses a quotation translated from something that is not a language',
    files: body('<Quote source="s" by="A" translatedFrom="javascript:x">\nWords.\n</Quote>'),
    refused: [['events/x.mdx:11: body', 'expected translatedFrom="…" to be a language tag']],
  },
  {
    name: 'refuses a quotation inside a sentence',
    files: body('He said <Quote source="s" by="A">words</Quote> then.'),
    refused: [['events/x.mdx:11: body', 'expected <Quote> on lines of its own']],
  },
  {
    name: 'publishes a speaker’s name with a line break, quotes and a tag as text',
    files: body('<Quote source="s" by=\'A "B"\n<script>alert(1)</script>\'>\nWords.\n</Quote>'),
    published: ['events/x', '— A "B"\n&lt;script&gt;alert(1)&lt;/script&gt;'],
  },
  {
    name: 'publishes a speaker’s name with character references, escaped',
    files: body('<Quote source="s" by="A &amp; &lt;b&gt;">\nWords.\n</Quote>'),
    published: ['events/x', '— A &amp; &lt;b&gt;'],
  },
  {
    name: 'publishes a speaker’s name that looks like a Markdown link as text',
    files: body('<Quote source="s" by="[x](javascript:alert(1))">\nWords.\n</Quote>'),
    published: ['events/x', '— [x](javascript:alert(1))'],
  },
  {
    name: 'publishes a quotation inside a quotation',
    files: body('<Quote source="s" by="A">\n<Quote source="s" by="B">\nWords.\n</Quote>\n</Quote>'),
    published: ['events/x', /<figure class="quote"><blockquote>\s*<figure class="quote">/],
  },
  {
    name: 'refuses a closing tag that closes another component, naming both lines',
    files: body('<Quote source="s" by="A">\nWords.\n</Cite>'),
    refused: [
      ['events/x.mdx:13: body', 'expected corresponding closing tag for `<Quote>` (line 11)'],
    ],
  },
  {
    name: 'refuses a citation of a source that does not exist, with attribute text made to escape',
    files: body('Text. <Cite source=\'x" onmouseover="alert(1)\' />'),
    refused: [['events/x.mdx:11: body', 'received "x" onmouseover="alert(1)" (no such file)']],
  },
  {
    name: 'refuses a citation inside a link, which would nest one link in another',
    files: body('[see <Cite source="s" />](https://example.org)'),
    refused: [['events/x.mdx:11: body', 'expected citations outside links']],
  },
  {
    name: 'refuses a citation inside a reference link',
    files: body('[see <Cite source="s" />][r]\n\n[r]: https://example.org'),
    refused: [['events/x.mdx:11: body', 'expected citations outside links']],
  },
  {
    name: 'refuses a level-1 heading, which would give the page a second title',
    files: body('# Another title'),
    refused: [['events/x.mdx:11: body', 'expected headings of level 2 to 6']],
  },
  {
    name: 'refuses an underlined level-1 heading',
    files: body('Another title\n============='),
    refused: [['events/x.mdx:11: body', 'received a level-1 heading']],
  },
  {
    name: 'gives a heading that reads like a dispute’s anchor another id',
    files: body('## Dispute 1'),
    published: ['events/x', '<h2 id="section-dispute-1">'],
  },
  {
    name: 'gives a heading that reads like a section of the page another id',
    files: body('## References\n\n## Participants'),
    published: ['events/x', '<h2 id="references-1">References</h2>'],
  },
  {
    name: 'refuses a second frontmatter block, which would vanish from the page',
    files: body('---\ntitle: Hidden\n---'),
    refused: [['events/x.mdx:11: body', 'expected one frontmatter block at the top of the file']],
  },
  ...(
    [
      ['import fs from "node:fs"', 'received import/export (entries import nothing)'],
      ['export const x = 1', 'received import/export'],
      ['{globalThis.process.exit(1)}', 'received a {…} expression'],
      ['Text {1 + 1} here.', 'received a {…} expression'],
      ['{/* a comment */}', 'received a {…} expression'],
    ] satisfies [string, string][]
  ).map(([line, message]): Case => ({
    name: `refuses ${line.length > 30 ? `${line.slice(0, 30)}…` : line}`,
    files: body(`Text.\n\n${line}`),
    refused: [['events/x.mdx:13: body', message]],
  })),
  {
    name: 'publishes an indented import as the words it is',
    files: body('  import x from "y"'),
    published: ['events/x', '<p>import x from “y”</p>'],
  },
  {
    name: 'publishes a script in a code block as escaped text',
    files: body('```html\n<script>alert(1)</script>\n```'),
    published: ['events/x', '&lt;script&gt;alert(1)&lt;/script&gt;'],
  },
  {
    name: 'publishes braces in code as text',
    files: body('Write `{x}` and `\\{`.'),
    published: ['events/x', '<code>{x}</code>'],
  },
  {
    name: 'publishes escaped braces in prose',
    files: body('A set \\{a, b\\}.'),
    published: ['events/x', 'A set {a, b}.'],
  },
  {
    name: 'does not count a citation written in inline code, so an unlisted source there is no problem',
    files: body('Write `<Cite source="t" />` to cite.'),
    published: ['events/x', '<code>&lt;Cite source="t" /&gt;</code>'],
  },
  {
    name: 'does not count a citation written in a code block',
    files: body('```\n<Cite source="nowhere" />\n```'),
    published: ['events/x', '&lt;Cite source="nowhere" /&gt;'],
  },
  {
    name: 'refuses a bidirectional override in a body',
    files: body('Text.\n\nSee \u202Eevil\u202C here.'),
    refused: [['events/x.mdx:13: body', 'received U+202E (delete it)']],
  },
  {
    name: 'refuses a control character in a body',
    files: body('Text.\n\nA bell \u0007 and an escape \u001b[31m.'),
    refused: [
      [
        'events/x.mdx:13: body',
        'expected text without invisible control characters, received U+0007',
      ],
    ],
  },
  {
    name: 'refuses a bidirectional override written as a character reference',
    files: body('See &#x202E;evil here.'),
    refused: [['events/x.mdx:11: body', 'received U+202E (delete it)']],
  },
  {
    name: 'refuses a control character written as a character reference in a speaker’s name',
    files: body('<Quote source="s" by="A&#7;B">\nWords.\n</Quote>'),
    refused: [['events/x.mdx:11: body', 'received U+0007 (delete it)']],
  },
  {
    name: 'refuses a NUL in a body',
    files: body('Text\u0000here.'),
    refused: [['events/x.mdx:11: body', 'received U+0000']],
  },
  {
    name: 'publishes a zero-width space in prose',
    files: body('Zero\u200Bwidth.'),
    published: ['events/x', 'Zero\u200Bwidth.'],
  },
  {
    name: 'refuses a less-than sign before a letter, which MDX reads as a tag',
    files: body('If a <b then c.'),
    refused: [['events/x.mdx:11: body', 'expected valid MDX, received a syntax error']],
  },
  {
    name: 'publishes a less-than sign before a space',
    files: body('If a < b then c.'),
    published: ['events/x', 'If a &lt; b then c.'],
  },
  {
    name: 'publishes a task list with disabled checkboxes only',
    files: body('- [ ] open\n- [x] done'),
    published: ['events/x', '<input type="checkbox" disabled>'],
  },
  {
    name: 'publishes strikethrough, a rule and a hard break',
    files: body('~~old~~\n\n***\n\na  \nb'),
    published: ['events/x', '<del>old</del>'],
  },
  {
    name: 'refuses the scaffolder’s TODO left in a list item',
    files: body('- TODO say what happened'),
    refused: [['events/x.mdx:11: body', 'placeholder TODO']],
  },
];

/** Bodies made to cost more than their size: each is refused before Sätteri parses it. */
const costly: Case[] = [
  {
    name: 'refuses 30,000 character references by the size of the file',
    files: body('&#x61;'.repeat(30_000)),
    refused: [['events/x.mdx:1: file', 'expected at most 131072 bytes']],
  },
  {
    name: 'refuses 300 character references by their count',
    files: body(`Text.\n\n${'&#x61; '.repeat(300)}`),
    refused: [
      [
        'events/x.mdx:13: body',
        'expected at most 256 character references such as &amp; in a body',
      ],
    ],
  },
  {
    name: 'refuses 20,000 named character references in a paragraph',
    files: body('&amp;'.repeat(20_000)),
    refused: [['events/x.mdx:11: body', 'expected at most 256 character references']],
  },
  {
    name: 'refuses 100,000 quotation markers on one line',
    files: body(`${'>'.repeat(100_000)} x`),
    refused: [
      [
        'events/x.mdx:11: body',
        'expected at most 32 nested quotes or lists on a line, received 100000',
      ],
    ],
  },
  {
    name: 'refuses a list nested 2,000 deep on one line',
    files: body(`${'- '.repeat(2000)}x`),
    refused: [
      [
        'events/x.mdx:11: body',
        'expected at most 32 nested quotes or lists on a line, received 2000',
      ],
    ],
  },
  {
    name: 'refuses a numbered list nested 1,000 deep on one line',
    files: body(`${'1. '.repeat(1000)}x`),
    refused: [['events/x.mdx:11: body', 'received 1000']],
  },
  {
    name: 'publishes a list nested 300 deep over 300 lines, as deep as the file size allows',
    files: body(Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n')),
    published: ['events/x', '<li>x'],
  },
  {
    name: 'refuses components nested 2,000 deep at the first level past the limit',
    files: body(`${'<Quote source="s" by="b">\n'.repeat(2000)}x\n${'</Quote>\n'.repeat(2000)}`),
    refused: [['events/x.mdx:27: body', 'expected components nested at most 16 deep']],
  },
  {
    name: 'refuses 6,000 citations on one line',
    files: body('<Cite source="s" />'.repeat(6000)),
    refused: [['events/x.mdx:11: body', 'expected at most 64 components on a line']],
  },
  {
    name: 'publishes a list of 500 items with a citation each',
    files: body(many(500, '- A point. <Cite source="s" />', '\n')),
    published: ['events/x', '<li>A point. <sup class="cite">'],
  },
  {
    name: 'refuses 20,000 apostrophes in one paragraph, which curling would copy over and over',
    files: body("it's ".repeat(20_000)),
    refused: [
      [
        'events/x.mdx:11: body',
        'expected fewer quotation marks and character references in this paragraph',
      ],
    ],
  },
  {
    name: 'refuses 20,000 braces in code spans on one line',
    files: body('`{}` '.repeat(20_000)),
    refused: [['events/x.mdx:11: body', 'expected at most 64 { in a paragraph']],
  },
  {
    name: 'refuses 20,000 lines that each open a brace',
    files: body('a \\{\n'.repeat(10) + 'a {\n'.repeat(20_000)),
    refused: [['events/x.mdx:11: body', 'expected at most 64 { in a paragraph']],
  },
  {
    name: 'publishes 5,000 table rows, which cost no more than their size',
    files: body(`| a |\n| - |\n${'| x |\n'.repeat(5000)}`),
    published: ['events/x', '<td>x</td>'],
  },
  {
    name: 'publishes emphasis nested 20,000 deep, which costs no more than its size',
    files: body(`${'*'.repeat(20_000)}x${'*'.repeat(20_000)}`),
    published: ['events/x', 'x'],
  },
  {
    name: 'publishes 40,000 unclosed brackets as text',
    files: body('['.repeat(40_000)),
    published: ['events/x', '[[['],
  },
];

const outside = (dir: string) => path.join(path.dirname(dir), 'outside.mdx');

const files: Case[] = [
  {
    name: 'refuses a dotfile among the events, which the build would otherwise publish',
    files: { 'events/.x.mdx': event() },
    refused: [
      ['events/.x.mdx:1: file', 'expected entries only, received a hidden file or folder ".x.mdx"'],
    ],
  },
  {
    name: 'refuses a dotfile at the top of the folder',
    files: { '.env': 'SECRET=1\n' },
    refused: [['.env:1: file', 'received a hidden file or folder ".env"']],
  },
  {
    name: 'refuses a hidden folder at the top without looking inside',
    files: { '.git/config': '[core]\n' },
    refused: [['.git:1: file', 'received a hidden file or folder ".git"']],
  },
  {
    name: 'refuses the names ..mdx and ...mdx',
    files: { 'events/..mdx': event(), 'events/...mdx': event() },
    refused: [
      ['events/...mdx:1: file', 'received a hidden file or folder "...mdx"'],
      ['events/..mdx:1: file', 'received a hidden file or folder "..mdx"'],
    ],
  },
  {
    name: 'refuses a folder named like an entry, without reading what it holds',
    files: { 'events/x.mdx/y.mdx': event() },
    refused: [['events/x.mdx:1: file', 'expected a plain file in events/, received a folder']],
  },
  {
    name: 'refuses a folder inside a collection',
    files: { 'events/2022/x.mdx': event() },
    refused: [['events/2022:1: file', 'received a folder']],
  },
  {
    name: 'refuses a link to an entry outside the content folder, unread',
    setup: async (dir) => {
      await writeFile(outside(dir), event());
      await symlink(outside(dir), path.join(dir, 'events/x.mdx'));
    },
    refused: [
      ['events/x.mdx:1: file', 'expected a plain file in events/, received a symbolic link'],
    ],
  },
  {
    name: 'refuses a link to a system file, unread',
    setup: (dir) => symlink('/etc/passwd', path.join(dir, 'sources/x.yaml')),
    refused: [
      ['sources/x.yaml:1: file', 'expected a plain file in sources/, received a symbolic link'],
    ],
  },
  {
    name: 'refuses a link to another entry of the folder',
    setup: (dir) => symlink(path.join(dir, 'events/e.mdx'), path.join(dir, 'events/x.mdx')),
    refused: [['events/x.mdx:1: file', 'received a symbolic link']],
  },
  {
    name: 'refuses a link to a folder named like an entry',
    setup: (dir) => symlink('/etc', path.join(dir, 'events/x.mdx')),
    refused: [['events/x.mdx:1: file', 'received a symbolic link']],
  },
  {
    name: 'refuses a link that leads nowhere',
    setup: (dir) => symlink('/no/such/file', path.join(dir, 'events/x.mdx')),
    refused: [['events/x.mdx:1: file', 'received a symbolic link']],
  },
  {
    name: 'refuses a collection folder that is a link to another folder',
    setup: async (dir) => {
      await mkdir(path.join(path.dirname(dir), 'elsewhere'));
      await symlink(path.join(path.dirname(dir), 'elsewhere'), path.join(dir, 'locales'));
    },
    refused: [
      [
        'locales:1: file',
        'expected a plain file or folder at the top of the content folder, received a symbolic link',
      ],
    ],
  },
  {
    name: 'refuses a topic file that is a link, and says nothing of the kinds it would have declared',
    files: { 'topic.yaml': null },
    setup: async (dir) => {
      await writeFile(path.join(path.dirname(dir), 'topic.yaml'), TOPIC);
      await symlink(path.join(path.dirname(dir), 'topic.yaml'), path.join(dir, 'topic.yaml'));
    },
    refused: [
      ['topic.yaml:1: file', 'received a symbolic link'],
      [
        'topic.yaml:1: file',
        'expected a topic file topic.yaml at the top of the content folder, received none',
      ],
    ],
  },
  {
    name: 'refuses a named pipe without opening it',
    setup: async (dir) => {
      execFileSync('mkfifo', [path.join(dir, 'events/x.mdx')]);
    },
    refused: [
      ['events/x.mdx:1: file', 'expected a plain file in events/, received a special file'],
    ],
  },
  {
    name: 'refuses a file where a collection folder belongs',
    files: { 'events/e.mdx': null, events: 'x' },
    refused: [['events:1: location', 'received events at the top of the content folder']],
  },
  {
    name: 'refuses an empty entry',
    files: { 'actors/x.mdx': '' },
    refused: [['actors/x.mdx:1: frontmatter', 'expected YAML frontmatter between two --- lines']],
  },
  {
    name: 'refuses a file one byte over the limit, unread',
    files: { 'actors/x.mdx': actor('', 'a'.repeat(131_072 - actor().length + 1)) },
    refused: [['actors/x.mdx:1: file', 'expected at most 131072 bytes, received 131073']],
  },
  {
    name: 'reads a file exactly at the limit',
    files: { 'actors/x.mdx': actor('', `\n${'a '.repeat((131_072 - actor().length - 2) / 2)}\n`) },
    published: ['actors/x', '<p>a a a'],
  },
  ...(
    [
      ['actors/x.MDX', 'extension: expected a .mdx file in actors/, received .MDX'],
      ['actors/x.md', 'extension: expected a .mdx file in actors/, received .md'],
      ['actors/x.mdx.bak', 'extension: expected a .mdx file in actors/, received .bak'],
      ['actors/x.mdx~', 'extension: expected a .mdx file in actors/, received .mdx~'],
      ['actors/#x.mdx#', 'extension: expected a .mdx file in actors/, received .mdx#'],
      ['actors/.#x.mdx', 'file: expected entries only, received a hidden file'],
      ['actors/README.md', 'extension: expected a .mdx file in actors/, received .md'],
      ['sources/x.yml', 'extension: expected a .yaml file in sources/, received .yml'],
      ['sources/x.json', 'extension: expected a .yaml file in sources/, received .json'],
      ['sources/x', 'extension: expected a .yaml file in sources/, received no extension'],
      ['topic.yml', 'location: expected one of topic.yaml, actors/<id>.mdx'],
      ['Topic.yaml', 'location: expected one of topic.yaml'],
      ['x.mdx', 'location: expected one of topic.yaml'],
      ['people/x.mdx', 'location: expected one of topic.yaml'],
      [
        'locales/EN.yaml',
        'file: expected locales/<language>.yaml with a language tag such as "fr", received EN.yaml',
      ],
      ['locales/en.yml', 'file: expected locales/<language>.yaml'],
    ] satisfies [string, string][]
  ).map(([file, message]): Case => ({
    name: `refuses the file ${file}`,
    files: { [file]: file.endsWith('.mdx') ? actor() : 'x: 1\n' },
    refused: [
      [
        `${file.split('/')[0] === 'people' ? 'people' : file}:1: ${message.split(': ')[0]}`,
        message.split(': ').slice(1).join(': '),
      ],
    ],
  })),
  {
    name: 'refuses a file name with a line break, on one line of the report',
    files: { 'events/a\nb.mdx': event() },
    refused: [['events/a\\nb.mdx:1: id', 'received "a\\nb.mdx"']],
  },
];

const ids: Case[] = [
  ...(
    [
      [
        'Ukraine.mdx',
        'expected a lowercase-kebab file name such as "some-actor.mdx", received "Ukraine.mdx"',
      ],
      ['north_korea.mdx', 'received "north_korea.mdx"'],
      ['north korea.mdx', 'received "north korea.mdx"'],
      ['україна.mdx', 'received "україна.mdx"'],
      ['a--b.mdx', 'received "a--b.mdx"'],
      ['-a.mdx', 'received "-a.mdx"'],
      ['a-.mdx', 'received "a-.mdx"'],
      ['a\u200Bb.mdx', 'received "a\u200Bb.mdx"'],
      ['a\u202Eb.mdx', 'received "a\\u202eb.mdx"'],
      ['a,b:c.mdx', 'received "a,b:c.mdx"'],
      [
        `${'a'.repeat(151)}.mdx`,
        'expected a file name of at most 150 characters before the extension, received 151',
      ],
      ['con.mdx', 'expected a file name Windows can also store, received "con.mdx"'],
      ['aux.mdx', 'expected a file name Windows can also store'],
      ['com1.mdx', 'expected a file name Windows can also store'],
      ['lpt9.mdx', 'expected a file name Windows can also store'],
    ] satisfies [string, string][]
  ).map(([file, message]): Case => ({
    name: `refuses the id in actors/${file.length > 40 ? `${file.slice(0, 20)}…` : file}`,
    files: { [`actors/${file}`]: actor() },
    refused: [[`actors/${file.replace('\u202E', '\\u202e')}:1: id`, message]],
  })),
  {
    name: 'refuses an actor named kind, whose pages would meet the lists of actors by kind',
    files: { 'actors/kind.mdx': actor() },
    refused: [
      ['actors/kind.mdx:1: id', 'expected an id the site\'s own pages do not use, received "kind"'],
    ],
  },
  {
    name: 'refuses a source named with digits only, whose page would be a page of the list of sources',
    files: { 'sources/2.yaml': source() },
    refused: [['sources/2.yaml:1: id', 'the pages of the list of sources are /sources/2/ and on']],
  },
  {
    name: 'accepts a source whose id starts with digits',
    files: { 'sources/2022-report.yaml': source() },
  },
  {
    name: 'accepts an id of 150 characters',
    files: { [`actors/${'a'.repeat(150)}.mdx`]: actor() },
  },
  {
    name: 'accepts an actor and a kind of event named constructor, which an object lookup would confuse',
    files: {
      'actors/constructor.mdx': actor(),
      'events/x.mdx': event().replace('actor: a', 'actor: constructor'),
    },
    published: ['events/x', 'Text.'],
  },
];

const references: Case[] = [
  {
    name: 'refuses a participant that is no actor',
    files: { 'events/x.mdx': event().replace('actor: a', 'actor: e') },
    refused: [
      [
        'events/x.mdx:7: participants[0].actor',
        'expected the id of an actor in actors/, received "e" (no such file)',
      ],
    ],
  },
  {
    name: 'refuses the same participant twice',
    files: {
      'events/x.mdx': event().replace('    role: r', '    role: r\n  - actor: a\n    role: q'),
    },
    refused: [
      [
        'events/x.mdx:9: participants[1]',
        'expected each participant once, received "a" again (already item 1)',
      ],
    ],
  },
  {
    name: 'refuses the same source twice',
    files: { 'events/x.mdx': event().replace('sources: [s]', 'sources: [s, t, s]') },
    refused: [
      [
        'events/x.mdx:9: sources[2]',
        'expected each source id once, received "s" again (already item 1)',
      ],
    ],
  },
  {
    name: 'refuses a source that does not exist',
    files: { 'events/x.mdx': event().replace('sources: [s]', 'sources: [s, nowhere]') },
    refused: [
      ['events/x.mdx:9: sources[1]', 'expected the id of a source in sources/, received "nowhere"'],
    ],
  },
  {
    name: 'refuses an event related to itself',
    files: { 'events/x.mdx': event('related: [e, x]\n') },
    refused: [['events/x.mdx:10: related[1]', 'expected another event, received the event itself']],
  },
  {
    name: 'refuses a related event that does not exist',
    files: { 'events/x.mdx': event('related: [nowhere]\n') },
    refused: [
      ['events/x.mdx:10: related[0]', 'expected the id of an event in events/, received "nowhere"'],
    ],
  },
  {
    name: 'refuses an event that responds to itself',
    files: { 'events/x.mdx': event('respondsTo: x\n') },
    refused: [
      ['events/x.mdx:10: respondsTo', 'expected a chain that ends, received a loop: x → x'],
    ],
  },
  {
    name: 'refuses an event that responds to a later one',
    files: { 'events/x.mdx': event('respondsTo: e\n').replace('2022-07-13', '2022-06-01') },
    refused: [
      [
        'events/x.mdx:10: respondsTo',
        'expected an event on or before 2022-06-01, received "e" dated 2022-07-01',
      ],
    ],
  },
  {
    name: 'refuses a loop of three responses at each of its events',
    files: {
      'events/x.mdx': event('respondsTo: y\n'),
      'events/y.mdx': event('respondsTo: z\n'),
      'events/z.mdx': event('respondsTo: x\n'),
    },
    refused: [
      ['events/x.mdx:10: respondsTo', 'received a loop: x → y → z → x'],
      ['events/y.mdx:10: respondsTo', 'received a loop: y → z → x → y'],
      ['events/z.mdx:10: respondsTo', 'received a loop: z → x → y → z'],
    ],
  },
  {
    name: 'refuses an actor that is a member of itself',
    files: { 'actors/x.mdx': actor('memberOf: x\n') },
    refused: [
      ['actors/x.mdx:5: memberOf', 'expected another actor, received the actor itself'],
      ['actors/x.mdx:5: memberOf', 'expected membership that ends, received a loop: x → x'],
    ],
  },
  {
    name: 'refuses a loop of memberships at each of its actors',
    files: { 'actors/x.mdx': actor('memberOf: y\n'), 'actors/y.mdx': actor('memberOf: x\n') },
    refused: [
      ['actors/x.mdx:5: memberOf', 'expected membership that ends, received a loop: x → y → x'],
      ['actors/y.mdx:5: memberOf', 'received a loop: y → x → y'],
    ],
  },
  {
    name: 'refuses a membership of an actor that does not exist',
    files: { 'actors/x.mdx': actor('memberOf: nowhere\n') },
    refused: [
      ['actors/x.mdx:5: memberOf', 'expected the id of an actor in actors/, received "nowhere"'],
    ],
  },
  {
    name: 'refuses a role held in an actor that does not exist',
    files: { 'actors/x.mdx': actor('roles:\n  - title: Minister\n    of: nowhere\n') },
    refused: [['actors/x.mdx:7: roles[0].of', 'received "nowhere" (no such file)']],
  },
  {
    name: 'refuses a dispute citing a source the event does not list, whose anchor would not exist',
    files: { 'events/x.mdx': event('disputes:\n  - claim: C.\n    sources: [t]\n    note: N.\n') },
    refused: [
      [
        'events/x.mdx:12: disputes[0].sources[0]',
        'expected a source the event lists under sources, received "t" (add it there)',
      ],
    ],
  },
  {
    name: 'refuses a dispute with one source on both sides',
    files: {
      'events/x.mdx': event(
        'disputes:\n  - claim: C.\n    sources: [s]\n    contestedBy: [s]\n    note: N.\n',
      ),
    },
    refused: [
      [
        'events/x.mdx:13: disputes[0].contestedBy[0]',
        'expected a source on one side of the dispute, received "s" under both',
      ],
    ],
  },
  {
    name: 'refuses a citation of a source the entry does not list',
    files: { 'events/x.mdx': event('', 'Text.<Cite source="t" />\n') },
    refused: [
      [
        'events/x.mdx:11: sources',
        'expected every source cited in the body to be listed under sources, received no "t"',
      ],
    ],
  },
  {
    name: 'reports a broken frontmatter once, without calling every citation unlisted',
    files: {
      'events/x.mdx': event('', 'Text.<Cite source="s" />\n').replace('title: T', 'title: ['),
    },
    refused: [['events/x.mdx:4: frontmatter', 'expected valid YAML']],
  },
];

/** A topic with a kind of event that may start or end the same relation. */
const EITHER_TOPIC = TOPIC.replace(
  '  - id: statement\n',
  '  - id: agreement\n    label: Agreement\n    plural: Agreements\n    relations:\n      - { type: diplomatic-relations, effect: starts }\n      - { type: diplomatic-relations, effect: ends }\n  - id: statement\n',
);
const relating = (relations: string, kind = 'severance-of-relations') =>
  event(`relations:\n${relations}`)
    .replace('kind: statement', `kind: ${kind}`)
    .replace('    role: r', '    role: r\n  - actor: b\n    role: q');

const relations: Case[] = [
  {
    name: 'refuses a relation of an actor with itself',
    files: { 'events/x.mdx': relating('  - { type: diplomatic-relations, from: a, to: a }\n') },
    refused: [
      ['events/x.mdx:13: relations[0].to', 'expected another actor than from, received the same'],
    ],
  },
  {
    name: 'refuses a relation with an actor that is not a participant',
    files: {
      'actors/c.mdx': actor(),
      'events/x.mdx': relating('  - { type: diplomatic-relations, from: a, to: c }\n'),
    },
    refused: [
      [
        'events/x.mdx:13: relations[0].to',
        'expected one of the event\'s participants, received "c"',
      ],
    ],
  },
  {
    name: 'refuses a relation type the topic does not declare',
    files: { 'events/x.mdx': relating('  - { type: friendship, from: a, to: b }\n') },
    refused: [
      ['events/x.mdx:13: relations[0].type', 'the topic\'s relation types), received "friendship"'],
    ],
  },
  {
    name: 'refuses a relation the kind of event may not carry',
    files: { 'events/x.mdx': relating('  - { type: recognition, from: a, to: b }\n') },
    refused: [
      [
        'events/x.mdx:13: relations[0].type',
        'expected a relation that severance-of-relations events may carry',
      ],
    ],
  },
  {
    name: 'refuses an effect the kind of event does not have',
    files: {
      'events/x.mdx': relating(
        '  - { type: diplomatic-relations, from: a, to: b, effect: starts }\n',
      ),
    },
    refused: [
      [
        'events/x.mdx:13: relations[0].effect',
        'expected "ends" for diplomatic-relations on severance-of-relations events, received "starts"',
      ],
    ],
  },
  {
    name: 'refuses an effect that is neither start nor end',
    files: {
      'events/x.mdx': relating(
        '  - { type: diplomatic-relations, from: a, to: b, effect: pauses }\n',
      ),
    },
    refused: [
      ['events/x.mdx:13: relations[0].effect', 'expected "starts" or "ends", received "pauses"'],
    ],
  },
  {
    name: 'refuses a relation without an effect where the kind of event may do either',
    files: {
      'topic.yaml': EITHER_TOPIC,
      'events/x.mdx': relating('  - { type: diplomatic-relations, from: a, to: b }\n', 'agreement'),
    },
    refused: [
      [
        'events/x.mdx:13: relations[0].effect',
        'required field is missing: expected "starts" or "ends"',
      ],
    ],
  },
  {
    name: 'refuses the same relation twice in one event',
    files: {
      'events/x.mdx': relating(
        '  - { type: diplomatic-relations, from: a, to: b }\n  - { type: diplomatic-relations, from: a, to: b }\n',
      ),
    },
    refused: [['events/x.mdx:14: relations[1]', 'expected each relation once']],
  },
  {
    name: 'refuses a second end of a relation that already ended',
    files: {
      'events/x.mdx': relating('  - { type: diplomatic-relations, from: a, to: b }\n'),
      'events/y.mdx': relating('  - { type: diplomatic-relations, from: b, to: a }\n').replace(
        '2022-07-13',
        '2022-08-01',
      ),
    },
    refused: [
      [
        'events/y.mdx:13: relations[0]',
        'received a second end (already ended by "x" on 2022-07-13)',
      ],
    ],
  },
  {
    name: 'refuses the end of a relation that must start first',
    files: {
      'events/x.mdx': relating(
        '  - { type: recognition, from: a, to: b }\n',
        'withdrawal-of-recognition',
      ),
    },
    refused: [['events/x.mdx:13: relations[0]', 'received an end with no earlier start']],
  },
];

const translations: Case[] = [
  {
    name: 'refuses a translation of an entry that does not exist',
    files: { 'events/nowhere.uk.mdx': '---\ntitle: Т\nsummary: С.\n---\n' },
    refused: [['events/nowhere.uk.mdx:1: id', 'expected a translation of an existing entry']],
  },
  {
    name: 'refuses a translation into a language the topic does not declare',
    files: { 'events/e.fr.mdx': '---\ntitle: T\nsummary: S.\n---\n' },
    refused: [
      ['events/e.fr.mdx:1: file', 'expected a language the topic declares (uk), received "fr"'],
    ],
  },
  {
    name: 'refuses a translation into the default language',
    files: { 'events/e.en.mdx': '---\ntitle: T\nsummary: S.\n---\n' },
    refused: [
      ['events/e.en.mdx:1: file', 'expected a translation into another language than the default'],
    ],
  },
  {
    name: 'refuses a fact in a translation',
    files: { 'events/e.uk.mdx': '---\ntitle: Т\nsummary: С.\ndate: 2022-01-01\n---\n' },
    refused: [
      ['events/e.uk.mdx:4: date', 'expected only words in a translation, received a fact field'],
    ],
  },
  {
    name: 'refuses a translation that cites a source its base entry does not list',
    files: { 'events/e.uk.mdx': '---\ntitle: Т\nsummary: С.\n---\nТекст. <Cite source="t" />\n' },
    refused: [
      [
        'events/e.uk.mdx:5: body',
        'expected a source the base entry lists (events/e.mdx), received "t"',
      ],
    ],
  },
  {
    name: 'refuses a translated role of an actor who did not take part',
    files: { 'events/e.uk.mdx': '---\ntitle: Т\nsummary: С.\nroles:\n  b: роль\n---\n' },
    refused: [
      ['events/e.uk.mdx:5: roles.b', 'expected a participant of events/e.mdx, received "b"'],
    ],
  },
  {
    name: 'refuses a translation with more disputes than its base entry',
    files: {
      'events/e.uk.mdx':
        '---\ntitle: Т\nsummary: С.\ndisputes:\n  - { claim: К., note: П. }\n---\n',
    },
    refused: [
      ['events/e.uk.mdx:4: disputes', 'expected 0 disputes, as in events/e.mdx, received 1'],
    ],
  },
  {
    name: 'refuses an actor’s translation with more role titles than its base entry',
    files: { 'actors/a.uk.mdx': '---\nname: А\nsummary: С.\nroles:\n  - title: Міністр\n---\n' },
    refused: [
      ['actors/a.uk.mdx:4: roles', 'expected 0 role titles, as in actors/a.mdx, received 1'],
    ],
  },
  {
    name: 'refuses a source’s translation that sets more than its description',
    files: { 'sources/s.uk.yaml': 'description: О.\nurl: https://example.org/x\n' },
    refused: [['sources/s.uk.yaml:2: url', 'expected only words in a translation']],
  },
  {
    name: 'refuses a translation of a translation',
    files: { 'events/e.uk.uk.mdx': '---\ntitle: Т\nsummary: С.\n---\n' },
    refused: [['events/e.uk.uk.mdx:1: id', 'received "e.uk.uk.mdx"']],
  },
  {
    name: 'publishes a translation with a translated quotation that links to its original',
    files: {
      'events/e.uk.mdx':
        '---\ntitle: Т\nsummary: С.\n---\n<Quote source="s" by="Б" translatedFrom="en">\nСлова.\n</Quote>\n',
    },
  },
  {
    name: 'refuses a topic translation that names a kind the topic lacks',
    files: { 'topic.uk.yaml': 'actorKinds:\n  constructor: { label: К, plural: К }\n' },
    refused: [
      [
        'topic.uk.yaml:2: actorKinds.constructor',
        'expected an id declared in topic.yaml, received "constructor"',
      ],
    ],
  },
  {
    name: 'refuses a topic translation into the default language',
    files: { 'topic.en.yaml': 'title: T\n' },
    refused: [
      ['topic.en.yaml:1: file', 'expected a translation into another language than the default'],
    ],
  },
  {
    name: 'refuses a topic translation into a language the topic does not declare',
    files: { 'topic.fr.yaml': 'title: T\n' },
    refused: [
      ['topic.fr.yaml:1: file', 'expected a language the topic declares (uk), received "fr"'],
    ],
  },
  {
    name: 'refuses a fact in a topic translation',
    files: { 'topic.uk.yaml': 'languages: [{ code: uk }]\n' },
    refused: [['topic.uk.yaml:1: languages', 'expected no such field']],
  },
  {
    name: 'refuses a topic translation with more paragraphs than the topic',
    files: { 'topic.uk.yaml': 'intro:\n  - text: Абзац.\n' },
    refused: [['topic.uk.yaml:1: intro', 'expected 0 paragraphs, as in topic.yaml, received 1']],
  },
  {
    name: 'refuses interface text with a placeholder its English original lacks',
    files: { 'locales/uk.yaml': 'site:\n  skipToContent: "{secret}"\n' },
    refused: [
      [
        'locales/uk.yaml:2: site.skipToContent',
        'expected only the placeholders (none), received {secret}',
      ],
    ],
  },
  {
    name: 'refuses interface text for an unknown message',
    files: { 'locales/uk.yaml': 'site:\n  nothing: x\n' },
    refused: [['locales/uk.yaml:2: site.nothing', 'expected no such field']],
  },
  {
    name: 'refuses interface text for a language the topic does not declare',
    files: { 'locales/fr.yaml': 'site: {}\n' },
    refused: [
      ['locales/fr.yaml:1: file', 'expected a language the topic declares (uk), received "fr"'],
    ],
  },
];

const topics: Case[] = [
  {
    name: 'refuses a folder without a topic with one problem, not one per entry',
    files: { 'topic.yaml': null },
    refused: [
      ['topic.yaml:1: file', 'expected a topic file topic.yaml at the top of the content folder'],
    ],
  },
  {
    name: 'refuses a topic of broken YAML with one problem, not one per entry',
    files: { 'topic.yaml': 'title: [\n' },
    refused: [['topic.yaml:2: yaml', 'expected valid YAML']],
  },
  {
    name: 'refuses a kind of event that carries a relation type the topic lacks',
    files: {
      'topic.yaml': TOPIC.replace(
        '{ type: recognition, effect: starts }',
        '{ type: friendship, effect: starts }',
      ),
    },
    refused: [
      [
        'topic.yaml:44: eventKinds[0].relations[0].type',
        'expected the id of a relation type in relationTypes, received "friendship"',
      ],
    ],
  },
  {
    name: 'refuses a backward phrase on a mutual relation',
    files: {
      'topic.yaml': TOPIC.replace(
        '    directed: false\n',
        '    directed: false\n    backward: is related to\n',
      ),
    },
    refused: [
      [
        'topic.yaml:91: relationTypes[1].backward',
        'expected no backward phrase on a mutual relation',
      ],
    ],
  },
  {
    name: 'refuses a home page paragraph resting on an event that does not exist',
    files: {
      'topic.yaml': TOPIC.replace(
        'actorKinds:',
        'intro:\n  - text: Once.\n    events: [nowhere]\n\nactorKinds:',
      ),
    },
    refused: [['topic.yaml:16: intro[0].events[0]', 'received "nowhere" (no such file)']],
  },
  {
    name: 'refuses a language without interface text',
    files: { 'topic.yaml': TOPIC.replace('  - code: uk\n    locale: uk-UA\n', '  - code: xx\n') },
    refused: [
      [
        'topic.yaml:11: languages[1].code',
        'expected a language with interface text, received "xx" (add locales/xx.yaml',
      ],
    ],
  },
  {
    name: 'refuses a locale that is not one',
    files: { 'topic.yaml': TOPIC.replace('locale: uk-UA', 'locale: "not a locale!"') },
    refused: [['topic.yaml:12: languages[1].locale', 'expected a locale such as "en-GB"']],
  },
];

describe('the content check on hostile YAML', () => {
  test.each(yaml)('$name', expectCase);
});

describe('the content check on hostile text fields', () => {
  test.each(text)('$name', expectCase);
});

describe('the content check on hostile web addresses', () => {
  test.each(urls)('$name', expectCase);
});

describe('the content check on hostile MDX', () => {
  test.each(mdx)('$name', expectCase);
});

describe('the content check on bodies made to cost more than their size', () => {
  test.each(costly)('$name', expectCase);
});

describe('the content check on hostile files and folders', () => {
  test.each(files)('$name', expectCase);
});

describe('the content check on hostile ids', () => {
  test.each(ids)('$name', expectCase);
});

describe('the content check on references across files', () => {
  test.each(references)('$name', expectCase);
});

describe('the content check on relations', () => {
  test.each(relations)('$name', expectCase);
});

describe('the content check on translations', () => {
  test.each(translations)('$name', expectCase);
});

describe('the content check on the topic', () => {
  test.each(topics)('$name', expectCase);
});

describe('the small content folder these cases start from', () => {
  test('passes the check', async () => {
    expect((await checkCase({ name: 'base' })).lines).toEqual([]);
  });
});

describe('reading a content folder that changes under the check', () => {
  test('never follows a file that became a link after it was listed', async () => {
    const cwd = await mkdtemp(path.join(os.tmpdir(), 'explainer-hostile-'));
    const file = path.join(cwd, 'x.yaml');
    await symlink('/etc/passwd', file);
    const { file: read, problem } = await readListed(cwd, {
      path: 'content/sources/x.yaml',
      relative: 'x.yaml',
      placement: { role: 'entry', collection: 'sources', id: 'x' },
    });
    expect(read).toBeUndefined();
    expect(problem).toEqual({
      file: 'content/sources/x.yaml',
      line: 1,
      field: 'file',
      message: 'expected a readable file, received ELOOP',
    });
  });

  test('refuses a file that became a named pipe after it was listed, without waiting for a writer', async () => {
    const cwd = await mkdtemp(path.join(os.tmpdir(), 'explainer-hostile-'));
    execFileSync('mkfifo', [path.join(cwd, 'x.yaml')]);
    const { problem } = await readListed(cwd, {
      path: 'content/sources/x.yaml',
      relative: 'x.yaml',
      placement: { role: 'entry', collection: 'sources', id: 'x' },
    });
    expect(problem?.message).toBe('expected a plain file, received something else');
  });

  test('refuses a file the parser fails on with a message on its first line, not a crash', () => {
    const parsed = unreadableFile(
      {
        path: 'content/events/x.mdx',
        relative: 'events/x.mdx',
        placement: { role: 'entry', collection: 'events', id: 'x' },
        text: '',
      },
      new RangeError('Maximum call stack size exceeded\n    at somewhere'),
    );
    expect(parsed).toMatchObject({ role: 'entry', id: 'x', valid: false });
    expect(parsed.problems.map(formatProblem)).toEqual([
      'content/events/x.mdx:1: file: expected a file the check can read, received one it failed on: Maximum call stack size exceeded (please report this)',
    ]);
  });

  test('refuses in the preview server what the check refuses, as each file changes', async () => {
    const cwd = await mkdtemp(path.join(os.tmpdir(), 'explainer-hostile-'));
    const dir = path.join(cwd, 'content');
    for (const [relative, text] of Object.entries(BASE)) {
      await mkdir(path.dirname(path.join(dir, relative)), { recursive: true });
      await writeFile(path.join(dir, relative), text);
    }
    const store = new ContentStore('content', { cwd });
    expect((await store.load()).problems).toEqual([]);
    const changed = async (relative: string) =>
      (await store.refresh(path.join(dir, relative))).problems.map(formatProblem);

    await writeFile(path.join(dir, 'events/.x.mdx'), event());
    expect(await changed('events/.x.mdx')).toEqual([
      'content/events/.x.mdx:1: file: expected entries only, received a hidden file or folder ".x.mdx" (delete it)',
    ]);
    await symlink('/etc/passwd', path.join(dir, 'events/y.mdx'));
    expect(await changed('events/y.mdx')).toHaveLength(2);
    await mkdir(path.join(dir, 'events/2022'));
    await writeFile(path.join(dir, 'events/2022/z.mdx'), event());
    expect(await changed('events/2022/z.mdx')).toContain(
      'content/events/2022:1: file: expected a plain file in events/, received a folder',
    );
    for (const folder of ['constructor', '__proto__']) {
      await mkdir(path.join(dir, folder));
      await writeFile(path.join(dir, folder, 'x.mdx'), event());
      expect(await changed(`${folder}/x.mdx`)).toContain(
        `content/${folder}:1: location: expected one of topic.yaml, actors/<id>.mdx, events/<id>.mdx, sources/<id>.yaml, locales/<language>.yaml, received a folder ${folder}/`,
      );
    }
    await mkdir(path.join(dir, '.git'));
    await writeFile(path.join(dir, '.git/config'), '[core]\n');
    expect(await changed('.git/config')).toContain(
      'content/.git:1: file: expected entries only, received a hidden file or folder ".git" (delete it)',
    );
    expect(store.report.problems).toEqual(
      (await new ContentStore('content', { cwd }).load()).problems,
    );
    await writeFile(path.join(dir, 'events/e.mdx'), event('', '<toString />\n'));
    const lines = await changed('events/e.mdx');
    expect(lines).toContain(
      'content/events/e.mdx:11: body: expected one of the components Cite, Quote, received <toString>',
    );
    expect(store.report.model).toBeUndefined();
  });
});

describe('references through thousands of entries', () => {
  /** Parsed files as the checks across files see them: actors that belong to `memberOf(i)`. */
  function actors(count: number, memberOf: (i: number) => number | undefined): ParsedFile[] {
    const topic: ParsedFile = {
      role: 'topic',
      file: 'content/topic.yaml',
      relative: 'topic.yaml',
      problems: [],
      data: { languages: [{ code: 'en' }], actorKinds: [], eventKinds: [], relationTypes: [] },
      valid: true,
      lineOf: () => 1,
    };
    return [
      topic,
      ...Array.from({ length: count }, (_, i): ParsedFile => {
        const next = memberOf(i);
        return {
          role: 'entry',
          collection: 'actors',
          id: `a${i}`,
          file: `content/actors/a${i}.mdx`,
          relative: `actors/a${i}.mdx`,
          problems: [],
          data: next === undefined ? {} : { memberOf: `a${next}` },
          valid: true,
          lineOf: () => 5,
        };
      }),
    ];
  }
  const options = { folder: 'content', shippedLocales: new Set(['en']) };

  test('accepts a chain of 20,000 memberships, each followed once', () => {
    const files = actors(20_000, (i) => (i + 1 < 20_000 ? i + 1 : undefined));
    expect(crossCheck(files, options).problems).toEqual([]);
  });

  test('reports a loop of 20,000 memberships at each member, by its ends and its length', () => {
    const { problems } = crossCheck(
      actors(20_000, (i) => (i + 1) % 20_000),
      options,
    );
    expect(problems).toHaveLength(20_000);
    expect(formatProblem(problems[1]!)).toBe(
      'content/actors/a1.mdx:5: memberOf: expected membership that ends, received a loop: a1 → a2 → a3 → … → a0 → a1 (20000 entries)',
    );
  });
});

describe('the report of a file with thousands of mistakes', () => {
  test('lists 50 problems of the file and says how many more there are', async () => {
    const unknown = Array.from({ length: 12_000 }, (_, i) => `k${i}: 1`).join('\n');
    const { report } = await checkCase({
      name: 'unknown fields',
      files: { 'sources/x.yaml': source({}, `${unknown}\n`) },
    });
    expect(report.problems).toHaveLength(12_000);
    const lines = reportLines(report.problems);
    expect(lines).toHaveLength(51);
    expect(lines[0]).toBe(
      'content/sources/x.yaml:6: k0: expected no such field (check its spelling against CONTRIBUTING.md), received an unknown field',
    );
    expect(lines[50]).toBe(
      'content/sources/x.yaml:55: file: expected at most 50 problems listed for one file, received 11950 more (fix these and check again)',
    );
  });
});
