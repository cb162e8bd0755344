/**
 * Reads YAML the same way for every file: frontmatter, sources, the topic file and locales.
 *
 * - YAML 1.2's core schema, so `2022-07-13` and `12:30` stay the text the editor wrote and
 *   `2014` is a number: nothing becomes a timestamp behind the editor's back.
 * - Duplicate keys and custom tags are refused, and so is a value written once and used
 *   twice through an anchor and alias: that is how a small file expands into a huge value.
 * - Nesting is bounded before parsing, because the parser recurses.
 *
 * Values come from js-yaml, the fastest of the two parsers the project has. Lines are needed
 * only for messages, so the `yaml` package, which keeps every node's position but is
 * about four times slower, parses the text again only when a message needs a line.
 */
import jsyaml from 'js-yaml';
import { isAlias, isMap, isNode, isPair, isScalar, isSeq, LineCounter, parseDocument, visit } from 'yaml';
import type { Document, Node as YamlNode, Pair, YAMLMap } from 'yaml';
import { INPUT_LIMITS } from './limits.ts';

export interface LineProblem {
  /** 1-based line in the file. */
  line: number;
  message: string;
}

export interface ParsedYaml {
  /** The plain value, or undefined when the YAML has errors. */
  value: unknown;
  problems: LineProblem[];
  /** The file line of a field, such as `['participants', 0, 'actor']`, or of its nearest parent. */
  lineOf(path: readonly PropertyKey[]): number;
}

/**
 * Parses YAML that starts on line `firstLine` of its file (2 for frontmatter below `---`), and
 * reports syntax errors, refused constructs and excessive nesting with their file lines.
 */
export function parseYaml(text: string, firstLine = 1): ParsedYaml {
  const offset = firstLine - 1;
  let positions: ((path: readonly PropertyKey[]) => number) | undefined;
  let document: { doc: Document; lineAt(position: number | undefined): number } | undefined;
  const located = () => {
    if (!document) {
      const lineCounter = new LineCounter();
      // Keys are already known to be unique (js-yaml refuses a repeated one), and the yaml
      // package's own check compares every key with every other.
      const doc = parseDocument(text, {
        version: '1.2',
        schema: 'core',
        lineCounter,
        prettyErrors: false,
        uniqueKeys: false,
      });
      document = {
        doc,
        lineAt: (position) => (position === undefined ? firstLine : lineCounter.linePos(position).line + offset),
      };
    }
    return document;
  };
  const lineOf = (path: readonly PropertyKey[]) => {
    positions ??= (p) => {
      const { doc, lineAt } = located();
      return lineAt(positionOf(doc.contents, p));
    };
    return positions(path);
  };
  const deep = tooDeep(text);
  if (deep !== undefined) {
    return {
      value: undefined,
      problems: [
        {
          line: deep + offset,
          message: `expected YAML nested at most ${INPUT_LIMITS.yamlDepth} levels deep, received deeper nesting`,
        },
      ],
      lineOf: () => firstLine,
    };
  }
  let value: unknown;
  try {
    value = jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA });
  } catch (error) {
    const { mark, reason } = error as { mark?: { line: number }; reason?: string };
    return {
      value: undefined,
      problems: [
        {
          line: mark ? mark.line + firstLine : firstLine,
          message: `expected valid YAML, received ${describeYamlError(reason ?? String(error))}`,
        },
      ],
      lineOf,
    };
  }
  const refused = refusedConstruct(value);
  if (refused !== undefined) {
    const { doc, lineAt } = located();
    let line = firstLine;
    const found = (node: YamlNode | null | undefined) => {
      line = lineAt(node?.range?.[0]);
      return visit.BREAK;
    };
    visit(doc, {
      Alias: (_, node) => (refused === 'alias' ? found(node) : undefined),
      Pair: (_, pair) =>
        refused === 'prototype' && isScalar(pair.key) && pair.key.value === PROTOTYPE_KEY
          ? found(pair.key)
          : undefined,
    });
    const message =
      refused === 'alias'
        ? 'expected each value written out, received an alias (*name) of another'
        : `expected field names the site knows, received ${PROTOTYPE_KEY} (delete it)`;
    return { value: undefined, problems: [{ line, message }], lineOf };
  }
  return { value: value ?? {}, problems: [], lineOf };
}

