/**
 * Vitest global setup of the build tests: fails the run if any of them changed the project's
 * `.astro/` folder, which belongs to the contributor's editor (the Astro extension reads its list
 * of entries and their JSON Schemas from there). Build tests run Astro from roots of their own
 * (see `site.ts`).
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

const dotAstro = path.resolve(import.meta.dirname, '../../.astro');

/** Every file and folder below `.astro/`, with its size and modification time. */
async function snapshot(): Promise<Map<string, string>> {
  const items = new Map<string, string>();
  let names: string[];
  try {
    names = await readdir(dotAstro, { recursive: true });
  } catch {
    return items;
  }
  for (const name of names) {
    const info = await stat(path.join(dotAstro, name)).catch(() => undefined);
    items.set(
      name,
      !info ? 'gone' : info.isDirectory() ? 'folder' : `${info.size}:${info.mtimeMs}`,
    );
  }
  return items;
}

export default async function setup(): Promise<() => Promise<void>> {
  const before = await snapshot();
  return async () => {
    const after = await snapshot();
    const changed = [...new Set([...before.keys(), ...after.keys()])].filter(
      (name) => before.get(name) !== after.get(name),
    );
    if (changed.length > 0) {
      throw new Error(
        `The build tests changed the project's .astro/: ${changed.sort().join(', ')}`,
      );
    }
  };
}
