import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, test } from 'vitest';
import { ContentStore } from '../../src/checker/store.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { buildSite, root } from '../helpers/site.ts';

const run = promisify(execFile);
let content: string;

/** The content check's messages on the scratch content. */
async function check(): Promise<string[]> {
  const report = await new ContentStore(content).load();
  return report.problems.map(formatProblem);
}

/** Runs `npm run new -- …` on the scratch content; resolves with its exit code and output. */
function scaffold(...args: string[]): Promise<{ code: number; output: string }> {
  return npmRunNew(...args, '--content-dir', content);
}

/** Runs `npm run new -- …`; resolves with its exit code and output. */
async function npmRunNew(...args: string[]): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run('npm', ['run', '--silent', 'new', '--', ...args], {
      cwd: root,
      env: { ...process.env, npm_config_loglevel: 'error' },
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const {
      code,
      stdout = '',
      stderr = '',
    } = error as { code: number; stdout?: string; stderr?: string };
    return { code, output: stdout + stderr };
  }
}

/** Fills a stub's TODOs the way an editor would: each `key: TODO` line, then the body. */
async function fill(
  file: string,
  values: Record<string, string>,
  body: string,
  source = 'test-source',
): Promise<void> {
  let text = await readFile(file, 'utf8');
  for (const [key, value] of Object.entries(values)) {
    const line = new RegExp(`^(\\s*-?\\s*${key}:) TODO.*$`, 'm');
    expect(text, `${key} in ${file}`).toMatch(line);
    text = text.replace(line, `$1 ${value}`);
  }
  text = text.replace(/^\s+- TODO$/m, `  - ${source}`);
  text = text.replace(/^TODO: .*$/m, body);
  expect(text).not.toContain('TODO');
  await writeFile(file, text);
}

beforeAll(async () => {
  content = await mkdtemp(path.join(os.tmpdir(), 'explainer-content-'));
  await cp(path.join(root, 'content'), content, { recursive: true });
});

describe('npm run new', () => {
  test('writes an event stub that fails the check until its TODOs are filled', async () => {
    const { code, output } = await scaffold('event', 'test-event');
    expect(code, output).toBe(0);
    expect(output).toContain('test-event.mdx');
    const problems = await check();
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((problem) => problem.includes('events/test-event.mdx:'))).toBe(true);
  });

  test('refuses an id that already exists, naming the file', async () => {
    const { code, output } = await scaffold('actor', 'ukraine');
    expect(code).toBe(1);
    expect(output).toMatch(/An actor with the id "ukraine" already exists: .*actors\/ukraine\.mdx/);
  });

  test('refuses an id that is not lowercase-kebab', async () => {
    const { code, output } = await scaffold('source', 'Kyiv_Post');
    expect(code).toBe(1);
    expect(output).toContain('Expected a lowercase-kebab id');
    expect(output).toContain('received "Kyiv_Post"');
  });

  test('refuses the ids the check refuses: too long, taken by the site, reserved by Windows', async () => {
    const long = await scaffold('event', 'a'.repeat(151));
    expect(long.code).toBe(1);
    expect(long.output).toContain('Expected a file name of at most 150 characters');
    const taken = await scaffold('event', 'kind');
    expect(taken.code).toBe(1);
    expect(taken.output).toContain("Expected an id the site's own pages do not use");
    const reserved = await scaffold('actor', 'aux');
    expect(reserved.code).toBe(1);
    expect(reserved.output).toContain('Expected a file name Windows can also store');
  });

  test('refuses a kind of entry it does not know', async () => {
    const { code, output } = await scaffold('person', 'someone');
    expect(code).toBe(1);
    expect(output).toContain(
      'Expected the kind of entry first (actor, event, source, or topic), received person',
    );
  });

  test('takes field values from flags', async () => {
    const { code, output } = await scaffold(
      'source',
      'test-source',
      '--headline',
      'Test report: a headline with a colon',
      '--published',
      '2022-07-14',
    );
    expect(code, output).toBe(0);
    const text = await readFile(path.join(content, 'sources/test-source.yaml'), 'utf8');
    expect(text).toContain('headline: "Test report: a headline with a colon"');
    expect(text).toContain('published: 2022-07-14\n');
  });

  test('starts a YAML file with the line that points editors at its schema', async () => {
    const text = await readFile(path.join(content, 'sources/test-source.yaml'), 'utf8');
    expect(text.split('\n')[0]).toBe(
      '# yaml-language-server: $schema=../schemas/source.schema.json',
    );
  });

  test('starts a new topic with its topic file and the JSON Schemas its first line names', async () => {
    const folder = path.join(await mkdtemp(path.join(os.tmpdir(), 'explainer-topic-')), 'topic');
    const { code, output } = await npmRunNew('topic', folder);
    expect(code, output).toBe(0);
    const topic = await readFile(path.join(folder, 'topic.yaml'), 'utf8');
    expect(topic.split('\n')[0]).toBe('# yaml-language-server: $schema=schemas/topic.schema.json');
    expect((await readdir(path.join(folder, 'schemas'))).sort()).toEqual([
      'actor-translation.schema.json',
      'actor.schema.json',
      'event-translation.schema.json',
      'event.schema.json',
      'locale.schema.json',
      'source-translation.schema.json',
      'source.schema.json',
      'topic-translation.schema.json',
      'topic.schema.json',
    ]);
    const event = JSON.parse(
      await readFile(path.join(folder, 'schemas/event.schema.json'), 'utf8'),
    );
    expect(event.properties.kind.enum).toEqual(['agreement', 'withdrawal', 'statement']);
  });

  test('stubs of each kind, once filled, pass the check and reach the built site', async () => {
    expect((await scaffold('actor', 'test-actor')).code).toBe(0);
    await fill(
      path.join(content, 'sources/test-source.yaml'),
      {
        description: 'A report made up for the scaffolder test.',
        publisher: 'Test Publisher',
        url: 'https://example.org/report',
        language: 'en',
      },
      '',
    );
    await fill(
      path.join(content, 'actors/test-actor.mdx'),
      {
        name: 'Test Actor',
        kind: 'organization',
        summary: 'An actor made by the scaffolder test.',
      },
      'The test actor is described by a test report. <Cite source="test-source" />',
    );
    await fill(
      path.join(content, 'events/test-event.mdx'),
      {
        title: 'Test event made by the scaffolder',
        date: '2022-07-14',
        kind: 'statement',
        summary: 'A statement made by the test actor, reported by the test source.',
        actor: 'test-actor',
        role: 'speaker',
      },
      'The test actor made a statement, according to the test report. <Cite source="test-source" />',
    );

    expect(await check()).toEqual([]);

    const { outDir } = await buildSite({ contentDir: content });
    const timeline = await readFile(path.join(outDir, 'timeline/index.html'), 'utf8');
    expect(timeline).toContain('href="/events/test-event/"');
    const event = await readFile(path.join(outDir, 'events/test-event/index.html'), 'utf8');
    expect(event).toContain('href="/actors/test-actor/"');
  });
});
