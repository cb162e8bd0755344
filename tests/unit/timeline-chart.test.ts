import { describe, expect, test } from 'vitest';
import {
  assignLanes,
  layoutTimeline,
  yearSpan,
  type ChartEvent,
  type ChartWords,
} from '../../src/lib/timeline-chart.ts';

const words: ChartWords = {
  months: ['J', 'F', 'M', 'A', 'M', 'J', 'J', 'A', 'S', 'O', 'N', 'D'],
  date: (date) => date,
  count: (count) => `${count} events`,
  gap: (from, to) => `${from}–${to}: none`,
  yearHref: (year, index) => `/timeline/${year}/${index >= 200 ? '2/' : ''}`,
};

let serial = 0;
const event = (date: string, kind = 0): ChartEvent => {
  serial += 1;
  return {
    id: `e${serial}`,
    date,
    kind,
    href: `/events/e${serial}/`,
    title: `${date}: e${serial}`,
  };
};

/** `count` events spread evenly over a year, one every few days. */
function spread(year: number, count: number, kinds = 1): ChartEvent[] {
  return Array.from({ length: count }, (_, i) => {
    const day = new Date(Date.UTC(year, 0, 1 + Math.floor((i * 365) / count)));
    return event(day.toISOString().slice(0, 10), i % kinds);
  });
}

describe('yearSpan', () => {
  test('places a day at its point in the year and a month or a year across its length', () => {
    expect(yearSpan('2022-07-13').from).toBeCloseTo((181 + 12 + 0.5) / 365);
    expect(yearSpan('2022-07-13').to).toBe(yearSpan('2022-07-13').from);
    expect(yearSpan('2022-02')).toEqual({ year: 2022, from: 31 / 365, to: 59 / 365 });
    expect(yearSpan('2014')).toEqual({ year: 2014, from: 0, to: 1 });
  });
});

describe('assignLanes', () => {
  test('piles the events of one day in consecutive lanes from the bottom', () => {
    const day = Array.from({ length: 6 }, () => event('2022-07-13'));
    const { placed, lanes } = assignLanes(day, 0.08);
    expect(lanes).toBe(6);
    expect(placed.map((p) => p.lane)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  test('keeps marks in one lane at least the gap apart, and reuses a lane once it is clear', () => {
    const { placed } = assignLanes(
      [event('2022-01-01'), event('2022-01-10'), event('2022-06-01')],
      0.08,
    );
    expect(placed.map((p) => p.lane)).toEqual([0, 1, 0]);
  });
});

describe('layoutTimeline', () => {
  test('draws each year with events as a row, says which years between have none', () => {
    const chart = layoutTimeline([event('2014'), event('2022-02-21'), event('2022-07-13')], words);
    expect(chart.mode).toBe('rows');
    expect(chart.rows.map((row) => row.year)).toEqual([2014, 2022]);
    expect(chart.gaps.map((gap) => gap.text)).toEqual(['2015–2021: none']);
    expect(chart.rows[1]!.label).toMatchObject({ text: '2022', count: '2 events' });
    expect(chart.ticks.filter((tick) => tick.label)).toHaveLength(12);
  });

  test('draws a date known only to the month or the year across it, never as a day', () => {
    const chart = layoutTimeline([event('2014'), event('2022-02')], words);
    const [year, month] = chart.marks;
    expect(year!.x).toBe(2.5);
    expect(year!.x2).toBe(97.5);
    expect(month!.x2! - month!.x).toBeCloseTo((95 * 28) / 365, 1);
  });

  test('gives every mark of a pile the same place on the axis and its own lane', () => {
    const chart = layoutTimeline(
      Array.from({ length: 6 }, () => event('2022-07-13')),
      words,
    );
    expect(new Set(chart.marks.map((m) => m.x)).size).toBe(1);
    expect(new Set(chart.marks.map((m) => m.y)).size).toBe(6);
    const ys = chart.marks.map((m) => m.y).sort((a, b) => a - b);
    // Lanes are a 24 px target apart, so no two marks of a pile overlap.
    for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(24);
  });

  test('labels the busiest day of a row when at least three events share it', () => {
    const chart = layoutTimeline(
      [event('2022-02-21'), ...Array.from({ length: 3 }, () => event('2022-07-13'))],
      words,
    );
    expect(chart.rows[0]!.note?.text).toBe('2022-07-13: 3 events');
    const few = layoutTimeline([event('2022-07-13'), event('2022-07-13')], words);
    expect(few.rows[0]!.note).toBeUndefined();
  });

  test('colours and shapes each mark by the position of its kind, cycling through both', () => {
    const chart = layoutTimeline([event('2022-01-05', 0), event('2022-06-05', 13)], words);
    expect(chart.marks.map((m) => [m.tone, m.shape])).toEqual([
      [0, 0],
      [3, 1],
    ]);
    expect(chart.kinds).toEqual([0, 13]);
  });

  test('draws a row with more events than it holds as monthly bars linking to their page', () => {
    const chart = layoutTimeline(spread(2022, 400, 3), words, { stackKinds: true });
    expect(chart.marks).toEqual([]);
    expect(chart.bars).toHaveLength(12);
    const december = chart.bars.at(-1)!;
    expect(december.href).toBe('/timeline/2022/2/');
    expect(december.title).toMatch(/^2022-12: \d+ events$/);
    expect(december.segments.map((s) => s.tone)).toEqual([0, 1, 2]);
  });

  test('keeps the chart within its number of marks by turning the densest rows into bars', () => {
    const chart = layoutTimeline(
      [...spread(2020, 50), ...spread(2021, 40), ...spread(2022, 30)],
      words,
      { maxMarks: 80 },
    );
    expect(chart.marks.length).toBeLessThanOrEqual(80);
    expect(chart.bars.every((bar) => bar.title.startsWith('2020'))).toBe(true);
  });

  test('draws one bar per year past the number of rows, out of the tab order as too narrow a target', () => {
    const events = Array.from({ length: 35 }, (_, i) => spread(1991 + i, 5)).flat();
    const chart = layoutTimeline(events, words);
    expect(chart.mode).toBe('years');
    expect(chart.bars).toHaveLength(35);
    expect(chart.bars[0]).toMatchObject({ href: '/timeline/1991/', title: '1991: 5 events' });
    // 35 columns in a phone's width are narrower than a 24 px target; the list of years
    // beside the chart is the way in by keyboard.
    expect(chart.bars.every((bar) => !bar.focusable)).toBe(true);
    expect(chart.ticks.length).toBeLessThanOrEqual(8);
  });

  test('stays bounded at 10,000 events over 35 years', () => {
    const events = Array.from({ length: 35 }, (_, i) => spread(1991 + i, 286, 10)).flat();
    const whole = layoutTimeline(events, words);
    expect(whole.marks.length + whole.bars.length).toBeLessThanOrEqual(35);
    const year = layoutTimeline(spread(2000, 286, 10), words, { stackKinds: true });
    expect(year.bars.reduce((n, bar) => n + bar.segments.length, 0)).toBeLessThanOrEqual(120);
    expect(year.height).toBeLessThan(200);
  });
});
