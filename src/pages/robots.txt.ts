import type { APIRoute } from 'astro';
import { siteConfig } from '../config.ts';
import { robotsTxt } from '../lib/robots.ts';

export const GET: APIRoute = () =>
  new Response(robotsTxt(siteConfig), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
