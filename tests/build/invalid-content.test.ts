import { cp, mkdtemp, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildSite, root } from '../helpers/site.ts';

describe('astro build with an invalid entry', () => {
  test('fails with the same one-line messages as npm run check, and publishes nothing', async () => {
    const content = await mkdtemp(path.join(os.tmpdir(), 'explainer-content-'));
    await cp(path.join(root, 'content'), content, { recursive: true });
    for (const mistake of ['missing-actor', 'impossible-date', 'mdx-expression']) {
      await cp(path.join(root, 'tests/fixtures/invalid', mistake), content, { recursive: true });
    }
    const outDir = await mkdtemp(path.join(os.tmpdir(), 'explainer-out-'));

    const failure = await buildSite({ contentDir: content, outDir }).then(
      () => undefined,
      (error: { log: string }) => error,
    );

    expect(failure, 'the build should have failed').toBeDefined();
    const shown = path.relative(root, content).split(path.sep).join('/');
    expect(failure!.log).toContain(
      `${shown}/events/missing-actor.mdx:7: participants[0].actor: expected the id of an actor in actors/, received "atlantis" (no such file)`,
    );
    expect(failure!.log).toContain(`${shown}/events/impossible-date.mdx:3: date: `);
    expect(failure!.log).toContain(`${shown}/events/mdx-expression.mdx:13: body: `);
    expect(failure!.log).toContain('3 problems in 3 files');
    expect(existsSync(path.join(outDir, 'index.html'))).toBe(false);
    expect(await readdir(outDir)).toEqual([]);
  });
});
