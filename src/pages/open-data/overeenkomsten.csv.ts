import type { APIRoute } from 'astro';
import { loadDataset } from '../../lib/members/dataset-files.ts';
import { agreementsCsv } from '../../lib/open-data/open-data.ts';

export const GET: APIRoute = () =>
  new Response(agreementsCsv(loadDataset()), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
