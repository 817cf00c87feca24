import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  BoundaryImportError,
  importBoundaries,
  parseBoundaries,
  provinceOutline,
  serializeBoundaries,
} from '../../../src/lib/geo/boundaries.ts';
import { readProvinceOutline } from '../../../src/lib/members/member-map-data.ts';
import { loadDataset } from '../../../src/lib/members/dataset-files.ts';
import { lambert72ToWgs84, wgs84ToLambert72 } from '../../../src/lib/geo/lambert72.ts';

const SOURCE = join(
  import.meta.dirname,
  '..',
  '..',
  '..',
  'content',
  'data',
  'sources',
  'boundaries',
  'oost-vlaanderen-gemeenten-2025.geojson',
);
const WEB_FILE = join(import.meta.dirname, '..', '..', '..', 'content', 'data', 'boundaries.geojson');
const sourceText = readFileSync(SOURCE, 'utf8');
const source = () => JSON.parse(sourceText);
const municipalities = JSON.parse(readFileSync('content/data/municipalities.json', 'utf8')).municipalities as {
  nis: string;
  name: string;
}[];
const known = new Map(municipalities.map((m) => [m.nis, m.name]));
const options = { file: 'gemeenten.geojson', known, project: lambert72ToWgs84 };
const run = (json: unknown) => importBoundaries(json, options);

