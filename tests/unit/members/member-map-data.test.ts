import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { BoundariesFile } from '../../../src/schemas/boundary.ts';
import {
  memberMapData,
  memberServices,
  readBoundaries,
  readProvinceOutline,
} from '../../../src/lib/members/member-map-data.ts';
import type { BorderTopology } from '../../../src/lib/geo/border-topology.ts';
import { validDataset } from '../fixtures.ts';

const data = validDataset();
const dir = mkdtempSync(join(tmpdir(), 'member-map-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('member map data', () => {
  it('has no boundaries until the import has written them, then validated ones, and their union as outline', () => {
    expect(readBoundaries(data, dir)).toBeNull();
    expect(() => readProvinceOutline(data, dir)).toThrow(
      /boundaries.geojson: ontbreekt; maak het met npm run import:boundaries/,
    );
    const web = JSON.parse(readFileSync(join('content', 'data', 'boundaries.geojson'), 'utf8')) as BoundariesFile;
    // The fixture data set has fewer municipalities than the real file: every extra one is refused by name.
    writeFileSync(join(dir, 'boundaries.geojson'), JSON.stringify(web));
    expect(() => readBoundaries(data, dir)).toThrow(/\(nis "\d{5}"\): staat niet in municipalities.json/);
    const nis = new Set(data.municipalities.map((m) => m.nis));
    const known = { ...web, features: web.features.filter((f) => nis.has(f.id)) };
    writeFileSync(join(dir, 'boundaries.geojson'), JSON.stringify(known));
    expect(readBoundaries(data, dir)!.features.map((f) => f.id)).toEqual(known.features.map((f) => f.id));
    expect(readProvinceOutline(data, dir).features[0]!.geometry.type).toBe('MultiPolygon');
    writeFileSync(join(dir, 'boundaries.geojson'), '{"type":"FeatureCollection","features":[{"type":"Feature"}]}');
    expect(() => readBoundaries(data, dir)).toThrow(/boundaries.geojson: veld "features.0.id"/);
  });

  it('joins authorities, services, municipality names and the borders for the island, without interface words', () => {
    const services = memberServices([
      { id: 'ict-deskundige', data: { title: 'Gedeelde ICT-deskundige', pillar: 'ict' } },
    ]);
    const borders = {
      type: 'Topology',
      arcs: [],
      objects: { municipalities: { type: 'GeometryCollection', geometries: [] } },
    } as const;
    const map = memberMapData(data, services, borders as unknown as BorderTopology);
    expect(Object.keys(map).sort()).toEqual([
      'asOf',
      'authorities',
      'borders',
      'firstYear',
      'municipalities',
      'services',
    ]);
    expect(map.borders).toBe(borders);
    expect(map.asOf).toBe(data.asOf);
    expect(map.firstYear).toBe(2006);
    expect(map.services).toEqual([{ id: 'ict-deskundige', title: 'Gedeelde ICT-deskundige' }]);
    expect(map.municipalities).toEqual(data.municipalities.map(({ nis, name }) => ({ nis, name })));
    expect(map.authorities.map((a) => a.id)).toEqual(data.authorities.map((a) => a.id));
    const police = map.authorities.find((a) => a.id === 'pz-berlare-zele')!;
    expect(Object.keys(police).sort()).toEqual(['agreements', 'id', 'municipalities', 'name', 'type']);
    expect(police.municipalities).toEqual(['42004', '42028']);
    expect(map.authorities.find((a) => a.id === 'gent')!.agreements).toEqual([
      { service: 'ict-deskundige', start: '2008-01-01', end: '2015-12-31' },
      { service: 'gis-scan', start: '2013-03-01', end: '2013-09-30' },
    ]);
  });
});
