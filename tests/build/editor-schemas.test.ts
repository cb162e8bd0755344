/**
 * What VS Code's Astro extension checks MDX frontmatter against. `astro sync` (which `astro dev`
 * and `astro build` run first) writes each collection's JSON Schema and the list of its entry
 * files to `.astro/collections/`; the Astro language server, which the extension runs, reads
 * them and validates the frontmatter of each listed file with the YAML language server. This
 * syncs from an Astro root of the test's own and runs that server headlessly, as the extension
 * does, on a copy of the real content.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { folderJsonSchemas, writeFolderJsonSchemas } from '../../src/checker/json-schemas.ts';
import { listContent } from '../../src/checker/read.ts';
import { COLLECTION_FOLDERS, COLLECTION_NAMES } from '../../src/lib/content/layout.ts';
import { schemaModeline } from '../../src/schemas/json-schema.ts';
import { topicStarter } from '../../scripts/topic-starter.ts';
import { LanguageClient, type Diagnostic, type PublishDiagnosticsParams } from '../helpers/lsp.ts';
import { newAstroRoot, root, runAstro } from '../helpers/site.ts';

/** The content folders whose JSON Schemas are committed. */
const FOLDERS = ['content', 'examples/saudi-iran'];

const astroRoots = new Map<string, string>();
// The real content, copied out of the project: the language server also starts TypeScript on
// each file it opens, which inside the project would load the whole project first and double
// the time this takes. What the frontmatter is checked against is the same.
let copy: string;

beforeAll(async () => {
  copy = await mkdtemp(path.join(os.tmpdir(), 'explainer-editor-'));
  await cp(path.join(root, 'content'), copy, { recursive: true });
  await Promise.all(
    FOLDERS.map(async (folder) => {
      const astroRoot = await newAstroRoot('editor-');
      astroRoots.set(folder, astroRoot);
      await runAstro('sync', { astroRoot, contentDir: folder === 'content' ? copy : folder });
    }),
  );
});

afterAll(async () => {
  for (const dir of [copy, ...astroRoots.values()]) {
    if (dir) await rm(dir, { recursive: true, force: true });
  }
});

/** A file of the copied content. */
const copied = (relative: string) => path.join(copy, relative);
const BROKEN = 'events/russia-recognises-dpr-lpr.mdx';
/** An entry dated by its year alone, which YAML reads as a number. */
const YEAR_ONLY = 'events/dpr-lpr-proclaimed.mdx';

async function readJson(file: string): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
}

function astroFile(folder: string, name: string): string {
  return path.join(astroRoots.get(folder) ?? '', '.astro/collections', name);
}

describe('the JSON Schemas Astro writes for the editor', () => {
  test.each(FOLDERS)(
    "are those of %s/schemas/, but for the header and Astro's $schema field",
    async (folder) => {
      const ours = new Map(
        (await folderJsonSchemas(folder, root)).map(({ file, text }) => [file, JSON.parse(text)]),
      );
      for (const name of COLLECTION_NAMES) {
        const astro = await readJson(astroFile(folder, `${name}.schema.json`));
        const committed = ours.get(`${COLLECTION_FOLDERS[name].singular}.schema.json`);
        // Astro lets any frontmatter name a `$schema`; the committed files carry an id and title.
        delete (astro.properties as Record<string, unknown>).$schema;
        for (const key of ['$id', 'title', 'description']) delete committed[key];
        expect(astro, `${folder}: ${name}`).toEqual(committed);
      }
    },
  );

  test('come with a list of every entry file, for the editor to find its collection', async () => {
    const manifest = (await readJson(astroFile('content', 'collections.json'))) as {
      entries: Record<string, string>;
    };
    expect(manifest.entries[pathToFileURL(copied(BROKEN)).href.toLowerCase()]).toBe('events');
  });
});

