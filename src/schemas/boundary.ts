import { z } from 'astro/zod';
import { plainText } from './common.ts';
import { EAST_FLANDERS_BOUNDS, municipalitySchema } from './municipality.ts';

/** Boundary vertices may lie a little outside the box of municipality centres. */
const MARGIN = 0.1;

/** [longitude, latitude] in WGS84 (RFC 7946 order), inside East Flanders. */
const position = z
  .tuple([z.number(), z.number()])
  .refine(
    ([lon, lat]) =>
      lon >= EAST_FLANDERS_BOUNDS.west - MARGIN &&
      lon <= EAST_FLANDERS_BOUNDS.east + MARGIN &&
      lat >= EAST_FLANDERS_BOUNDS.south - MARGIN &&
      lat <= EAST_FLANDERS_BOUNDS.north + MARGIN,
    { error: 'moet [lengtegraad, breedtegraad] in WGS84 binnen Oost-Vlaanderen zijn' },
  );
const ring = z.array(position).min(4, { error: 'een ring heeft minstens vier punten' });
const polygonCoordinates = z.array(ring).min(1);

const boundaryGeometrySchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('Polygon'), coordinates: polygonCoordinates }),
  z.strictObject({ type: z.literal('MultiPolygon'), coordinates: z.array(polygonCoordinates).min(1) }),
]);

/** One municipality in content/data/boundaries.geojson, keyed by its NIS code. */
const boundaryFeatureSchema = z.strictObject({
  type: z.literal('Feature'),
  id: municipalitySchema.shape.nis,
  properties: z.strictObject({ nis: municipalitySchema.shape.nis, name: plainText }),
  geometry: boundaryGeometrySchema,
});

/** content/data/boundaries.geojson, written by `npm run import:boundaries`. */
export const boundariesFileSchema = z.strictObject({
  type: z.literal('FeatureCollection'),
  features: z.array(boundaryFeatureSchema),
});

export type BoundaryFeature = z.infer<typeof boundaryFeatureSchema>;
export type BoundariesFile = z.infer<typeof boundariesFileSchema>;
