/**
 * Translations that may have fallen behind their base entry: a translation older than the
 * base entry it translates, judged by each file's last commit. A warning, not an error: the
 * translation's facts still come from the base entry, only its words may be out of date.
 */
import type { ContentModel } from './check.ts';
import type { Problem } from './problems.ts';

/**
 * One warning per translation whose file was last changed before its base entry's, given the
 * last commit date of each file by its path in the content folder (`events/x.mdx`).
 */
export function staleTranslations(model: ContentModel, changed: ReadonlyMap<string, string>): Problem[] {
  const problems: Problem[] = [];
  for (const collection of ['actors', 'events'] as const) {
    for (const entry of model[collection].values()) {
      const base = changed.get(entry.relative);
      if (base === undefined) continue;
      for (const translation of entry.translations.values()) {
        const words = changed.get(translation.relative);
        // Git writes each date with the offset it was made in, so they compare as instants.
        if (words === undefined || Date.parse(words) >= Date.parse(base)) continue;
        problems.push({
          file: translation.file,
          line: 1,
          field: 'file',
          level: 'warning',
          message: `expected a translation as recent as ${entry.relative}, received one last changed ${words.slice(0, 10)}, before that entry (${base.slice(0, 10)}): check that it still says the same`,
        });
      }
    }
  }
  return problems;
}
