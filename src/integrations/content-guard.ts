import type { AstroIntegration } from 'astro';
import { annotations, reportLines, summarise } from '../checker/report.ts';
import type { ContentStore } from '../checker/store.ts';
import { errorsOf } from '../lib/content/problems.ts';

/**
 * Checks the content before Astro loads anything, so that a bad entry stops `astro build`
 * with the same one-line messages as `npm run check`, and nothing is written. The check's
 * result is the store the loaders read from, so the build cannot publish what it did not pass.
 *
 * While previewing, each saved file is checked alone against the rest, and its problems are
 * shown in the terminal and over the page.
 */
export function contentGuard(store: ContentStore): AstroIntegration {
  return {
    name: 'explainer:content-guard',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        const report = await store.ready();
        const lines = reportLines(report.problems);
        if (errorsOf(report.problems).length === 0) {
          for (const line of lines) logger.warn(line);
          logger.info(summarise(report));
          return;
        }
        if (command === 'dev') {
          logger.error(`${lines.join('\n')}\n${summarise(report)}`);
          return;
        }
        // An editor's mistake is not a crash: the messages alone, with no stack trace.
        console.error(`Content check failed:\n${lines.join('\n')}\n${summarise(report)}`);
        for (const line of annotations(report.problems)) console.log(line);
        process.exit(1);
      },
      'astro:server:setup': ({ server, logger }) => {
        store.watch();
        // An editor's save can reach the watcher as more than one event; say each thing once.
        let said = '';
        store.onChange((report) => {
          const errors = errorsOf(report.problems);
          const lines = reportLines(errors);
          const text =
            errors.length === 0 ? summarise(report) : `${lines.join('\n')}\n${summarise(report)}`;
          if (text !== said) {
            said = text;
            if (errors.length === 0) logger.info(text);
            else logger.error(text);
          }
          if (errors.length > 0) {
            server.environments.client.hot.send({
              type: 'error',
              err: { message: lines.join('\n'), stack: '', plugin: 'explainer:content' },
            });
            return;
          }
          // The pages read the store (src/data/), which has the change already. Astro keeps
          // each route's `getStaticPaths` until it hears that content changed, in the event its
          // own content layer sends; then the open page reloads, which also clears an overlay.
          for (const environment of Object.values(server.environments)) {
            if (environment.name !== 'client') environment.hot.send('astro:content-changed', {});
          }
          server.environments.client.hot.send({ type: 'full-reload', path: '*' });
        });
      },
    },
  };
}
