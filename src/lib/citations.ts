/**
 * Source ids cited in an MDX body by `<Cite source="…">` or `<Quote source="…">`, in order of
 * first appearance: that order numbers the page's reference list.
 *
 * A pattern is enough here because the content checker has already rejected every body whose
 * components are not these two with plain string attributes.
 */
const CITATION = /<(?:Cite|Quote)\b[^>]*?\bsource="([^"]+)"/g;

export function citedSources(body: string | undefined): string[] {
  if (!body) return [];
  const ids: string[] = [];
  for (const match of body.matchAll(CITATION)) {
    const id = match[1];
    if (id !== undefined && !ids.includes(id)) ids.push(id);
  }
  return ids;
}

/**
 * The numbered reference list of an entry: sources cited inline first, in order of
 * appearance, then the entry's other sources in the order its frontmatter lists them.
 */
export function referenceList(body: string | undefined, listed: readonly string[]): string[] {
  const ordered = citedSources(body);
  for (const id of listed) if (!ordered.includes(id)) ordered.push(id);
  return ordered;
}
