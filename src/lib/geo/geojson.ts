/** GeoJSON writers (RFC 7946): WGS84 coordinates in [longitude, latitude] order. */
import type { Feature, FeatureCollection, Geometry, GeoJsonProperties, Point } from 'geojson';

/** A Point feature; takes latitude and longitude by name so the order cannot be swapped by accident. */
export function pointFeature<P extends GeoJsonProperties>(
  position: { lat: number; lon: number },
  properties: P,
  id?: string,
): Feature<Point, P> {
  if (Math.abs(position.lat) > 90 || Math.abs(position.lon) > 180) {
    throw new RangeError(`positie buiten bereik: lat ${position.lat}, lon ${position.lon}`);
  }
  return {
    type: 'Feature',
    ...(id === undefined ? {} : { id }),
    geometry: { type: 'Point', coordinates: [position.lon, position.lat] },
    properties,
  };
}

export function featureCollection<G extends Geometry, P extends GeoJsonProperties>(
  features: Feature<G, P>[],
): FeatureCollection<G, P> {
  return { type: 'FeatureCollection', features };
}
