/**
 * JSON export and import of the self-assessment. Browser-safe. An import is checked in steps so each kind of bad file
 * gets its own message: too large, not JSON, not an export of this tool, a newer or older version, malformed.
 */
import {
  assessmentExportSchema,
  EXPORT_FORMAT,
  EXPORT_VERSION,
  exportHeaderSchema,
  MAX_IMPORT_BYTES,
  type Answer,
  type AssessmentExport,
} from '../../schemas/assessment-export.ts';
import type { ImportErrorCode } from './assessment-score.ts';
import { migrateAnswers, type Answers } from './checklist-migrations.ts';

export function buildExport(answers: ReadonlyMap<string, Answer>, bestuur: string, date: string): AssessmentExport {
  const sorted = [...answers].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, date, bestuur, answers: Object.fromEntries(sorted) };
}

export type ImportResult =
  | {
      ok: true;
      answers: Answers;
      bestuur: string;
      date: string;
      /** Answers in the file for ids that are neither current nor in the migration map: not imported. */
      unknown: number;
    }
  | { ok: false; error: ImportErrorCode };

/**
 * Checks an uploaded file's text. Old ids are moved with the migration map first; answers for measures that no longer
 * exist are counted (and reported), not imported.
 */
export function parseImport(
  text: string,
  size: number,
  byTarget: Record<string, readonly string[]>,
  currentIds: ReadonlySet<string>,
): ImportResult {
  if (size > MAX_IMPORT_BYTES) return { ok: false, error: 'tooLarge' };
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, error: 'notJson' };
  }
  const header = exportHeaderSchema.safeParse(json);
  if (!header.success) return { ok: false, error: 'notExport' };
  if (header.data.version > EXPORT_VERSION) return { ok: false, error: 'newer' };
  // Version 1 never existed as a file (it was only the first localStorage format), so there is nothing to convert.
  if (header.data.version < EXPORT_VERSION) return { ok: false, error: 'older' };
  const parsed = assessmentExportSchema.safeParse(json);
  if (!parsed.success) return { ok: false, error: 'malformed' };
  const { answers: migrated } = migrateAnswers(new Map(Object.entries(parsed.data.answers)), byTarget);
  const answers: Answers = new Map();
  let unknown = 0;
  for (const [id, answer] of migrated) {
    if (currentIds.has(id)) answers.set(id, answer);
    else unknown += 1;
  }
  return { ok: true, answers, bestuur: parsed.data.bestuur, date: parsed.data.date, unknown };
}

/** How many answers saved now an import would change (overwrite with something else or clear). */
export function replacedCount(current: ReadonlyMap<string, Answer>, incoming: ReadonlyMap<string, Answer>): number {
  let count = 0;
  for (const [id, answer] of current) {
    const next = incoming.get(id);
    if (!next || next.status !== answer.status || (next.reason ?? '') !== (answer.reason ?? '')) count += 1;
  }
  return count;
}
