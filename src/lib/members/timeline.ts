/**
 * The agency's history (content/data/timeline.json), shown on /over/. Validated with the same helpers as the
 * agreement data, so a mistake fails the build with file, entry and field.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { timelineFileSchema, type Milestone } from '../../schemas/timeline.ts';
import { type DataIssue, DataValidationError, parseJson, parseWith } from './dataset.ts';
import { contentDir } from './dataset-files.ts';

/** Validates the file's text; throws DataValidationError listing every problem. */
export function validateTimeline(text: string, file: string): Milestone[] {
  const issues: DataIssue[] = [];
  const root = parseJson(text, file, issues);
  const parsed = root === undefined ? undefined : parseWith(timelineFileSchema, root, file, issues);
  if (!parsed || issues.length > 0) throw new DataValidationError(issues);
  return parsed.milestones;
}

/**
 * Oldest first. A milestone without a month belongs to its whole year and goes before the dated ones of that
 * year; otherwise the file's order is kept.
 */
export function chronological(milestones: readonly Milestone[]): Milestone[] {
  return [...milestones].sort((a, b) => a.year - b.year || (a.month ?? 0) - (b.month ?? 0));
}

/** Machine-readable value for <time datetime>: "2014-12", or "2006" for a whole year. */
export function milestoneDatetime(milestone: Milestone): string {
  return milestone.month ? `${milestone.year}-${String(milestone.month).padStart(2, '0')}` : String(milestone.year);
}

const monthYear = new Intl.DateTimeFormat('nl-BE', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** What a reader sees: "december 2014", or "2006". */
export function milestoneLabel(milestone: Milestone): string {
  return milestone.month
    ? monthYear.format(new Date(Date.UTC(milestone.year, milestone.month - 1, 1)))
    : String(milestone.year);
}

export function loadTimeline(path = join(contentDir(), 'data', 'timeline.json')): Milestone[] {
  const file = relative(process.cwd(), path) || path;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new DataValidationError([{ file, entry: '', field: '', message: 'bestand ontbreekt of is niet leesbaar' }]);
  }
  return chronological(validateTimeline(text, file));
}
