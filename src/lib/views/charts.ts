/**
 * The drawn timeline as part of a view model: the layout of `src/lib/timeline-chart.ts` with
 * the words, links and legend of the page's language.
 */
import type { EventEntry } from '../indexes.ts';
import { LIMITS } from '../limits.ts';
import { eventWords } from '../localize.ts';
import type { Locale, Site } from '../site.ts';
import {
  layoutTimeline,
  SHAPES,
  TONES,
  type ChartEvent,
  type ChartOptions,
  type TimelineChart,
} from '../timeline-chart.ts';

export interface LegendKind {
  tone: number;
  shape: number;
  label: string;
}

export interface ChartView extends TimelineChart {
  /** The chart's accessible name and its heading. */
  title: string;
  /** What the marks mean, for the caption and screen readers. */
  description: string;
  /** The kinds of event drawn, in the topic's order. */
  legend: LegendKind[];
}

const positions = new WeakMap<Site['topic'], Map<string, number>>();

/** An event kind's position in the topic file, which picks its colour and mark. */
export function kindPosition(site: Site, kind: string): number {
  let map = positions.get(site.topic);
  if (!map) {
    map = new Map(site.topic.eventKinds.map((k, i) => [k.id, i]));
    positions.set(site.topic, map);
  }
  return map.get(kind) ?? 0;
}

/** The palette slot of an event kind. */
export function kindTone(site: Site, kind: string): number {
  return kindPosition(site, kind) % TONES;
}

function monthNames(locale: string): string[] {
  const format = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, m) => format.format(Date.UTC(2001, m, 1)));
}

/** The chart of `events` (in date order), drawn as one row per year or one bar per year. */
export function timelineChart(
  site: Site,
  locale: Locale,
  events: readonly EventEntry[],
  options: ChartOptions = {},
): ChartView {
  const { t } = locale;
  const chartEvents = events.map((event): ChartEvent => {
    const words = eventWords(event, locale.lang, site.defaultLang);
    const kind = locale.words.eventKind(event.data.kind).label;
    return {
      id: event.id,
      date: event.data.date,
      kind: kindPosition(site, event.data.kind),
      href: locale.paths.event(event.id),
      title: `${t.date(event.data.date)}: ${words.title} (${kind})`,
    };
  });
  const chart = layoutTimeline(
    chartEvents,
    {
      months: monthNames(locale.locale),
      date: t.date,
      count: (count) => t.plural('home.eventCount', count),
      gap: (from, to) =>
        from === to
          ? t.t('timeline.chartGapYear', { year: String(from) })
          : t.t('timeline.chartGap', { from: String(from), to: String(to) }),
      yearHref: (year, index) =>
        locale.paths.timelineYear(year, Math.floor(index / LIMITS.timelineYear) + 1),
    },
    options,
  );
  const description = [
    chart.marks.length > 0 ? t.t('timeline.chartMarks') : undefined,
    chart.mode === 'rows' && chart.bars.length > 0 ? t.t('timeline.chartMonths') : undefined,
    chart.mode === 'years' ? t.t('timeline.chartYears') : undefined,
    t.t('timeline.chartList'),
  ].filter((part) => part !== undefined);
  return {
    ...chart,
    title: t.t('timeline.chartTitle'),
    description: description.join(' '),
    legend: chart.kinds.map((kind) => ({
      tone: kind % TONES,
      shape: kind % SHAPES,
      label: locale.words.eventKind(site.topic.eventKinds[kind]!.id).label,
    })),
  };
}
