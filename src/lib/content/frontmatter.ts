/**
 * How an MDX entry splits into YAML frontmatter and body: the frontmatter is everything between
 * a first line `---` and the next line `---`.
 */

// Astro's own frontmatter pattern, so files split exactly as Astro's loaders split them.
const FRONTMATTER = /^(?:\uFEFF?)---\r?\n([\s\S]*?\r?\n)?---(?:\r?\n|$)/;

export interface SplitEntry {
  /** The YAML between the two `---` lines. */
  yaml: string;
  /** Everything after the closing `---` line. */
  body: string;
  /** The 1-based line of the file on which the body starts. */
  bodyLine: number;
}

/** Splits an MDX file, or returns undefined when it does not start with frontmatter. */
export function splitFrontmatter(text: string): SplitEntry | undefined {
  const match = FRONTMATTER.exec(text);
  if (!match) return undefined;
  return {
    yaml: match[1] ?? '',
    body: text.slice(match[0].length),
    bodyLine: match[0].split('\n').length,
  };
}
