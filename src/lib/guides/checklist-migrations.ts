/**
 * Moving self-assessment answers from old checklist ids to new ones. Browser-safe: the island runs migrateAnswers on
 * every load (and on every import); the build runs validateMigrations against the current checklist ids.
 *
 * Merge rule, when several old items became one new item:
 * - an answer already saved under the new id always wins; the old answers are then dropped;
 * - the new item is "not applicable" when every old item was, with their reasons joined;
 * - it is "done" when every old item was done or not applicable and at least one was done;
 * - otherwise (some old item was still open) it is open: the merged measure is not yet fully in place.
 */
import type { Answer } from '../../schemas/assessment-export.ts';
import type { ChecklistMigration } from '../../schemas/checklist-migrations.ts';

export type Answers = Map<string, Answer>;

/** Build-time check; every problem names the file, the entry and the field. */
export function migrationProblems(
  migrations: readonly ChecklistMigration[],
  currentIds: ReadonlySet<string>,
  file: string,
): string[] {
  const problems: string[] = [];
  const firstFrom = new Map<string, number>();
  migrations.forEach((entry, index) => {
    const where = `${file}: migrations[${index}]`;
    if (!currentIds.has(entry.to)) {
      problems.push(`${where}, veld "to": "${entry.to}" is geen id van een huidig checklistpunt`);
    }
    if (currentIds.has(entry.from)) {
      problems.push(
        `${where}, veld "from": "${entry.from}" is nog een huidig checklistpunt; een oud id mag niet meer bestaan`,
      );
    }
    const earlier = firstFrom.get(entry.from);
    if (earlier !== undefined) {
      problems.push(`${where}, veld "from": "${entry.from}" staat ook al in migrations[${earlier}]`);
    } else {
      firstFrom.set(entry.from, index);
    }
  });
  return problems;
}

/** The map the browser receives: new id → its old ids, in file order. */
export function sourcesByTarget(migrations: readonly ChecklistMigration[]): Record<string, string[]> {
  const byTarget: Record<string, string[]> = {};
  for (const { from, to } of migrations) (byTarget[to] ??= []).push(from);
  return byTarget;
}

function merge(sources: readonly (Answer | undefined)[]): Answer | undefined {
  if (sources.every((answer) => answer?.status === 'na')) {
    const reasons = [
      ...new Set(sources.map((answer) => answer?.reason?.trim()).filter((reason): reason is string => !!reason)),
    ];
    return reasons.length > 0 ? { status: 'na', reason: reasons.join(' / ') } : { status: 'na' };
  }
  if (sources.every((answer) => answer !== undefined) && sources.some((answer) => answer?.status === 'done')) {
    return { status: 'done' };
  }
  return undefined;
}

export interface MigrationResult {
  answers: Answers;
  /** How many answers were found under an old id (and moved or merged). */
  moved: number;
}

/** Moves answers under old ids to their new id; answers under other ids are kept as they are. */
export function migrateAnswers(
  answers: ReadonlyMap<string, Answer>,
  byTarget: Record<string, readonly string[]>,
): MigrationResult {
  const result: Answers = new Map(answers);
  let moved = 0;
  for (const [to, froms] of Object.entries(byTarget)) {
    const found = froms.filter((from) => result.has(from));
    if (found.length === 0) continue;
    moved += found.length;
    const sources = froms.map((from) => result.get(from));
    for (const from of froms) result.delete(from);
    if (result.has(to)) continue;
    const merged = merge(sources);
    if (merged) result.set(to, merged);
  }
  return { answers: result, moved };
}
