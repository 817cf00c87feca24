import type { APIRoute } from 'astro';
import { loadDataset } from '../../lib/members/dataset-files.ts';
import { authoritiesGeoJson } from '../../lib/open-data/open-data.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`${JSON.stringify(authoritiesGeoJson(loadDataset(), site!), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/geo+json; charset=utf-8' },
  });
