import { describe, expect, it } from 'vitest';
import { staleOutputs } from '../../src/lib/stale-output.ts';

describe('staleOutputs', () => {
  it('lists the files no route wrote, and nothing from public/ or what later steps rewrite', () => {
    const stale = staleOutputs({
      files: [
        'index.html',
        'events/deleted-event/index.html',
        'events/kept-event/index.html',
        'favicon.svg',
        'data/old-export.json',
        'pagefind/pagefind.js',
        '_astro/old.css',
        'sitemap-0.xml',
      ],
      produced: new Set(['index.html', 'events/kept-event/index.html']),
      publicFiles: new Set(['favicon.svg']),
      rewritten: [/^pagefind$/, /^_astro$/, /^sitemap-.*\.xml$/],
    });
    expect(stale).toEqual(['events/deleted-event/index.html', 'data/old-export.json']);
  });
});
