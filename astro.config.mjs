// @ts-check
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentStore } from './src/checker/store.ts';
import { cacheDir, siteConfig } from './src/config.ts';
import { contentGuard } from './src/integrations/content-guard.ts';
import { editorManifest } from './src/integrations/editor-manifest.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';
import { pruneOutput } from './src/integrations/prune-output.ts';
import { sitemapAlternates } from './src/integrations/sitemap-alternates.ts';

const outDir = process.env.OUT_DIR ?? './dist';

// This file's folder. Tests and the benchmark run Astro from other roots, so that Astro's
// generated .astro/ folder, which belongs to the contributor's editor, stays as it is; the
// source folders and the content folder are therefore found from here, and messages name files
// as `npm run check` does.
const projectRoot = fileURLToPath(new URL('./', import.meta.url));
// The content is read and checked once, in this store: the content guard reports its problems
// and the pages read the checked content from it (see src/checker/store.ts). Parsed entries are
// kept in Astro's cache folder, so a build parses only the files changed since the last one.
const store = contentStore(siteConfig.contentDir, {
  base: siteConfig.base,
  cwd: projectRoot,
  cacheDir,
  history: true,
});
const { preview } = await store.ready();
// The site's languages come from the topic file; the first is served at the root.
const languages = (preview?.topic.languages ?? [{ code: 'en' }]).map((language) => ({
  code: language.code,
  locale: language.locale ?? language.code,
}));

/** A watcher filter that skips these folders and everything in them. */
function notWatched(/** @type {string[]} */ folders) {
  const roots = folders.map((folder) => path.resolve(projectRoot, folder));
  return (/** @type {string} */ file) =>
    roots.some((root) => file === root || file.startsWith(root + path.sep));
}

export default defineConfig({
  srcDir: fileURLToPath(new URL('./src/', import.meta.url)),
  publicDir: fileURLToPath(new URL('./public/', import.meta.url)),
  site: siteConfig.url,
  base: siteConfig.base,
  trailingSlash: 'always',
  outDir,
  cacheDir,
  // The Content-Security-Policy allows no inline styles or scripts, so Astro must always
  // emit stylesheets and scripts as files, however small.
  build: { inlineStylesheets: 'never' },
  i18n: {
    locales: languages.map((language) => language.code),
    defaultLocale: languages[0]?.code ?? 'en',
    routing: { prefixDefaultLocale: false },
  },
  vite: {
    // The output folder is kept between builds, so that the incremental build leaves unchanged
    // pages where they are; the prune-output integration removes whatever a build did not write.
    build: { assetsInlineLimit: 0, emptyOutDir: false },
    // The preview server's watcher would otherwise follow every file of the project: a kept
    // output folder (which Vite skips only when it empties it), the benchmark's generated
    // corpora and builds in .cache/, and the content folder, which the store watches itself.
    // At 10,000 entries that is one watch per file, past the system's limit.
    server: { watch: { ignored: notWatched([outDir, '.cache', store.root]) } },
  },
  // Astro writes each collection's JSON Schema, and with this the list of its entry files, to
  // .astro/collections/, where the Astro editor extension finds them to complete and check MDX
  // frontmatter. They equal the content folder's schemas/ (see src/schemas/json-schema.ts).
  experimental: {
    contentIntellisense: true,
    // Pages whose cache key (a digest of the page's view model, see src/data/index.ts) and
    // code are unchanged since the last build are copied from it instead of rendered again.
    incrementalBuild: true,
  },
  integrations: [
    contentGuard(store),
    // Lists new and broken entry files for the editor too, under URLs it finds.
    editorManifest(store),
    // Before the sitemap and the search index, which add files once the pages are done.
    pruneOutput(),
    // Each page's alternates in the other languages, as `hreflang` links in the sitemap, with
    // the same language tags as the pages' `lang` and `hreflang` links.
    sitemap(sitemapAlternates(new URL(siteConfig.base, siteConfig.url).href, languages)),
    pagefindIntegration({
      languagePrefixes: languages.slice(1).map((language) => `${language.code}/`),
    }),
  ],
});
