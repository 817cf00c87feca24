import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBoundaries } from '../../../src/lib/geo/boundaries.ts';
import { MAP_HEIGHT, MAP_WIDTH, projectMap, relativePath } from '../../../src/lib/geo/geo.ts';

const municipalities = JSON.parse(readFileSync('content/data/municipalities.json', 'utf8')).municipalities as {
  nis: string;
}[];
const boundaries = parseBoundaries(
  readFileSync('content/data/boundaries.geojson', 'utf8'),
  'b',
  new Set(municipalities.map((m) => m.nis)),
);

/** Absolute points of a relative path, to check where the shapes land. */
function points(d: string): [number, number][] {
  let x = 0;
  let y = 0;
  return [...d.matchAll(/[ml](-?[\d.]+),?(-?[\d.]+)/g)].map(([, dx, dy]) => {
    x = Math.round((x + Number(dx)) * 10) / 10;
    y = Math.round((y + Number(dy)) * 10) / 10;
    return [x, y];
  });
}

describe('static municipality map', () => {
  const map = projectMap(boundaries);

  it('draws all 55 municipalities inside the box, filling it', () => {
    expect(map.shapes).toHaveLength(55);
    const all = map.shapes.flatMap((s) => points(s.d));
    const xs = all.map((p) => p[0]);
    const ys = all.map((p) => p[1]);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(-0.1);
    expect(Math.max(...xs)).toBeLessThanOrEqual(MAP_WIDTH + 0.1);
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(-0.1);
    expect(Math.max(...ys)).toBeLessThanOrEqual(MAP_HEIGHT + 0.1);
    // fitSize touches the box on at least one axis.
    expect(
      Math.max(
        Math.max(...xs) - Math.min(...xs) > MAP_WIDTH - 2 ? 1 : 0,
        Math.max(...ys) - Math.min(...ys) > MAP_HEIGHT - 2 ? 1 : 0,
      ),
    ).toBe(1);
  });

  it('puts the north on top: Gent lies above Geraardsbergen', () => {
    const centre = (nis: string) => {
      const p = points(map.shapes.find((s) => s.nis === nis)!.d);
      return p.reduce((sum, q) => sum + q[1], 0) / p.length;
    };
    expect(centre('44021')).toBeLessThan(centre('41018'));
  });

  it('writes relative steps that add up to the absolute points, 1 decimal', () => {
    expect(relativePath('M10.5,20L12,19.5L10.5,20Z')).toBe('m10.5,20l1.5-0.5l-1.5,0.5z');
    expect(points(relativePath('M438.4,374.5L439.9,376.2Z'))).toEqual([
      [438.4, 374.5],
      [439.9, 376.2],
    ]);
  });
});
