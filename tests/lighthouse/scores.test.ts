/**
 * Lighthouse scores 100 in all four categories on one page of each template: the home page,
 * an actor, an event, the timeline, the relations, the sources and search, and the home and
 * an event page of a second language.
 *
 * Performance is simulated from the CPU time the page took on this machine, so another
 * process on a shared machine can make a page look slower than it is. A page whose
 * performance falls short is measured again, up to five times in all, and its best run
 * counts; the other categories do not depend on timing and count from the first run.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { siteConfig } from '../../src/config.ts';
import { serve, type Served } from '../helpers/serve.ts';
import { builtSite } from '../helpers/site.ts';
import { CATEGORIES, startAuditor, type Audit, type Auditor } from './lighthouse.ts';

const RUNS = 5;

let auditor: Auditor;
let server: Served;
let dir: string;
const results: [string, Audit][] = [];

beforeAll(async () => {
  dir = await builtSite();
  [auditor, server] = await Promise.all([startAuditor(), serve(dir, siteConfig.base)]);
});

afterAll(async () => {
  await Promise.all([auditor?.close(), server?.close()]);
  // The scores, for the test log.
  for (const [page, audit] of results) {
    console.log(`${page} ${JSON.stringify(audit.scores)} benchmark index ${audit.benchmarkIndex}`);
  }
});

/** The path of the first entry in one of the build's data exports, in a language. */
async function firstPage(file: string, lang: string): Promise<string> {
  const [entry] = JSON.parse(await readFile(path.join(dir, 'data', file), 'utf8')) as {
    pages: Record<string, string>;
  }[];
  const url = entry?.pages[lang];
  if (!url) throw new Error(`data/${file} has no entry with a page in "${lang}"`);
  return new URL(url).pathname.slice(siteConfig.base.length);
}

async function audited(page: string): Promise<Audit> {
  const url = new URL(page, server.url).href;
  let best = await auditor.audit(url);
  for (let run = 1; run < RUNS && best.scores.performance < 100; run += 1) {
    const again = await auditor.audit(url);
    if (again.scores.performance > best.scores.performance) {
      best = {
        scores: { ...best.scores, performance: again.scores.performance },
        failing: [
          ...best.failing.filter((line) => !line.startsWith('performance:')),
          ...again.failing.filter((line) => line.startsWith('performance:')),
        ],
        benchmarkIndex: again.benchmarkIndex,
      };
    }
  }
  results.push([`/${page}`, best]);
  return best;
}

function expectAll100(audit: Audit): void {
  const below = CATEGORIES.filter((category) => audit.scores[category] < 100);
  expect(
    below.map((category) => `${category} ${audit.scores[category]}`),
    [...audit.failing, `(benchmark index of the best run: ${audit.benchmarkIndex})`].join('\n'),
  ).toEqual([]);
}

describe('Lighthouse on one page of each template', () => {
  const pages: [string, () => Promise<string>][] = [
    ['the home page', async () => ''],
    ['an actor’s page', () => firstPage('actors.json', 'en')],
    ['an event’s page', () => firstPage('events.json', 'en')],
    ['the timeline', async () => 'timeline/'],
    ['the relations', async () => 'relations/'],
    ['the sources', async () => 'sources/'],
    ['the search page', async () => 'search/'],
    ['the Ukrainian home page', async () => 'uk/'],
    ['a Ukrainian event’s page', () => firstPage('events.json', 'uk')],
  ];
  for (const [name, page] of pages) {
    test(`scores 100 in all four categories on ${name}`, async () => {
      expectAll100(await audited(await page()));
    });
  }
});
