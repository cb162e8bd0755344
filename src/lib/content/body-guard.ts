/**
 * A linear-time look at an MDX body before Sätteri parses it. Each limit stops one kind of
 * input whose cost grows faster than its size in Sätteri 0.10.5 (numbers from the research
 * report, measured in one process each):
 *
 * - `maxChars`: the one limit on plain size. Everything else is linear, but a 1,000,000-row
 *   table or a 1.8 MB body of character references still needs gigabytes.
 * - `maxLineMarkers`: `>` and list markers opening one line. Container matching is quadratic
 *   in nesting depth: 100,000 `>` on one line take 6–19 s, 1,000,000 over two minutes.
 * - `maxJsxDepth`: nested components. Replacing 8,000 nested `<Quote>` takes 2–3 s and
 *   350 MB; 20,000 exhaust a 6 GB address space.
 * - `maxTagsPerLine`: `<…>` tags on one line. The MDX text parser is quadratic in the tags
 *   on one line: 20,000 `<Cite />` take 2.5–7 s, 100,000 over a minute; 5,000 on lines of
 *   their own, in one paragraph or list, take 0.2 s.
 * - `maxBracesPerParagraph`: unescaped `{` in one paragraph, inside `code` too. The MDX
 *   expression scan is quadratic or worse in them: 20,000 `{}` in code spans on one line take
 *   17 s, 20,000 lines of `a {` 12 s. Outside code a `{` is refused anyway.
 * - `maxCharacterReferences` and `maxCopyPerParagraph`: each character reference, and each
 *   quote made curly, rebuilds the paragraph's text so far and keeps every copy, so memory
 *   grows with their count times the paragraph's length: 30,000 `&#x61;` (180 KB) take
 *   1.4 GB, 300,000 exhaust the machine. The sum of their offsets in the paragraph is the
 *   number of bytes those copies take; the count of references is a plainer bound that an
 *   editor can act on, and no entry needs many.
 *
 * The limits are far above what an entry needs (the report lists the largest values in the
 * content) and far below where parsing slows down: at the limits, the worst body found
 * renders in about half a second.
 *
 * The same pass refuses characters that have no place in prose and that a reader would not
 * see: control characters, which also make the page invalid, and the bidirectional overrides
 * that reverse the text after them.
 */
import { BODY_LIMITS, type BodyLimits } from './limits.ts';

export { BODY_LIMITS, type BodyLimits };

export interface GuardProblem {
  line: number;
  message: string;
}

/** What the guard measures, for choosing limits from real content. */
export interface BodyMeasure {
  chars: number;
  lineMarkers: number;
  jsxDepth: number;
  tagsPerLine: number;
  bracesPerParagraph: number;
  characterReferences: number;
  copyPerParagraph: number;
}

const SPACE = 0x20;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isNameStart(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c === 0x24;
}

/**
 * Scans the body once. With `limits`, stops at the first limit passed and returns it as a
 * problem; without, returns the maxima.
 */
