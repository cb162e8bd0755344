/**
 * Lists that grow with the content are split into pages of a fixed size, so that no page's
 * HTML grows without bound as the corpus does.
 */

export interface Page<T> {
  /** 1-based page number. */
  number: number;
  /** How many pages the list has in all. */
  count: number;
  items: T[];
}

/** Splits a list into pages of `size`; an empty list still has one (empty) page. */
export function paginate<T>(list: readonly T[], size: number): Page<T>[] {
  if (size < 1) throw new RangeError(`expected a page size of at least 1, received ${size}`);
  const count = Math.max(1, Math.ceil(list.length / size));
  return Array.from({ length: count }, (_, index) => ({
    number: index + 1,
    count,
    items: list.slice(index * size, (index + 1) * size),
  }));
}

/** The route parameter of a rest route: `undefined` for page 1, `"2"` for page 2. */
export function pageParam(number: number): string | undefined {
  return number > 1 ? String(number) : undefined;
}

/**
 * Static paths for the groups too large to list in full on their index page: one route per
 * page of each such group, as `{ params: { kind, page }, props: { page } }`.
 */
export function groupPagePaths<T>(
  groups: readonly { key: string; items: readonly T[] }[],
  groupLimit: number,
  pageSize: number,
): { params: { kind: string; page: string | undefined }; props: { page: Page<T> } }[] {
  return groups
    .filter(({ items }) => items.length > groupLimit)
    .flatMap(({ key, items }) =>
      paginate(items, pageSize).map((page) => ({
        params: { kind: key, page: pageParam(page.number) },
        props: { page },
      })),
    );
}
