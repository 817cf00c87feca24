import type { APIRoute } from 'astro';
import { renderRobotsTxt } from '../lib/site/robots-txt.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(renderRobotsTxt(site!), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
