import type { APIRoute } from 'astro';
import { loadDataset } from '../../lib/members/dataset-files.ts';
import { agreementsJson } from '../../lib/open-data/open-data.ts';

export const GET: APIRoute = () =>
  new Response(agreementsJson(loadDataset()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
