/**
 * An entry's MDX body, checked and rendered in one Sätteri parse. MDX is a programming
 * language (`import`, `export` and `{…}` run at build time) and bodies come from pull
 * requests, so a body may hold only prose, Markdown and two components, `<Cite>` and `<Quote>`
 * with plain string attributes; everything else is reported with its line. The body is never
 * compiled into code: the components become plain HTML here.
 *
 * The body is parsed once, as MDX, into a tree that stays in Sätteri's native arena. Two
 * plugins, written as typed visitors, run over it:
 *
 * - `bodyMdastPlugin` (Markdown tree, with source positions): reports every construct an entry
 *   may not use, with its line, through `ctx.report`; turns `<Cite>` and `<Quote>` into plain
 *   nodes (`sup`, `figure`) numbered in order of first appearance; gives h2–h6 unique ids.
 * - `bodyHastPlugin` (HTML tree): prefixes site-relative links and images with the base path
 *   and gives links off the site `rel="noopener noreferrer"`.
 *
 * Sätteri has no `mdxToHtml`, so the pipeline is driven by hand with the step-by-step API
 * Sätteri exports for that purpose (its own playground renders MDX the same way):
 * `createMdxMdastHandle` → `visitMdastHandle` → `convertMdastToHastHandle` → `visitHastHandle`
 * → `renderHandle`. Its HTML renderer drops every MDX node a plugin leaves in the tree (ESM,
 * `{…}` expressions, JSX), so what is not turned into a plain node is never published.
 */
import GithubSlugger from 'github-slugger';
import {
  applyCommandsToMdastHandle,
  convertMdastToHastHandle,
  createMdxMdastHandle,
  defineHastPlugin,
  defineMdastPlugin,
  dropHandle,
  renderHandle,
  resolveHastSubscriptions,
  resolveMdastSubscriptions,
  visitHastHandle,
  visitMdastHandle,
  type Custom,
  type Data,
  type Features,
  type HastDiagnostic,
  type MdastDiagnostic,
  type MdastTarget,
  type MdastVisitorContext,
  type MdxJsxFlowElement,
  type MdxJsxTextElement,
} from 'satteri';
import type { Blockquote, Definition, Image, Link, LinkReference, Nodes as Node } from 'mdast';
import { LANGUAGE_PATTERN } from '../ids.ts';
import { isPublicWebUrl } from '../urls.ts';
import { guardBody } from './body-guard.ts';
import { INPUT_LIMITS } from './limits.ts';

/** Components editors may use, with their required and optional attributes. */
const COMPONENTS = new Map<string, { readonly required: readonly string[]; readonly optional: readonly string[] }>([
  /** `<Cite source="id" />`: a numbered citation of a source. */
  ['Cite', { required: ['source'], optional: [] }],
  /**
   * `<Quote source="id" by="Speaker">…</Quote>`: a short, attributed and cited quotation;
   * `translatedFrom="en"` marks a quotation translated from the language of its original.
   */
  ['Quote', { required: ['source', 'by'], optional: ['translatedFrom'] }],
]);

/** The component names, for messages. */
export const COMPONENT_NAMES = [...COMPONENTS.keys()];

/** Ids the pages themselves use, which a heading in a body must never take. */
const PAGE_IDS = [
  'main',
  'account',
  'participants',
  'references',
  'disputes',
  'events',
  'relations',
  'relations-changed',
  'related',
  'responses',
  'in-response-to',
  'cited-by',
  'site-search',
];

/** The Markdown features Astro enables for MDX by default. */
export const FEATURES = { gfm: true, smartPunctuation: true } as const satisfies Features;

