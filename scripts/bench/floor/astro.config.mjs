// @ts-check
// The floor: the same MDX bodies built by bare Astro + MDX with a minimal page, so the
// benchmark can tell the cost of the site's own features from the cost of Astro itself.
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  vite: {
    build: {
      // Same reason as the site's config: Astro's MDX wrapper directive, warned once per entry.
      rolldownOptions: { checks: { moduleLevelDirective: false } },
    },
  },
  integrations: [mdx()],
});
