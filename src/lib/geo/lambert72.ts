/** Belgian Lambert 72 (EPSG:31370) to WGS84, for importing official boundaries. */
import proj4 from 'proj4';

/**
 * EPSG:31370 with the datum shift BD72 → WGS84 of EPSG transformation 15929 (NGI, seven parameters). PROJ's
 * towgs84 expects the position-vector convention, so the rotations are the negated coordinate-frame values that
 * EPSG publishes (-0.3366, 0.457, -1.8422 arc seconds).
 */
export const LAMBERT72 =
  '+proj=lcc +lat_0=90 +lon_0=4.36748666666667 +lat_1=51.1666672333333 +lat_2=49.8333339 ' +
  '+x_0=150000.013 +y_0=5400088.438 +ellps=intl ' +
  '+towgs84=-106.8686,52.2978,-103.7239,0.3366,-0.457,1.8422,-1.2747 +units=m +no_defs';

const toWgs84 = proj4(LAMBERT72, 'EPSG:4326');

/** [x, y] in metres (Lambert 72) to [longitude, latitude] in degrees (WGS84). */
export function lambert72ToWgs84(point: readonly [number, number]): [number, number] {
  const [lon, lat] = toWgs84.forward([point[0], point[1]]);
  return [lon!, lat!];
}

/** [longitude, latitude] (WGS84) to [x, y] (Lambert 72); used to make test fixtures. */
export function wgs84ToLambert72(point: readonly [number, number]): [number, number] {
  const [x, y] = toWgs84.inverse([point[0], point[1]]);
  return [x!, y!];
}