describe('importBoundaries', () => {
  const result = run(source());

  it('reads the WGS 84 source, says how it knew, and keeps the 55 municipalities in NIS order', () => {
    expect(result.crs).toBe('WGS 84');
    expect(result.crsBy).toBe('range');
    expect(result.collection.features.map((f) => f.id)).toEqual([...known.keys()].sort());
    expect(result.vertices.after).toBeLessThan(result.vertices.before / 2);
  });

  it('reads the same borders in Lambert 72, detected by the crs member or by the coordinate range', () => {
    const lambert = source();
    for (const f of lambert.features) {
      f.geometry.coordinates = f.geometry.coordinates.map((ring: [number, number][]) =>
        ring.map((p) => wgs84ToLambert72(p)),
      );
    }
    const byRange = run(lambert);
    expect(byRange.crs).toBe('Lambert 72');
    expect(byRange.crsBy).toBe('range');
    lambert.crs = { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::31370' } };
    expect(run(lambert).crsBy).toBe('crs');
    const a = result.collection.features[0]!.geometry.coordinates[0]![0] as unknown as number[];
    const b = byRange.collection.features[0]!.geometry.coordinates[0]![0] as unknown as number[];
    expect(Math.abs(a[0]! - b[0]!)).toBeLessThan(1e-4);
    expect(Math.abs(a[1]! - b[1]!)).toBeLessThan(1e-4);
  });

  it('refuses a wrong CRS, by name and by coordinates', () => {
    const named = source();
    named.crs = { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::3857' } };
    expect(() => run(named)).toThrow(/gemeenten.geojson: het bestand is in urn:ogc:def:crs:EPSG::3857/);
    const mercator = source();
    mercator.features[0].geometry.coordinates[0][0] = [440000, 6620000];
    expect(() => run(mercator)).toThrow(/onbekend stelsel/);
  });

  it('refuses a missing, an extra and a duplicate NIS code, naming the feature', () => {
    const missing = source();
    const [gone] = missing.features.splice(3, 1);
    expect(() => run(missing)).toThrow(new RegExp(`geen grens voor NIS-code\\(s\\) ${gone.properties.nis}`));
    const extra = source();
    extra.features[5].properties.nis = '31005';
    expect(() => run(extra)).toThrow(/feature 5 \(nis 31005\): NIS-code staat niet in municipalities.json/);
    const duplicate = source();
    duplicate.features[7].properties.nis = duplicate.features[2].properties.nis;
    expect(() => run(duplicate)).toThrow(/feature 7 \(nis \d{5}\): NIS-code komt twee keer voor \(ook in feature 2\)/);
  });

  it('refuses an unclosed ring, a short ring and a point geometry', () => {
    const unclosed = source();
    unclosed.features[4].geometry.coordinates[0].pop();
    expect(() => run(unclosed)).toThrow(/feature 4 \(nis \d{5}\), polygoon 0, ring 0: ring is niet gesloten/);
    const short = source();
    short.features[1].geometry.coordinates[0] = short.features[1].geometry.coordinates[0].slice(0, 2);
    expect(() => run(short)).toThrow(/feature 1 .*minstens 4 posities/);
    const point = source();
    point.features[0].geometry = { type: 'Point', coordinates: [3.7, 51] };
    expect(() => run(point)).toThrow(/feature 0 .*Polygon of MultiPolygon zijn, niet Point/);
  });

  it('refuses a self-intersecting polygon', () => {
    const bowtie = source();
    const ring = bowtie.features[10].geometry.coordinates[0];
    [ring[1], ring[2]] = [ring[2], ring[1]];
    [ring[40], ring[80]] = [ring[80], ring[40]];
    expect(() => run(bowtie)).toThrow(/feature 10 \(nis \d{5}\): polygoon snijdt zichzelf/);
  });

  it('refuses an empty collection and borders outside the province', () => {
    expect(() => run({ type: 'FeatureCollection', features: [] })).toThrow(/geen features/);
    expect(() => run({ type: 'Feature' })).toThrow(/geen GeoJSON FeatureCollection/);
    const far = source();
    far.features[0].geometry.coordinates[0][1] = [5.5, 50.5];
    expect(() => run(far)).toThrow(/feature 0 .*positie 1: \[5.5, 50.5\] ligt buiten Oost-Vlaanderen/);
  });

  it('keeps shared borders shared: every simplified border vertex of a neighbour pair is used by both', () => {
    const key = (p: number[]) => `${p[0]},${p[1]}`;
    const sets = result.collection.features.map(
      (f) => new Set((f.geometry.coordinates as number[][][]).flat().map(key)),
    );
    // Gent and its neighbour Merelbeke-Melle share many vertices, exactly (one arc, simplified once).
    const index = (nis: string) => result.collection.features.findIndex((f) => f.id === nis);
    const gent = sets[index('44021')]!;
    const merelbeke = sets[index('44088')]!;
    const shared = [...gent].filter((p) => merelbeke.has(p));
    expect(shared.length).toBeGreaterThan(5);
  });

  it('gives the same bytes every time, and the committed web file is what the import writes', () => {
    expect(serializeBoundaries(run(source()).collection)).toBe(serializeBoundaries(result.collection));
    expect(readFileSync(WEB_FILE, 'utf8')).toBe(serializeBoundaries(result.collection));
  });

  it('writes a file that parseBoundaries accepts', () => {
    expect(() => run(source())).not.toThrow(BoundaryImportError);
    expect(
      parseBoundaries(serializeBoundaries(result.collection), 'b.geojson', new Set(known.keys())).features,
    ).toHaveLength(55);
  });
});

describe('province outline', () => {
  const web = parseBoundaries(readFileSync(WEB_FILE, 'utf8'), 'boundaries.geojson', new Set(known.keys()));
  const outline = provinceOutline(web);

  it('is one polygon without holes: no gaps or slivers between simplified neighbours', () => {
    expect(outline.features).toHaveLength(1);
    const union = outline.features[0]!.geometry;
    expect(union.coordinates).toHaveLength(1);
    expect(union.coordinates[0]).toHaveLength(1); // exterior ring only
    expect(union.coordinates[0]![0]!.length).toBeGreaterThan(100);
  });

  it('is what the pages draw: the union of the committed web file', () => {
    expect(readProvinceOutline(loadDataset())).toEqual(outline);
  });
});

describe('parseBoundaries', () => {
  const valid = readFileSync(WEB_FILE, 'utf8');
  it('rejects unknown NIS codes and swapped coordinates, naming the file and field', () => {
    const one = new Set(['41002']);
    expect(() => parseBoundaries(valid, 'content/data/boundaries.geojson', one)).toThrow(
      /content\/data\/boundaries.geojson: features\[1\] \(nis "\d{5}"\): staat niet in municipalities.json/,
    );
    const swapped = JSON.parse(valid);
    swapped.features[0].geometry.coordinates[0][0] = [51.06, 4.03];
    expect(() => parseBoundaries(JSON.stringify(swapped), 'b.geojson', new Set(known.keys()))).toThrow(
      /features.0.geometry.coordinates.0.0/,
    );
  });
});

describe('npm run import:boundaries', () => {
  const dir = mkdtempSync(join(tmpdir(), 'boundaries-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const node = join(process.cwd(), 'node_modules', '.bin', 'node');
  const importFile = (file: string, out: string) =>
    execFileSync(node, ['scripts/import-boundaries.ts', file, '--out', out], { encoding: 'utf8', stdio: 'pipe' });

  it('writes the web file and reports the CRS', () => {
    const out = join(dir, 'boundaries.geojson');
    expect(importFile(SOURCE, out)).toMatch(/WGS 84 \(bepaald via het bereik van de coördinaten\); 55 gemeenten/);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(WEB_FILE, 'utf8'));
  });

  it.each([
    ['empty', '', /het bestand is leeg/],
    ['truncated', sourceText.slice(0, 5000), /geen geldige JSON, afgebroken of beschadigd/],
  ])('stops on an %s file, names it and writes nothing', (name, text, message) => {
    const file = join(dir, `${name}.geojson`);
    writeFileSync(file, text);
    const out = join(dir, `${name}-out.geojson`);
    let stderr = '';
    try {
      importFile(file, out);
    } catch (error) {
      stderr = String((error as { stderr: string }).stderr);
    }
    expect(stderr).toContain(file);
    expect(stderr).toMatch(message);
    expect(existsSync(out)).toBe(false);
  });
});
