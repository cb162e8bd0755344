/**
 * Which files in the output folder a build did not write. The site keeps its output folder
 * between builds (see src/integrations/prune-output.ts), so the page of a deleted entry would
 * otherwise stay published.
 */

export interface OutputListing {
  /** Every file in the output folder, relative to it, with `/` separators. */
  files: readonly string[];
  /** The files this build's routes wrote or kept, relative to the output folder. */
  produced: ReadonlySet<string>;
  /** The files of `public/`, which Astro copies as they are, relative to it. */
  publicFiles: ReadonlySet<string>;
  /**
   * Top-level files and folders that other steps write in full on every build, such as
   * `pagefind` or the sitemap's `sitemap-0.xml`.
   */
  rewritten: readonly RegExp[];
}

/** The files to delete: neither written by a route, nor copied from `public/`. */
export function staleOutputs({ files, produced, publicFiles, rewritten }: OutputListing): string[] {
  return files.filter((file) => {
    const top = file.split('/', 1)[0] ?? '';
    if (rewritten.some((pattern) => pattern.test(top))) return false;
    return !produced.has(file) && !publicFiles.has(file);
  });
}