// Web, mail, in-page and site links. Unlike the old pattern (`\.{0,2}\/`), `//host` and
// `/\host` do not pass as site-relative: browsers read both as links to another host.
const SAFE_URL = /^(?:https?:\/\/|mailto:|#|\/(?![/\\])|\.{1,2}\/|[a-z0-9-]+\/?(?:#.*)?$)/i;

export interface BodyProblem {
  /** 1-based line in the file. */
  line: number;
  message: string;
}

export interface BodyOptions {
  /** The file line the body starts on, so that problems name file lines. */
  firstLine: number;
  /** The base path site-relative links and images get, such as `/` or `/explainer/uk/`. */
  base: string;
  /** The sources the entry lists: after the cited ones, they complete its reference list. */
  listed: readonly string[];
  /** How a quotation translated from another language says so, and links to the original. */
  translation?: { note(language: string): string; original: string } | undefined;
}

export interface ProcessedBody {
  /** The body as HTML, or '' when it has problems. */
  html: string;
  problems: BodyProblem[];
  /** Source ids cited, in order of first citation. */
  cited: string[];
  /** Every citation with its file line, for the checks across files. */
  citations: { source: string; line: number }[];
  /** The numbered reference list: the cited sources in that order, then the others listed. */
  references: string[];
}

type Jsx = MdxJsxFlowElement | MdxJsxTextElement;

/** What one body's plugins share while it is processed, kept in `ctx.data`. */
interface BodyState {
  readonly options: BodyOptions;
  readonly cited: string[];
  readonly citations: { source: string; line: number }[];
  readonly citedSet: Set<string>;
  /** Each source's number: its place in `references`, or in `cited` as it grows. */
  readonly numbers: Map<string, number>;
  readonly slugger: GithubSlugger;
  /** Reference definitions (`[id]: url`) by identifier, with their lines. */
  readonly definitions: Map<string, { url: string; line: number }>;
  /** The identifiers images use through a reference (`![alt][id]`). */
  readonly imageReferences: Set<string>;
}

declare module 'satteri' {
  interface DataMap {
    explainerBody: BodyState;
  }
}

function stateOf(ctx: { readonly data: Data }): BodyState {
  const state = ctx.data.explainerBody;
  if (state === undefined) throw new Error('expected processBody to seed ctx.data');
  return state;
}

/** Checks and renders a body; a body with problems renders to nothing. */
export function processBody(body: string, options: BodyOptions): ProcessedBody {
  const slugger = new GithubSlugger();
  for (const id of PAGE_IDS) slugger.slug(id, true);
  const state: BodyState = {
    options,
    cited: [],
    citations: [],
    citedSet: new Set(),
    numbers: new Map(),
    slugger,
    definitions: new Map(),
    imageReferences: new Set(),
  };
  // The plugins are defined once (Sätteri caches their subscriptions per plugin object); the
  // state of this body travels in the data bag.
  const data: Data = { explainerBody: state };
  const atLine = (problem: BodyProblem) => ({ ...problem, line: problem.line + options.firstLine - 1 });
  const failed = (problem: BodyProblem): ProcessedBody => ({
    html: '',
    problems: [atLine(problem)],
    cited: [],
    citations: [],
    references: [...options.listed],
  });

  // Inputs whose parsing grows faster than their size are refused before parsing.
  const tooCostly = guardBody(body);
  if (tooCostly) return failed(tooCostly);
  let mdast;
  try {
    mdast = createMdxMdastHandle(body, FEATURES, true);
  } catch (error) {
    return failed(syntaxProblem(error, options.firstLine));
  }
  const mdastDiagnostics: MdastDiagnostic[] = [];
  let hast;
  try {
    const result = visitMdastHandle(
      mdast,
      bodyMdastPlugin,
      resolveMdastSubscriptions(bodyMdastPlugin),
      body,
      undefined,
      data,
      'mdx',
      mdastDiagnostics,
    );
    if (result instanceof Promise) throw new Error('expected synchronous plugins');
    if (result.hasMutations) applyCommandsToMdastHandle(mdast, result.commandBuffer);
    hast = convertMdastToHastHandle(mdast);
  } finally {
    dropHandle(mdast);
  }
  const hastDiagnostics: HastDiagnostic[] = [];
  let html: string;
  try {
    const dropped = visitHastHandle(
      hast,
      bodyHastPlugin,
      resolveHastSubscriptions(bodyHastPlugin),
      body,
      undefined,
      data,
      'mdx',
      hastDiagnostics,
    );
    if (dropped instanceof Promise) throw new Error('expected synchronous plugins');
    html = renderHandle(hast);
  } finally {
    dropHandle(hast);
  }
  const problems = mdastDiagnostics.map((d) => ({
    line: d.position?.start.line ?? 1,
    message: d.message,
  }));
  // An image may take its address from a definition anywhere in the body, so the two are
  // matched once the whole tree has been seen.
  for (const identifier of state.imageReferences) {
    const definition = state.definitions.get(identifier);
    if (definition && SAFE_URL.test(definition.url) && !isSiteUrl(definition.url)) {
      problems.push({ line: definition.line, message: offSiteImage(definition.url) });
    }
  }
  // The HTML tree has no positions. Its checks only back up the Markdown ones, so they speak
  // only when those found nothing: then they point at a gap in them.
  if (problems.length === 0) {
    for (const d of hastDiagnostics) problems.push({ line: 1, message: d.message });
  }
  problems.sort((a, b) => a.line - b.line);
  const references = [...state.cited];
  for (const id of options.listed) if (!state.citedSet.has(id)) references.push(id);
  return {
    // A body with problems publishes nothing, even the parts that rendered.
    html: problems.length > 0 ? '' : html,
    problems: problems.map(atLine),
    cited: state.cited,
    citations: state.citations.map((citation) => ({ ...citation, line: citation.line + options.firstLine - 1 })),
    references,
  };
}

/**
 * Sätteri's syntax errors start with the place, as in `3:10: Unexpected character…`, and may
 * name another place as `(1:1)`, end with the rule's id, and advise MDX comments, which an
 * entry may not use. The message keeps the parser's words, with places as lines of the file.
 */
function syntaxProblem(error: unknown, firstLine: number): BodyProblem {
  const text = error instanceof Error ? error.message : String(error);
  const place = /^(\d+):\d+:\s*/.exec(text);
  const message = text
    .slice(place?.[0].length ?? 0)
    .replace(/\s*\([a-z-]+:[a-z-]+\)$/, '')
    .replace(
      /\(note: to create a comment in MDX, use `\{\/\* text \*\/\}`\)/,
      '(an entry may not hold comments: delete it)',
    )
    .replace(/\((\d+):\d+\)/g, (_, line: string) => `(line ${Number(line) + firstLine - 1})`);
  return {
    line: place ? Number(place[1]) : 1,
    message: `expected valid MDX, received a syntax error: ${message}`,
  };
}

const SECOND_FRONTMATTER =
  'expected one frontmatter block at the top of the file, received a second (write *** for a line across the page)';
const QUOTE_INLINE = 'expected <Quote> on lines of its own, received it inside a paragraph';
const EXPRESSION = 'expected prose, received a {…} expression (write a literal { as \\{)';

function refuse(ctx: MdastVisitorContext, node: MdastTarget, message: string): void {
  ctx.report({ message, node });
}

/** Whether a safe address stays on this site: a path, never a scheme or another host. */
function isSiteUrl(url: string): boolean {
  return !/^(?:[a-z][a-z0-9+.-]*:|#)/i.test(url);
}

const offSiteImage = (url: string) =>
  `expected an image on this site, such as /images/map.png, received "${url}" (pages load no images from elsewhere)`;

/** What is wrong with a link's or an image's address, if anything. */
function urlProblem(url: string, image: boolean): string | undefined {
  if (url.length > INPUT_LIMITS.url) {
    return `expected an address of at most ${INPUT_LIMITS.url} characters, received ${url.length}`;
  }
  if (/[\s\p{Cc}\p{Cf}]/u.test(url)) {
    return `expected an address without spaces or invisible characters (write a space as %20), received "${url}"`;
  }
  if (!SAFE_URL.test(url)) return `expected an http, https or relative link, received "${url}"`;
  if (/^https?:/i.test(url)) {
    // The same rules as a source's address: no user name that hides the real host, and no
    // address of a machine on a private network.
    const problem = isPublicWebUrl(url);
    if (problem) return problem;
  }
  if (image && !isSiteUrl(url)) return offSiteImage(url);
  return undefined;
}

function checkUrl(ctx: MdastVisitorContext, node: Link | Image | Definition): void {
  const problem = urlProblem(node.url, node.type === 'image');
  if (problem) refuse(ctx, node, problem);
}

/** A citation inside a link would nest one link in another. */
function checkLinkText(ctx: MdastVisitorContext, node: Link | LinkReference): void {
  // Link text is short, so looking through it here is cheaper than asking every citation
  // for its ancestors.
  const stack: Readonly<Node>[] = [...node.children];
  for (let next = stack.pop(); next; next = stack.pop()) {
    if (next.type === 'mdxJsxTextElement') {
      refuse(ctx, node, 'expected citations outside links, received a component in [link text]');
      return;
    }
    if ('children' in next && Array.isArray(next.children)) stack.push(...next.children);
  }
}

/** Checks, numbers and renders the Markdown tree: defined once, its state in `ctx.data`. */
const bodyMdastPlugin = defineMdastPlugin({
  name: 'explainer-body',
  options: { position: true },
  mdxjsEsm(node, ctx) {
    refuse(
      ctx,
      node,
      'expected prose and allowed components, received import/export (entries import nothing)',
    );
  },
  mdxFlowExpression(node, ctx) {
    refuse(ctx, node, EXPRESSION);
  },
  mdxTextExpression(node, ctx) {
    refuse(ctx, node, EXPRESSION);
  },
  html(node, ctx) {
    refuse(ctx, node, 'expected prose, received raw HTML');
  },
  // What is refused is left as it is: Sätteri's HTML renderer drops MDX nodes, and removing
  // it would only make Sätteri warn about the transforms queued inside it.
  mdxJsxFlowElement(node, ctx) {
    const replacement = component(node, ctx);
    if (replacement) ctx.replaceNode(node, replacement);
  },
  mdxJsxTextElement(node, ctx) {
    const replacement = component(node, ctx);
    if (replacement) ctx.replaceNode(node, replacement);
  },
  link(node, ctx) {
    checkUrl(ctx, node);
    checkLinkText(ctx, node);
  },
  linkReference(node, ctx) {
    checkLinkText(ctx, node);
  },
  image(node, ctx) {
    checkUrl(ctx, node);
  },
  imageReference(node, ctx) {
    stateOf(ctx).imageReferences.add(node.identifier);
  },
  definition(node, ctx) {
    checkUrl(ctx, node);
    stateOf(ctx).definitions.set(node.identifier, {
      url: node.url,
      line: node.position?.start.line ?? 1,
    });
  },
  // A body that starts with a `---` line: what follows up to the next one would vanish.
  yaml(node, ctx) {
    refuse(ctx, node, SECOND_FRONTMATTER);
  },
  toml(node, ctx) {
    refuse(ctx, node, SECOND_FRONTMATTER);
  },
  paragraph(node, ctx) {
    // The scaffolder's placeholder, left in by mistake.
    if (/^TODO\b/.test(ctx.textContent(node))) {
      refuse(ctx, node, 'expected your own text, received the placeholder TODO (replace it)');
    }
  },
  heading(node, ctx) {
    if (node.depth < 2) {
      refuse(
        ctx,
        node,
        'expected headings of level 2 to 6 (## Heading), received a level-1 heading (the title is the page\'s only one)',
      );
      return;
    }
    const { slugger } = stateOf(ctx);
    // Text only: a <Cite> in a heading has no text, so it adds nothing to the id.
    const text = ctx.textContent(node).trim();
    let id = slugger.slug(text);
    // Never an empty id, nor one shaped like the page's reference and footnote anchors.
    if (id === '' || /^(?:ref|fn|fnref|user-content|footnote|dispute)-/.test(id)) {
      id = slugger.slug(`section ${text}`.trim());
    }
    ctx.setProperty(node, 'data', { hProperties: { id } });
  },
});

/**
 * Checks a component and returns what replaces it: plain nodes for an allowed one, nothing
 * for anything else (each problem is reported with its line).
 */
function component(node: Readonly<Jsx>, ctx: MdastVisitorContext): Custom[] | undefined {
  const state = stateOf(ctx);
  const report = (message: string) => ctx.report({ message, node });
  const name = node.name ?? '';
  // A Map, not an object: `<toString />` or `<__proto__ />` must not find anything.
  const spec = COMPONENTS.get(name);
  if (spec === undefined) {
    const allowed = [...COMPONENTS.keys()].join(', ');
    const what = name === '' ? 'a fragment <>' : `<${name}>`;
    report(`expected one of the components ${allowed}, received ${what}`);
    return undefined;
  }
  const props = new Map<string, string>();
  const named = new Set<string>();
  let ok = true;
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute') {
      report(`expected plain attributes on <${name}>, received a {…} spread`);
      ok = false;
      continue;
    }
    const seen = named.has(attribute.name);
    named.add(attribute.name);
    const known = [...spec.required, ...spec.optional];
    if (!known.includes(attribute.name)) {
      report(`expected attributes ${known.join(', ')} on <${name}>, received ${attribute.name}`);
      ok = false;
    } else if (seen) {
      report(`expected ${attribute.name}="…" once on <${name}>, received it twice`);
      ok = false;
    } else if (typeof attribute.value !== 'string' || attribute.value === '') {
      const what =
        typeof attribute.value === 'object' && attribute.value ? 'a {…} expression' : 'no value';
      report(`expected ${attribute.name}="…" as a plain string on <${name}>, received ${what}`);
      ok = false;
    } else {
      props.set(attribute.name, attribute.value);
    }
  }
  const original = props.get('translatedFrom');
  if (original !== undefined && !LANGUAGE_PATTERN.test(original)) {
    report(`expected translatedFrom="…" to be a language tag such as "en", received "${original}"`);
    ok = false;
  }
  for (const required of spec.required) {
    if (!named.has(required)) {
      report(`expected ${required}="…" on <${name}>, received none`);
      ok = false;
    }
  }
  if (name === 'Cite' && node.children.length > 0) {
    report('expected <Cite source="…" /> to be empty, received content inside it');
    ok = false;
  }
  if (name === 'Quote' && node.type === 'mdxJsxTextElement') {
    report(QUOTE_INLINE);
    ok = false;
  }
  const source = props.get('source');
  if (source !== undefined) {
    state.citations.push({ source, line: node.position?.start.line ?? 1 });
    if (!state.citedSet.has(source)) {
      state.citedSet.add(source);
      state.cited.push(source);
      state.numbers.set(source, state.cited.length);
    }
  }
  if (!ok || source === undefined) return undefined;
  if (name === 'Cite') return [citation(source, state)];
  return [
    {
      type: 'quoteFigure',
      data: { hName: 'figure', hProperties: { className: ['quote'] } },
      children: [
        // The quotation passes through, so the components inside it are handled in this pass.
        { type: 'blockquote', children: [...node.children] } as Blockquote,
        {
          type: 'quoteCaption',
          data: { hName: 'figcaption' },
          children: [
            { type: 'text', value: `— ${props.get('by')}` },
            citation(source, state),
            ...translationNote(original, state),
          ],
        },
      ],
    },
  ];
}