describe('the Astro language server, as VS Code runs it', () => {
  let server: LanguageClient;

  beforeAll(async () => {
    const astroRoot = astroRoots.get('content') ?? '';
    server = new LanguageClient(
      process.execPath,
      [path.join(root, 'node_modules/@astrojs/language-server/bin/nodeServer.js'), '--stdio'],
      { cwd: astroRoot, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } },
    );
    const folder = pathToFileURL(astroRoot).href;
    await server.request('initialize', {
      processId: process.pid,
      rootUri: folder,
      workspaceFolders: [{ uri: folder, name: 'explainer' }],
      capabilities: { textDocument: { publishDiagnostics: {}, diagnostic: {} } },
      // What the Astro extension sends with `astro.content-intellisense` on.
      initializationOptions: {
        typescript: { tsdk: path.join(root, 'node_modules/typescript/lib') },
        contentIntellisense: true,
      },
    });
    server.notify('initialized', {});
  });

  afterAll(async () => {
    await server?.stop();
  });

  /** Opens a file of the copied content in the server, with `text` as its unsaved content. */
  function open(relative: string, text: string): string {
    const uri = pathToFileURL(copied(relative)).href;
    server.notify('textDocument/didOpen', {
      textDocument: { uri, languageId: 'mdx', version: 1, text },
    });
    return uri;
  }

  test('reports a wrong kind and an impossible date in the frontmatter, naming each field', async () => {
    // Unsaved text in the editor: the file on disk stays valid, as `astro sync` needs it.
    const text = (await readFile(copied(BROKEN), 'utf8'))
      .replace(/^kind: .*$/m, 'kind: celebration')
      .replace(/^date: .*$/m, 'date: 2022-02-30');
    const uri = pathToFileURL(copied(BROKEN)).href;
    const published = server.waitFor<PublishDiagnosticsParams>(
      'textDocument/publishDiagnostics',
      (params) => params.uri === uri && params.diagnostics.length > 0,
      60_000,
    );
    open(BROKEN, text);
    const { diagnostics } = await published;

    const lines = text.split('\n');
    const found = diagnostics.map((d) => ({ line: lines[d.range.start.line], message: d.message }));
    expect(found).toHaveLength(2);
    expect(found).toEqual(
      expect.arrayContaining([
        { line: 'date: 2022-02-30', message: expect.stringMatching(/^date: expected a real date/) },
        {
          line: 'kind: celebration',
          message: expect.stringMatching(/^kind: expected one of recognition, /),
        },
      ]),
    );
  });

  /** The diagnostics the server has for an open file, computed on request. */
  async function diagnosticsOf(uri: string): Promise<Diagnostic[]> {
    const report = await server.request<{ items: Diagnostic[] }>('textDocument/diagnostic', {
      textDocument: { uri },
    });
    return report.items;
  }

  test('accepts a date written as a bare year', async () => {
    const text = await readFile(copied(YEAR_ONLY), 'utf8');
    expect(text).toMatch(/^date: \d{4}$/m);
    expect(await diagnosticsOf(open(YEAR_ONLY, text))).toEqual([]);
  });

  test('finds nothing wrong in any entry of the content folder', async () => {
    const { files } = await listContent(copy);
    const entries = files.filter(
      ({ placement }) => placement.role === 'entry' && placement.lang === undefined,
    );
    const found: string[] = [];
    for (const { relative } of entries.filter((file) => file.relative.endsWith('.mdx'))) {
      const text = await readFile(copied(relative), 'utf8');
      const diagnostics = await diagnosticsOf(open(relative, text));
      found.push(...diagnostics.map((d) => `${relative}:${d.range.start.line + 1}: ${d.message}`));
    }
    expect(found).toEqual([]);
  });
});

