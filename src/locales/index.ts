/**
 * The interface text the generator ships, by language. A content folder can add a language
 * with `locales/<lang>.yaml`, or change messages of a shipped one the same way.
 */
import type { Messages } from '../lib/i18n.ts';
import { en } from './en.ts';
import { uk } from './uk.ts';

export const SHIPPED_MESSAGES: ReadonlyMap<string, Messages> = new Map<string, Messages>([
  ['en', en],
  ['uk', uk],
]);

/** Languages whose interface text ships with the generator. */
export const SHIPPED_LOCALES: ReadonlySet<string> = new Set(SHIPPED_MESSAGES.keys());
