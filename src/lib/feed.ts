/**
 * The events feed: newest events first, each linking to its page. The feed holds a bounded
 * number of items so that it stays small however many events there are.
 */
import { startOf, formatPartialDate } from './dates.ts';
import type { EventEntry } from './indexes.ts';

export interface FeedItem {
  title: string;
  link: string;
  description: string;
  pubDate: Date;
  categories: string[];
}

/** The `limit` latest events of a chronology, newest first, as feed items. */
export function feedItems(
  chronology: readonly EventEntry[],
  link: (event: EventEntry) => string,
  limit = 100,
): FeedItem[] {
  return chronology
    .slice(-limit)
    .reverse()
    .map((event) => ({
      title: event.data.title,
      link: link(event),
      // The date's real precision, since pubDate must be a full date.
      description: `${formatPartialDate(event.data.date)}: ${event.data.summary}`,
      pubDate: startOf(event.data.date),
      categories: [event.data.kind],
    }));
}
