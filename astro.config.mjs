// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { siteConfig } from './src/config.ts';
import { contentGuard } from './src/integrations/content-guard.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';

export default defineConfig({
  site: siteConfig.url,
  base: siteConfig.base,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  // The Content-Security-Policy allows no inline styles or scripts, so Astro must always
  // emit stylesheets and scripts as files, however small.
  build: { inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  // Writes each collection's JSON Schema where the Astro editor extension looks for it, so
  // MDX frontmatter gets completion; YAML sources use schemas/ (see CONTRIBUTING.md).
  experimental: {
    contentIntellisense: true,
    // Pages whose cache key (src/lib/page-keys.ts) and code are unchanged since the last
    // build are copied from it instead of being rendered again.
    incrementalBuild: true,
  },
  integrations: [
    contentGuard({ contentDir: siteConfig.contentDir }),
    sitemap(),
    pagefindIntegration(),
  ],
});
