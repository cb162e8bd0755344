/**
 * Bounds on what one content file may contain. Entries come from pull requests, so every input
 * is bounded before it is parsed: no file can make the check or the build slower than linear,
 * use unbounded memory, or produce a page past its size budget. Legitimate entries stay far
 * below each bound; CONTRIBUTING.md lists them for editors.
 */
export const INPUT_LIMITS = {
  /** Bytes in one file: an entry with its frontmatter and body, a source, the topic file. */
  fileBytes: 128 * 1024,
  /** Bytes of YAML frontmatter at the top of an entry. */
  frontmatterBytes: 32 * 1024,
  /** Levels of nesting in YAML: mappings and lists inside each other. */
  yamlDepth: 12,
  /** Characters in an id, which is also a file name and part of a page's address. */
  id: 150,
  /** Characters in a web address. */
  url: 2000,
  /** Characters in a name, title, label or other one-line field. */
  line: 200,
  /** Characters in a summary or description. */
  summary: 320,
  /** Characters in a longer text field: a dispute's claim or note, a paragraph of the intro. */
  paragraph: 2000,
  /** Items in one list field (aliases, participants, sources, related events…). */
  listItems: 100,
} as const;

/**
 * Bounds on an MDX body, checked in one pass before it is parsed (see `body-guard.ts`). Each
 * stops one kind of input whose parsing costs more than its size in Sätteri 0.10.5; the
 * numbers there say how much.
 */
export const BODY_LIMITS = {
  /** Characters in a body; the file limit is smaller, so this binds only direct callers. */
  maxChars: INPUT_LIMITS.fileBytes,
  /** `>` and list markers opening one line: quotes and lists nested on a single line. */
  maxLineMarkers: 32,
  /** Components nested inside each other. */
  maxJsxDepth: 16,
  /** Tags (`<Cite />`, `</Quote>`) on one line. */
  maxTagsPerLine: 64,
  /** Unescaped `{` in one paragraph, inside code too. */
  maxBracesPerParagraph: 64,
  /** Character references such as `&amp;` or `&#x61;` in one body. */
  maxCharacterReferences: 256,
  /**
   * Bytes Sätteri copies while it decodes character references and curls quotation marks in
   * one paragraph: the sum of their offsets in it.
   */
  maxCopyPerParagraph: 16_000_000,
} as const;

export type BodyLimits = { [K in keyof typeof BODY_LIMITS]: number };
