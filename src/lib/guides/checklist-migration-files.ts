/**
 * Reads content/informatieveiligheid/checklist-migraties.json from disk for the build and the tests, and fails with
 * the file, the entry and the field when it is malformed or does not fit the current checklists.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checklistMigrationsSchema, type ChecklistMigration } from '../../schemas/checklist-migrations.ts';
import { migrationProblems } from './checklist-migrations.ts';
import { guidesDir } from './guide-files.ts';

const MIGRATIONS_FILE = 'content/informatieveiligheid/checklist-migraties.json';

export class ChecklistMigrationError extends Error {
  override name = 'ChecklistMigrationError';
}

/** Parses and checks the file's text against the ids the checklists have now. */
export function parseChecklistMigrations(
  source: string,
  currentIds: ReadonlySet<string>,
  file = MIGRATIONS_FILE,
): ChecklistMigration[] {
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch (error) {
    throw new ChecklistMigrationError(`${file}: geen geldige JSON (${(error as Error).message})`);
  }
  const result = checklistMigrationsSchema.safeParse(json);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => {
      const path = issue.path.map(String);
      const entry = path[0] === 'migrations' && path[1] !== undefined ? `migrations[${path[1]}]` : '(bestand)';
      const field = path.slice(2).join('.') || path.join('.') || '(bestand)';
      return `${file}: ${entry}, veld "${field}": ${issue.message}`;
    });
    throw new ChecklistMigrationError(lines.join('\n'));
  }
  const problems = migrationProblems(result.data.migrations, currentIds, file);
  if (problems.length > 0) throw new ChecklistMigrationError(problems.join('\n'));
  return result.data.migrations;
}

export function readChecklistMigrations(
  currentIds: ReadonlySet<string>,
  path = join(guidesDir(), 'checklist-migraties.json'),
): ChecklistMigration[] {
  return parseChecklistMigrations(readFileSync(path, 'utf8'), currentIds);
}