export function scanBody(body: string, limits?: BodyLimits): GuardProblem | BodyMeasure {
  const measure: BodyMeasure = {
    chars: body.length,
    lineMarkers: 0,
    jsxDepth: 0,
    tagsPerLine: 0,
    bracesPerParagraph: 0,
    characterReferences: 0,
    copyPerParagraph: 0,
  };
  if (limits && body.length > limits.maxChars) {
    let line = 1;
    for (let i = body.indexOf('\n'); i !== -1 && i < limits.maxChars; i = body.indexOf('\n', i + 1))
      line++;
    return {
      line,
      message: `expected a body of at most ${limits.maxChars} characters, received ${body.length} (the limit falls on this line)`,
    };
  }
  if (limits) {
    const unprintable = unprintableProblem(body);
    if (unprintable) return unprintable;
  }
  let line = 1;
  let depth = 0;
  let references = 0;
  let tags: number;
  let braces = 0;
  let copy = 0;
  let paragraphStart = 0; // offset where the current paragraph began
  let paragraphLine = 1;
  let i = 0;
  const n = body.length;
  while (i < n) {
    // A line starts here: count its container markers and see whether it is blank.
    tags = 0;
    const tagLine = line;
    let markers = 0;
    let j = i;
    for (;;) {
      const c = body.charCodeAt(j);
      if (c === SPACE || c === TAB) j++;
      else if (c === 0x3e /* > */) {
        markers++;
        j++;
      } else if (c === 0x2d || c === 0x2a || c === 0x2b /* - * + */) {
        const next = body.charCodeAt(j + 1);
        if (next !== SPACE && next !== TAB) break;
        markers++;
        j += 2;
      } else if (isDigit(c)) {
        let k = j;
        while (k < n && k - j < 9 && isDigit(body.charCodeAt(k))) k++;
        const delimiter = body.charCodeAt(k);
        const next = body.charCodeAt(k + 1);
        if ((delimiter !== 0x2e && delimiter !== 0x29) || (next !== SPACE && next !== TAB)) break;
        markers++;
        j = k + 2;
      } else break;
    }
    if (markers > measure.lineMarkers) measure.lineMarkers = markers;
    if (limits && markers > limits.maxLineMarkers) {
      return {
        line,
        message: `expected at most ${limits.maxLineMarkers} nested quotes or lists on a line, received ${markers}`,
      };
    }
    const c0 = body.charCodeAt(j);
    if (j >= n || c0 === LF || c0 === CR) {
      // A blank line ends the paragraph.
      braces = 0;
      copy = 0;
      paragraphStart = j + 1;
      paragraphLine = line + 1;
    }
    // The rest of the line.
    while (j < n) {
      const c = body.charCodeAt(j);
      if (c === LF) break;
      if (c === 0x3c /* < */) {
        const next = body.charCodeAt(j + 1);
        if (next === 0x2f /* / */) {
          if (depth > 0) depth--;
          tags++;
        } else if (isNameStart(next) || next === 0x3e /* > */) {
          tags++;
          // Find the end of the tag, skipping quoted attribute values, counting lines.
          let k = j + 1;
          let quote = 0;
          while (k < n) {
            const d = body.charCodeAt(k);
            if (d === LF) line++;
            if (quote) {
              if (d === quote) quote = 0;
            } else if (d === 0x22 || d === 0x27) quote = d;
            else if (d === 0x3e || d === 0x3c) break;
            k++;
          }
          const selfClosing = body.charCodeAt(k) === 0x3e && body.charCodeAt(k - 1) === 0x2f;
          if (!selfClosing) depth++;
          if (depth > measure.jsxDepth) measure.jsxDepth = depth;
          if (limits && depth > limits.maxJsxDepth) {
            return {
              line,
              message: `expected components nested at most ${limits.maxJsxDepth} deep, received deeper`,
            };
          }
          j = body.charCodeAt(k) === 0x3e ? k + 1 : k;
        } else {
          j++;
          continue;
        }
        if (tags > measure.tagsPerLine) measure.tagsPerLine = tags;
        if (limits && tags > limits.maxTagsPerLine) {
          return {
            line: tagLine,
            message: `expected at most ${limits.maxTagsPerLine} components on a line, received more`,
          };
        }
        if (next === 0x2f) j++;
        continue;
      } else if (c === 0x7b /* { */ && body.charCodeAt(j - 1) !== 0x5c /* \\ */) {
        // Braces count even inside `code`: Sätteri's MDX scan for expressions still visits them.
        braces++;
        if (braces > measure.bracesPerParagraph) measure.bracesPerParagraph = braces;
        if (limits && braces > limits.maxBracesPerParagraph) {
          return {
            line: paragraphLine,
            message: `expected at most ${limits.maxBracesPerParagraph} { in a paragraph, received more`,
          };
        }
      } else if (
        c === 0x26 /* & */ ||
        c === 0x22 /* " */ ||
        c === 0x27 /* ' */ ||
        (c === 0x2e /* . */ && body.charCodeAt(j - 1) === 0x2e && body.charCodeAt(j - 2) === 0x2e)
      ) {
        if (c === 0x26 && isCharacterReference(body, j)) {
          references++;
          if (references > measure.characterReferences) measure.characterReferences = references;
          if (limits && references > limits.maxCharacterReferences) {
            return {
              line,
              message: `expected at most ${limits.maxCharacterReferences} character references such as &amp; in a body, received more (write the characters themselves)`,
            };
          }
        }
        copy += j - paragraphStart;
        if (copy > measure.copyPerParagraph) measure.copyPerParagraph = copy;
        if (limits && copy > limits.maxCopyPerParagraph) {
          return {
            line: paragraphLine,
            message:
              'expected fewer quotation marks and character references in this paragraph, received enough to exhaust memory (split it into paragraphs)',
          };
        }
      }
      j++;
    }
    line++;
    i = j + 1;
  }
  return measure;
}

