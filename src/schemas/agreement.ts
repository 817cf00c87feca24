import { z } from 'astro/zod';
import { dataText, isoDate, slugId } from './common.ts';

const AGREEMENT_KINDS = ['samenwerkingsovereenkomst', 'project'] as const;
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];

const agreementSchema = z.strictObject({
  id: slugId,
  authority: slugId,
  service: slugId,
  kind: z.enum(AGREEMENT_KINDS),
  start: isoDate,
  /** null while the agreement runs without an end date. */
  end: isoDate.nullable(),
  volume: dataText.optional(),
});

export const agreementsFileSchema = z.strictObject({
  /** true while the data is illustrative: every page then says so. */
  sample: z.boolean(),
  /** The site's "today": activity and key figures are computed on this date, so builds are reproducible. */
  asOf: isoDate,
  agreements: z.array(agreementSchema),
});

export type Agreement = z.infer<typeof agreementSchema>;
