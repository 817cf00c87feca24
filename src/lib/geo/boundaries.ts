/**
 * Official municipal boundaries: the import (WGS 84 or Lambert 72 GeoJSON → validated, topology-aware simplified
 * WGS 84 web file) and the validation of content/data/boundaries.geojson that the pages read.
 */
import kinks from '@turf/kinks';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { merge, feature as topoFeature } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { boundariesFileSchema, type BoundariesFile, type BoundaryFeature } from '../../schemas/boundary.ts';
import { EAST_FLANDERS_BOUNDS } from '../../schemas/municipality.ts';

/** Plausible Lambert 72 extent of Belgium in metres (EPSG:31370 projected bounds, rounded outwards). */
const LAMBERT72_EXTENT = { minX: -10_000, maxX: 300_000, minY: 15_000, maxY: 300_000 };
/** Borders may lie a little outside the box of municipality centres (same margin as the schema). */
const MARGIN = 0.1;
/**
 * Minimum triangle area (Visvalingam, in square degrees) a vertex must span to stay. At 51° N one square degree is
 * about 7,800 km², so 2e-6 deg² is about 15,000 m² (a triangle of 120 m by 250 m): invisible on a province map a
 * few hundred pixels wide (1 px is about 150 m there), while the web file keeps about a third of the 14,600
 * vertices and is about 25 KB gzip. 1e-6 doubles the bytes for no visible change; 1e-5 starts to cut corners.
 */
const SIMPLIFY_WEIGHT = 2e-6;
/** Quantisation of the topology: 1e5 steps over about 1° is roughly 1 m, finer than the source (1/10,000). */
const QUANTIZATION = 1e5;
/** Output decimals: 5 decimals of a degree is about 1 m. */
const roundDegrees = (value: number): number => Math.round(value * 1e5) / 1e5;

export class BoundaryImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BoundaryImportError';
  }
}

type SourceCrs = 'WGS 84' | 'Lambert 72';

export interface BoundaryImportOptions {
  /** Shown in every message. */
  file: string;
  /** NIS code → name from municipalities.json: exactly these codes must be present, each once. */
  known: ReadonlyMap<string, string>;
  /** Lambert 72 [x, y] → WGS84 [lon, lat]. */
  project: (point: readonly [number, number]) => [number, number];
  weight?: number;
}

export interface BoundaryImportResult {
  collection: BoundariesFile;
  crs: SourceCrs;
  /** How the CRS was decided: the `crs` member or the coordinate range. */
  crsBy: 'crs' | 'range';
  vertices: { before: number; after: number };
}

const NIS_KEYS = ['niscode', 'nis', 'nis_code', 'refnis', 'nis-code'];

function property(properties: Record<string, unknown> | null | undefined, keys: string[]): string | undefined {
  if (!properties) return undefined;
  for (const [key, value] of Object.entries(properties)) {
    if (keys.includes(key.toLowerCase()) && (typeof value === 'string' || typeof value === 'number')) {
      return String(value).trim();
    }
  }
  return undefined;
}

function firstPosition(features: unknown[]): Position | undefined {
  for (const f of features) {
    const g = (f as Feature | null)?.geometry as Geometry | null | undefined;
    if (g?.type === 'Polygon') return g.coordinates[0]?.[0];
    if (g?.type === 'MultiPolygon') return g.coordinates[0]?.[0]?.[0];
  }
  return undefined;
}

function detectCrs(root: { crs?: { properties?: { name?: unknown } } }, features: unknown[], file: string) {
  const name = root.crs?.properties?.name;
  if (root.crs !== undefined) {
    if (typeof name !== 'string') throw new BoundaryImportError(`${file}: het "crs"-lid heeft geen naam`);
    if (/EPSG:{1,2}31370$/i.test(name)) return { crs: 'Lambert 72' as const, crsBy: 'crs' as const };
    if (/CRS84$|EPSG:{1,2}4326$/i.test(name)) return { crs: 'WGS 84' as const, crsBy: 'crs' as const };
    throw new BoundaryImportError(
      `${file}: het bestand is in ${name}; verwacht WGS 84 (RFC 7946) of Lambert 72 (EPSG:31370)`,
    );
  }
  const point = firstPosition(features);
  const [x, y] = (point ?? []) as number[];
  if (typeof x !== 'number' || typeof y !== 'number') {
    throw new BoundaryImportError(`${file}: geen coördinaten gevonden om het stelsel te bepalen`);
  }
  if (Math.abs(x) <= 180 && Math.abs(y) <= 90) return { crs: 'WGS 84' as const, crsBy: 'range' as const };
  const e = LAMBERT72_EXTENT;
  if (x >= e.minX && x <= e.maxX && y >= e.minY && y <= e.maxY)
    return { crs: 'Lambert 72' as const, crsBy: 'range' as const };
  throw new BoundaryImportError(
    `${file}: coördinaat [${x}, ${y}] is geen WGS 84 en ligt niet in België in Lambert 72 (EPSG:31370); onbekend stelsel`,
  );
}

