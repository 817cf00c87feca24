import type { APIRoute } from 'astro';
import { loadDataset, readServiceIds } from '../../lib/members/dataset-files.ts';
import { readBoundaries } from '../../lib/members/member-map-data.ts';
import { municipalitiesGeoJson } from '../../lib/open-data/open-data.ts';

export const GET: APIRoute = () => {
  const data = loadDataset();
  const boundaries = readBoundaries(data);
  if (!boundaries) throw new Error('content/data/boundaries.geojson ontbreekt; maak het met npm run import:boundaries');
  const collection = municipalitiesGeoJson(data, boundaries as never, readServiceIds());
  // One feature a line: small enough to download, still readable.
  const lines = collection.features.map((f) => JSON.stringify(f));
  return new Response(`{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`, {
    headers: { 'Content-Type': 'application/geo+json; charset=utf-8' },
  });
};
