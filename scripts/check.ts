/**
 * `npm run check [folder]`: checks a content folder without building, prints every problem at
 * once (file, line, field, expected versus received) and exits non-zero if there is an error.
 * Under GitHub Actions it also prints each problem as an annotation on its line.
 */
import { annotations, reportLines, summarise } from '../src/checker/report.ts';
import { ContentStore } from '../src/checker/store.ts';
import { siteConfig } from '../src/config.ts';
import { errorsOf } from '../src/lib/content/problems.ts';

const dir = process.argv[2] ?? siteConfig.contentDir;
// The build's parse cache, so that a check after a few edits parses only the edited files.
const cacheDir = process.env.ASTRO_CACHE_DIR ?? 'node_modules/.astro';
const report = await new ContentStore(dir, {
  base: siteConfig.base,
  cacheDir,
  history: true,
}).load();
const failed = errorsOf(report.problems).length > 0;
// Problems go to standard error with the summary; annotations go to standard output, where
// GitHub Actions reads workflow commands.
for (const line of reportLines(report.problems)) console.error(line);
for (const line of annotations(report.problems)) console.log(line);
(failed ? console.error : console.log)(summarise(report));
process.exitCode = failed ? 1 : 0;
