import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importBoundaries } from '../../src/lib/boundaries.ts';
import { lambert72ToWgs84 } from '../../src/lib/lambert72.ts';
import { memberMapData, memberServices, readBoundaries, readProvinceOutline } from '../../src/lib/member-map-data.ts';
import { validDataset } from './fixtures.ts';

const data = validDataset();
const dir = mkdtempSync(join(tmpdir(), 'member-map-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('member map data', () => {
  it('reads the province outline from the repository', () => {
    const outline = readProvinceOutline();
    expect(outline.type).toBe('FeatureCollection');
    expect(outline.features[0]!.geometry.type).toMatch(/Polygon/);
  });

  it('has no boundaries until the import has written them, then validated ones', () => {
    expect(readBoundaries(data, dir)).toBeNull();
    const fixture = JSON.parse(
      readFileSync(join(import.meta.dirname, '..', 'fixtures', 'boundaries', 'refgem-lambert72.geojson'), 'utf8'),
    );
    const { collection } = importBoundaries(fixture, {
      known: new Map(data.municipalities.map((m) => [m.nis, m.name])),
      toleranceMetres: 20,
      project: lambert72ToWgs84,
    });
    // The import keeps every 41xxx–46xxx code; the fixture data set has no Beveren-Kruibeke-Zwijndrecht (46030).
    writeFileSync(join(dir, 'boundaries.geojson'), JSON.stringify(collection));
    expect(() => readBoundaries(data, dir)).toThrow(/features\[2\] \(nis "46030"\): staat niet in municipalities.json/);
    const known = { ...collection, features: collection.features.filter((f) => f.id !== '46030') };
    writeFileSync(join(dir, 'boundaries.geojson'), JSON.stringify(known));
    expect(readBoundaries(data, dir)!.features.map((f) => f.id)).toEqual(['42028', '44021']);
    writeFileSync(join(dir, 'boundaries.geojson'), '{"type":"FeatureCollection","features":[{"type":"Feature"}]}');
    expect(() => readBoundaries(data, dir)).toThrow(/boundaries.geojson: veld "features.0.id"/);
  });

  it('joins authorities, services and labels for the island', () => {
    const services = memberServices([{ id: 'ict-deskundige', data: { title: 'Gedeelde ICT-deskundige', pillar: 'ict' } }]);
    const map = memberMapData(data, services);
    expect(map.asOf).toBe(data.asOf);
    expect(map.firstYear).toBe(2006);
    expect(map.authorities.map((a) => a.id)).toEqual(data.authorities.map((a) => a.id));
    expect(map.authorities.find((a) => a.id === 'gent')!.agreements).toHaveLength(2);
    expect(map.typeLabels.ocmw).toBe('OCMW');
    expect(map.pillars.map((p) => p.id)).toEqual(['ict', 'gis', 'informatieveiligheid']);
    expect(Object.values(map.labels).every((label) => label.length > 0)).toBe(true);
    expect(map.labels.since).toContain('{title}');
  });
});
