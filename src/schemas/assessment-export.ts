/**
 * The self-assessment's JSON export (and what an import must look like). JSON rather than CSV because it carries the
 * format version, the "not applicable" reasons and the authority's name without loss; the CSV export stays as the
 * human-readable table. Browser-safe: the island validates imports with it.
 */
import { z } from 'astro/zod';

export const EXPORT_FORMAT = 'piva-zelfevaluatie';
/** Version 1 was the first localStorage format (only ticked ids); version 2 adds "not applicable" and the name. */
export const EXPORT_VERSION = 2;
/** Larger files are refused before they are read: a real export of ~100 answers is a few kB. */
export const MAX_IMPORT_BYTES = 1_000_000;
export const MAX_TEXT = 500;

export const answerSchema = z.strictObject({
  status: z.enum(['done', 'na']),
  reason: z.string().max(MAX_TEXT).optional(),
});

/** Only the marker and the version, checked first so an older or newer file gets its own message. */
export const exportHeaderSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.number().int().positive(),
});

export const assessmentExportSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  /** YYYY-MM-DD, the day of the export. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  bestuur: z.string().max(MAX_TEXT),
  answers: z.record(z.string().min(1).max(MAX_TEXT), answerSchema),
});

export type Answer = z.infer<typeof answerSchema>;
export type AssessmentExport = z.infer<typeof assessmentExportSchema>;
