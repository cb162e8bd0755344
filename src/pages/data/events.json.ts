import type { APIRoute } from 'astro';
import { loadSite } from '../../data/index.ts';
import { eventsExport } from '../../lib/exports.ts';
import { absoluteUrl, sitePaths } from '../../lib/paths.ts';

export const GET: APIRoute = async ({ site }) => {
  const data = eventsExport(await loadSite(), sitePaths(import.meta.env.BASE_URL), (path) =>
    absoluteUrl(site!, path),
  );
  return new Response(JSON.stringify(data, null, 1), {
    headers: { 'content-type': 'application/json' },
  });
};