function insideProvince([lon, lat]: Position): boolean {
  const b = EAST_FLANDERS_BOUNDS;
  return lon! >= b.west - MARGIN && lon! <= b.east + MARGIN && lat! >= b.south - MARGIN && lat! <= b.north + MARGIN;
}

/** Validates the source and returns it in WGS 84 with one feature per NIS code, in NIS order. */
function validate(input: unknown, options: BoundaryImportOptions) {
  const { file, known } = options;
  const root = input as { type?: unknown; features?: unknown; crs?: { properties?: { name?: unknown } } } | null;
  if (!root || typeof root !== 'object' || root.type !== 'FeatureCollection' || !Array.isArray(root.features)) {
    throw new BoundaryImportError(`${file}: het bestand is geen GeoJSON FeatureCollection`);
  }
  if (root.features.length === 0) throw new BoundaryImportError(`${file}: de FeatureCollection heeft geen features`);
  const { crs, crsBy } = detectCrs(root, root.features, file);
  const toWgs = crs === 'Lambert 72' ? (p: Position) => options.project([p[0]!, p[1]!]) : (p: Position) => p;
  const seen = new Map<string, number>();
  const features: Feature<Polygon | MultiPolygon, { nis: string; name: string }>[] = [];
  let vertices = 0;
  (root.features as Feature[]).forEach((feature, index) => {
    const nis = property(feature?.properties as Record<string, unknown> | null, NIS_KEYS);
    const where = `${file}: feature ${index}${nis ? ` (nis ${nis})` : ''}`;
    if (!nis) throw new BoundaryImportError(`${where}: geen NIS-code (veld nis, NISCODE of REFNIS)`);
    if (!known.has(nis))
      throw new BoundaryImportError(`${where}: NIS-code staat niet in municipalities.json (extra gemeente)`);
    if (seen.has(nis))
      throw new BoundaryImportError(`${where}: NIS-code komt twee keer voor (ook in feature ${seen.get(nis)})`);
    seen.set(nis, index);
    const geometry = feature.geometry;
    if (geometry?.type !== 'Polygon' && geometry?.type !== 'MultiPolygon') {
      throw new BoundaryImportError(
        `${where}: geometrie moet een Polygon of MultiPolygon zijn, niet ${geometry?.type ?? 'leeg'}`,
      );
    }
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    const projected = polygons.map((polygon, p) =>
      polygon.map((ring, r) => {
        const at = `${where}, polygoon ${p}, ring ${r}`;
        if (!Array.isArray(ring) || ring.length < 4)
          throw new BoundaryImportError(`${at}: een ring heeft minstens 4 posities`);
        const first = ring[0]!;
        const last = ring[ring.length - 1]!;
        if (first[0] !== last[0] || first[1] !== last[1]) {
          throw new BoundaryImportError(`${at}: ring is niet gesloten (eerste en laatste positie verschillen)`);
        }
        vertices += ring.length - 1;
        return ring.map((point, i) => {
          if (!Array.isArray(point) || typeof point[0] !== 'number' || typeof point[1] !== 'number') {
            throw new BoundaryImportError(`${at}, positie ${i}: geen [x, y]-getallenpaar`);
          }
          const wgs = toWgs(point);
          if (!insideProvince(wgs)) {
            throw new BoundaryImportError(
              `${at}, positie ${i}: [${point[0]}, ${point[1]}] ligt buiten Oost-Vlaanderen`,
            );
          }
          return [wgs[0]!, wgs[1]!];
        });
      }),
    );
    const out: Feature<Polygon | MultiPolygon, { nis: string; name: string }> = {
      type: 'Feature',
      properties: { nis, name: known.get(nis)! },
      geometry:
        projected.length === 1
          ? { type: 'Polygon', coordinates: projected[0]! }
          : { type: 'MultiPolygon', coordinates: projected },
    };
    if (kinks(out).features.length > 0) throw new BoundaryImportError(`${where}: polygoon snijdt zichzelf`);
    features.push(out);
  });
  const missing = [...known.keys()].filter((nis) => !seen.has(nis)).sort();
  if (missing.length > 0) throw new BoundaryImportError(`${file}: geen grens voor NIS-code(s) ${missing.join(', ')}`);
  features.sort((a, b) => a.properties.nis.localeCompare(b.properties.nis));
  return { features, crs, crsBy, vertices };
}

