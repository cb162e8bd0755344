import { describe, expect, test } from 'vitest';
import { ellipsis, textWidth, wrapText } from '../../src/lib/text-width.ts';

describe('textWidth', () => {
  test('measures at least as wide as DejaVu Sans draws, the widest system font', () => {
    // Widths Chromium gives these strings in DejaVu Sans at 14 px.
    expect(textWidth('Democratic People’s Republic of Korea', 14)).toBeGreaterThanOrEqual(270);
    expect(textWidth('Корейська Народно-Демократична Республіка', 14)).toBeGreaterThanOrEqual(345);
    expect(textWidth('WWW MMM www mmm', 14)).toBeGreaterThanOrEqual(167);
  });
});

describe('wrapText', () => {
  test('breaks at spaces into lines that fit', () => {
    const lines = wrapText('Democratic People’s Republic of Korea', 170, 14, 3);
    expect(lines).toEqual(['Democratic People’s', 'Republic of Korea']);
    for (const line of lines) expect(textWidth(line, 14)).toBeLessThanOrEqual(170);
  });

  test('cuts a word too long for a line, and ends text that does not fit with an ellipsis', () => {
    expect(wrapText('Aaaaaaaaaaaaaaaaaaaaaaa', 60, 14, 3)[0]).toMatch(/-$/);
    const lines = wrapText('one two three four five six seven eight nine', 60, 14, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/);
    expect(textWidth(lines[1]!, 14)).toBeLessThanOrEqual(60);
  });
});

describe('ellipsis', () => {
  test('leaves text that fits as it is', () => {
    expect(ellipsis('Ukraine', 100, 14)).toBe('Ukraine');
  });
});