// js-yaml keeps a key `__proto__` as an ordinary field, but code that copies fields into an
// object would set the object's prototype instead, and Zod's records drop it without a word.
const PROTOTYPE_KEY = '__proto__';

/**
 * Whether the value holds what only a hostile file writes: a mapping or list that appears
 * twice, which only an alias can do (a small file then expands into a huge value), or a key
 * `__proto__`. Walks each object once, so it costs no more than the text it came from.
 */
function refusedConstruct(root: unknown): 'alias' | 'prototype' | undefined {
  const seen = new Set<object>();
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (value === null || typeof value !== 'object') continue;
    if (seen.has(value)) return 'alias';
    seen.add(value);
    if (!Array.isArray(value) && Object.hasOwn(value, PROTOTYPE_KEY)) return 'prototype';
    // One at a time: spreading a list of many thousand items into push() overflows the stack.
    for (const item of Array.isArray(value) ? value : Object.values(value)) stack.push(item);
  }
  return undefined;
}

function describeYamlError(reason: string): string {
  if (/duplicated mapping key/.test(reason)) return 'a field given twice (keep one)';
  if (/unknown tag/.test(reason)) {
    const tag = /!<tag:yaml\.org,2002:([^>]*)>/.exec(reason)?.[1];
    return `a custom tag${tag ? ` !!${tag}` : ''} (write the value plainly)`;
  }
  // The parser's own words, first sentence only, so the message stays on one line.
  return `a syntax error: ${reason.split('\n')[0]}`;
}

// Each mapping's pairs by key, made the first time a message asks for a line in it, so that
// a message for every one of many fields costs no more than reading them.
const pairIndexes = new WeakMap<object, Map<string, Pair>>();

function pairOf(map: YAMLMap, key: PropertyKey): Pair | undefined {
  let index = pairIndexes.get(map);
  if (!index) {
    index = new Map();
    for (const item of map.items) {
      if (isPair(item) && isScalar(item.key)) {
        const name = String(item.key.value);
        if (!index.has(name)) index.set(name, item);
      }
    }
    pairIndexes.set(map, index);
  }
  return index.get(String(key));
}

/** The offset of the node at `path`, or of the deepest existing node on the way there. */
function positionOf(root: unknown, path: readonly PropertyKey[]): number | undefined {
  let node: unknown = root;
  let position = isNode(node) ? node.range?.[0] : undefined;
  for (const part of path) {
    if (isMap(node)) {
      const pair = pairOf(node, part);
      if (!pair) return position;
      const key = pair.key as YamlNode;
      position = key.range?.[0] ?? position;
      node = pair.value;
    } else if (isSeq(node) && typeof part === 'number') {
      const item = node.items[part];
      if (!isNode(item) || isAlias(item)) return position;
      position = item.range?.[0] ?? position;
      node = item;
    } else {
      return position;
    }
  }
  return position;
}

/**
 * The first line at which the YAML nests deeper than the limit, counting indentation of block
 * collections and open brackets of flow collections, or undefined. One pass over the text,
 * before the recursive parser sees it. Brackets inside quoted text count too: that can only
 * refuse an absurd value, never let a deep one through.
 */
function tooDeep(text: string): number | undefined {
  const max = INPUT_LIMITS.yamlDepth;
  // Each block level indents at least one column more, and a list item's `- ` is a level of
  // its own; four columns per level is generous.
  const maxIndent = max * 4;
  let flow = 0;
  let line = 1;
  let lineStart = true;
  let indent = 0;
  for (let i = 0; i < text.length; i += 1) {
    const char = text.charCodeAt(i);
    if (char === 10) {
      line += 1;
      lineStart = true;
      indent = 0;
      continue;
    }
    // Spaces, tabs and the dashes of nested list items.
    if (lineStart && (char === 32 || char === 9 || char === 45)) {
      indent += 1;
      if (indent > maxIndent) return line;
      continue;
    }
    lineStart = false;
    if (char === 91 || char === 123) {
      flow += 1;
      if (flow > max) return line;
    } else if ((char === 93 || char === 125) && flow > 0) flow -= 1;
  }
  return undefined;
}
