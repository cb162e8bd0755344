/**
 * The site's typography for text written in frontmatter: straight quotes become curly ones, as
 * the Markdown renderer already makes them in bodies, so titles, summaries and bodies match.
 */

const OPENING_CONTEXT = /[\s([{\u2014\u2013-]/u;

/** `"people's republics"` → `“people’s republics”`. */
export function smartQuotes(text: string): string {
  if (!text.includes('"') && !text.includes("'")) return text;
  let result = '';
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    const before = i === 0 ? ' ' : text[i - 1]!;
    const opening = OPENING_CONTEXT.test(before);
    if (char === '"') result += opening ? '\u201c' : '\u201d';
    else if (char === "'") result += opening ? '\u2018' : '\u2019';
    else result += char;
  }
  return result;
}
