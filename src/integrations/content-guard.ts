import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { checkContentDir, summarise } from '../checker/index.ts';

/**
 * Runs the content checker before Astro loads anything, so a bad entry stops `astro build`
 * and `astro dev` with the same messages as `npm run check`. Astro alone would only log a
 * broken reference, and would turn `2022-13-45` into a date in 2023.
 */
export function contentGuard(options: { contentDir: string }): AstroIntegration {
  return {
    name: 'explainer:content-guard',
    hooks: {
      'astro:config:setup': async ({ logger }) => {
        const report = await checkContentDir(options.contentDir);
        if (report.problems.length > 0) {
          throw new Error(
            `Content check failed:\n${report.lines.join('\n')}\n${summarise(report)}`,
          );
        }
        logger.info(summarise(report));
      },
      // While previewing, an edit is checked again as soon as it is saved, so an editor sees
      // the same messages in the terminal without restarting the server.
      'astro:server:setup': ({ server, logger }) => {
        const folder = path.resolve(options.contentDir);
        server.watcher.on('all', async (_event, file) => {
          if (!path.resolve(file).startsWith(folder + path.sep)) return;
          const report = await checkContentDir(options.contentDir);
          if (report.problems.length === 0) logger.info(summarise(report));
          else logger.error(`${report.lines.join('\n')}\n${summarise(report)}`);
        });
      },
    },
  };
}
