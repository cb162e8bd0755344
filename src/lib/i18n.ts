/**
 * Interface text and dates in the reader's language. Messages live in one locale file per
 * language (`src/locales/`, or `locales/<lang>.yaml` in a content folder); this module picks
 * the message, fills in its values, chooses the plural form with `Intl.PluralRules` and formats
 * partial dates with `Intl.DateTimeFormat`, never more precisely than the date is known.
 */
import { en } from '../locales/en.ts';
import { precisionOf, type PartialDate } from './dates.ts';

/** A message with a form per plural category, as `Intl.PluralRules` names them. */
export interface PluralMessage {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

type Widen<T> = T extends string
  ? string
  : T extends { other: string }
    ? PluralMessage
    : { [K in keyof T]: Widen<T[K]> };

/** A complete set of messages: the shape of the English file. */
export type Messages = Widen<typeof en>;

/** Any part of a set of messages, as a language file may give it. */
export type PartialMessages = { [K in keyof Messages]?: DeepPartial<Messages[K]> };
type DeepPartial<T> = T extends string | PluralMessage ? T : { [K in keyof T]?: DeepPartial<T[K]> };

type Leaves<T, Leaf, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends Leaf
    ? `${Prefix}${K}`
    : T[K] extends string | PluralMessage
      ? never
      : Leaves<T[K], Leaf, `${Prefix}${K}.`>;
}[keyof T & string];

/** `entry.whoTookPart`: a message without plural forms. */
export type MessageKey = Leaves<Messages, string>;
/** `home.eventCount`: a message with plural forms. */
export type PluralKey = Leaves<Messages, PluralMessage>;

export type Values = Record<string, string | number>;

export function isPluralMessage(value: unknown): value is PluralMessage {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as PluralMessage).other === 'string'
  );
}

/** `messages` filled in from `fallback` wherever it lacks a message. */
export function mergeMessages(fallback: Messages, messages: PartialMessages | undefined): Messages {
  if (!messages) return fallback;
  const merge = (base: unknown, over: unknown): unknown => {
    if (over === undefined) return base;
    if (typeof base === 'string' || isPluralMessage(base)) return over;
    const result: Record<string, unknown> = {};
    for (const key of Object.keys(base as object)) {
      result[key] = merge(
        (base as Record<string, unknown>)[key],
        (over as Record<string, unknown>)[key],
      );
    }
    return result;
  };
  return merge(fallback, messages) as Messages;
}

/** Placeholders in a message: `{name}`. */
export function placeholders(message: string): string[] {
  return [...message.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
}

function fill(message: string, values: Values | undefined, format: (n: number) => string): string {
  if (!values) return message;
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? format(value) : value;
  });
}

function lookup(messages: Messages, key: string): unknown {
  let node: unknown = messages;
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return node;
}

export interface Translator {
  /** The language's locale, such as `en-GB`. */
  locale: string;
  /** A message with its values filled in. */
  t(key: MessageKey, values?: Values): string;
  /** The plural form of a message for `count`, with `{count}` and other values filled in. */
  plural(key: PluralKey, count: number, values?: Values): string;
  /** A number as the language writes it: `1,234` or `1 234`. */
  number(n: number): string;
  /** A partial date as precisely as it is known: `2014`, `July 2022`, `13 July 2022`. */
  date(date: PartialDate): string;
  /** A list joined as the language joins it: `a, b and c`. */
  list(items: readonly string[]): string;
  /** Compares two strings in the language's alphabetical order. */
  compare(a: string, b: string): number;
}

export function createTranslator(messages: Messages, locale: string): Translator {
  const numbers = new Intl.NumberFormat(locale);
  const rules = new Intl.PluralRules(locale);
  const lists = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
  const collator = new Intl.Collator(locale);
  const format = (n: number) => numbers.format(n);
  const dates = partialDateFormatter(locale);
  return {
    locale,
    t(key, values) {
      const message = lookup(messages, key);
      if (typeof message !== 'string') throw new Error(`No message "${key}"`);
      return fill(message, values, format);
    },
    plural(key, count, values) {
      const message = lookup(messages, key);
      if (!isPluralMessage(message)) throw new Error(`No plural message "${key}"`);
      const form = message[rules.select(count) as keyof PluralMessage] ?? message.other;
      return fill(form, { count, ...values }, format);
    },
    number: format,
    date: dates,
    list: (items) => lists.format(items),
    compare: (a, b) => collator.compare(a, b),
  };
}

const PRECISION_OPTIONS: Record<'year' | 'month' | 'day', Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
};

/**
 * Formats partial dates for a locale, with only the parts the date has. Some languages add a
 * word for "year" after the number ("2022 р."), which a date inside a sentence does not need.
 */
export function partialDateFormatter(locale: string): (date: PartialDate) => string {
  const formats = {
    year: new Intl.DateTimeFormat(locale, PRECISION_OPTIONS.year),
    month: new Intl.DateTimeFormat(locale, PRECISION_OPTIONS.month),
    day: new Intl.DateTimeFormat(locale, PRECISION_OPTIONS.day),
  };
  // The same dates recur on many pages (an event's date in every list it is in), and
  // formatting one takes a few microseconds that added up to a second at 10,000 entries.
  const formatted = new Map<PartialDate, string>();
  return (date) => {
    let text = formatted.get(date);
    if (text === undefined) formatted.set(date, (text = formatOne(date)));
    return text;
  };

  function formatOne(date: PartialDate): string {
    const precision = precisionOf(date);
    const [year, month = '01', day = '01'] = date.split('-');
    const instant = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
    // Years before 100 would otherwise be read as 19xx.
    instant.setUTCFullYear(Number(year));
    const parts = formats[precision].formatToParts(instant);
    // A trailing word set off by a space ("2022 р.") is dropped; a suffix that is part of the
    // last number ("13日") is kept.
    while (
      parts.length > 1 &&
      parts.at(-1)!.type === 'literal' &&
      /^\s/u.test(parts.at(-1)!.value)
    ) {
      parts.pop();
    }
    return parts.map((part) => part.value).join('');
  }
}

/** The English messages, complete. */
export const ENGLISH: Messages = en;
