import { readdir, rm, rmdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { staleOutputs } from '../lib/stale-output.ts';

/** Folders written in full by every build: the bundled assets and the search index. */
const REWRITTEN = ['_astro', 'pagefind'];
/** What other steps write in full after the pages: those folders and the sitemap's files. */
const WRITTEN_LATER = [
  ...REWRITTEN.map((folder) => new RegExp(`^${folder}$`)),
  /^sitemap-.*\.xml$/,
];

/**
 * Astro empties the output folder before each build. With the incremental build that costs
 * more than it saves at scale: it deletes every page and then copies the unchanged ones back
 * from its cache. The site keeps the folder instead (`vite.build.emptyOutDir: false`), and
 * this integration makes sure nothing of an earlier build survives:
 *
 * - when the build starts, it removes the folders that are written in full every time;
 * - when the pages are done, it deletes every file that no route wrote or kept this time and
 *   that is not in `public/`, such as the page of a deleted entry.
 *
 * It must come before the integrations that add files when the build is done (the sitemap
 * and the search index), so that it never sees their files.
 */
export function pruneOutput(): AstroIntegration {
  let publicDir = '';
  let outDir = '';
  return {
    name: 'explainer:prune-output',
    hooks: {
      'astro:config:done': ({ config }) => {
        publicDir = fileURLToPath(config.publicDir);
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': async () => {
        await Promise.all(
          REWRITTEN.map((folder) =>
            rm(path.join(outDir, folder), { recursive: true, force: true }),
          ),
        );
      },
      'astro:build:done': async ({ dir, assets, logger }) => {
        const built = fileURLToPath(dir);
        const relative = (file: string) => path.relative(built, file).split(path.sep).join('/');
        const produced = new Set(
          [...assets.values()].flat().map((url) => relative(fileURLToPath(url))),
        );
        const stale = staleOutputs({
          files: await listFiles(built),
          produced,
          publicFiles: new Set(await listFiles(publicDir)),
          rewritten: WRITTEN_LATER,
        });
        for (const file of stale) await removeWithEmptyParents(built, file);
        if (stale.length > 0) logger.info(`Removed ${stale.length} files of an earlier build.`);
      },
    },
  };
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
    );
}

/** Deletes a file, then each folder above it that is left empty, up to the output folder. */
async function removeWithEmptyParents(root: string, file: string): Promise<void> {
  await rm(path.join(root, file), { force: true });
  for (let folder = path.dirname(file); folder !== '.'; folder = path.dirname(folder)) {
    try {
      await rmdir(path.join(root, folder));
    } catch {
      return; // not empty
    }
  }
}
