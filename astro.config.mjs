// @ts-check
import { fileURLToPath } from 'node:url';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentStore } from './src/checker/store.ts';
import { siteConfig } from './src/config.ts';
import { contentGuard } from './src/integrations/content-guard.ts';
import { editorManifest } from './src/integrations/editor-manifest.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';
import { pruneOutput } from './src/integrations/prune-output.ts';

// This file's folder. Tests and the benchmark run Astro from other roots, so that Astro's
// generated .astro/ folder, which belongs to the contributor's editor, stays as it is; the
// source folders and the content folder are therefore found from here, and messages name files
// as `npm run check` does.
const projectRoot = fileURLToPath(new URL('./', import.meta.url));
// The content is read and checked once, in this store, which the collections load from too.
const store = contentStore(siteConfig.contentDir, { base: siteConfig.base, cwd: projectRoot });

export default defineConfig({
  srcDir: fileURLToPath(new URL('./src/', import.meta.url)),
  publicDir: fileURLToPath(new URL('./public/', import.meta.url)),
  site: siteConfig.url,
  base: siteConfig.base,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  // The Content-Security-Policy allows no inline styles or scripts, so Astro must always
  // emit stylesheets and scripts as files, however small.
  build: { inlineStylesheets: 'never' },
  // The output folder is kept between builds, so that the incremental build leaves unchanged
  // pages where they are; the prune-output integration removes whatever a build did not write.
  vite: { build: { assetsInlineLimit: 0, emptyOutDir: false } },
  // Astro writes each collection's JSON Schema, and with this the list of its entry files, to
  // .astro/collections/, where the Astro editor extension finds them to complete and check MDX
  // frontmatter. They equal the content folder's schemas/ (see src/schemas/json-schema.ts).
  experimental: {
    contentIntellisense: true,
    // Pages whose cache key (src/lib/page-keys.ts) and code are unchanged since the last
    // build are copied from it instead of being rendered again.
    incrementalBuild: true,
  },
  integrations: [
    contentGuard(store),
    // Lists new and broken entry files for the editor too, under URLs it finds.
    editorManifest(store),
    // Before the sitemap and the search index, which add files once the pages are done.
    pruneOutput(),
    sitemap(),
    pagefindIntegration(),
  ],
});
