/**
 * A language's interface text, as a content folder may give it in `locales/<lang>.yaml` for a
 * language the generator does not ship, or to change some messages of one it does. The shape is
 * the English file's: any message may be left out and falls back to the shipped text or English.
 */
import { z } from 'astro/zod';
import { en } from '../locales/en.ts';
import { isPluralMessage, placeholders } from '../lib/i18n.ts';
import { field, textSchema } from './shared.ts';

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

// Each message is described by its English text, which is what an editor translates.
function schemaFor(english: unknown, key = ''): z.ZodType {
  const name = key.split('.').at(-1) ?? key;
  if (typeof english === 'string') {
    return field(name, messageSchema(english), `In English: ${JSON.stringify(english)}`).optional();
  }
  if (isPluralMessage(english)) {
    const other = messageSchema(english.other);
    const form = (count: string) =>
      field(count, other, `The form for a count that Intl.PluralRules calls "${count}".`);
    return z
      .strictObject({
        zero: form('zero').optional(),
        one: form('one').optional(),
        two: form('two').optional(),
        few: form('few').optional(),
        many: form('many').optional(),
        other: form('other'),
      })
      .meta({
        description: `By count. In English: ${Object.entries(english)
          .map(([count, text]) => `${count} ${JSON.stringify(text)}`)
          .join(', ')}`,
      })
      .optional();
  }
  const shape: Record<string, z.ZodType> = {};
  for (const [child, value] of Object.entries(english as object)) {
    shape[child] = schemaFor(value, key ? `${key}.${child}` : child);
  }
  const object = z.strictObject(shape);
  return (key ? object.meta({ description: `The messages under ${key}.` }) : object).optional();
}

/** `locales/<lang>.yaml`. */
export const LocaleFileSchema = (schemaFor(en) as z.ZodOptional<z.ZodObject>).unwrap();
