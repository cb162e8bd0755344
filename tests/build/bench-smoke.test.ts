/**
 * The benchmark's generator and build at a small size: the synthetic corpus passes the real
 * checker and schemas, and the real site builds a page for every entry. Timing is the
 * benchmark's business (`npm run bench`), never a test's.
 */
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { build, workFolder } from '../../scripts/bench/build.ts';
import { generateCorpus, type Corpus } from '../../scripts/bench/generate.ts';
import { ContentStore } from '../../src/checker/store.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';

describe('the benchmark corpus at 300 entries', () => {
  let work: string;
  let corpus: Corpus;
  let outDir: string;

  beforeAll(async () => {
    work = await workFolder('bench-smoke-');
    corpus = await generateCorpus({ entries: 300, dir: path.join(work, 'content') });
    outDir = path.join(work, 'site');
    await build({ contentDir: corpus.dir, outDir, cacheDir: path.join(work, 'cache') });
  });

  afterAll(async () => {
    if (work) await rm(work, { recursive: true, force: true });
  });

  test('has about one actor for every three events', () => {
    expect(corpus.actors.length + corpus.events.length).toBe(300);
    expect(corpus.events.length / corpus.actors.length).toBeCloseTo(3, 0);
  });

  test('passes the content checker without a problem', async () => {
    const report = await new ContentStore(corpus.dir).load();
    expect(report.problems.map(formatProblem)).toEqual([]);
  });

  test('with two languages, gives every actor and event a translation the checker passes', async () => {
    const translated = await generateCorpus({
      entries: 40,
      dir: path.join(work, 'translated'),
      languages: 2,
    });
    const report = await new ContentStore(translated.dir).load();
    expect(report.problems).toEqual([]);
    expect(report.model?.topic.languages.map((language) => language.code)).toEqual(['en', 'uk']);
    const entries = [...report.model!.actors.values(), ...report.model!.events.values()];
    expect(entries.filter((entry) => !entry.translations.has('uk'))).toEqual([]);
  });

  test('builds a page for every actor, event and source', () => {
    const missing = [
      ...corpus.actors.map((id) => `actors/${id}/index.html`),
      ...corpus.events.map((id) => `events/${id}/index.html`),
      ...corpus.sources.map((id) => `sources/${id}/index.html`),
    ].filter((page) => !existsSync(path.join(outDir, page)));
    expect(missing).toEqual([]);
  });
});
