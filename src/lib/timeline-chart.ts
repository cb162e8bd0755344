/**
 * The drawn timeline: events laid out at build time as marks on a time axis, for a static SVG.
 *
 * Each year with events is a row with a January-to-December axis, so years far apart do not
 * squeeze the busy ones. Events of a day are drawn as dots piled on that day; events known
 * only to the month or the year are drawn as a capsule across that month or year, never as a
 * day the sources do not give. Piles go into lanes so no two marks touch, however many events
 * share a day.
 *
 * Horizontal positions are percentages of the chart's width and everything else is in pixels,
 * so marks and text keep their size on a phone and the axis stretches on a wide screen. Lanes
 * are computed for the narrowest width the chart is drawn at (`referenceWidth`), so marks are
 * apart there and further apart on wider screens; every mark is a 24 px target.
 *
 * The chart stays bounded: a row with too many events or lanes is drawn as monthly bars, so is
 * a chart with too many marks in all (densest rows first), and past `maxRows` years the chart
 * becomes one bar per year. Each bar links to the page that lists its events.
 */
import { precisionOf, sortKey, type PartialDate } from './dates.ts';

/** An event to draw. */
export interface ChartEvent {
  id: string;
  date: PartialDate;
  /** Its kind's position in the topic file, which picks the mark's colour and shape. */
  kind: number;
  href: string;
  /** The mark's accessible name: its date, title and kind. */
  title: string;
}

/** The words and links a chart needs, in the page's language. */
export interface ChartWords {
  /** Short month names, January first. */
  months: readonly string[];
  /** A partial date as the page shows it. */
  date(date: PartialDate): string;
  /** "6 events". */
  count(count: number): string;
  /** "No events from 2015 to 2021"; `from` equals `to` for one year. */
  gap(from: number, to: number): string;
  /** The page of a year that lists its event at `index` (0-based, in date order). */
  yearHref(year: number, index: number): string;
}

export interface ChartOptions {
  /** Years drawn as rows at most; more are drawn as one bar per year. */
  maxRows?: number;
  /** Lanes in one row at most; a row needing more is drawn as monthly bars. */
  maxLanes?: number;
  /** Events in one row at most before it is drawn as monthly bars. */
  maxPerRow?: number;
  /** Individual marks in the whole chart at most. */
  maxMarks?: number;
  /** The narrowest width the chart is drawn at, in CSS pixels. */
  referenceWidth?: number;
  /** Label each row with its year (off on a year's own page, whose title says the year). */
  rowLabels?: boolean;
  /** Split monthly bars by kind (on a year's own page, where there are few of them). */
  stackKinds?: boolean;
}

/** A tick of the axis: a grid line and, for some, a label centred at `labelX`. */
export interface ChartTick {
  x: number;
  label?: string | undefined;
  labelX?: number | undefined;
  /** A label hidden on narrow screens, where every other one is enough. */
  minor?: boolean | undefined;
}

export interface ChartRow {
  year: number;
  /** Top of the row. */
  y: number;
  height: number;
  label?: { text: string; count: string; href: string; y: number } | undefined;
  /** The annotation of the row's busiest day. */
  note?: { text: string; x: number; y: number; anchor: 'start' | 'middle' | 'end' } | undefined;
}

/** One event: a dot for a day, a capsule from `x` to `x2` for a month or a year. */
export interface ChartMark {
  x: number;
  x2?: number | undefined;
  /** Centre of the mark. */
  y: number;
  tone: number;
  /** Which of the symbol shapes, so kinds differ by more than colour. */
  shape: number;
  href: string;
  title: string;
}

/** A bar counting the events of a month or a year, with the link to where they are listed. */
export interface ChartBar {
  x: number;
  width: number;
  /** The bar's drawn extent. */
  y: number;
  height: number;
  /** The clickable column the bar stands in. */
  hitY: number;
  hitHeight: number;
  href: string;
  title: string;
  /**
   * Whether the bar is in the tab order: not when columns are narrower than a 24 px target,
   * where the list of years beside the chart is the way in by keyboard.
   */
  focusable: boolean;
  /** Parts of the bar by kind, bottom first; one part when kinds are not split. */
  segments: { y: number; height: number; tone?: number | undefined }[];
}

