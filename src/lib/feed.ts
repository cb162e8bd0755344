/**
 * The events feed of one language: the newest events first, each linking to its page. RSS's
 * `pubDate` must be a full date, so an item gets one only when its event's day is known; an
 * event known only to its month or year has none, rather than a day the site never claims.
 * The feed holds a bounded number of items, so it stays small however many events there are.
 */
import { precisionOf, startOf } from './dates.ts';
import type { EventEntry } from './indexes.ts';

export interface FeedItem {
  title: string;
  link: string;
  description: string;
  pubDate?: Date | undefined;
  categories: string[];
}

/** The `limit` latest events of a chronology, newest first, as feed items. */
export function feedItems(
  chronology: readonly EventEntry[],
  item: (event: EventEntry) => {
    title: string;
    link: string;
    date: string;
    summary: string;
    kind: string;
  },
  limit = 100,
): FeedItem[] {
  return chronology
    .slice(-limit)
    .reverse()
    .map((event) => {
      const { title, link, date, summary, kind } = item(event);
      return {
        title,
        link,
        // The date as precisely as it is known, since pubDate can only carry a full day.
        description: `${date}: ${summary}`,
        ...(precisionOf(event.data.date) === 'day' ? { pubDate: startOf(event.data.date) } : {}),
        categories: [kind],
      };
    });
}

/**
 * The newest of some ISO 8601 date-times, or undefined when there is none. They are compared
 * as instants, since git writes each commit's date with its committer's own offset.
 */
export function newest(dates: Iterable<string>): Date | undefined {
  let latest: Date | undefined;
  for (const date of dates) {
    const instant = new Date(date);
    if (latest === undefined || instant > latest) latest = instant;
  }
  return latest;
}
