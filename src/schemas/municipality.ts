import { z } from 'astro/zod';
import { dataName, dataText, isoDate } from './common.ts';

/** Box around East Flanders (incl. Beveren-Kruibeke-Zwijndrecht since 2025) with a small margin. */
export const EAST_FLANDERS_BOUNDS = { south: 50.68, north: 51.35, west: 3.3, east: 4.4 } as const;

export const municipalitySchema = z.strictObject({
  /** NIS (refnis) code: five digits, the first two give the arrondissement (41–46 in East Flanders). */
  nis: z.string().regex(/^4[1-6]\d{3}$/, { error: 'moet een NIS-code van Oost-Vlaanderen zijn (41000–46999)' }),
  name: dataName,
  lat: z
    .number()
    .min(EAST_FLANDERS_BOUNDS.south, { error: 'ligt ten zuiden van Oost-Vlaanderen' })
    .max(EAST_FLANDERS_BOUNDS.north, { error: 'ligt ten noorden van Oost-Vlaanderen' }),
  lon: z
    .number()
    .min(EAST_FLANDERS_BOUNDS.west, { error: 'ligt ten westen van Oost-Vlaanderen' })
    .max(EAST_FLANDERS_BOUNDS.east, { error: 'ligt ten oosten van Oost-Vlaanderen' }),
});

export const municipalitiesFileSchema = z.strictObject({
  asOf: isoDate,
  source: dataText.optional(),
  municipalities: z.array(municipalitySchema).min(1),
});

export type Municipality = z.infer<typeof municipalitySchema>;
