import { describe, expect, test } from 'vitest';
import { scanMdxBody } from '../../src/lib/mdx-guard.ts';

const messages = (body: string) => scanMdxBody(body).problems.map((p) => `${p.line}: ${p.message}`);

describe('scanMdxBody', () => {
  test('allows prose, Markdown and the citation components with string attributes', () => {
    const scan = scanMdxBody(
      'Some *prose* with a [link](https://example.org).<Cite source="a" />\n\n<Quote source="b" by="Someone">\n  Words.\n</Quote>\n',
    );
    expect(scan.problems).toEqual([]);
    expect(scan.cited).toEqual(['a', 'b']);
  });

  test('rejects import and export statements', () => {
    expect(messages('import x from "y"\n\nText.')).toEqual([
      '1: expected prose and allowed components, received import/export (entries import nothing)',
    ]);
    expect(messages('Text.\n\nexport const a = 1')[0]).toMatch(/^3: .*import\/export/);
  });

  test('rejects expressions in text, in flow and inside attributes', () => {
    expect(messages('Text {1 + 1}.')).toHaveLength(1);
    expect(messages('{process.exit(1)}')).toHaveLength(1);
    expect(messages('<Cite source={"a"} />')[0]).toContain('expected source="…" as a plain string');
    expect(messages('<Cite {...props} />')[0]).toContain('received a {…} spread');
  });

  test('rejects components and HTML elements that are not on the allow-list', () => {
    expect(messages('<script>alert(1)</script>')[0]).toContain('received <script>');
    expect(messages('<Chart />')[0]).toContain('received <Chart>');
    expect(messages('<>x</>')[0]).toContain('received a fragment');
  });

  test('rejects unknown and missing attributes on allowed components', () => {
    expect(messages('<Cite source="a" onclick="x" />')[0]).toContain('received onclick');
    expect(messages('<Quote source="a">x</Quote>')[0]).toContain('expected by="…" on <Quote>');
  });

  test('rejects links that could run script', () => {
    expect(messages('[x](javascript:alert(1))')[0]).toContain('received "javascript:alert(1)"');
    expect(messages('[x](data:text/html,hi)')).toHaveLength(1);
    expect(messages('[x](/events/a/) [y](#ref) [z](mailto:a@example.org)')).toEqual([]);
  });

  test('reports a syntax error instead of throwing', () => {
    expect(messages('<Cite source="a"')[0]).toMatch(
      /^1: expected valid MDX, received a syntax error/,
    );
  });
});
