/**
 * MDX bodies come from pull requests, and MDX is a programming language: `import`, `export`
 * and `{…}` run at build time. This guard parses a body the way MDX does and allows prose,
 * Markdown and the components in `ALLOWED_COMPONENTS` with plain string attributes, nothing else.
 */
import { mdxToMdast } from 'satteri';

/** Components editors may use in MDX bodies, with their attributes (required ones first). */
export const ALLOWED_COMPONENTS = {
  /** `<Cite source="id" />`: a numbered citation of a source. */
  Cite: { required: ['source'], optional: [] },
  /** `<Quote source="id" by="Speaker">…</Quote>`: a short, attributed and cited quotation. */
  Quote: { required: ['source', 'by'], optional: ['translatedFrom'] },
} as const satisfies Record<string, { required: readonly string[]; optional: readonly string[] }>;

export type ComponentName = keyof typeof ALLOWED_COMPONENTS;

/** A problem found in a body, with the 1-based line inside the body. */
export interface BodyProblem {
  line: number;
  message: string;
}

export interface BodyScan {
  problems: BodyProblem[];
  /** Source ids named by `source="…"`, in order of first appearance. */
  cited: string[];
}

interface MdNode {
  type: string;
  name?: string | null;
  url?: string;
  value?: unknown;
  attributes?: MdAttribute[];
  children?: MdNode[];
  position?: { start: { line: number } };
}

interface MdAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

const SAFE_URL = /^(?:https?:\/\/|mailto:|#|\/(?!\/)|\.{0,2}\/|[a-z0-9-]+\/?(?:#.*)?$)/i;

/** Whether a link or image URL is one an entry may use: web, mail, in-page or on the site. */
export function isSafeUrl(url: string): boolean {
  return SAFE_URL.test(url);
}

/** Parses an MDX body and reports everything that is not allowed in it. */
export function scanMdxBody(body: string): BodyScan {
  let tree: MdNode;
  try {
    // The same parser renders the body (src/lib/mdx-render.ts), so what passes here renders.
    tree = mdxToMdast(body, { position: true }) as unknown as MdNode;
  } catch (error) {
    // Sätteri's messages start with the place, as in `3:10: Unexpected character…`.
    const message = error instanceof Error ? error.message : String(error);
    const place = /^(\d+):\d+:\s*/.exec(message);
    return {
      problems: [
        {
          line: place ? Number(place[1]) : 1,
          message: `expected valid MDX, received a syntax error: ${message.slice(place?.[0].length ?? 0)}`,
        },
      ],
      cited: [],
    };
  }
  const problems: BodyProblem[] = [];
  const cited: string[] = [];
  walk(tree, (node) => {
    const line = node.position?.start.line ?? 1;
    switch (node.type) {
      case 'mdxjsEsm':
        problems.push({
          line,
          message:
            'expected prose and allowed components, received import/export (entries import nothing)',
        });
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        problems.push({
          line,
          message: 'expected prose, received a {…} expression (write a literal { as \\{)',
        });
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        problems.push(...checkComponent(node, line, cited));
        break;
      case 'link':
      case 'image':
      case 'definition':
        if (node.url !== undefined && !isSafeUrl(node.url)) {
          problems.push({
            line,
            message: `expected an http, https or relative link, received "${node.url}"`,
          });
        }
        break;
    }
  });
  return { problems, cited };
}

function checkComponent(node: MdNode, line: number, cited: string[]): BodyProblem[] {
  const name = node.name ?? '';
  const allowed = Object.keys(ALLOWED_COMPONENTS).join(', ');
  if (!(name in ALLOWED_COMPONENTS)) {
    const what = name === '' ? 'a fragment <>' : `<${name}>`;
    return [{ line, message: `expected one of the components ${allowed}, received ${what}` }];
  }
  const spec = ALLOWED_COMPONENTS[name as ComponentName];
  const known: readonly string[] = [...spec.required, ...spec.optional];
  const problems: BodyProblem[] = [];
  const given = new Set<string>();
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || attribute.name === undefined) {
      problems.push({
        line,
        message: `expected plain attributes on <${name}>, received a {…} spread`,
      });
      continue;
    }
    if (!known.includes(attribute.name)) {
      problems.push({
        line,
        message: `expected attributes ${known.join(', ')} on <${name}>, received ${attribute.name}`,
      });
      continue;
    }
    if (typeof attribute.value !== 'string') {
      problems.push({
        line,
        message: `expected ${attribute.name}="…" as a plain string on <${name}>, received ${
          attribute.value === null || attribute.value === undefined
            ? 'no value'
            : 'a {…} expression'
        }`,
      });
      continue;
    }
    given.add(attribute.name);
    if (attribute.name === 'source' && !cited.includes(attribute.value))
      cited.push(attribute.value);
  }
  for (const required of spec.required) {
    if (!given.has(required) && !problems.some((p) => p.message.includes(` ${required}=`))) {
      problems.push({ line, message: `expected ${required}="…" on <${name}>, received none` });
    }
  }
  return problems;
}

function walk(node: MdNode, visit: (node: MdNode) => void): void {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}
