import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BoundaryImportError, importBoundaries, parseBoundaries } from '../../src/lib/boundaries.ts';
import { lambert72ToWgs84 } from '../../src/lib/lambert72.ts';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'boundaries', 'refgem-lambert72.geojson');
const fixture = () => JSON.parse(readFileSync(FIXTURE, 'utf8'));
const known = new Map([
  ['42028', 'Zele'],
  ['44021', 'Gent'],
  ['46030', 'Beveren-Kruibeke-Zwijndrecht'],
  ['42004', 'Berlare'],
]);
const options = { known, toleranceMetres: 20, project: lambert72ToWgs84 };

describe('importBoundaries', () => {
  const result = importBoundaries(fixture(), options);

  it('keeps the municipalities of East Flanders, keyed and sorted by NIS code', () => {
    expect(result.collection.features.map((f) => f.id)).toEqual(['42028', '44021', '46030']);
    expect(result.skipped).toBe(1); // Brugge, West Flanders
    expect(result.missing).toEqual(['42004']);
    expect(result.collection.features[0]!.properties).toEqual({ nis: '42028', name: 'Zele' });
  });

  it('reprojects to WGS84 [lon, lat] near the municipality', () => {
    const zele = result.collection.features[0]!;
    expect(zele.geometry.type).toBe('Polygon');
    const ring = (zele.geometry.coordinates as number[][][])[0]!;
    for (const [lon, lat] of ring) {
      expect(Math.abs(lon! - 4.036)).toBeLessThan(0.06);
      expect(Math.abs(lat! - 51.067)).toBeLessThan(0.04);
    }
  });

  it('simplifies rings but keeps holes and multi-part municipalities', () => {
    const source = fixture().features.find((f: { properties: { NISCODE: string } }) => f.properties.NISCODE === '42028');
    const zele = result.collection.features[0]!;
    const ring = (zele.geometry.coordinates as number[][][])[0]!;
    expect(ring.length).toBeLessThan(source.geometry.coordinates[0].length);
    expect(ring[0]).toEqual(ring.at(-1));
    const gent = result.collection.features[1]!;
    expect((gent.geometry.coordinates as number[][][]).length).toBe(2); // outer ring and hole
    expect(result.collection.features[2]!.geometry.type).toBe('MultiPolygon');
  });

  it('refuses files that are not in Lambert 72', () => {
    const wgs84 = fixture();
    wgs84.crs.properties.name = 'urn:ogc:def:crs:OGC:1.3:CRS84';
    expect(() => importBoundaries(wgs84, options)).toThrow(/EPSG:31370/);
    const degrees = fixture();
    delete degrees.crs;
    degrees.features[0].geometry.coordinates[0][3] = [3.72, 51.07];
    expect(() => importBoundaries(degrees, options)).toThrow(BoundaryImportError);
    expect(() => importBoundaries(degrees, options)).toThrow(/features\[0\], ring 0, punt 3/);
  });

  it('says which feature lacks a NIS code', () => {
    const noNis = fixture();
    delete noNis.features[2].properties.NISCODE;
    expect(() => importBoundaries(noNis, options)).toThrow(/features\[2\]: geen NIS-code/);
    expect(() => importBoundaries({ type: 'Feature' }, options)).toThrow(/FeatureCollection/);
  });
});

describe('parseBoundaries', () => {
  const valid = JSON.stringify(importBoundaries(fixture(), options).collection);
  const nis = new Set(known.keys());

  it('accepts what the import writes', () => {
    expect(parseBoundaries(valid, 'boundaries.geojson', nis).features).toHaveLength(3);
  });

  it('rejects unknown NIS codes and swapped coordinates, naming the file and field', () => {
    expect(() => parseBoundaries(valid, 'content/data/boundaries.geojson', new Set(['42028']))).toThrow(
      /content\/data\/boundaries.geojson: features\[1\] \(nis "44021"\): staat niet in municipalities.json/,
    );
    const swapped = JSON.parse(valid);
    swapped.features[0].geometry.coordinates[0][0] = [51.06, 4.03];
    expect(() => parseBoundaries(JSON.stringify(swapped), 'b.geojson', nis)).toThrow(/features.0.geometry.coordinates.0.0/);
  });
});

describe('npm run import:boundaries', () => {
  const dir = mkdtempSync(join(tmpdir(), 'boundaries-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the Lambert 72 fixture and writes WGS84 boundaries to the chosen file', () => {
    const out = join(dir, 'boundaries.geojson');
    const node = join(process.cwd(), 'node_modules', '.bin', 'node');
    const stdout = execFileSync(node, ['scripts/import-boundaries.ts', FIXTURE, '--out', out], { encoding: 'utf8', stdio: 'pipe' });
    expect(stdout).toMatch(/3 gemeenten geschreven/);
    const written = JSON.parse(readFileSync(out, 'utf8'));
    const municipalities = JSON.parse(readFileSync('content/data/municipalities.json', 'utf8')).municipalities as { nis: string }[];
    expect(parseBoundaries(JSON.stringify(written), out, new Set(municipalities.map((m) => m.nis))).features.map((f) => f.id)).toEqual([
      '42028',
      '44021',
      '46030',
    ]);
  });

  it('fails with a message naming the file when the input is wrong', () => {
    const node = join(process.cwd(), 'node_modules', '.bin', 'node');
    expect(() =>
      execFileSync(node, ['scripts/import-boundaries.ts', 'package.json', '--out', join(dir, 'x.geojson')], { stdio: 'pipe' }),
    ).toThrow(/package.json: het bestand is geen GeoJSON FeatureCollection/);
  });
});
