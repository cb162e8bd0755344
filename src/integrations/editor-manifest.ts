/**
 * Keeps the list of entry files that Astro writes for the editor up to date.
 *
 * With `experimental.contentIntellisense`, Astro writes `.astro/collections/collections.json`,
 * which maps each entry file's `file:` URL to its collection; the Astro language server (which
 * VS Code's Astro extension runs) looks every open MDX file up in it to choose the JSON Schema
 * its frontmatter is checked against, and checks nothing it does not find. Astro writes the
 * list only when it syncs, from the entries that loaded, so a file created while `astro dev`
 * runs, or one too broken to load, goes unchecked (withastro/astro#16442). And it writes the
 * URLs percent-encoded while the server looks them up decoded, so under a path with a space or
 * a non-ASCII letter nothing is checked at all (withastro/astro#14655).
 *
 * So after Astro's sync, and after each change the content store takes in while previewing,
 * this lists every entry file of the content folder, as the content check finds them, under
 * both forms of its URL.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { listContent } from '../checker/read.ts';
import type { ContentStore } from '../checker/store.ts';

interface Manifest {
  collections: { name: string; hasSchema: boolean }[];
  entries: Record<string, string>;
}

/** The keys the list may give a file under: Astro's (encoded) and the language server's. */
export function manifestKeys(file: string): string[] {
  const url = pathToFileURL(file).href;
  return [...new Set([url.toLowerCase(), decodeURIComponent(url).toLowerCase()])];
}

/** Rewrites the list in `manifestFile` with every base entry file of the store's folder. */
export async function updateManifest(manifestFile: string, store: ContentStore): Promise<void> {
  let manifest: Manifest;
  try {
    manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as Manifest;
  } catch {
    return; // Astro wrote none: content intellisense is off, or nothing has synced yet.
  }
  const listed = new Set(manifest.collections.map((collection) => collection.name));
  const entries: Record<string, string> = {};
  const { files } = await listContent(store.root, store.cwd);
  for (const { relative, placement } of files) {
    // A translation has a frontmatter of its own, which the collection's schema would refuse.
    if (placement.role !== 'entry' || placement.lang !== undefined) continue;
    if (!listed.has(placement.collection)) continue;
    for (const key of manifestKeys(path.join(store.root, relative))) {
      entries[key] = placement.collection;
    }
  }
  if (JSON.stringify(entries) === JSON.stringify(manifest.entries)) return;
  await writeFile(manifestFile, JSON.stringify({ ...manifest, entries }, null, 2));
}

export function editorManifest(store: ContentStore): AstroIntegration {
  let manifestFile = '';
  // One update at a time, in the order the changes came.
  let queue: Promise<void> = Promise.resolve();
  const update = () => {
    queue = queue.then(() => updateManifest(manifestFile, store)).catch(() => undefined);
    return queue;
  };
  return {
    name: 'explainer:editor-manifest',
    hooks: {
      'astro:config:done': ({ config }) => {
        manifestFile = path.join(fileURLToPath(config.root), '.astro/collections/collections.json');
      },
      // Both come after Astro's sync has written its list.
      'astro:build:start': update,
      'astro:server:start': update,
      'astro:server:setup': () => {
        store.onChange(() => void update());
      },
    },
  };
}
