/**
 * Official municipal boundaries: the import (Lambert 72 GeoJSON → East Flanders in WGS84, simplified) and the
 * validation of content/data/boundaries.geojson, which the member map shades by participation when present.
 */
import type { Feature, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { boundariesFileSchema, type BoundariesFile, type BoundaryFeature } from '../schemas/boundary.ts';
import { simplifyRing } from './simplify.ts';

/** NIS codes of East Flanders start with 41 to 46 (the arrondissements). */
const EAST_FLANDERS_NIS = /^4[1-6]\d{3}$/;
/** Plausible Lambert 72 extent of Belgium in metres (EPSG:31370 projected bounds, rounded outwards). */
const LAMBERT72_EXTENT = { minX: -10_000, maxX: 300_000, minY: 15_000, maxY: 300_000 };

export class BoundaryImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BoundaryImportError';
  }
}

export interface BoundaryImportOptions {
  /** NIS code → name from municipalities.json: codes kept besides 41xxx–46xxx, and names when the input has none. */
  known: ReadonlyMap<string, string>;
  /** Douglas–Peucker tolerance in metres, applied in Lambert 72 before reprojection. */
  toleranceMetres: number;
  /** Lambert 72 [x, y] → WGS84 [lon, lat]. */
  project: (point: readonly [number, number]) => [number, number];
}

export interface BoundaryImportResult {
  collection: BoundariesFile;
  /** NIS codes of municipalities.json that the input does not contain. */
  missing: string[];
  /** Features left out because they are outside East Flanders. */
  skipped: number;
}

const NIS_KEYS = ['niscode', 'nis', 'nis_code', 'refnis', 'nis-code'];
const NAME_KEYS = ['naam', 'name', 'gemeente', 'naamgem'];

function property(properties: Record<string, unknown> | null, keys: string[]): string | undefined {
  if (!properties) return undefined;
  for (const [key, value] of Object.entries(properties)) {
    if (keys.includes(key.toLowerCase()) && (typeof value === 'string' || typeof value === 'number')) {
      return String(value).trim();
    }
  }
  return undefined;
}

function polygonsOf(geometry: Geometry | null, where: string): Position[][][] {
  if (geometry?.type === 'Polygon') return [geometry.coordinates];
  if (geometry?.type === 'MultiPolygon') return geometry.coordinates;
  throw new BoundaryImportError(`${where}: geometrie moet een Polygon of MultiPolygon zijn, niet ${geometry?.type ?? 'leeg'}`);
}

function checkLambert72(point: Position, where: string): readonly [number, number] {
  const [x, y] = point as [number, number];
  const e = LAMBERT72_EXTENT;
  if (!(x >= e.minX && x <= e.maxX && y >= e.minY && y <= e.maxY)) {
    throw new BoundaryImportError(
      `${where}: coördinaat [${x}, ${y}] ligt niet in België in Lambert 72 (EPSG:31370); is het bestand in een ander stelsel?`,
    );
  }
  return [x, y];
}

const roundDegrees = (value: number): number => Math.round(value * 1e5) / 1e5;

/** Reads official boundaries (GeoJSON in Lambert 72), keeps East Flanders, simplifies and reprojects them. */
export function importBoundaries(input: unknown, options: BoundaryImportOptions): BoundaryImportResult {
  const root = input as { type?: unknown; features?: unknown; crs?: { properties?: { name?: unknown } } };
  if (!root || root.type !== 'FeatureCollection' || !Array.isArray(root.features)) {
    throw new BoundaryImportError('het bestand is geen GeoJSON FeatureCollection');
  }
  const crs = root.crs?.properties?.name;
  if (typeof crs === 'string' && !/31370$/.test(crs)) {
    throw new BoundaryImportError(`het bestand is in ${crs}; verwacht Lambert 72 (EPSG:31370)`);
  }
  const polygons = new Map<string, { name: string; polygons: Position[][][] }>();
  let skipped = 0;
  (root.features as Feature[]).forEach((feature, index) => {
    const where = `features[${index}]`;
    const nis = property(feature.properties as Record<string, unknown> | null, NIS_KEYS);
    if (!nis) throw new BoundaryImportError(`${where}: geen NIS-code (veld NISCODE, NIS of REFNIS)`);
    if (!EAST_FLANDERS_NIS.test(nis) && !options.known.has(nis)) {
      skipped++;
      return;
    }
    const name = options.known.get(nis) ?? property(feature.properties as Record<string, unknown> | null, NAME_KEYS) ?? nis;
    const simplified = polygonsOf(feature.geometry, where).flatMap((polygon) => {
      const rings = polygon.map((ring, r) => {
        const points = ring.map((point, p) => checkLambert72(point, `${where}, ring ${r}, punt ${p}`));
        // A collapsed outer ring keeps its full shape; a collapsed hole is dropped.
        return simplifyRing(points, options.toleranceMetres) ?? (r === 0 ? points : null);
      });
      const [outer, ...holes] = rings;
      if (!outer || outer.length < 4) return [];
      return [[outer, ...holes.filter((h): h is (readonly [number, number])[] => h !== null)]];
    });
    const projected = simplified.map((polygon) =>
      polygon.map((ring) => ring.map((point) => options.project(point).map(roundDegrees) as Position)),
    );
    const entry = polygons.get(nis) ?? { name, polygons: [] };
    entry.polygons.push(...projected);
    polygons.set(nis, entry);
  });
  const features: BoundaryFeature[] = [...polygons]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([nis, { name, polygons: parts }]) => ({
      type: 'Feature',
      id: nis,
      properties: { nis, name },
      geometry:
        parts.length === 1
          ? ({ type: 'Polygon', coordinates: parts[0] } as Polygon)
          : ({ type: 'MultiPolygon', coordinates: parts } as MultiPolygon),
    })) as BoundaryFeature[];
  const missing = [...options.known.keys()].filter((nis) => !polygons.has(nis)).sort();
  return { collection: { type: 'FeatureCollection', features }, missing, skipped };
}

/**
 * Validates the text of content/data/boundaries.geojson against the schema and municipalities.json; throws with
 * file, feature and field for every problem.
 */
export function parseBoundaries(text: string, file: string, knownNis: ReadonlySet<string>): BoundariesFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: geen geldige JSON (${(error as Error).message})`);
  }
  const result = boundariesFileSchema.safeParse(json);
  const problems = result.success
    ? []
    : result.error.issues.map((issue) => `${file}: veld "${issue.path.join('.')}": ${issue.message}`);
  if (result.success) {
    result.data.features.forEach((feature, index) => {
      if (!knownNis.has(feature.id)) {
        problems.push(`${file}: features[${index}] (nis "${feature.id}"): staat niet in municipalities.json`);
      }
      if (feature.properties.nis !== feature.id) {
        problems.push(`${file}: features[${index}]: veld "properties.nis" verschilt van "id" (${feature.id})`);
      }
    });
  }
  if (problems.length > 0) throw new Error(`Ongeldige grenzen (${problems.length}):\n${problems.slice(0, 20).join('\n')}`);
  return result.data!;
}
