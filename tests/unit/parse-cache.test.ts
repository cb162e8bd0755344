import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ContentStore, type ContentReport } from '../../src/checker/store.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { scratchContent, type Scratch } from '../helpers/check.ts';
import { root } from '../helpers/site.ts';

/** Loads a scratch folder with a fresh store, as a new process would, keeping parses in `cache`. */
function load(scratch: Scratch, cache: string): Promise<ContentReport> {
  return new ContentStore('content', { cwd: scratch.cwd, cacheDir: cache }).load();
}

const lines = (report: ContentReport) => report.problems.map(formatProblem);

async function withFixture(fixture: string): Promise<Scratch> {
  const scratch = await scratchContent();
  await cp(path.join(root, 'tests/fixtures/invalid', fixture), scratch.dir, { recursive: true });
  return scratch;
}

describe('the parse cache', () => {
  test('a load from the cache gives the same model as parsing every file', async () => {
    const scratch = await scratchContent();
    const cache = await mkdtemp(path.join(os.tmpdir(), 'explainer-parse-cache-'));
    const uncached = await new ContentStore('content', { cwd: scratch.cwd }).load();
    const first = await load(scratch, cache);
    const second = await load(scratch, cache);
    expect(uncached.problems).toEqual([]);
    expect(first.model).toEqual(uncached.model);
    expect(second.model).toEqual(uncached.model);
    expect(second.files).toBe(uncached.files);
  });

  test.each([
    'missing-actor',
    'missing-source',
    'relation-not-participant',
    'responds-to-later-event',
    'translation-unlisted-source',
    'missing-required-field',
    'mdx-unknown-component',
  ])(
    'with the mistake of %s, a load from the cache reports the same problems on the same lines',
    async (fixture) => {
      const scratch = await withFixture(fixture);
      const cache = await mkdtemp(path.join(os.tmpdir(), 'explainer-parse-cache-'));
      const uncached = await new ContentStore('content', { cwd: scratch.cwd }).load();
      await load(scratch, cache);
      const cached = await load(scratch, cache);
      expect(uncached.problems.length).toBeGreaterThan(0);
      expect(lines(cached)).toEqual(lines(uncached));
    },
  );

  test('an edited entry is parsed again and its new problem reported on its line', async () => {
    const scratch = await scratchContent();
    const cache = await mkdtemp(path.join(os.tmpdir(), 'explainer-parse-cache-'));
    expect((await load(scratch, cache)).problems).toEqual([]);
    const file = path.join(scratch.dir, 'events', 'dprk-recognises-dpr-lpr.mdx');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace(/^date: .*$/m, 'date: 2022-13-45'));
    const edited = lines(await load(scratch, cache));
    expect(edited).toHaveLength(1);
    expect(edited[0]).toMatch(/^content\/events\/dprk-recognises-dpr-lpr\.mdx:\d+: date: /);
    await writeFile(file, text);
    expect((await load(scratch, cache)).problems).toEqual([]);
  });

  test('a change to the topic file parses every entry again against the new topic', async () => {
    const scratch = await scratchContent();
    const cache = await mkdtemp(path.join(os.tmpdir(), 'explainer-parse-cache-'));
    await load(scratch, cache);
    const topic = path.join(scratch.dir, 'topic.yaml');
    // Without the kind "statement", every statement event is refused by its own schema.
    const text = await readFile(topic, 'utf8');
    const without = text.replace(/^ {2}- id: statement\n(?: {4}.*\n)*/m, '');
    expect(without).not.toBe(text);
    await writeFile(topic, without);
    const uncached = await new ContentStore('content', { cwd: scratch.cwd }).load();
    const cached = await load(scratch, cache);
    expect(lines(uncached).some((line) => line.includes('kind'))).toBe(true);
    expect(lines(cached)).toEqual(lines(uncached));
  });
});
