import { describe, expect, it } from 'vitest';
import { staleOutputs } from '../../src/lib/stale-output.ts';

describe('staleOutputs', () => {
  it('lists the files no route wrote, and nothing from public/ or the rewritten folders', () => {
    const stale = staleOutputs({
      files: [
        'index.html',
        'events/deleted-event/index.html',
        'events/kept-event/index.html',
        'favicon.svg',
        'data/old-export.json',
        'pagefind/pagefind.js',
        '_astro/old.css',
      ],
      produced: new Set(['index.html', 'events/kept-event/index.html']),
      publicFiles: new Set(['favicon.svg']),
      rewritten: ['pagefind', '_astro'],
    });
    expect(stale).toEqual(['events/deleted-event/index.html', 'data/old-export.json']);
  });
});
