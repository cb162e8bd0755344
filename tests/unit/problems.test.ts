import { describe, expect, test } from 'vitest';
import { formatProblem, githubAnnotation, oneLine } from '../../src/lib/content/problems.ts';

describe('formatProblem', () => {
  test('writes file, line, field and message on one line', () => {
    expect(
      formatProblem({
        file: 'content/events/x.mdx',
        line: 7,
        field: 'date',
        message: 'expected a date, received "x"',
      }),
    ).toBe('content/events/x.mdx:7: date: expected a date, received "x"');
  });

  test('keeps a file name with a line break on one line', () => {
    const line = formatProblem({
      file: 'content/events/a\nb.mdx',
      line: 1,
      field: 'id',
      message: 'm',
    });
    expect(line).toBe('content/events/a\\nb.mdx:1: id: m');
    expect(line).not.toContain('\n');
  });

  test('cuts a field name or a message of many kilobytes short', () => {
    const line = formatProblem({
      file: 'f',
      line: 1,
      field: 'k'.repeat(30_000),
      message: `expected the id of a source, received "${'x'.repeat(30_000)}"`,
    });
    expect(line.length).toBeLessThan(800);
    expect(line).toMatch(/^f:1: k{119}…: expected the id of a source, received "x+…$/);
  });

  test('marks a warning as such', () => {
    expect(formatProblem({ file: 'f', line: 2, field: 'x', message: 'm', level: 'warning' })).toBe(
      'f:2: warning: x: m',
    );
  });
});

describe('oneLine', () => {
  test('escapes control characters and line separators', () => {
    expect(oneLine('a\r\tb\u2028c\u0000')).toBe('a\\r\\tb\\u2028c\\u0000');
  });
});

describe('githubAnnotation', () => {
  test('writes an error command with the file, line and field, escaped as GitHub requires', () => {
    expect(
      githubAnnotation({
        file: 'content/a,b:c.mdx',
        line: 3,
        field: 'kind',
        message: '100% wrong\nhere',
      }),
    ).toBe('::error file=content/a%2Cb%3Ac.mdx,line=3,title=kind::100%25 wrong%0Ahere');
  });

  test('writes a warning command for a warning', () => {
    expect(
      githubAnnotation({ file: 'f', line: 1, field: 'x', message: 'm', level: 'warning' }),
    ).toBe('::warning file=f,line=1,title=x::m');
  });
});
