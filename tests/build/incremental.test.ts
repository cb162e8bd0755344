import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite, root, type Build } from '../helpers/site.ts';

/**
 * The incremental build copies a page from the previous build when its cache key is unchanged
 * (a digest of the page's view model, src/data/index.ts). A key that misses something its page
 * shows publishes a stale page. So: build, edit entries that other pages show by name, title, date or publisher, delete
 * one, rebuild with the same cache and output folder, and compare every page with a cold
 * build of the edited content.
 */
const EDITS: [file: string, from: string, to: string][] = [
  [
    'actors/dprk.mdx',
    "name: Democratic People's Republic of Korea",
    "name: Democratic People's Republic of Korea (renamed)",
  ],
  [
    'events/ukraine-severs-syria.mdx',
    'title: Ukraine severs diplomatic relations with Syria',
    'title: Ukraine cuts ties with Syria (retitled)',
  ],
  ['events/ukraine-severs-syria.mdx', 'date: 2022-06-30', 'date: 2022-07-01'],
  ['sources/tass-2022-09-30.yaml', 'publisher: TASS', 'publisher: TASS (edited publisher)'],
];

/** An event no other entry names, with its translation: deleting both leaves the content valid. */
const DELETED = ['events/kim-russia-day-message.mdx', 'events/kim-russia-day-message.uk.mdx'];

const temp = (prefix: string) => mkdtemp(path.join(os.tmpdir(), prefix));

async function pages(outDir: string): Promise<Map<string, string>> {
  const files = await readdir(outDir, { recursive: true });
  const html = files.filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'));
  return new Map(
    await Promise.all(
      html.map(async (file) => [file, await readFile(path.join(outDir, file), 'utf8')] as const),
    ),
  );
}

let incremental: Build;
let cold: Build;
let afterDeletion: Build;

beforeAll(async () => {
  const contentDir = await temp('explainer-content-');
  await cp(path.join(root, 'content'), contentDir, { recursive: true });
  const env = { ASTRO_CACHE_DIR: await temp('explainer-cache-') };
  const outDir = await temp('explainer-build-');
  await buildSite({ contentDir, outDir, env });

  for (const [file, from, to] of EDITS) {
    const full = path.join(contentDir, file);
    const text = await readFile(full, 'utf8');
    if (!text.includes(from)) throw new Error(`${file} no longer contains "${from}"`);
    await writeFile(full, text.replace(from, to));
  }
  const rebuilt = await buildSite({ contentDir, outDir, env });
  // A copy to compare, since the next rebuild writes into the same folder.
  incremental = { ...rebuilt, outDir: await temp('explainer-build-') };
  await cp(outDir, incremental.outDir, { recursive: true });
  cold = await buildSite({ contentDir });

  // Deleting an entry is a rebuild of its own: it changes the route's list of pages, which
  // makes Astro render more of them again and would hide a key that misses an edit above.
  for (const file of DELETED) await rm(path.join(contentDir, file));
  afterDeletion = await buildSite({ contentDir, outDir, env });
});

describe('a rebuild after editing entries', () => {
  test('copies the pages the edits do not touch from the previous build', () => {
    const copied = incremental.log.match(/\((?:cached|restored)\)/g) ?? [];
    expect(copied.length).toBeGreaterThan(10);
  });

  test('publishes every page exactly as a cold build of the edited content does', async () => {
    const [rebuilt, fresh] = await Promise.all([pages(incremental.outDir), pages(cold.outDir)]);
    expect([...rebuilt.keys()].sort()).toEqual([...fresh.keys()].sort());
    const stale = [...fresh].filter(([file, html]) => rebuilt.get(file) !== html);
    expect(stale.map(([file]) => file)).toEqual([]);
  });

  test('removes the page of a deleted entry, and its links', async () => {
    const rebuilt = await pages(afterDeletion.outDir);
    expect(rebuilt.has('events/kim-russia-day-message/index.html')).toBe(false);
    expect(rebuilt.get('actors/kim-jong-un/index.html')).not.toContain('kim-russia-day-message');
  });

  test('shows the edits on the pages that name the edited entries', async () => {
    const rebuilt = await pages(incremental.outDir);
    expect(rebuilt.get('events/pushilin-welcomes-recognition/index.html')).toContain('(renamed)');
    expect(rebuilt.get('actors/kim-jong-un/index.html')).toContain('(renamed)');
    expect(rebuilt.get('actors/ukraine/index.html')).toContain('(retitled)');
    expect(rebuilt.get('events/russia-claims-annexation/index.html')).toContain(
      '(edited publisher)',
    );
  });
});