function countVertices(geometry: Polygon | MultiPolygon): number {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.flat().reduce((sum, ring) => sum + ring.length - 1, 0);
}

/**
 * Validates the source and simplifies it as one topology, so each border between two neighbours is simplified once
 * and both keep the same vertices.
 */
export function importBoundaries(input: unknown, options: BoundaryImportOptions): BoundaryImportResult {
  const { features, crs, crsBy, vertices } = validate(input, options);
  const source: FeatureCollection = { type: 'FeatureCollection', features };
  const topo = topology(
    { municipalities: source } as Parameters<typeof topology>[0],
    QUANTIZATION,
  ) as unknown as Topology;
  const simplified = simplify(
    presimplify(topo as Parameters<typeof presimplify>[0]),
    options.weight ?? SIMPLIFY_WEIGHT,
  ) as Topology;
  const collection = topoFeature(
    simplified,
    simplified.objects['municipalities'] as GeometryCollection,
  ) as FeatureCollection<Polygon | MultiPolygon, { nis: string; name: string }>;
  let after = 0;
  const out: BoundaryFeature[] = collection.features.map((f, index) => {
    const nis = f.properties.nis;
    const round = (ring: Position[]) => ring.map((p) => [roundDegrees(p[0]!), roundDegrees(p[1]!)]);
    const geometry: Polygon | MultiPolygon =
      f.geometry.type === 'Polygon'
        ? { type: 'Polygon', coordinates: f.geometry.coordinates.map(round) }
        : { type: 'MultiPolygon', coordinates: f.geometry.coordinates.map((p) => p.map(round)) };
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    for (const ring of polygons.flat()) {
      if (ring.length < 4) {
        throw new BoundaryImportError(
          `${options.file}: feature ${index} (nis ${nis}): ring valt weg bij vereenvoudigen; kies een kleiner gewicht`,
        );
      }
    }
    const result = { type: 'Feature', id: nis, properties: { nis, name: f.properties.name }, geometry } as Feature;
    if (kinks(result as Feature<Polygon | MultiPolygon>).features.length > 0) {
      throw new BoundaryImportError(
        `${options.file}: feature ${index} (nis ${nis}): snijdt zichzelf na vereenvoudigen; kies een kleiner gewicht`,
      );
    }
    after += countVertices(geometry);
    return result as BoundaryFeature;
  });
  return {
    collection: { type: 'FeatureCollection', features: out },
    crs,
    crsBy,
    vertices: { before: vertices, after },
  };
}

/** The web file's bytes: one feature a line, so reruns and diffs are stable and readable. */
export function serializeBoundaries(collection: BoundariesFile): string {
  const lines = collection.features.map((f) => JSON.stringify(f));
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
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
  if (problems.length > 0)
    throw new Error(`Ongeldige grenzen (${problems.length}):\n${problems.slice(0, 20).join('\n')}`);
  return result.data!;
}

/**
 * The province outline as the union of the municipalities. Built on a topology of the web file itself: neighbours
 * have identical border vertices there (the import simplified each shared arc once), so merge drops every inner
 * border exactly and leaves no slivers.
 */
export function provinceOutline(collection: BoundariesFile): FeatureCollection<MultiPolygon> {
  const topo = topology({ municipalities: collection } as Parameters<typeof topology>[0]) as unknown as Topology;
  const object = topo.objects['municipalities'] as GeometryCollection;
  const union = merge(topo, object.geometries as Parameters<typeof merge>[1]);
  return {
    type: 'FeatureCollection',
    features: [{ type: 'Feature', properties: { name: 'Oost-Vlaanderen' }, geometry: union }],
  };
}
