import { describe, expect, test } from 'vitest';
import {
  comparePartialDates,
  formatPartialDate,
  isAfter,
  isPartialDate,
  precisionOf,
  sortKey,
  toPartialDate,
} from '../../src/lib/dates.ts';

describe('isPartialDate', () => {
  test('accepts a year, a month and a day', () => {
    expect(['2014', '2022-02', '2022-07-13', '2024-02-29'].every(isPartialDate)).toBe(true);
  });

  test('rejects impossible and non-ISO dates', () => {
    for (const bad of [
      '2022-13-45',
      '2022-02-30',
      '2023-02-29',
      '2022-00',
      'July 2022',
      '22-07-13',
      '0000',
      '0000-01-01',
      '',
    ]) {
      expect(isPartialDate(bad), bad).toBe(false);
    }
  });
});

describe('toPartialDate', () => {
  test('turns a bare YAML year into a year string', () => {
    expect(toPartialDate(2014)).toBe('2014');
  });

  test('leaves anything else as it is, so the schema names what the editor wrote', () => {
    expect(toPartialDate(14)).toBe(14);
    expect(toPartialDate(-1)).toBe(-1);
    expect(toPartialDate(true)).toBe(true);
  });
});

describe('formatPartialDate', () => {
  test('shows a date exactly as precisely as it is known', () => {
    expect(formatPartialDate('2014')).toBe('2014');
    expect(formatPartialDate('2022-02')).toBe('February 2022');
    expect(formatPartialDate('2022-07-13')).toBe('13 July 2022');
    expect(formatPartialDate('2022-07-01')).toBe('1 July 2022');
  });

  test('reports the precision of each shape', () => {
    expect(['2014', '2022-02', '2022-07-13'].map(precisionOf)).toEqual(['year', 'month', 'day']);
  });
});

describe('ordering partial dates', () => {
  test('puts a less precise date before the more precise dates inside it', () => {
    const dates = ['2022-07-13', '2022', '2014', '2022-07', '2022-02-24'];
    expect([...dates].sort(comparePartialDates)).toEqual([
      '2014',
      '2022',
      '2022-02-24',
      '2022-07',
      '2022-07-13',
    ]);
  });

  test('does not call a date later than a period that contains it', () => {
    expect(isAfter('2022-07-13', '2022-07')).toBe(false);
    expect(isAfter('2022-07', '2022-07-13')).toBe(false);
    expect(isAfter('2022-07-14', '2022-07-13')).toBe(true);
    expect(isAfter('2021', '2022-01-01')).toBe(false);
  });

  test('gives sort keys that start each date on its first possible day', () => {
    expect(sortKey('2014')).toBe('20140101');
    expect(sortKey('2022-02')).toBe('20220201');
    expect(sortKey('2022-07-13')).toBe('20220713');
  });
});
