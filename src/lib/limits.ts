/**
 * How many items a page lists before it links to a paginated full list. These bounds keep
 * every page's HTML small however large the content grows.
 */
export const LIMITS = {
  /** Events listed on an actor's page. */
  actorEvents: 50,
  /** Members and office holders listed in an actor's infobox. */
  infobox: 30,
  /** Responses and related events listed on an event's page. */
  eventLinks: 50,
  /** Entries listed on a source's page as citing it. */
  sourceCitations: 50,
  /** Entries per group on the actors and events indexes, each group linking to its full list. */
  group: 24,
  /** Items per page of any paginated list. */
  page: 100,
  /** Events the timeline shows on one page; more are split by year. */
  timeline: 150,
  /** Events on each page of one year. */
  timelineYear: 150,
  /** Actors drawn in the relations graph. */
  graphNodes: 40,
  /** Relations drawn in the relations graph, the most recent first. */
  graphEdges: 80,
  /** Rows in the relations table and in each "as of" page's table. */
  relationRows: 150,
  /** Pages of "as of" states: past this many dates of change, they are grouped by month, then year. */
  asOfPages: 120,
  /** Rows in the table of one "as of" page, the most recently changed first. */
  asOfRows: 150,
  /** Changes listed on one "as of" page. */
  asOfChanges: 100,
  /** Items in the feed. */
  feed: 100,
} as const;
