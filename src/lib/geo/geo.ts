/**
 * Static SVG maps of the municipalities, drawn at build time from the same web file as the /leden/ island.
 *
 * Projection: d3-geo's geoConicConformal with the standard parallels of Belgian Lambert 72 (49°50' and 51°10',
 * centred on 4°22' E). A conformal conic is what the official Belgian maps use, so the province looks as people know
 * it; Mercator would stretch it north–south by about 1/cos(51°) in scale but keep shapes, the conic is truer in
 * area across the 0.6° of latitude. fitSize scales it to the province outline.
 */
import { geoConicConformal, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { BoundariesFile } from '../../schemas/boundary.ts';
import { provinceOutline } from './boundaries.ts';

export const MAP_WIDTH = 640;
export const MAP_HEIGHT = 520;

export const BOUNDARY_ATTRIBUTION =
  'Gemeentegrenzen: © Statbel (Algemene Directie Statistiek – Statistics Belgium), statistische sectoren 1/1/2025, open data — vereenvoudigd door Provincies in Cijfers.';

interface MapShape {
  nis: string;
  name: string;
  /** SVG path data in px, 1 decimal. */
  d: string;
}

export interface ProjectedMap {
  width: number;
  height: number;
  outline: string;
  shapes: MapShape[];
}

/** Shoelace area in lon/lat: positive for counter-clockwise rings. */
function signedArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) sum += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
  return sum / 2;
}

/**
 * d3-geo works on the sphere and takes the clockwise ring as the inside, the opposite of RFC 7946; without this the
 * shape would be "the whole world except the municipality".
 */
function forD3<G extends Polygon | MultiPolygon>(geometry: G): G {
  const fix = (polygon: Position[][]) =>
    polygon.map((ring, i) => {
      const ccw = signedArea(ring) > 0;
      return (i === 0) === ccw ? [...ring].reverse() : ring;
    });
  if (geometry.type === 'Polygon') return { ...geometry, coordinates: fix(geometry.coordinates) };
  return { ...geometry, coordinates: (geometry as MultiPolygon).coordinates.map(fix) } as G;
}

const tenth = (n: number): string => String(n / 10);

/**
 * Rewrites d3's absolute "M x,y L x,y … Z" into relative steps ("m", "l"): most steps are a pixel or two, so the
 * numbers are much shorter and the page HTML about a third smaller. Works in whole tenths so no rounding drifts.
 */
export function relativePath(d: string): string {
  let out = '';
  let x = 0;
  let y = 0;
  for (const [, command, args] of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
    if (command === 'Z') {
      out += 'z';
      continue;
    }
    const [ax, ay] = args!.split(',').map((v) => Math.round(Number(v) * 10));
    const dx = ax! - x;
    const dy = ay! - y;
    const sep = dy < 0 ? '' : ',';
    out += `${command === 'M' ? 'm' : 'l'}${tenth(dx)}${sep}${tenth(dy)}`;
    x = ax!;
    y = ay!;
  }
  return out;
}

/** Projects every municipality and the province outline into a width × height box. */
export function projectMap(boundaries: BoundariesFile, width = MAP_WIDTH, height = MAP_HEIGHT): ProjectedMap {
  const outline = provinceOutline(boundaries);
  const outlineFeature: Feature<MultiPolygon> = {
    ...outline.features[0]!,
    geometry: forD3(outline.features[0]!.geometry),
  };
  const projection = geoConicConformal()
    .parallels([49 + 50 / 60, 51 + 10 / 60])
    .rotate([-(4 + 22 / 60), 0])
    .fitSize([width, height], { type: 'FeatureCollection', features: [outlineFeature] } as FeatureCollection);
  const path = geoPath(projection).digits(1);
  return {
    width,
    height,
    outline: relativePath(path(outlineFeature) ?? ''),
    shapes: boundaries.features.map((f) => ({
      nis: f.id,
      name: f.properties.name,
      d: relativePath(
        path({ type: 'Feature', properties: {}, geometry: forD3(f.geometry as Polygon | MultiPolygon) }) ?? '',
      ),
    })),
  };
}
