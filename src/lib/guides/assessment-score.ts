/**
 * Scores, saved state and CSV rows of the self-assessment. Runs in the browser (the self-assessment island) and in
 * the unit tests, so it imports nothing from Node.
 */
import { z } from 'astro/zod';
import { answerSchema, EXPORT_VERSION, MAX_TEXT, type Answer } from '../../schemas/assessment-export.ts';
import type { Answers } from './checklist-migrations.ts';
import type { CountedText } from '../site/format.ts';

/** What the island knows about one measure, read from the server-rendered list. */
export interface MeasureRef {
  id: string;
  topic: string;
  guide: string;
}

export interface Score {
  done: number;
  /** Measures that count: all of them minus the ones marked "not applicable". */
  total: number;
  /** Marked "not applicable": left out of done and total. */
  na: number;
  /** Whole percent, rounded; 0 when there is nothing to score. */
  percent: number;
}

export interface AssessmentScores {
  overall: Score;
  /** Per topic, in the order the topics first appear. */
  topics: ({ topic: string } & Score)[];
  /** Per guide, in the order the guides first appear. */
  guides: ({ guide: string } & Score)[];
}

export function score(done: number, total: number, na = 0): Score {
  return { done, total, na, percent: total === 0 ? 0 : Math.round((done / total) * 100) };
}

function tally(measures: readonly MeasureRef[], answers: ReadonlyMap<string, Answer>): Score {
  let done = 0;
  let na = 0;
  for (const measure of measures) {
    const status = answers.get(measure.id)?.status;
    if (status === 'done') done += 1;
    else if (status === 'na') na += 1;
  }
  return score(done, measures.length - na, na);
}

function scoreBy<K extends 'topic' | 'guide'>(
  measures: readonly MeasureRef[],
  answers: ReadonlyMap<string, Answer>,
  key: K,
) {
  const groups = new Map<string, MeasureRef[]>();
  for (const measure of measures) groups.set(measure[key], [...(groups.get(measure[key]) ?? []), measure]);
  return [...groups].map(
    ([name, inGroup]) => ({ [key]: name, ...tally(inGroup, answers) }) as { [P in K]: string } & Score,
  );
}

/** Answers under ids that are not (or no longer) measures on the page do not count. */
export function computeScores(measures: readonly MeasureRef[], answers: ReadonlyMap<string, Answer>): AssessmentScores {
  return {
    overall: tally(measures, answers),
    topics: scoreBy(measures, answers, 'topic'),
    guides: scoreBy(measures, answers, 'guide'),
  };
}

export const STORAGE_KEY = 'piva-zelfevaluatie';

/** What is kept in localStorage: the answers and the authority's name, never sent anywhere. */
export interface SavedState {
  answers: Answers;
  bestuur: string;
}

const savedV2 = z.object({
  version: z.literal(EXPORT_VERSION),
  bestuur: z.string().max(MAX_TEXT).catch(''),
  answers: z.record(z.string(), answerSchema.nullable().catch(null)),
});
const savedV1 = z.object({ version: z.literal(1), checked: z.array(z.unknown()) });

/**
 * Reads the saved state: the current format or the first one (version 1, only ticked ids, which become "done").
 * Anything unreadable (hand edits, unknown versions) counts as "nothing answered".
 */
export function parseSavedState(raw: string | null): SavedState {
  const empty: SavedState = { answers: new Map(), bestuur: '' };
  if (!raw) return empty;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    // Corrupt storage is not the user's problem: start again.
    return empty;
  }
  const v2 = savedV2.safeParse(value);
  if (v2.success) {
    const answers: Answers = new Map();
    for (const [id, answer] of Object.entries(v2.data.answers)) if (answer) answers.set(id, answer);
    return { answers, bestuur: v2.data.bestuur };
  }
  const v1 = savedV1.safeParse(value);
  if (v1.success) {
    const ids = v1.data.checked.filter((id): id is string => typeof id === 'string');
    return { answers: new Map(ids.map((id) => [id, { status: 'done' }])), bestuur: '' };
  }
  return empty;
}

export function serialiseState(state: SavedState): string {
  const answers = Object.fromEntries([...state.answers].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return JSON.stringify({ version: EXPORT_VERSION, bestuur: state.bestuur, answers });
}

/** One measure as it appears in the export. */
export interface ExportMeasure {
  id: string;
  topicLabel: string;
  guideTitle: string;
  text: string;
}

export interface ExportLabels {
  header: [topic: string, guide: string, measure: string, id: string, done: string, reason: string];
  yes: string;
  no: string;
  na: string;
}

/** Rows for the CSV export: a header, then one row per measure in page order with "ja"/"nee"/"n.v.t." and a reason. */
export function assessmentRows(
  measures: readonly ExportMeasure[],
  answers: ReadonlyMap<string, Answer>,
  labels: ExportLabels,
): string[][] {
  return [
    [...labels.header],
    ...measures.map((m) => {
      const answer = answers.get(m.id);
      const status = answer?.status === 'done' ? labels.yes : answer?.status === 'na' ? labels.na : labels.no;
      return [m.topicLabel, m.guideTitle, m.text, m.id, status, answer?.status === 'na' ? (answer.reason ?? '') : ''];
    }),
  ];
}

/** The strings the island needs, handed over from ui.ts by the server so the browser does not load the dictionary. */
export interface AssessmentLabels {
  /** Templates with {done}, {total}, {percent}. */
  overall: string;
  topicScore: string;
  /** Counted text with {count}: measures marked "not applicable". */
  naCount: CountedText;
  /** Templates with {count}. */
  missingGuide: CountedText;
  missingNone: string;
  resetConfirm: string;
  resetDone: string;
  saveFailed: string;
  fileName: string;
  jsonFileName: string;
  /** Templates with {count} (answers that will be replaced) and {total} (answers in the file). */
  importConfirm: CountedText;
  /** Template with {count}. */
  importDone: CountedText;
  importCancelled: string;
  /** Template with {count}: answers in the file for measures that no longer exist. */
  importUnknown: CountedText;
  importErrors: Record<ImportErrorCode, string>;
  reportNoName: string;
  csv: ExportLabels;
}

export type ImportErrorCode = 'tooLarge' | 'notJson' | 'notExport' | 'newer' | 'older' | 'malformed';
