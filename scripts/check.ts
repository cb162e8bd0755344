/**
 * `npm run check [folder]`: checks a content folder without building, prints every problem at
 * once (file, line, field, expected versus received) and exits non-zero if there is an error.
 * Under GitHub Actions it also prints each problem as an annotation on its line.
 */
import { reportLines, summarise } from '../src/checker/report.ts';
import { ContentStore } from '../src/checker/store.ts';
import { siteConfig } from '../src/config.ts';
import { errorsOf } from '../src/lib/content/problems.ts';

const dir = process.argv[2] ?? siteConfig.contentDir;
const report = await new ContentStore(dir).load();
for (const line of reportLines(report.problems)) console.log(line);
const failed = errorsOf(report.problems).length > 0;
(failed ? console.error : console.log)(summarise(report));
process.exitCode = failed ? 1 : 0;