/** For a translated quotation, a note saying so that links to the original wording. */
function translationNote(original: string | undefined, state: BodyState): Custom[] {
  const translation = state.options.translation;
  if (original === undefined || translation === undefined) return [];
  const link: Link = {
    type: 'link',
    url: translation.original,
    data: { hProperties: { className: ['quote-translation'], hrefLang: original } },
    children: [{ type: 'text', value: translation.note(original) }],
  };
  return [{ type: 'text', value: ' · ' } as unknown as Custom, link as unknown as Custom];
}

/**
 * `[n]`, a numbered marker: a link to the page's reference list, and a button that opens the
 * reference in place as a popover. The page shows one of the two, the button where the browser
 * has popovers. Both are named by the reference's label, which the page's reference list
 * renders once (`ref-label-…`) in the page's language, so the body itself holds no interface
 * words; the popover (`ref-preview-…`) lives there too.
 */
function citation(source: string, state: BodyState): Custom {
  const text = `[${String(state.numbers.get(source) ?? '?')}]`;
  const labelledBy = `ref-label-${source}`;
  const link: Link = {
    type: 'link',
    url: `#ref-${source}`,
    data: { hProperties: { ariaLabelledBy: labelledBy } },
    children: [{ type: 'text', value: text }],
  };
  const button = {
    type: 'citationButton',
    data: {
      hName: 'button',
      hProperties: { type: 'button', popovertarget: `ref-preview-${source}`, ariaLabelledBy: labelledBy },
    },
    children: [{ type: 'text', value: text }],
  } as unknown as Custom;
  return {
    type: 'citation',
    data: { hName: 'sup', hProperties: { className: ['cite'] } },
    children: [link, button],
  };
}

