/**
 * A language's interface text, as a content folder may give it in `locales/<lang>.yaml` for a
 * language the generator does not ship, or to change some messages of one it does. The shape is
 * the English file's: any message may be left out and falls back to the shipped text or English.
 */
import { z } from 'astro/zod';
import { en } from '../locales/en.ts';
import { isPluralMessage, placeholders } from '../lib/i18n.ts';
import { textSchema } from './shared.ts';

const MessageText = textSchema({ max: 600 });

/** A message must use only the values its English original provides. */
function messageSchema(english: string) {
  const allowed = new Set(placeholders(english));
  return MessageText.superRefine((value, ctx) => {
    for (const name of placeholders(value)) {
      if (allowed.has(name)) continue;
      ctx.addIssue({
        code: 'custom',
        input: value,
        message: `expected only the placeholders ${[...allowed].map((p) => `{${p}}`).join(', ') || '(none)'}, received {${name}}`,
      });
    }
  });
}

function schemaFor(english: unknown): z.ZodType {
  if (typeof english === 'string') return messageSchema(english).optional();
  if (isPluralMessage(english)) {
    const other = messageSchema(english.other);
    return z
      .strictObject({
        zero: other.optional(),
        one: other.optional(),
        two: other.optional(),
        few: other.optional(),
        many: other.optional(),
        other,
      })
      .optional();
  }
  const shape: Record<string, z.ZodType> = {};
  for (const [key, value] of Object.entries(english as object)) shape[key] = schemaFor(value);
  return z.strictObject(shape).optional();
}

/** `locales/<lang>.yaml`. */
export const LocaleFileSchema = (schemaFor(en) as z.ZodOptional<z.ZodObject>).unwrap();
