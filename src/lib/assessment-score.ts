/**
 * Scores, saved state and CSV rows of the self-assessment. Runs in the browser (the self-assessment island) and in
 * the unit tests, so it imports nothing heavy.
 */

/** What the island knows about one measure, read from the server-rendered list. */
export interface MeasureRef {
  id: string;
  topic: string;
  guide: string;
}

export interface Score {
  done: number;
  total: number;
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

export function score(done: number, total: number): Score {
  return { done, total, percent: total === 0 ? 0 : Math.round((done / total) * 100) };
}

function scoreBy<K extends 'topic' | 'guide'>(measures: readonly MeasureRef[], checked: ReadonlySet<string>, key: K) {
  const counts = new Map<string, { done: number; total: number }>();
  for (const measure of measures) {
    const count = counts.get(measure[key]) ?? { done: 0, total: 0 };
    count.total += 1;
    if (checked.has(measure.id)) count.done += 1;
    counts.set(measure[key], count);
  }
  return [...counts].map(([name, count]) => ({ [key]: name, ...score(count.done, count.total) }) as { [P in K]: string } & Score);
}

/** Ticked ids that are not (or no longer) measures on the page do not count. */
export function computeScores(measures: readonly MeasureRef[], checked: ReadonlySet<string>): AssessmentScores {
  const done = measures.filter((m) => checked.has(m.id)).length;
  return {
    overall: score(done, measures.length),
    topics: scoreBy(measures, checked, 'topic'),
    guides: scoreBy(measures, checked, 'guide'),
  };
}

export const STORAGE_KEY = 'piva-zelfevaluatie';
const STATE_VERSION = 1;

/** Reads the saved ticks; anything unreadable (other versions, hand edits) counts as "nothing ticked". */
export function parseSavedState(raw: string | null): Set<string> {
  if (!raw) return new Set();
  try {
    const value: unknown = JSON.parse(raw);
    if (
      value &&
      typeof value === 'object' &&
      (value as { version?: unknown }).version === STATE_VERSION &&
      Array.isArray((value as { checked?: unknown }).checked)
    ) {
      return new Set((value as { checked: unknown[] }).checked.filter((id): id is string => typeof id === 'string'));
    }
  } catch {
    // Corrupt storage is not the user's problem: start again.
  }
  return new Set();
}

export function serialiseState(checked: ReadonlySet<string>): string {
  return JSON.stringify({ version: STATE_VERSION, checked: [...checked].sort() });
}

/** One measure as it appears in the export. */
export interface ExportMeasure {
  id: string;
  topicLabel: string;
  guideTitle: string;
  text: string;
}

export interface ExportLabels {
  header: [topic: string, guide: string, measure: string, id: string, done: string];
  yes: string;
  no: string;
}

/** Rows for the CSV export: a header, then one row per measure in page order with "ja"/"nee". */
export function assessmentRows(
  measures: readonly ExportMeasure[],
  checked: ReadonlySet<string>,
  labels: ExportLabels,
): string[][] {
  return [
    [...labels.header],
    ...measures.map((m) => [m.topicLabel, m.guideTitle, m.text, m.id, checked.has(m.id) ? labels.yes : labels.no]),
  ];
}

/** The strings the island needs, handed over from ui.ts by the server so the browser does not load the dictionary. */
export interface AssessmentLabels {
  /** Templates with {done}, {total}, {percent}. */
  overall: string;
  topicScore: string;
  /** Templates with {count}. */
  missingGuide: string;
  missingGuideOne: string;
  missingNone: string;
  resetConfirm: string;
  resetDone: string;
  saveFailed: string;
  fileName: string;
  csv: ExportLabels;
}

/** Fills `{name}` placeholders the way ui.ts's t() does; unknown names stay visible so a typo is noticed. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}