/** `&name;`, `&#123;` or `&#x7b;` starting at `at`: what Sätteri decodes into a character. */
function isCharacterReference(body: string, at: number): boolean {
  let k = at + 1;
  let max: number;
  let accepts: (c: number) => boolean;
  if (body.charCodeAt(k) === 0x23 /* # */) {
    k++;
    const hex = body.charCodeAt(k) === 0x78 || body.charCodeAt(k) === 0x58; /* x X */
    if (hex) k++;
    max = hex ? 6 : 7;
    accepts = hex ? isHexDigit : isDigit;
  } else {
    max = 32;
    accepts = isAlphanumeric;
  }
  const start = k;
  while (k - start < max && accepts(body.charCodeAt(k))) k++;
  return k > start && body.charCodeAt(k) === 0x3b /* ; */;
}

function isHexDigit(c: number): boolean {
  return isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}

function isAlphanumeric(c: number): boolean {
  return isDigit(c) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

// Control characters other than tab and line endings, and the bidirectional embeddings and
// overrides (U+202A–U+202E), which reverse or shift the text after them on the page.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNPRINTABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e]/;

// A numeric character reference, which Sätteri decodes into the character it names, in text
// and in attribute values alike.
const NUMERIC_REFERENCE = /&#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}));/g;

/**
 * The first character a body may not contain, with its line: written as it is, or as a
 * numeric character reference (`&#x202E;`), which would put the same character on the page.
 */
function unprintableProblem(body: string): GuardProblem | undefined {
  let at = UNPRINTABLE.exec(body)?.index ?? -1;
  let code = at === -1 ? 0 : body.charCodeAt(at);
  NUMERIC_REFERENCE.lastIndex = 0;
  for (let match = NUMERIC_REFERENCE.exec(body); match; match = NUMERIC_REFERENCE.exec(body)) {
    if (at !== -1 && match.index > at) break;
    const point = match[1] === undefined ? Number(match[2]) : parseInt(match[1], 16);
    if (point <= 0xffff && UNPRINTABLE.test(String.fromCharCode(point)) && point !== 0) {
      at = match.index;
      code = point;
      break;
    }
  }
  if (at === -1) return undefined;
  let line = 1;
  for (let i = body.indexOf('\n'); i !== -1 && i < at; i = body.indexOf('\n', i + 1)) line++;
  return {
    line,
    message: `expected text without invisible control characters, received U+${code.toString(16).toUpperCase().padStart(4, '0')} (delete it)`,
  };
}

/** The first limit the body passes, or undefined when it is safe to parse. */
export function guardBody(
  body: string,
  limits: BodyLimits = BODY_LIMITS,
): GuardProblem | undefined {
  const result = scanBody(body, limits);
  return 'message' in result ? result : undefined;
}
