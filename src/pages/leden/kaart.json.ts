import type { APIRoute } from 'astro';
import { loadDataset } from '../../lib/members/dataset-files.ts';
import { memberMapData, memberServices, readBorderTopology } from '../../lib/members/member-map-data.ts';
import { getServices } from '../../lib/members/services.ts';

/** The member map's data, read by the <member-map> island. */
export const GET: APIRoute = async () => {
  const dataset = loadDataset();
  const data = memberMapData(dataset, memberServices(await getServices()), readBorderTopology(dataset));
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
