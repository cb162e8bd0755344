/**
 * How an MDX entry splits into YAML frontmatter and body. The checker and the content loader
 * both use it, so an entry the checker accepted is read the same way by the build.
 */
import yaml from 'js-yaml';

// Astro's own frontmatter pattern, so files split exactly as Astro's loaders split them.
const FRONTMATTER = /^(?:\uFEFF?)---\r?\n([\s\S]*?\r?\n)?---(?:\r?\n|$)/;

/**
 * YAML's default schema turns `2022-13-45` into a valid Date in 2023. The core schema keeps
 * dates as the strings the editor wrote, so impossible dates are caught.
 */
export const YAML_OPTIONS = { schema: yaml.CORE_SCHEMA } as const;

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

/** Parses frontmatter YAML with the core schema; throws js-yaml's error on bad YAML. */
export function parseYaml(text: string, filename?: string): unknown {
  return yaml.load(text, { ...YAML_OPTIONS, filename }) ?? {};
}
