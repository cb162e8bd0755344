/**
 * Text measured without a browser, for drawings laid out at build time. The widths are those
 * of a wide sans-serif (DejaVu Sans, the system font of many Linux desktops, is among the
 * widest) rounded up, so text measured here fits in any of the system fonts the site uses.
 */

/** Advance widths in em, by character class. */
const NARROW = /[ilj.,:;'’‘!|I()[\]\s]/;
const SLIM = /[frt\-–—"“”/]/;
const WIDE = /[mwMWжшщюЖШЩЮ@%]/;
const CAPITAL = /[A-ZА-ЯЁЄІЇҐ]/;

function charWidth(char: string): number {
  if (NARROW.test(char)) return 0.34;
  if (SLIM.test(char)) return 0.44;
  if (WIDE.test(char)) return 1.0;
  if (CAPITAL.test(char)) return 0.8;
  return 0.64;
}

/** The width of `text` at `fontSize` pixels, at least as wide as the browser draws it. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const char of text) em += charWidth(char);
  return em * fontSize;
}

/**
 * Breaks `text` at spaces into at most `maxLines` lines of at most `maxWidth` pixels. A word
 * too long for a line is cut, and text left over ends the last line with an ellipsis.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  fontSize: number,
  maxLines: number,
): string[] {
  const lines: string[] = [];
  let line = '';
  const words = text.split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate, fontSize) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) {
      lines.push(line);
      line = '';
      i -= 1;
    } else {
      // One word wider than a line: as much of it as fits, and the rest on the next line.
      let cut = word.length - 1;
      while (cut > 1 && textWidth(`${word.slice(0, cut)}-`, fontSize) > maxWidth) cut -= 1;
      lines.push(`${word.slice(0, cut)}-`);
      words[i] = word.slice(cut);
      i -= 1;
    }
    if (lines.length === maxLines) {
      const rest = [line, ...words.slice(i + 1)].filter(Boolean).join(' ');
      if (rest)
        lines[maxLines - 1] = ellipsis(`${lines[maxLines - 1]!} ${rest}`, maxWidth, fontSize);
      return lines;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Shortens `text` to fit `maxWidth`, ending it with an ellipsis. */
export function ellipsis(text: string, maxWidth: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  let end = text.length;
  while (end > 1 && textWidth(`${text.slice(0, end).trimEnd()}…`, fontSize) > maxWidth) end -= 1;
  return `${text.slice(0, end).trimEnd()}…`;
}
