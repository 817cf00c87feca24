/**
 * The municipal borders as the /leden/ island fetches them: a quantized TopoJSON topology. Each shared border is
 * stored once as an arc and the vertices as small integer deltas, so the file is a fraction of the GeoJSON and
 * neighbours decoded from it (topojson-client's `feature`) still share every vertex. Build-time only (topojson-server).
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { topology } from 'topojson-server';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { BoundariesFile } from '../../schemas/boundary.ts';

/**
 * Grid steps across the province's extent. 1e4 steps over about 1.3° of longitude is some 9 m on the ground, well
 * below what a phone screen shows at the island's deepest zoom and far finer than the simplified borders themselves.
 */
export const BORDER_QUANTIZATION = 1e4;

/** The one object in the topology: one geometry per municipality, its id the NIS code, no properties. */
export type BorderTopology = Topology<{ municipalities: GeometryCollection }>;

export function encodeBorders(boundaries: BoundariesFile, quantization = BORDER_QUANTIZATION): BorderTopology {
  // Names and other properties travel in kaart.json's municipalities list already.
  const bare: FeatureCollection<Polygon | MultiPolygon> = {
    type: 'FeatureCollection',
    features: boundaries.features.map((f): Feature<Polygon | MultiPolygon> => ({
      type: 'Feature',
      id: f.id,
      properties: {},
      geometry: f.geometry as Polygon | MultiPolygon,
    })),
  };
  const encoded = topology({ municipalities: bare }, quantization) as BorderTopology;
  for (const geometry of encoded.objects.municipalities.geometries) delete geometry.properties;
  return encoded;
}
