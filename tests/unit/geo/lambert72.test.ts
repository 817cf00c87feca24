import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import { LAMBERT72, lambert72ToWgs84, wgs84ToLambert72 } from '../../../src/lib/geo/lambert72.ts';

/**
 * Reference point: the worked example for "BD72 / Belgian Lambert 72" in EPSG Guidance Note 7-2 (IOGP, Coordinate
 * Conversions and Transformations including Formulas), also published by the NGI: BD72 latitude 50°40'46.461"N,
 * longitude 5°48'26.533"E ↔ Easting 251763.20 m, Northing 153034.13 m.
 * Datum shift: EPSG transformation 15929 "BD72 to WGS 84 (3)" (NGI), coordinate frame rotation: tX -106.8686 m,
 * tY 52.2978 m, tZ -103.7239 m, rX -0.3366", rY 0.457", rZ -1.8422", dS -1.2747 ppm.
 * The expected WGS84 position is computed below from those published values with the textbook formulas (geodetic →
 * geocentric, Helmert, geocentric → geodetic), independently of proj4.
 */
const EASTING = 251763.2;
const NORTHING = 153034.13;
const BD72_LAT = 50 + 40 / 60 + 46.461 / 3600;
const BD72_LON = 5 + 48 / 60 + 26.533 / 3600;

const INTERNATIONAL_1924 = { a: 6378388, f: 1 / 297 };
const WGS84 = { a: 6378137, f: 1 / 298.257223563 };
const ARC_SECOND = Math.PI / (180 * 3600);
const DEG = Math.PI / 180;

function toGeocentric(latDeg: number, lonDeg: number, { a, f }: typeof WGS84): [number, number, number] {
  const e2 = f * (2 - f);
  const lat = latDeg * DEG;
  const lon = lonDeg * DEG;
  const n = a / Math.sqrt(1 - e2 * Math.sin(lat) ** 2);
  return [n * Math.cos(lat) * Math.cos(lon), n * Math.cos(lat) * Math.sin(lon), n * (1 - e2) * Math.sin(lat)];
}

function toGeodetic([x, y, z]: [number, number, number], { a, f }: typeof WGS84): [number, number] {
  const e2 = f * (2 - f);
  const p = Math.hypot(x, y);
  let lat = Math.atan2(z, p * (1 - e2));
  for (let i = 0; i < 10; i++) {
    const n = a / Math.sqrt(1 - e2 * Math.sin(lat) ** 2);
    lat = Math.atan2(z + e2 * n * Math.sin(lat), p);
  }
  return [Math.atan2(y, x) / DEG, lat / DEG];
}

/** EPSG method 9607, coordinate frame rotation. */
function coordinateFrame([x, y, z]: [number, number, number]): [number, number, number] {
  const [tx, ty, tz] = [-106.8686, 52.2978, -103.7239];
  const [rx, ry, rz] = [-0.3366, 0.457, -1.8422].map((r) => r * ARC_SECOND) as [number, number, number];
  const m = 1 + -1.2747e-6;
  return [m * (x + rz * y - ry * z) + tx, m * (-rz * x + y + rx * z) + ty, m * (ry * x - rx * y + z) + tz];
}

/** Distance in metres between two WGS84 positions a few metres apart. */
function metresBetween([lon1, lat1]: [number, number], [lon2, lat2]: [number, number]): number {
  const r = 6371000;
  return r * Math.hypot((lon2 - lon1) * DEG * Math.cos(((lat1 + lat2) / 2) * DEG), (lat2 - lat1) * DEG);
}

describe('Lambert 72 to WGS84', () => {
  it('projects the EPSG reference point back to its published BD72 position within 1 m', () => {
    const bd72 = proj4(LAMBERT72.replace(/\+towgs84=\S+ /, ''), '+proj=longlat +ellps=intl +no_defs', [
      EASTING,
      NORTHING,
    ]);
    expect(metresBetween(bd72 as [number, number], [BD72_LON, BD72_LAT])).toBeLessThan(1);
  });

  it('reprojects the reference point to WGS84 within 1 m of the published datum shift', () => {
    const expected = toGeodetic(coordinateFrame(toGeocentric(BD72_LAT, BD72_LON, INTERNATIONAL_1924)), WGS84);
    const actual = lambert72ToWgs84([EASTING, NORTHING]);
    expect(metresBetween(actual, expected)).toBeLessThan(1);
    // The datum shift itself is about 100 m here: leaving it out would fail the line above.
    expect(metresBetween([BD72_LON, BD72_LAT], expected)).toBeGreaterThan(50);
  });

  it('returns [longitude, latitude] and goes back to the same Lambert 72 point', () => {
    const [lon, lat] = lambert72ToWgs84([EASTING, NORTHING]);
    expect(lon).toBeGreaterThan(5.8);
    expect(lat).toBeGreaterThan(50.6);
    const [x, y] = wgs84ToLambert72([lon, lat]);
    expect(Math.hypot(x - EASTING, y - NORTHING)).toBeLessThan(0.01);
  });
});