const ROOT_RELATIVE = /^\/(?![/\\])/;

/** Site-relative links and images get the base path; links off the site get `rel`. */
const bodyHastPlugin = defineHastPlugin({
  name: 'explainer-links',
  element: [
    {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties.href;
        if (typeof href !== 'string') return;
        // The note on a translated quotation already links to the original's page in full.
        const classes = node.properties.className;
        if (Array.isArray(classes) && classes.includes('quote-translation')) return;
        if (!SAFE_URL.test(href)) {
          ctx.report({ message: `expected a safe link, received "${href}"`, node });
          ctx.setProperty(node, 'href', null);
        } else if (/^https?:\/\//i.test(href)) {
          ctx.setProperty(node, 'rel', ['noopener', 'noreferrer']);
        } else if (ROOT_RELATIVE.test(href)) {
          ctx.setProperty(node, 'href', `${stateOf(ctx).options.base}${href.slice(1)}`);
        }
      },
    },
    {
      filter: ['img'],
      visit(node, ctx) {
        const src = node.properties.src;
        if (typeof src !== 'string') return;
        if (!SAFE_URL.test(src) || !isSiteUrl(src)) {
          ctx.report({ message: `expected a safe image, received "${src}"`, node });
          ctx.setProperty(node, 'src', null);
        } else if (ROOT_RELATIVE.test(src)) {
          ctx.setProperty(node, 'src', `${stateOf(ctx).options.base}${src.slice(1)}`);
        }
      },
    },
  ],
});
