/**
 * The content loader for actors and events: one `.mdx` file per entry in one folder, the file
 * name being the entry's id. It renders each body to HTML as it loads it (`renderMdxBody`) and
 * keeps the HTML in Astro's data store, so:
 *
 * - the build bundles no module per entry, which keeps memory and time flat as content grows;
 * - an entry whose file is unchanged since the last build is neither parsed nor rendered again;
 * - `render(entry)` from `astro:content` works as for any rendered entry.
 *
 * It uses only the loader API Astro documents: `parseData` validates against the collection's
 * schema and `generateDigest` detects changes.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { referenceList } from '../lib/citations.ts';
import { parseYaml, splitFrontmatter } from '../lib/frontmatter.ts';
import { renderMdxBody } from '../lib/mdx-render.ts';

export interface MdxEntriesOptions {
  /** The folder, relative to the project root. */
  folder: string;
  /** The site's base path, for site-relative links in bodies. */
  siteBase: string;
}

const EXTENSION = '.mdx';

// The code that decides what a body's HTML looks like. Cached HTML is reused only while these
// files are unchanged, so editing the renderer never leaves stale pages behind.
const RENDERER_FILES = ['../lib/mdx-render.ts', '../lib/citations.ts', '../lib/frontmatter.ts'];

export function mdxEntries(options: MdxEntriesOptions): Loader {
  return {
    name: 'explainer:mdx-entries',
    load: async (context) => {
      const { config, store, watcher, logger } = context;
      const folder = path.resolve(fileURLToPath(config.root), options.folder);
      const renderer = await rendererDigest(context, options.siteBase);
      const sync = (file: string) => syncFile(context, file, renderer, options.siteBase);

      const names = (await readdir(folder)).filter((name) => name.endsWith(EXTENSION));
      const stale = new Set(store.keys());
      for (const name of names) stale.delete(idOf(name));
      for (const id of stale) store.delete(id);
      // One file at a time keeps memory flat; parsing and rendering are synchronous anyway.
      for (const name of names) await sync(path.join(folder, name));

      // While previewing, a saved file is loaded again; the content guard reports problems.
      if (!watcher) return;
      watcher.add(folder);
      const inFolder = (file: string) =>
        path.dirname(path.resolve(file)) === folder && file.endsWith(EXTENSION);
      const reload = async (file: string) => {
        if (!inFolder(file)) return;
        try {
          await sync(path.resolve(file));
          logger.info(`Reloaded ${path.basename(file)}`);
        } catch (error) {
          logger.error(String(error));
        }
      };
      watcher.on('change', reload);
      watcher.on('add', reload);
      watcher.on('unlink', (file) => {
        if (inFolder(file)) store.delete(idOf(file));
      });
    },
  };
}

function idOf(file: string): string {
  return path.basename(file, EXTENSION);
}

async function syncFile(
  { config, store, parseData, generateDigest }: LoaderContext,
  file: string,
  renderer: string,
  siteBase: string,
): Promise<void> {
  const id = idOf(file);
  const text = await readFile(file, 'utf8');
  const digest = generateDigest(`${renderer}\n${text}`);
  if (store.get(id)?.digest === digest) return;

  const relative = path.relative(fileURLToPath(config.root), file).split(path.sep).join('/');
  const split = splitFrontmatter(text);
  if (!split) throw new Error(`${relative}: expected YAML frontmatter between two --- lines`);
  const data = await parseData({
    id,
    data: parseYaml(split.yaml, relative) as Record<string, unknown>,
    filePath: file,
  });
  const listed = Array.isArray(data.sources) ? data.sources.map(String) : [];
  let html: string;
  try {
    html = renderMdxBody(split.body, {
      references: referenceList(split.body, listed),
      base: siteBase,
    });
  } catch (error) {
    throw new Error(`${relative}: body: ${(error as Error).message}`, { cause: error });
  }
  store.set({ id, data, body: split.body, filePath: relative, digest, rendered: { html } });
}

async function rendererDigest({ generateDigest }: LoaderContext, siteBase: string) {
  try {
    const sources = await Promise.all(
      RENDERER_FILES.map((file) => readFile(new URL(file, import.meta.url), 'utf8')),
    );
    return generateDigest([siteBase, ...sources].join('\n'));
  } catch {
    // Where the renderer's files cannot be read, nothing cached can be trusted.
    return String(Math.random());
  }
}