describe('the YAML language server, with the repository’s editor settings', () => {
  let server: LanguageClient;
  let topicFolder: string;

  beforeAll(async () => {
    // As VS Code's YAML extension passes `yaml.schemas`: each path resolved in the workspace.
    const settings = (await readJson(path.join(root, '.vscode/settings.json')))[
      'yaml.schemas'
    ] as Record<string, string | string[]>;
    const schemas = Object.fromEntries(
      Object.entries(settings).map(([schema, files]) => [
        pathToFileURL(path.resolve(root, schema)).href,
        files,
      ]),
    );
    server = new LanguageClient(
      process.execPath,
      [path.join(root, 'node_modules/yaml-language-server/bin/yaml-language-server'), '--stdio'],
      {
        cwd: root,
        configuration: (section) => (section === 'yaml' ? { validate: true, schemas } : null),
      },
    );
    const folder = pathToFileURL(root).href;
    await server.request('initialize', {
      processId: process.pid,
      rootUri: folder,
      workspaceFolders: [{ uri: folder, name: 'explainer' }],
      capabilities: { workspace: { configuration: true } },
    });
    server.notify('initialized', {});
    // The server reads its settings when told they changed.
    server.notify('workspace/didChangeConfiguration', { settings: {} });

    // A topic folder outside the project, as `npm run new -- topic` starts one.
    topicFolder = await mkdtemp(path.join(os.tmpdir(), 'explainer-topic-'));
    for (const [name, text] of Object.entries(topicStarter({ language: 'en' }))) {
      await writeFile(path.join(topicFolder, name), text);
    }
    await writeFolderJsonSchemas(topicFolder);
  });

  afterAll(async () => {
    await server?.stop();
    if (topicFolder) await rm(topicFolder, { recursive: true, force: true });
  });

  let version = 0;

  /** The diagnostics of a YAML file opened with `text`, as `line: message`. */
  async function diagnose(file: string, text: string, some = true): Promise<string[]> {
    const uri = pathToFileURL(file).href;
    const published = server.waitFor<PublishDiagnosticsParams>(
      'textDocument/publishDiagnostics',
      (params) => params.uri === uri && (!some || params.diagnostics.length > 0),
      30_000,
    );
    server.notify('textDocument/didOpen', {
      textDocument: { uri, languageId: 'yaml', version: ++version, text },
    });
    const { diagnostics } = await published;
    server.notify('textDocument/didClose', { textDocument: { uri } });
    const lines = text.split('\n');
    return diagnostics.map((d) => `${lines[d.range.start.line]} → ${d.message}`);
  }

  const BAD_SOURCE = [
    'description: A report.',
    'publisher: A publisher',
    'url: ftp://example.org/report',
    'published: 2022-02-30',
    'language: en',
    '',
  ].join('\n');

  test.each(FOLDERS)('checks the sources of %s against their schema', async (folder) => {
    expect(await diagnose(path.join(root, folder, 'sources/new-source.yaml'), BAD_SOURCE)).toEqual([
      'url: ftp://example.org/report → url: expected an http or https address',
      'published: 2022-02-30 → published: expected a real date written YYYY, YYYY-MM or YYYY-MM-DD',
    ]);
  });

  test('finds nothing wrong in any YAML file of the content folders', async () => {
    const files = await Promise.all(
      FOLDERS.map(async (folder) =>
        (await listContent(path.join(root, folder))).files
          .filter((file) => file.relative.endsWith('.yaml'))
          .map((file) => path.join(folder, file.relative)),
      ),
    );
    // All at once: the server waits a moment after each file opens before it checks it.
    const found = await Promise.all(
      files.flat().map(async (relative) => {
        const file = path.join(root, relative);
        const problems = await diagnose(file, await readFile(file, 'utf8'), false);
        return problems.map((problem) => `${relative}: ${problem}`);
      }),
    );
    expect(found.flat()).toEqual([]);
  });

  test('checks a topic file against its schema', async () => {
    const file = path.join(root, 'examples/saudi-iran/topic.yaml');
    const text = (await readFile(file, 'utf8')).replace(/^title: .*$/m, '$&\nsubtitle: none');
    expect(await diagnose(file, text)).toEqual([
      'subtitle: none → Property subtitle is not allowed.',
    ]);
  });

  test('follows the first line of the files the scaffolder writes, in any folder', async () => {
    const topic = path.join(topicFolder, 'topic.yaml');
    const text = (await readFile(topic, 'utf8')).replace(/^ {4}schemaType: Country$/m, '$&s');
    expect(await diagnose(topic, text)).toEqual([
      expect.stringMatching(/^ {4}schemaType: Countrys → schemaType: expected one of Person, /),
    ]);
    const source = path.join(topicFolder, 'sources/new-source.yaml');
    expect(await diagnose(source, `${schemaModeline('source', 1)}\n${BAD_SOURCE}`)).toHaveLength(2);
  });
});
