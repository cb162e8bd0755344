import { mkdir, mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { ContentStore } from '../../src/checker/store.ts';
import { manifestKeys, updateManifest } from '../../src/integrations/editor-manifest.ts';
import { addFiles, scratchContent } from '../helpers/check.ts';

/** A list as Astro writes it, in a folder of its own, naming no entry yet. */
async function astroManifest(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'explainer-dot-astro-'));
  const file = path.join(dir, 'collections.json');
  const collections = ['actors', 'events', 'sources'].map((name) => ({ name, hasSchema: true }));
  await writeFile(file, JSON.stringify({ collections, entries: {} }));
  return file;
}

async function entriesOf(file: string): Promise<Record<string, string>> {
  return (JSON.parse(await readFile(file, 'utf8')) as { entries: Record<string, string> }).entries;
}

describe('the list of entry files for the editor', () => {
  test('names every entry file, broken or not, and no translation', async () => {
    const scratch = await scratchContent();
    await addFiles(scratch, {
      'events/new-and-broken.mdx': '---\ntitle: TODO\n---\n',
      'events/russia-recognises-dpr-lpr.uk.mdx': '---\ntitle: Переклад\n---\n',
    });
    const manifest = await astroManifest();
    await updateManifest(manifest, new ContentStore('content', { cwd: scratch.cwd }));

    const entries = await entriesOf(manifest);
    const key = (relative: string) =>
      pathToFileURL(path.join(scratch.dir, relative)).href.toLowerCase();
    expect(entries[key('events/new-and-broken.mdx')]).toBe('events');
    expect(entries[key('actors/russia.mdx')]).toBe('actors');
    expect(entries[key('sources/babel-2022-06.yaml')]).toBe('sources');
    expect(entries[key('events/russia-recognises-dpr-lpr.uk.mdx')]).toBeUndefined();
  });

  test('names a file under the URL the language server looks up, decoded, as well as encoded', async () => {
    const parent = await mkdtemp(path.join(os.tmpdir(), 'explainer editor é-'));
    const dir = path.join(parent, 'content');
    await mkdir(path.join(dir, 'actors'), { recursive: true });
    const file = path.join(dir, 'actors/x.mdx');
    await writeFile(file, '---\nname: X\n---\n');
    const manifest = await astroManifest();
    await updateManifest(manifest, new ContentStore(dir));

    const entries = await entriesOf(manifest);
    const encoded = pathToFileURL(file).href.toLowerCase();
    expect(encoded).toContain('%20');
    // As @astrojs/language-server looks a document up: decoded, then lowercased.
    const decoded = decodeURIComponent(pathToFileURL(file).href).toLowerCase();
    expect(decoded).toContain(' editor é-');
    expect(manifestKeys(file)).toEqual([encoded, decoded]);
    expect(entries).toEqual({ [encoded]: 'actors', [decoded]: 'actors' });
  });

  test('leaves the file alone when nothing changed, and does nothing without one', async () => {
    const scratch = await scratchContent();
    const store = new ContentStore('content', { cwd: scratch.cwd });
    const manifest = await astroManifest();
    await updateManifest(manifest, store);
    const written = (await stat(manifest)).mtimeMs;
    await new Promise((resolve) => setTimeout(resolve, 20));
    await updateManifest(manifest, store);
    expect((await stat(manifest)).mtimeMs).toBe(written);

    const missing = path.join(path.dirname(manifest), 'none/collections.json');
    await expect(updateManifest(missing, store)).resolves.toBeUndefined();
  });
});
