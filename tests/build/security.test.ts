import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildSite, root } from '../helpers/site.ts';
import { securityProblems } from '../site/gates.ts';

async function copyContent(): Promise<string> {
  const content = await mkdtemp(path.join(os.tmpdir(), 'explainer-content-'));
  await cp(path.join(root, 'content'), content, { recursive: true });
  return content;
}

async function appendToBody(content: string, entry: string, text: string): Promise<void> {
  const file = path.join(content, entry);
  await writeFile(file, `${await readFile(file, 'utf8')}\n${text}\n`);
}

describe('content from a pull request', () => {
  test('cannot run code at build time through MDX import, export or expressions', async () => {
    const content = await copyContent();
    const marker = path.join(await mkdtemp(path.join(os.tmpdir(), 'explainer-marker-')), 'ran');
    await appendToBody(
      content,
      'events/ukraine-severs-dprk.mdx',
      [
        "import { writeFileSync } from 'node:fs';",
        '',
        `export const ran = writeFileSync(${JSON.stringify(`${marker}-export`)}, 'export');`,
        '',
        `{writeFileSync(${JSON.stringify(`${marker}-expression`)}, 'expression')}`,
        '',
        '<Script>{"unknown component"}</Script>',
      ].join('\n'),
    );
    const outDir = await mkdtemp(path.join(os.tmpdir(), 'explainer-out-'));

    const failure = await buildSite({ contentDir: content, outDir }).then(
      () => undefined,
      (error: { log: string }) => error,
    );

    expect(failure, 'the build should have failed').toBeDefined();
    expect(failure!.log).toMatch(/ukraine-severs-dprk\.mdx:\d+: body: /);
    expect(failure!.log).toContain('received import/export');
    expect(failure!.log).toContain('received a {…} expression');
    expect(failure!.log).toContain('received <Script>');
    expect(existsSync(`${marker}-export`)).toBe(false);
    expect(existsSync(`${marker}-expression`)).toBe(false);
    expect(await readdir(outDir)).toEqual([]);
  });

  test('renders Markdown links off the site with rel="noopener noreferrer" and on it under the base path', async () => {
    const content = await copyContent();
    await appendToBody(
      content,
      'events/ukraine-severs-dprk.mdx',
      'See [the ministry](https://mfa.gov.ua/en "Ministry") and [Ukraine](/actors/ukraine/).',
    );
    const base = '/explainer/';

    const { outDir } = await buildSite({ contentDir: content, base });

    const html = await readFile(path.join(outDir, 'events/ukraine-severs-dprk/index.html'), 'utf8');
    expect(html).toMatch(
      /<a href="https:\/\/mfa\.gov\.ua\/en"[^>]*rel="noopener noreferrer"[^>]*>the ministry<\/a>/,
    );
    expect(html).toMatch(/<a href="\/explainer\/actors\/ukraine\/"(?![^>]*rel=)[^>]*>Ukraine<\/a>/);
    expect(await securityProblems(outDir, 'https://explainer.example.org')).toEqual([]);
  });
});
