/**
 * Renders an entry's MDX body to HTML while the content is loaded, as data: the body is parsed
 * with Sätteri, the MDX parser `@astrojs/mdx` itself uses, and its allowed components are
 * turned into plain elements here. The body is never compiled into a JavaScript module, so it
 * cannot run code, and the build does not bundle one module per entry: that bundling is what
 * made memory and build time grow with the corpus (see docs/performance.md).
 *
 * The checker has already reported every disallowed construct with its line. This renderer
 * refuses the same constructs again, so nothing unsafe is published even if a build skips it.
 */
import { toHtml } from 'hast-util-to-html';
import { mdxToHast } from 'satteri';
import { isSafeUrl, type ComponentName } from './mdx-guard.ts';

export interface RenderOptions {
  /** The entry's numbered reference list (see `referenceList`): it numbers the citations. */
  references: readonly string[];
  /** The site's base path, such as `/` or `/explainer/`, for site-relative links. */
  base: string;
  /**
   * How a quotation translated from another language says so: the note for the original's
   * language tag, and the page where the original wording is quoted.
   */
  translation?: { note(language: string): string; original: string } | undefined;
}

interface HastNode {
  type: string;
  tagName?: string;
  name?: string | null;
  value?: string;
  properties?: Record<string, unknown>;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: HastNode[];
  data?: unknown;
}

/** The parser's options: the Markdown features Astro enables for MDX by default. */
const FEATURES = { gfm: true, smartPunctuation: true } as const;

/** Renders a body to HTML, or throws naming the first construct an entry may not use. */
export function renderMdxBody(body: string, options: RenderOptions): string {
  const tree = mdxToHast(body, { features: FEATURES, position: false }) as unknown as HastNode;
  return toHtml(transform(tree, options) as Parameters<typeof toHtml>[0]);
}

function transform(node: HastNode, options: RenderOptions): HastNode {
  switch (node.type) {
    case 'root':
    case 'element': {
      const children = (node.children ?? []).map((child) => transform(child, options));
      if (node.tagName === 'a' || node.tagName === 'img') checkUrl(node);
      if (node.tagName === 'a') return link(node, children, options.base);
      return { ...node, children };
    }
    case 'text':
    case 'comment':
      return node;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return component(node, options);
    default:
      // mdxjsEsm, {…} expressions and raw HTML: the checker explains each of them.
      throw new Error(`expected prose and allowed components, received ${node.type}`);
  }
}

function checkUrl(node: HastNode): void {
  const url = String(node.properties?.href ?? node.properties?.src ?? '');
  if (!isSafeUrl(url))
    throw new Error(`expected an http, https or relative link, received "${url}"`);
}

/**
 * Links off the site get `rel="noopener noreferrer"`, so the page they open can neither reach
 * back into this one nor learn where the reader came from. Site-relative links such as
 * `/actors/ukraine/` get the base path, so they work wherever the site is published.
 */
function link(node: HastNode, children: HastNode[], base: string): HastNode {
  const href = String(node.properties?.href ?? '');
  const properties: Record<string, unknown> = { ...node.properties };
  if (/^https?:\/\//i.test(href)) properties.rel = ['noopener', 'noreferrer'];
  else if (/^\/(?!\/)/.test(href)) properties.href = `${base}${href.slice(1)}`;
  return { ...node, properties, children };
}

function component(node: HastNode, options: RenderOptions): HastNode {
  const props = attributes(node);
  const name = (node.name ?? '') as ComponentName;
  switch (name) {
    case 'Cite':
      return citation(props.source, options.references);
    case 'Quote':
      return quotation(node, props, options);
    default:
      throw new Error(`expected one of the components Cite, Quote, received <${node.name}>`);
  }
}

function attributes(node: HastNode): Record<string, string> {
  const props: Record<string, string> = {};
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string') {
      throw new Error(`expected plain string attributes on <${node.name}>`);
    }
    props[attribute.name ?? ''] = attribute.value;
  }
  return props;
}

/** `[n]`, a numbered marker linking to the page's reference list. */
function citation(source: string | undefined, references: readonly string[]): HastNode {
  if (!source) throw new Error('expected source="…" on a citation, received none');
  const n = references.indexOf(source) + 1;
  const label = n > 0 ? String(n) : '?';
  return element('sup', { className: ['cite'] }, [
    element('a', { href: `#ref-${source}`, ariaLabel: `Source ${label}` }, [text(`[${label}]`)]),
  ]);
}

/** A short quotation, attributed to its speaker and cited. */
function quotation(node: HastNode, props: Record<string, string>, options: RenderOptions) {
  if (!props.by) throw new Error('expected by="…" on <Quote>, received none');
  const children = (node.children ?? []).map((child) => transform(child, options));
  const caption = [text(`— ${props.by}`), citation(props.source, options.references)];
  if (props.translatedFrom && options.translation) {
    caption.push(
      text(' · '),
      element('a', { className: ['quote-translation'], href: options.translation.original, hrefLang: props.translatedFrom }, [
        text(options.translation.note(props.translatedFrom)),
      ]),
    );
  }
  return element('figure', { className: ['quote'] }, [
    element('blockquote', {}, children),
    element('figcaption', {}, caption),
  ]);
}

function element(tagName: string, properties: Record<string, unknown>, children: HastNode[]) {
  return { type: 'element', tagName, properties, children };
}

function text(value: string): HastNode {
  return { type: 'text', value };
}
