import { describe, expect, it } from 'vitest';
import { buildExport, parseImport, replacedCount } from '../../src/lib/guides/assessment-io.ts';
import { parseSavedState } from '../../src/lib/guides/assessment-score.ts';
import {
  ChecklistMigrationError,
  parseChecklistMigrations,
  readChecklistMigrations,
} from '../../src/lib/guides/checklist-migration-files.ts';
import { migrateAnswers, migrationProblems, sourcesByTarget } from '../../src/lib/guides/checklist-migrations.ts';
import { readGuideFiles } from '../../src/lib/guides/guide-files.ts';
import { buildAssessment } from '../../src/lib/guides/self-assessment.ts';
import { MAX_IMPORT_BYTES, type Answer } from '../../src/schemas/assessment-export.ts';

const FILE = 'content/informatieveiligheid/checklist-migraties.json';
const current = new Set(['g--nieuw-a', 'g--samen', 'g--blijft']);
const map = sourcesByTarget([
  { from: 'g--oud-a', to: 'g--nieuw-a' },
  { from: 'g--deel-1', to: 'g--samen' },
  { from: 'g--deel-2', to: 'g--samen' },
]);
const answers = (entries: Record<string, Answer>) => new Map(Object.entries(entries));

describe('migrateAnswers', () => {
  it('moves an answer from an old id to its new id and keeps other answers', () => {
    const { answers: result, moved } = migrateAnswers(
      answers({ 'g--oud-a': { status: 'na', reason: 'geen' }, 'g--blijft': { status: 'done' } }),
      map,
    );
    expect(moved).toBe(1);
    expect(Object.fromEntries(result)).toEqual({
      'g--nieuw-a': { status: 'na', reason: 'geen' },
      'g--blijft': { status: 'done' },
    });
  });

  it('marks a merged item done only when every source was done (or not applicable)', () => {
    const both = migrateAnswers(
      answers({ 'g--deel-1': { status: 'done' }, 'g--deel-2': { status: 'done' } }),
      map,
    ).answers;
    expect(both.get('g--samen')).toEqual({ status: 'done' });
    const withNa = migrateAnswers(
      answers({ 'g--deel-1': { status: 'done' }, 'g--deel-2': { status: 'na' } }),
      map,
    ).answers;
    expect(withNa.get('g--samen')).toEqual({ status: 'done' });
    const half = migrateAnswers(answers({ 'g--deel-1': { status: 'done' } }), map).answers;
    expect(half.has('g--samen')).toBe(false);
    expect(half.has('g--deel-1')).toBe(false);
  });

  it('marks a merged item not applicable when every source was, joining the reasons', () => {
    const result = migrateAnswers(
      answers({
        'g--deel-1': { status: 'na', reason: 'geen wifi' },
        'g--deel-2': { status: 'na', reason: 'geen laptops' },
      }),
      map,
    ).answers;
    expect(result.get('g--samen')).toEqual({ status: 'na', reason: 'geen wifi / geen laptops' });
  });

  it('never overwrites an answer already saved under the new id', () => {
    const result = migrateAnswers(
      answers({ 'g--oud-a': { status: 'done' }, 'g--nieuw-a': { status: 'na', reason: 'eigen keuze' } }),
      map,
    );
    expect(Object.fromEntries(result.answers)).toEqual({ 'g--nieuw-a': { status: 'na', reason: 'eigen keuze' } });
  });

  it('works on the first storage format too', () => {
    const legacy = parseSavedState('{"version":1,"checked":["g--oud-a","g--blijft"]}');
    expect([...migrateAnswers(legacy.answers, map).answers.keys()].sort()).toEqual(['g--blijft', 'g--nieuw-a']);
  });
});

