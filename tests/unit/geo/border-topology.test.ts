import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import { describe, expect, it } from 'vitest';
import { BORDER_QUANTIZATION, encodeBorders } from '../../../src/lib/geo/border-topology.ts';
import type { BoundariesFile } from '../../../src/schemas/boundary.ts';

const WEB_FILE = join(import.meta.dirname, '..', '..', '..', 'content', 'data', 'boundaries.geojson');
const text = readFileSync(WEB_FILE, 'utf8');
const boundaries = JSON.parse(text) as BoundariesFile;
const encoded = encodeBorders(boundaries);
const decoded = feature(encoded, encoded.objects.municipalities);

const rings = (geometry: Polygon | MultiPolygon): Position[][] =>
  geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
const key = ([lon, lat]: Position): string => `${lon!.toFixed(7)},${lat!.toFixed(7)}`;

describe('encodeBorders', () => {
  it('keeps every municipality once, by NIS code, with no properties (names travel in kaart.json)', () => {
    expect(decoded.features.map((f) => f.id)).toEqual(boundaries.features.map((f) => f.id));
    expect(encoded.objects.municipalities.geometries.every((g) => !('properties' in g))).toBe(true);
    expect(decoded.features.map((f) => f.geometry.type)).toEqual(boundaries.features.map((f) => f.geometry.type));
  });

  it('moves no vertex by more than half a grid step, and keeps the rings', () => {
    const all = boundaries.features.flatMap((f) => rings(f.geometry as Polygon | MultiPolygon).flat());
    const lons = all.map((p) => p[0]!);
    const lats = all.map((p) => p[1]!);
    const box = [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
    const step = [(box[2]! - box[0]!) / (BORDER_QUANTIZATION - 1), (box[3]! - box[1]!) / (BORDER_QUANTIZATION - 1)];
    boundaries.features.forEach((source, i) => {
      const before = rings(source.geometry as Polygon | MultiPolygon);
      const after = rings(decoded.features[i]!.geometry as Polygon | MultiPolygon);
      expect(after.length, String(source.id)).toBe(before.length);
      before.forEach((ring, r) => {
        const moved = after[r]!;
        // Quantizing may merge two vertices that fall in one grid cell, never add any.
        expect(moved.length).toBeLessThanOrEqual(ring.length);
        for (const [lon, lat] of moved) {
          const nearest = Math.min(
            ...ring.map(([x, y]) => Math.max(Math.abs(x! - lon!) / step[0]!, Math.abs(y! - lat!) / step[1]!)),
          );
          expect(nearest, `${source.id} ring ${r}`).toBeLessThanOrEqual(0.51);
        }
      });
    });
  });

  it('stores each shared border once, so neighbours decoded from it still meet vertex for vertex', () => {
    const after = decoded.features.map(
      (f) =>
        new Set(
          rings(f.geometry as Polygon | MultiPolygon)
            .flat()
            .map(key),
        ),
    );
    const before = boundaries.features.map(
      (f) =>
        new Set(
          rings(f.geometry as Polygon | MultiPolygon)
            .flat()
            .map(key),
        ),
    );
    const vertices = (i: number) => after[i]!;
    const sourceVertices = (i: number) => before[i]!;
    let pairs = 0;
    for (let a = 0; a < boundaries.features.length; a++) {
      for (let b = a + 1; b < boundaries.features.length; b++) {
        const sharedBefore = [...sourceVertices(a)].filter((v) => sourceVertices(b).has(v)).length;
        if (sharedBefore < 2) continue;
        pairs++;
        const sharedAfter = [...vertices(a)].filter((v) => vertices(b).has(v)).length;
        expect(sharedAfter, `${boundaries.features[a]!.id}–${boundaries.features[b]!.id}`).toBeGreaterThanOrEqual(2);
      }
    }
    expect(pairs).toBeGreaterThan(100);
  });

  it('is a fraction of the GeoJSON it comes from', () => {
    const size = gzipSync(JSON.stringify(encoded)).length;
    expect(size).toBeLessThan(gzipSync(text).length / 2);
  });
});
