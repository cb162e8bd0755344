import type { APIRoute } from 'astro';
import { loadSite } from '../../data/index.ts';
import { eventsExport } from '../../lib/exports.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(eventsExport(await loadSite()), null, 1), {
    headers: { 'content-type': 'application/json' },
  });
