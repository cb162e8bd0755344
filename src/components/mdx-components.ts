/**
 * The components MDX bodies may use, bound to one page's reference list so that each
 * citation shows its number. The names match `ALLOWED_COMPONENTS`, which the checker enforces.
 */
import { jsx } from 'astro/jsx-runtime';
import type { ComponentName } from '../lib/mdx-guard.ts';
import Cite from './Cite.astro';
import MdxLink from './MdxLink.astro';
import Quote from './Quote.astro';

// `a` renders the body's Markdown links; editors cannot write it as a component.
type Components = Record<ComponentName | 'a', (props: Record<string, unknown>) => unknown>;

export function mdxComponents(references: readonly string[]): Components {
  const number = (props: Record<string, unknown>) => references.indexOf(String(props.source)) + 1;
  return {
    Cite: (props) => jsx(Cite, { ...props, n: number(props) }),
    Quote: (props) => jsx(Quote, { ...props, n: number(props) }),
    a: (props) => jsx(MdxLink, props),
  };
}
