import type { APIRoute } from 'astro';
import { siteConfig } from '../../config.ts';
import { loadSite } from '../../data/index.ts';
import { timelineJsExport } from '../../lib/exports.ts';
import { absoluteUrl, sitePaths } from '../../lib/paths.ts';

/** The events in TimelineJS's JSON format, to load into a TimelineJS embed. */
export const GET: APIRoute = async ({ site }) => {
  const data = timelineJsExport(
    await loadSite(),
    sitePaths(import.meta.env.BASE_URL),
    (path) => absoluteUrl(site!, path),
    siteConfig,
  );
  return new Response(JSON.stringify(data, null, 1), {
    headers: { 'content-type': 'application/json' },
  });
};
