import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { fingerprint } from '../../src/checker/fingerprint.ts';
import { parserFingerprint } from '../../src/checker/parse-cache.ts';
import { root } from '../helpers/site.ts';

const store = pathToFileURL(path.join(root, 'src/checker/store.ts'));
const scratch: string[] = [];

afterAll(async () => {
  await Promise.all(scratch.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A scratch module graph inside the project, so that its package imports resolve. */
async function modules(files: Record<string, string>): Promise<URL> {
  const dir = await mkdtemp(path.join(root, 'node_modules', '.fingerprint-test-'));
  scratch.push(dir);
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  return pathToFileURL(path.join(dir, Object.keys(files)[0]!));
}

describe('fingerprint', () => {
  test("the parser's fingerprint covers the renderer, its guard, the schemas and the parser's native binary", () => {
    const { files, packages } = fingerprint([store]);
    expect(files).toEqual(
      expect.arrayContaining([
        'store.ts',
        '../lib/content/parse.ts',
        '../lib/content/body.ts',
        '../lib/content/body-guard.ts',
        '../lib/content/yaml.ts',
        '../schemas/event.ts',
        '../locales/uk.ts',
      ]),
    );
    expect(packages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^satteri@\d/),
        expect.stringMatching(/^@bruits\/satteri-[\w-]+@\d/),
        expect.stringMatching(/^js-yaml@\d/),
        expect.stringMatching(/^yaml@\d/),
      ]),
    );
    expect(parserFingerprint()).toBe(fingerprint([store]).digest);
  });

  test('changes when any file the entry imports changes, and names files without machine paths', async () => {
    const entry = await modules({
      'entry.ts': "import { helper } from './helper.ts';\nimport type { Nodes } from 'mdast';\n",
      'helper.ts': "import yaml from 'js-yaml';\nexport const helper = 1;\n",
    });
    const before = fingerprint([entry]);
    expect(before.files).toEqual(['entry.ts', 'helper.ts']);
    expect(before.packages).toEqual([expect.stringMatching(/^js-yaml@/)]);
    await writeFile(
      new URL('helper.ts', entry),
      "import yaml from 'js-yaml';\nexport const helper = 2;\n",
    );
    expect(fingerprint([entry]).digest).not.toBe(before.digest);
  });

  test('fails instead of falling back when a module or a package cannot be read', async () => {
    const entry = await modules({ 'entry.ts': "import './gone.ts';\n" });
    expect(() => fingerprint([entry])).toThrow(/ENOENT/);
    const missing = await modules({ 'entry.ts': "import x from 'no-such-package-anywhere';\n" });
    expect(() => fingerprint([missing])).toThrow(/no-such-package-anywhere/);
  });
});
