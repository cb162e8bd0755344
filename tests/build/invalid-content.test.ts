import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { annotations, reportLines, summarise } from '../../src/checker/report.ts';
import { ContentStore } from '../../src/checker/store.ts';
import { BROKEN_ENTRY, brokenEntryAnnotations } from '../helpers/check.ts';
import { buildSite, root } from '../helpers/site.ts';

interface Failure {
  log: string;
  stdout: string;
  stderr: string;
}

/**
 * A content folder inside the project, as in a pull request, so that messages name it the way
 * GitHub needs for annotations: the real content with every fixture of a bad entry laid over
 * it, links the fixtures cannot hold, and one entry with three mistakes.
 */
describe('astro build with every kind of bad entry', () => {
  let work: string;
  let folder: string;
  let outDir: string;
  let failure: Failure | undefined;

  beforeAll(async () => {
    await mkdir(path.join(root, '.cache'), { recursive: true });
    work = await mkdtemp(path.join(root, '.cache', 'invalid-content-'));
    const content = path.join(work, 'content');
    folder = path.relative(root, content).split(path.sep).join('/');
    await cp(path.join(root, 'content'), content, { recursive: true });
    const fixtures = path.join(root, 'tests/fixtures/invalid');
    for (const mistake of await readdir(fixtures)) {
      if (mistake === 'missing-topic') continue;
      await cp(path.join(fixtures, mistake), content, { recursive: true });
    }
    await writeFile(path.join(work, 'outside.mdx'), BROKEN_ENTRY);
    await symlink(path.join(work, 'outside.mdx'), path.join(content, 'events/linked.mdx'));
    await symlink('/etc/passwd', path.join(content, 'sources/passwd.yaml'));
    await writeFile(path.join(content, 'events/broken-entry.mdx'), BROKEN_ENTRY);
    outDir = await mkdtemp(path.join(os.tmpdir(), 'explainer-out-'));
    failure = await buildSite({
      contentDir: folder,
      outDir,
      env: { GITHUB_ACTIONS: 'true' },
    }).then(
      () => undefined,
      (error: Failure) => error,
    );
  });

  afterAll(async () => {
    if (work) await rm(work, { recursive: true, force: true });
  });

  test('fails with exactly the problems npm run check reports, and publishes nothing', async () => {
    const report = await new ContentStore(folder, { cwd: root }).load();
    expect(failure, 'the build should have failed').toBeDefined();
    expect(failure!.stderr).toContain(
      `Content check failed:\n${reportLines(report.problems).join('\n')}\n${summarise(report)}\n`,
    );
    expect(report.problems.length).toBeGreaterThan(50);
    expect(existsSync(path.join(outDir, 'index.html'))).toBe(false);
    expect(await readdir(outDir)).toEqual([]);
  });

  test('prints no stack trace, since an editor’s mistake is not a crash', () => {
    expect(failure!.log).not.toMatch(/\bat .+\(.+:\d+:\d+\)/);
    expect(failure!.log).not.toContain('Stack trace');
    expect(failure!.log).not.toMatch(/\b(?:TypeError|RangeError|EMFILE)\b/);
  });

  test('prints one workflow annotation per problem under GitHub Actions, as npm run check does', async () => {
    const report = await new ContentStore(folder, { cwd: root }).load();
    const printed = failure!.stdout.split('\n').filter((line) => line.startsWith('::'));
    expect(printed).toEqual(annotations(report.problems, { GITHUB_ACTIONS: 'true' }));
    for (const line of brokenEntryAnnotations(`${folder}/events/broken-entry.mdx`)) {
      expect(printed).toContain(line);
    }
  });
});
