/**
 * Runs `task` on every item with at most `limit` running at once, and returns the results in
 * the items' order. Reading thousands of files at once would exceed the open-file limit of an
 * ordinary machine (256 on macOS, 1,024 on most Linux desktops).
 */
export async function mapConcurrent<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
