/**
 * The JSON-LD gate: every page's `<script type="application/ld+json">` blocks, type-checked as
 * schema.org with `schema-dts` (types generated from the schema.org vocabulary) and the
 * TypeScript compiler, in memory. A property a type does not have, a value of the wrong type
 * (a `Country` as an `attendee`) or an unknown `@type` is a compile error, reported against the
 * page and the path of the offending node.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import ts from 'typescript';
import { DomUtils, parseDocument } from 'htmlparser2';
import { root } from '../helpers/site.ts';
import { htmlPages } from './gates.ts';

/** One JSON-LD block of a page, parsed, or the reason it could not be. */
export interface JsonLdBlock {
  /** The page's file and the block's number on it, such as `actors/russia/index.html#0`. */
  name: string;
  data?: unknown;
  error?: string;
}

/** Every JSON-LD block of every page, and one problem for each page that has none. */
export async function jsonLdBlocks(
  dir: string,
): Promise<{ blocks: JsonLdBlock[]; missing: string[] }> {
  const blocks: JsonLdBlock[] = [];
  const missing: string[] = [];
  for (const page of await htmlPages(dir)) {
    const document = parseDocument(await readFile(path.join(dir, page.file), 'utf8'));
    const scripts = DomUtils.findAll(
      (element) =>
        element.name === 'script' && element.attribs.type?.toLowerCase() === 'application/ld+json',
      document.children,
    );
    if (scripts.length === 0) missing.push(`${page.file}: expected a JSON-LD block, found none`);
    scripts.forEach((script, index) => {
      const name = `${page.file}#${index}`;
      try {
        blocks.push({ name, data: JSON.parse(DomUtils.textContent(script)) });
      } catch (error) {
        blocks.push({ name, error: `not JSON: ${(error as Error).message}` });
      }
    });
  }
  return { blocks, missing };
}

/**
 * The page types a block may declare at its top. A type outside the list fails before the type
 * check, so a block cannot pass by naming a type nobody meant to publish.
 */
export const TOP_LEVEL_TYPES = new Set([
  'WebSite',
  'WebPage',
  'ProfilePage',
  'CollectionPage',
  'Article',
]);

/** Properties whose values are schema.org `Date` or `DateTime`, which schema-dts types as any string. */
const DATE_PROPERTIES = new Set([
  'startDate',
  'endDate',
  'datePublished',
  'dateModified',
  'dateCreated',
  'foundingDate',
  'dissolutionDate',
  'birthDate',
  'deathDate',
]);

/** ISO 8601 as schema.org uses it: a year, a month, a day, or a day and a time with a zone. */
const ISO_8601 =
  /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01])(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?)?)?$/;

/** A typed node of a block and where it occurs. */
interface Node {
  /** The name its parents refer to it by. */
  name: string;
  /** The TypeScript declaration that checks it. */
  declaration: string;
  occurrences: string[];
}

/**
 * Schema.org problems in every block of the build: JSON that does not parse, a missing or wrong
 * `@context`, an unexpected top-level type, a date that is not ISO 8601, and whatever the
 * TypeScript compiler finds when each typed node is checked against its `@type` in schema-dts.
 */
