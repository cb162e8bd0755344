/**
 * `npm run check [folder]`: validates all content without building, reports every problem at
 * once (file, field, expected versus received) and exits non-zero if there is any.
 */
import { checkContentDir, summarise } from '../src/checker/index.ts';
import { siteConfig } from '../src/config.ts';

const dir = process.argv[2] ?? siteConfig.contentDir;
const report = await checkContentDir(dir);
for (const line of report.lines) console.error(line);
if (report.problems.length > 0) console.error(summarise(report));
else console.log(summarise(report));
process.exitCode = report.problems.length === 0 ? 0 : 1;
