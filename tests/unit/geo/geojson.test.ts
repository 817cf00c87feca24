import { describe, expect, it } from 'vitest';
import { featureCollection, pointFeature } from '../../../src/lib/geo/geojson.ts';

describe('pointFeature', () => {
  it('writes [longitude, latitude] as RFC 7946 requires', () => {
    const feature = pointFeature({ lat: 51.066, lon: 4.04 }, { naam: 'Zele' }, 'zele');
    expect(feature).toEqual({
      type: 'Feature',
      id: 'zele',
      geometry: { type: 'Point', coordinates: [4.04, 51.066] },
      properties: { naam: 'Zele' },
    });
  });

  it('leaves the id out when there is none', () => {
    expect(pointFeature({ lat: 0, lon: 0 }, null)).not.toHaveProperty('id');
  });

  it('refuses positions outside the globe, such as swapped or projected values', () => {
    expect(() => pointFeature({ lat: 104000, lon: 194000 }, null)).toThrow(RangeError);
    expect(() => pointFeature({ lat: 4.04, lon: 181 }, null)).toThrow(RangeError);
  });
});

describe('featureCollection', () => {
  it('wraps features in a FeatureCollection', () => {
    const collection = featureCollection([pointFeature({ lat: 51, lon: 4 }, {})]);
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features).toHaveLength(1);
  });
});