export async function jsonLdErrors(dir: string): Promise<string[]> {
  const { blocks, missing } = await jsonLdBlocks(dir);
  const problems = [...missing];
  // Each typed node (an object with an `@type`) becomes one declaration, checked against its
  // own type; its parent refers to it by name, typed as schema-dts's type for it. So a node is
  // checked once against its type, and its place in the parent is checked as a type, not as a
  // literal against the union of every schema.org type, which costs seconds per block. Nodes
  // of the same shape share a declaration.
  const nodes = new Map<string, Node>();
  const declare = (value: Record<string, unknown>, where: string): string => {
    const type = value['@type'];
    const fields = Object.entries(value).map(
      ([key, child]) => `${JSON.stringify(key)}: ${literal(child, key, `${where}.${key}`)}`,
    );
    const annotation =
      typeof type === 'string' && /^[A-Za-z]+$/.test(type) ? `S.${type}` : 'S.Thing';
    const body = `{ ${fields.join(', ')} }`;
    const key = `${annotation}\u0000${body}`;
    let node = nodes.get(key);
    if (!node) {
      const name = `n${nodes.size}`;
      node = { name, declaration: `const ${name}: ${annotation} = ${body};`, occurrences: [] };
      nodes.set(key, node);
    }
    node.occurrences.push(where);
    return node.name;
  };
  const literal = (value: unknown, key: string, where: string): string => {
    if (Array.isArray(value)) {
      return `[${value.map((item, i) => literal(item, key, `${where}[${i}]`)).join(', ')}]`;
    }
    if (value !== null && typeof value === 'object') {
      const object = value as Record<string, unknown>;
      if ('@type' in object) return declare(object, where);
      const fields = Object.entries(object).map(
        ([k, child]) => `${JSON.stringify(k)}: ${literal(child, k, `${where}.${k}`)}`,
      );
      return `{ ${fields.join(', ')} }`;
    }
    if (typeof value === 'string') {
      if (DATE_PROPERTIES.has(key) && !ISO_8601.test(value)) {
        problems.push(`${where}: ${key} "${value}" is not an ISO 8601 date`);
      }
      return JSON.stringify(standIn(value, key));
    }
    return JSON.stringify(value);
  };
  for (const block of blocks) {
    if (block.error !== undefined) {
      problems.push(`${block.name}: ${block.error}`);
      continue;
    }
    const data = block.data as Record<string, unknown> | null;
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
      problems.push(`${block.name}: expected an object`);
      continue;
    }
    if (data['@context'] !== 'https://schema.org') {
      problems.push(
        `${block.name}: expected "@context": "https://schema.org", received ${JSON.stringify(data['@context'])}`,
      );
      continue;
    }
    const type = data['@type'];
    if (typeof type !== 'string' || !TOP_LEVEL_TYPES.has(type)) {
      problems.push(`${block.name}: unexpected top-level @type ${JSON.stringify(type)}`);
      continue;
    }
    // The context was checked above; the rest is a node like any other.
    const { '@context': _context, ...node } = data;
    declare(node, block.name);
  }
  problems.push(...typeCheck([...nodes.values()]));
  return problems;
}

/**
 * Free text only ever meets `string`, so one stand-in serves for all of it and nodes that
 * differ only in their words share a declaration. Kept as they are: keywords, enumeration
 * members (`EventScheduled`, `True`), schema.org URLs and numbers, which schema-dts types as
 * literals.
 */
function standIn(value: string, key: string): string {
  if (key.startsWith('@')) return value;
  if (/^https?:\/\/schema\.org\/\w+$/.test(value)) return value;
  if (/^[A-Za-z]+$/.test(value) || /^-?\d+(?:\.\d+)?$/.test(value)) return value;
  return 'text';
}

/** Compiles the declarations in memory and maps each diagnostic to the nodes it concerns. */
function typeCheck(nodes: Node[]): string[] {
  const lines = ["import type * as S from 'schema-dts';", ...nodes.map((n) => n.declaration)];
  const source = lines.join('\n');
  // A file name at the project root, so that `schema-dts` resolves from its node_modules.
  const fileName = path.join(root, '__structured-data-check__.ts');
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2022.d.ts'],
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (file, language, ...rest) =>
    file === fileName
      ? ts.createSourceFile(file, source, language)
      : getSourceFile(file, language, ...rest);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (file) => file === fileName || fileExists(file);
  const readSource = host.readFile.bind(host);
  host.readFile = (file) => (file === fileName ? source : readSource(file));
  const program = ts.createProgram([fileName], options, host);
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    // The first line of the message says what is wrong; the rest walks through the union of
    // every schema.org type and ends at an arbitrary member of it.
    const text = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n').split('\n')[0]!;
    if (diagnostic.file?.fileName !== fileName || diagnostic.start === undefined) {
      return `schema-dts: TS${diagnostic.code} ${text}`;
    }
    const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    const node = nodes[line - 1];
    const [first, ...others] = node?.occurrences ?? ['(unknown node)'];
    // An error inside a node's declaration is reported at the property it is about.
    const property = propertyAt(source, diagnostic.start, diagnostic.length ?? 0);
    const more = others.length > 0 ? ` (and ${others.length} more of the same shape)` : '';
    return `${first}${property ? `.${property}` : ''}${more}: ${text.slice(0, 300)} (TS${diagnostic.code})`;
  });
}

/**
 * The property an error in a declaration is about: the key itself when the error is on a key
 * (an unknown property), or the key whose value holds the reference the error is on (a node of
 * a type the property does not take).
 */
function propertyAt(source: string, start: number, length: number): string | undefined {
  const at = source.slice(start, start + length);
  if (/^"[^"@][^"]*"$/.test(at)) return JSON.parse(at) as string;
  const before = source.slice(source.lastIndexOf('\n', start) + 1, start);
  const keys = [...before.matchAll(/"([^"@][^"]*)": /g)];
  return keys.at(-1)?.[1];
}
