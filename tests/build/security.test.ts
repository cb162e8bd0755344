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

  test('publishes what looks like a mistake but is not exactly as the check read it, and safely', async () => {
    const content = await copyContent();
    for (const fixture of ['yaml-timestamps', 'cite-in-inline-code']) {
      await cp(path.join(root, 'tests/fixtures/legitimate', fixture), content, { recursive: true });
    }
    await appendToBody(
      content,
      'events/ukraine-severs-dprk.mdx',
      [
        'A note[^n], a bare address www.mfa.gov.ua/en and a mail address press@example.org.',
        '',
        '| Date | What |',
        '| - | - |',
        '| 13 July | `<script>alert(1)</script>` <Cite source="kyiv-post-2022-07-13" /> |',
        '',
        '```html',
        '<img src=x onerror=alert(1)>',
        '```',
        '',
        '[^n]: A footnote with [a link](https://www.kyivpost.com/post/2278 "a\\" onmouseover=\\"x").',
      ].join('\n'),
    );

    const { outDir } = await buildSite({ contentDir: content });

    const page = (file: string) => readFile(path.join(outDir, file), 'utf8');
    // YAML 1.1 would have read these as timestamps; the check read text, and so does the build.
    expect(await page('events/timestamp-title/index.html')).toContain('2022-07-13T10:00:00Z');
    expect(await page('feed.xml')).toContain('<title>2022-07-13T10:00:00Z</title>');
    expect(await page('sources/timestamp-publisher/index.html')).toContain('2022-07-14');
    expect(await page('events/cite-in-inline-code/index.html')).toContain(
      '<code>&lt;Cite source="no-such-source" /&gt;</code>',
    );
    const severs = await page('events/ukraine-severs-dprk/index.html');
    expect(severs).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(severs).toMatch(/<a href="http:\/\/www\.mfa\.gov\.ua\/en" rel="noopener noreferrer">/);
    expect(await securityProblems(outDir, 'https://explainer.example.org')).toEqual([]);
  });
});
