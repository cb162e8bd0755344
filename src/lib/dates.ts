/**
 * Partial dates: a year, a month or a day, kept at the precision the source gives.
 * They are stored as ISO strings ("2014", "2022-02", "2022-07-13") because strings sort
 * correctly, survive JSON, and never pretend to a precision they do not have.
 */

export type Precision = 'year' | 'month' | 'day';

/** A validated ISO partial date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export type PartialDate = string;

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * The written forms of a real partial date as one regular expression, for the JSON Schemas
 * editors validate against: a year other than 0000, a month 01–12, and a day that month can
 * have. February may have a 29th in any year: `isPartialDate` refuses it in common years, which
 * a pattern could only do by listing the leap years.
 */
export const PARTIAL_DATE_PATTERN = String.raw`^(?!0000)\d{4}(?:-(?:(?:0[13578]|1[02])(?:-(?:0[1-9]|[12]\d|3[01]))?|(?:0[469]|11)(?:-(?:0[1-9]|[12]\d|30))?|02(?:-(?:0[1-9]|[12]\d))?))?$`;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** Returns true for a real calendar date in one of the three shapes, and false for `2022-13-45`. */
export function isPartialDate(value: string): boolean {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return false;
  const [, , month, day] = match;
  const year = Number(match[1]);
  // ISO 8601's year 0000 is 1 BC, which no source of this kind writes that way.
  if (year < 1) return false;
  if (month === undefined) return true;
  const m = Number(month);
  if (m < 1 || m > 12) return false;
  if (day === undefined) return true;
  const d = Number(day);
  return d >= 1 && d <= daysInMonth(year, m);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Turns what YAML hands over into a partial date string: a bare year is a number, and is
 * written out as the year. Anything else is returned as it is, so that the schema's message
 * shows what the editor wrote (`-1`, `0`) instead of calling the field missing.
 */
export function toPartialDate(value: unknown): unknown {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1000 && value <= 9999) {
    return String(value);
  }
  if (typeof value === 'string') return value.trim();
  return value;
}

export function precisionOf(date: PartialDate): Precision {
  if (date.length === 4) return 'year';
  if (date.length === 7) return 'month';
  return 'day';
}

/** The year of a partial date, as a number. */
export function yearOf(date: PartialDate): number {
  return Number(date.slice(0, 4));
}

/** "2014", "February 2022" or "13 July 2022": never more precise than the date itself. */
export function formatPartialDate(date: PartialDate): string {
  const [year, month, day] = date.split('-');
  if (month === undefined) return String(year);
  const monthName = MONTHS[Number(month) - 1];
  if (day === undefined) return `${monthName} ${year}`;
  return `${Number(day)} ${monthName} ${year}`;
}

/**
 * Orders partial dates chronologically. A less precise date sorts before the more precise dates
 * it contains ("2022-07" before "2022-07-13"), which is exactly string order for ISO strings.
 */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * True when `a` is certainly after `b`. Two dates where one contains the other
 * ("2022-07" and "2022-07-13") may be the same moment, so neither is after the other.
 */
export function isAfter(a: PartialDate, b: PartialDate): boolean {
  if (a.startsWith(b) || b.startsWith(a)) return false;
  return a > b;
}

/**
 * A sortable number for Pagefind and feeds: the first day the date could mean, as YYYYMMDD.
 */
export function sortKey(date: PartialDate): string {
  const [year, month = '01', day = '01'] = date.split('-');
  return `${year}${month}${day}`;
}

/** The first instant the partial date could mean, for feeds and JSON-LD that want a full date. */
export function startOf(date: PartialDate): Date {
  const [year, month = '01', day = '01'] = date.split('-');
  return new Date(`${year}-${month}-${day}T00:00:00Z`);
}
