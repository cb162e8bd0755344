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
  /** Levels of nesting in a body: quotes, lists and components inside each other. */
  bodyDepth: 16,
  /** Character references (`&amp;`, `&#x61;`) in one body. */
  characterReferences: 256,
  /** Characters in a name, title, label or other one-line field. */
  line: 200,
  /** Characters in a summary or description. */
  summary: 320,
  /** Characters in a longer text field: a dispute's claim or note, a paragraph of the intro. */
  paragraph: 2000,
  /** Items in one list field (aliases, participants, sources, related events…). */
  listItems: 100,
} as const;