export interface TimelineChart {
  /** Rows per year, or one bar per year. */
  mode: 'rows' | 'years';
  height: number;
  ticks: ChartTick[];
  rows: ChartRow[];
  /** Years without events between rows. */
  gaps: { y: number; text: string }[];
  marks: ChartMark[];
  bars: ChartBar[];
  /** The positions of the kinds drawn, for the legend. */
  kinds: number[];
  total: number;
}

/** How many mark shapes there are; kinds cycle through them. */
export const SHAPES = 4;
/** How many tones the palette has; kinds cycle through them. */
export const TONES = 10;

const PAD = 2.5;
const AXIS = 28;
const LANE = 24;
const LABEL_LINE = 24;
const NOTE_LINE = 20;
const ROW_PAD = 10;
const BAR_AREA = 72;
const YEARS_AREA = 120;
const GAP_LINE = 26;
const BOTTOM = 6;
const TARGET = 24;

const round = (n: number) => Math.round(n * 100) / 100;
/** A fraction of the plot's width as a percentage of the chart's. */
const px = (fraction: number) => round(PAD + fraction * (100 - 2 * PAD));

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysIn(year: number): number {
  return isLeap(year) ? 366 : 365;
}

/** Days before the first of each month. */
function monthStarts(year: number): number[] {
  const lengths = [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  const starts = [0];
  for (const length of lengths) starts.push(starts.at(-1)! + length);
  return starts;
}

/** Where in its year a date falls, as fractions of the year: a point for a day, a span else. */
export function yearSpan(date: PartialDate): { year: number; from: number; to: number } {
  const year = Number(date.slice(0, 4));
  const precision = precisionOf(date);
  if (precision === 'year') return { year, from: 0, to: 1 };
  const starts = monthStarts(year);
  const month = Number(date.slice(5, 7)) - 1;
  const days = daysIn(year);
  if (precision === 'month')
    return { year, from: starts[month]! / days, to: starts[month + 1]! / days };
  const day = starts[month]! + Number(date.slice(8, 10)) - 1;
  const at = (day + 0.5) / days;
  return { year, from: at, to: at };
}

interface Placed {
  event: ChartEvent;
  from: number;
  to: number;
  lane: number;
}

/**
 * Puts marks into lanes, bottom up: events of the same day pile up in consecutive lanes, and a
 * mark takes the lowest lanes where it keeps `gap` (a fraction of the year) from the marks
 * before it. Returns the marks with their lanes and the number of lanes used.
 */
export function assignLanes(
  events: readonly ChartEvent[],
  gap: number,
): { placed: Placed[]; lanes: number } {
  const sorted = events
    .map((event) => ({ event, ...yearSpan(event.date) }))
    .sort(
      (a, b) =>
        a.from - b.from ||
        a.to - b.to ||
        sortKey(a.event.date).localeCompare(sortKey(b.event.date)),
    );
  // Marks of one day (or one month, or the whole year) go together, in their given order.
  const piles: { from: number; to: number; events: ChartEvent[] }[] = [];
  for (const item of sorted) {
    const last = piles.at(-1);
    if (last && last.from === item.from && last.to === item.to) last.events.push(item.event);
    else piles.push({ from: item.from, to: item.to, events: [item.event] });
  }
  const laneEnds: number[] = [];
  const placed: Placed[] = [];
  for (const pile of piles) {
    const free = (lane: number) =>
      laneEnds[lane] === undefined || pile.from - laneEnds[lane]! >= gap;
    let lane = 0;
    while (!pile.events.every((_, i) => free(lane + i))) lane += 1;
    pile.events.forEach((event, i) => {
      laneEnds[lane + i] = pile.to;
      placed.push({ event, from: pile.from, to: pile.to, lane: lane + i });
    });
  }
  return { placed, lanes: laneEnds.length };
}

/** The biggest pile of one day, if at least three events share it. */
function busiestDay(
  placed: readonly Placed[],
): { date: PartialDate; from: number; count: number } | undefined {
  const days = new Map<string, { date: PartialDate; from: number; count: number }>();
  for (const { event, from } of placed) {
    if (precisionOf(event.date) !== 'day') continue;
    const day = days.get(event.date) ?? { date: event.date, from, count: 0 };
    day.count += 1;
    days.set(event.date, day);
  }
  let best: { date: PartialDate; from: number; count: number } | undefined;
  for (const day of days.values())
    if (day.count >= 3 && (!best || day.count > best.count)) best = day;
  return best;
}

function monthTicks(months: readonly string[]): ChartTick[] {
  // Month widths differ by a day at most, so a common year's are used for every row.
  const starts = monthStarts(2001);
  return Array.from({ length: 13 }, (_, m) => ({
    x: px(starts[m]! / 365),
    ...(m < 12
      ? {
          label: months[m],
          labelX: px((starts[m]! + starts[m + 1]!) / 2 / 365),
          minor: m % 2 === 1,
        }
      : {}),
  }));
}

/** Bars per month for one year's events, split by kind when asked. */
function monthBars(
  events: readonly ChartEvent[],
  year: number,
  top: number,
  area: number,
  words: ChartWords,
  stackKinds: boolean,
  plotWidth: number,
): ChartBar[] {
  const days = daysIn(year);
  const starts = monthStarts(year);
  const months = Array.from({ length: 12 }, () => [] as { event: ChartEvent; index: number }[]);
  // Events known only to the year are counted in no month; the year's list still has them.
  events.forEach((event, index) => {
    if (precisionOf(event.date) === 'year') return;
    months[Number(event.date.slice(5, 7)) - 1]!.push({ event, index });
  });
  const max = Math.max(1, ...months.map((m) => m.length));
  const bottom = top + area;
  const column = (plotWidth / 365) * 28;
  return months.flatMap((items, m) => {
    if (items.length === 0) return [];
    const x = px(starts[m]! / days);
    const width = round(px(starts[m + 1]! / days) - x);
    const height = Math.max(3, round((items.length / max) * area));
    const tones = new Map<number, number>();
    if (stackKinds) {
      for (const { event } of items) {
        const tone = event.kind % TONES;
        tones.set(tone, (tones.get(tone) ?? 0) + 1);
      }
    }
    let y = bottom;
    const segments = stackKinds
      ? [...tones.entries()]
          .sort(([a], [b]) => a - b)
          .map(([tone, count]) => {
            const h = round((count / items.length) * height);
            y = round(y - h);
            return { y, height: h, tone };
          })
      : [{ y: round(bottom - height), height }];
    const monthDate = `${year}-${String(m + 1).padStart(2, '0')}`;
    return [
      {
        x,
        width,
        y: round(bottom - height),
        height,
        hitY: top,
        hitHeight: area,
        href: words.yearHref(year, items[0]!.index),
        title: `${words.date(monthDate)}: ${words.count(items.length)}`,
        focusable: column >= TARGET,
        segments,
      },
    ];
  });
}

/** Lays out the timeline of `events`, given in date order. */
export function layoutTimeline(
  events: readonly ChartEvent[],
  words: ChartWords,
  options: ChartOptions = {},
): TimelineChart {
  const {
    maxRows = 12,
    maxLanes = 10,
    maxPerRow = 60,
    maxMarks = 160,
    referenceWidth = 300,
    rowLabels = true,
    stackKinds = false,
  } = options;
  const plotWidth = (referenceWidth * (100 - 2 * PAD)) / 100;
  const gap = TARGET / plotWidth;
  const byYear = new Map<number, ChartEvent[]>();
  for (const event of events) {
    const year = Number(event.date.slice(0, 4));
    const list = byYear.get(year);
    if (list) list.push(event);
    else byYear.set(year, [event]);
  }
  const years = [...byYear.keys()].sort((a, b) => a - b);
  const kinds = [...new Set(events.map((e) => e.kind))].sort((a, b) => a - b);
  if (years.length > maxRows)
    return yearBars(byYear, years, words, plotWidth, events.length, kinds);

  // Which rows are drawn as marks: those within the limits, then the densest become bars
  // until the whole chart is within its number of marks.
  const lanesOf = new Map(years.map((year) => [year, assignLanes(byYear.get(year)!, gap)]));
  const asMarks = new Set(
    years.filter(
      (year) => byYear.get(year)!.length <= maxPerRow && lanesOf.get(year)!.lanes <= maxLanes,
    ),
  );
  let marksDrawn = [...asMarks].reduce((n, year) => n + byYear.get(year)!.length, 0);
  for (const year of [...asMarks].sort(
    (a, b) => byYear.get(b)!.length - byYear.get(a)!.length || a - b,
  )) {
    if (marksDrawn <= maxMarks) break;
    asMarks.delete(year);
    marksDrawn -= byYear.get(year)!.length;
  }

  const rows: ChartRow[] = [];
  const gaps: TimelineChart['gaps'] = [];
  const marks: ChartMark[] = [];
  const bars: ChartBar[] = [];
  let y = AXIS;
  years.forEach((year, i) => {
    const previous = years[i - 1];
    if (previous !== undefined && year - previous > 1) {
      gaps.push({ y: y + GAP_LINE / 2, text: words.gap(previous + 1, year - 1) });
      y += GAP_LINE;
    }
    const list = byYear.get(year)!;
    const top = y;
    let inner = top + ROW_PAD / 2;
    const label = rowLabels
      ? {
          text: String(year),
          count: words.count(list.length),
          href: words.yearHref(year, 0),
          y: inner + 17,
        }
      : undefined;
    if (label) inner += LABEL_LINE;
    let note: ChartRow['note'];
    if (asMarks.has(year)) {
      const { placed, lanes } = lanesOf.get(year)!;
      const busiest = busiestDay(placed);
      if (busiest) {
        const x = px(busiest.from);
        note = {
          text: `${words.date(busiest.date)}: ${words.count(busiest.count)}`,
          x,
          y: inner + 14,
          anchor: x < 25 ? 'start' : x > 75 ? 'end' : 'middle',
        };
        inner += NOTE_LINE;
      }
      const base = inner + lanes * LANE - LANE / 2;
      for (const { event, from, to, lane } of placed) {
        marks.push({
          x: px(from),
          ...(to > from ? { x2: px(to) } : {}),
          y: base - lane * LANE,
          tone: event.kind % TONES,
          shape: event.kind % SHAPES,
          href: event.href,
          title: event.title,
        });
      }
      inner += lanes * LANE;
    } else {
      bars.push(...monthBars(list, year, inner, BAR_AREA, words, stackKinds, plotWidth));
      inner += BAR_AREA;
    }
    const height = inner + ROW_PAD / 2 - top;
    rows.push({ year, y: top, height, label, note });
    y += height;
  });
  return {
    mode: 'rows',
    height: y + BOTTOM,
    ticks: monthTicks(words.months),
    rows,
    gaps,
    marks,
    bars,
    kinds,
    total: events.length,
  };
}

/** One bar per year from the first year to the last, with labelled ticks at round years. */
function yearBars(
  byYear: ReadonlyMap<number, readonly ChartEvent[]>,
  years: readonly number[],
  words: ChartWords,
  plotWidth: number,
  total: number,
  kinds: number[],
): TimelineChart {
  const first = years[0]!;
  const last = years.at(-1)!;
  const span = last - first + 1;
  const step = [1, 2, 5, 10, 20, 50, 100, 200, 500].find((s) => span / s <= 8) ?? 1000;
  const max = Math.max(...[...byYear.values()].map((list) => list.length));
  const top = AXIS + ROW_PAD;
  const bottom = top + YEARS_AREA;
  const at = (year: number) => px((year - first) / span);
  const ticks: ChartTick[] = [];
  for (let year = Math.ceil(first / step) * step; year <= last; year += step) {
    ticks.push({ x: at(year), label: String(year), labelX: at(year + 0.5) });
  }
  const focusable = plotWidth / span >= TARGET;
  const bars = years.map((year): ChartBar => {
    const count = byYear.get(year)!.length;
    const x = at(year);
    const width = round(at(year + 1) - x);
    const height = Math.max(3, round((count / max) * YEARS_AREA));
    return {
      x,
      width,
      y: round(bottom - height),
      height,
      hitY: top,
      hitHeight: YEARS_AREA,
      href: words.yearHref(year, 0),
      title: `${year}: ${words.count(count)}`,
      focusable,
      segments: [{ y: round(bottom - height), height }],
    };
  });
  return {
    mode: 'years',
    height: bottom + ROW_PAD + BOTTOM,
    ticks,
    rows: [],
    gaps: [],
    marks: [],
    bars,
    kinds,
    total,
  };
}