describe('the migrations file', () => {
  it('accepts a file that fits the current ids', () => {
    const text = JSON.stringify({ migrations: [{ from: 'g--oud-a', to: 'g--nieuw-a' }] });
    expect(parseChecklistMigrations(text, current)).toEqual([{ from: 'g--oud-a', to: 'g--nieuw-a' }]);
  });

  it('names the file, the entry and the field of every problem', () => {
    const problems = migrationProblems(
      [
        { from: 'g--oud-a', to: 'g--bestaat-niet' },
        { from: 'g--blijft', to: 'g--samen' },
        { from: 'g--oud-a', to: 'g--samen' },
      ],
      current,
      FILE,
    );
    expect(problems).toEqual([
      `${FILE}: migrations[0], veld "to": "g--bestaat-niet" is geen id van een huidig checklistpunt`,
      `${FILE}: migrations[1], veld "from": "g--blijft" is nog een huidig checklistpunt; een oud id mag niet meer bestaan`,
      `${FILE}: migrations[2], veld "from": "g--oud-a" staat ook al in migrations[0]`,
    ]);
    expect(() =>
      parseChecklistMigrations(JSON.stringify({ migrations: [{ from: 'g--blijft', to: 'g--samen' }] }), current),
    ).toThrow(ChecklistMigrationError);
  });

  it('rejects malformed JSON and a wrong shape with the entry and field', () => {
    expect(() => parseChecklistMigrations('{', current)).toThrow(`${FILE}: geen geldige JSON`);
    expect(() => parseChecklistMigrations('{"migrations":[{"from":"","to":"g--samen"}]}', current)).toThrow(
      `${FILE}: migrations[0], veld "from"`,
    );
    expect(() => parseChecklistMigrations('{"migrations":[{"from":"x","naar":"g--samen"}]}', current)).toThrow(
      `${FILE}: migrations[0], veld`,
    );
  });

  it('the real file fits the real checklists', () => {
    const ids = new Set(
      buildAssessment(readGuideFiles().map((g) => ({ id: g.id, data: g.data, body: g.body }))).flatMap((t) =>
        t.guides.flatMap((g) => g.items.map((i) => i.id)),
      ),
    );
    expect(() => readChecklistMigrations(ids)).not.toThrow();
  });
});

describe('JSON export and import', () => {
  const saved = answers({ 'g--blijft': { status: 'done' }, 'g--samen': { status: 'na', reason: 'geen' } });
  const good = JSON.stringify(buildExport(saved, 'Gemeente Voorbeeld', '2026-12-01'));
  const load = (text: string, size = text.length) => parseImport(text, size, map, current);

  it('exports the format marker, version, date, name and answers by id', () => {
    expect(JSON.parse(good)).toEqual({
      format: 'piva-zelfevaluatie',
      version: 2,
      date: '2026-12-01',
      bestuur: 'Gemeente Voorbeeld',
      answers: { 'g--blijft': { status: 'done' }, 'g--samen': { status: 'na', reason: 'geen' } },
    });
  });

  it('reads its own export back without loss', () => {
    const result = load(good);
    expect(result).toMatchObject({ ok: true, bestuur: 'Gemeente Voorbeeld', date: '2026-12-01', unknown: 0 });
    if (result.ok) expect(Object.fromEntries(result.answers)).toEqual(Object.fromEntries(saved));
  });

  it('refuses files that are not an export of this tool', () => {
    expect(load('onderwerp,gids\r\n')).toEqual({ ok: false, error: 'notJson' });
    expect(load('{"format":"iets-anders","version":2}')).toEqual({ ok: false, error: 'notExport' });
    expect(load('[1,2]')).toEqual({ ok: false, error: 'notExport' });
  });

  it('refuses a malformed export, a too large file, and a newer or older version', () => {
    const data = JSON.parse(good);
    expect(load(JSON.stringify({ ...data, answers: { x: { status: 'klaar' } } }))).toEqual({
      ok: false,
      error: 'malformed',
    });
    expect(load(JSON.stringify({ ...data, date: 'gisteren' }))).toEqual({ ok: false, error: 'malformed' });
    expect(load(good, MAX_IMPORT_BYTES + 1)).toEqual({ ok: false, error: 'tooLarge' });
    expect(load(JSON.stringify({ ...data, version: 3 }))).toEqual({ ok: false, error: 'newer' });
    expect(load(JSON.stringify({ ...data, version: 1 }))).toEqual({ ok: false, error: 'older' });
  });

  it('moves old ids with the migration map and counts answers for measures that no longer exist', () => {
    const text = JSON.stringify({
      ...JSON.parse(good),
      answers: { 'g--oud-a': { status: 'done' }, 'g--weg': { status: 'done' } },
    });
    const result = load(text);
    expect(result).toMatchObject({ ok: true, unknown: 1 });
    if (result.ok) expect(Object.fromEntries(result.answers)).toEqual({ 'g--nieuw-a': { status: 'done' } });
  });

  it('keeps hostile content as plain data, to be shown as text', () => {
    const hostile = '<img src=x onerror=alert(1)><script>alert(1)</script>';
    const text = JSON.stringify(
      buildExport(
        answers({ 'g--samen': { status: 'na', reason: hostile } }),
        `=cmd|' /C calc'!A0 ${hostile}`,
        '2026-12-01',
      ),
    );
    const result = load(text);
    expect(result.ok && result.bestuur).toBe(`=cmd|' /C calc'!A0 ${hostile}`);
    expect(result.ok && result.answers.get('g--samen')?.reason).toBe(hostile);
  });

  it('counts the saved answers an import would change', () => {
    expect(replacedCount(saved, answers({ 'g--blijft': { status: 'done' } }))).toBe(1);
    expect(replacedCount(saved, saved)).toBe(0);
  });
});
