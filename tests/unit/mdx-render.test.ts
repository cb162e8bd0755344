import { describe, expect, it } from 'vitest';
import { renderMdxBody } from '../../src/lib/mdx-render.ts';

const options = { references: ['ap-2022-07-13', 'tass-2022-07-13'], base: '/explainer/' };

describe('renderMdxBody', () => {
  it('numbers each citation by its place in the entry’s reference list', () => {
    const html = renderMdxBody(
      'Recognised.<Cite source="tass-2022-07-13" /> Severed.<Cite source="ap-2022-07-13" />',
      options,
    );
    expect(html).toBe(
      '<p>Recognised.<sup class="cite"><a href="#ref-tass-2022-07-13" aria-label="Source 2">[2]</a></sup> ' +
        'Severed.<sup class="cite"><a href="#ref-ap-2022-07-13" aria-label="Source 1">[1]</a></sup></p>',
    );
  });

  it('renders a quotation as a figure attributed to its speaker and cited', () => {
    const html = renderMdxBody(
      '<Quote source="ap-2022-07-13" by="Dmytro Kuleba">\nWe will respond.\n</Quote>',
      options,
    );
    expect(html).toContain(
      '<figure class="quote"><blockquote><p>We will respond.</p></blockquote>',
    );
    expect(html).toContain('<figcaption>— Dmytro Kuleba<sup class="cite">');
    expect(html).toContain('aria-label="Source 1">[1]</a>');
  });

  it('gives off-site links noopener noreferrer and site links the base path', () => {
    const html = renderMdxBody(
      '[Ukraine](/actors/ukraine/) and [AP](https://apnews.com/x).',
      options,
    );
    expect(html).toContain('<a href="/explainer/actors/ukraine/">Ukraine</a>');
    expect(html).toContain('<a href="https://apnews.com/x" rel="noopener noreferrer">AP</a>');
  });

  it('keeps Markdown typography: curly quotes and dashes', () => {
    expect(renderMdxBody('The "people\'s republics" -- so called.', options)).toBe(
      '<p>The “people’s republics” – so called.</p>',
    );
  });

  it.each([
    ['an import', 'import x from "y"\n\nText.'],
    ['an expression', 'Two is {1 + 1}.'],
    ['an unknown component', 'Text <Script src="x" />.'],
    ['an HTML element', 'Text <img src="x" onerror="alert(1)" />.'],
    ['a javascript: link', '[click](javascript:alert(1))'],
    ['an attribute expression', 'Text <Cite source={id} />.'],
  ])('refuses %s instead of rendering it', (_what, body) => {
    expect(() => renderMdxBody(body, options)).toThrow(/expected/);
  });
});
