/**
 * The agreement data set: three JSON files under content/data/, validated by their schemas and checked across files.
 * Pure functions; reading from disk lives in dataset-files.ts so tests can validate in-memory fixtures.
 */
import type { z } from 'astro/zod';
import { agreementsFileSchema, type Agreement } from '../../schemas/agreement.ts';
import { authoritiesFileSchema, type Authority } from '../../schemas/authority.ts';
import { municipalitiesFileSchema, type Municipality } from '../../schemas/municipality.ts';

export const DATA_FILES = {
  municipalities: 'municipalities.json',
  authorities: 'authorities.json',
  agreements: 'agreements.json',
} as const;
export type DataFileKey = keyof typeof DATA_FILES;

export interface Dataset {
  sample: boolean;
  asOf: string;
  municipalities: Municipality[];
  authorities: Authority[];
  agreements: Agreement[];
}

/** One problem in the data, precise enough to fix without reading code. */
export interface DataIssue {
  file: string;
  /** e.g. `agreements[3] (id "ict-zele-2007")`, or empty for the file as a whole. */
  entry: string;
  field: string;
  message: string;
}

export class DataValidationError extends Error {
  readonly issues: DataIssue[];
  constructor(issues: DataIssue[]) {
    super(`Ongeldige gegevens (${issues.length}):\n${issues.map(formatIssue).join('\n')}`);
    this.name = 'DataValidationError';
    this.issues = issues;
  }
}

export function formatIssue(issue: DataIssue): string {
  const where = [issue.entry, issue.field && `veld "${issue.field}"`].filter(Boolean).join(', ');
  return `${issue.file}: ${where ? `${where}: ` : ''}${issue.message}`;
}

/** Raw file contents (text) keyed by data file, plus the display path of each file for messages. */
export interface RawDataFiles {
  texts: Record<DataFileKey, string>;
  paths: Record<DataFileKey, string>;
}

/** Parses one data file's text; a syntax error becomes an issue for that file. Also used for timeline.json. */
export function parseJson(text: string, file: string, issues: DataIssue[]): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    issues.push({ file, entry: '', field: '', message: `geen geldige JSON (${(error as Error).message})` });
    return undefined;
  }
}

/** Describes the entry a zod issue path points into: `agreements[3] (id "x")`. */
function describeEntry(root: unknown, path: PropertyKey[]): { entry: string; field: string } {
  if (path.length >= 2 && typeof path[0] === 'string' && typeof path[1] === 'number') {
    const list = (root as Record<string, unknown[]>)[path[0]];
    const item = list?.[path[1]] as Record<string, unknown> | undefined;
    const key = item && typeof item === 'object' ? (item.id ?? item.nis) : undefined;
    const label = typeof key === 'string' ? ` (${'id' in item! ? 'id' : 'nis'} "${key}")` : '';
    return { entry: `${path[0]}[${path[1]}]${label}`, field: path.slice(2).join('.') };
  }
  return { entry: '', field: path.join('.') };
}

/** Validates a parsed file with its schema, turning each zod issue into a DataIssue with entry and field. */
export function parseWith<T>(schema: z.ZodType<T>, root: unknown, file: string, issues: DataIssue[]): T | undefined {
  const result = schema.safeParse(root);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const { entry, field } = describeEntry(root, issue.path);
    const message = issue.code === 'unrecognized_keys' ? `onbekend veld: ${issue.keys.join(', ')}` : issue.message;
    issues.push({
      file,
      entry,
      field: issue.code === 'unrecognized_keys' ? field || issue.keys.join(', ') : field,
      message,
    });
  }
  return undefined;
}

function findDuplicates<T>(items: T[], key: (item: T) => string): Map<string, number[]> {
  const seen = new Map<string, number[]>();
  items.forEach((item, index) => seen.set(key(item), [...(seen.get(key(item)) ?? []), index]));
  return new Map([...seen].filter(([, indexes]) => indexes.length > 1));
}

/** One issue per repeat of a key that must be unique in a list, pointing back to its first use. */
function duplicateIssues<T>(
  file: string,
  list: string,
  items: T[],
  field: 'id' | 'nis',
  key: (item: T) => string,
  what: string,
): DataIssue[] {
  return [...findDuplicates(items, key)].flatMap(([value, indexes]) =>
    indexes.slice(1).map((index) => ({
      file,
      entry: `${list}[${index}] (${field} "${value}")`,
      field,
      message: `${what}, ook gebruikt in ${list}[${indexes[0]}]`,
    })),
  );
}

/**
 * Two agreements of the same authority and service whose periods (start..end inclusive, end null = open) overlap
 * would count that authority twice in every figure. Reported on the later-starting agreement.
 */
function findOverlaps(agreements: Agreement[], file: string): DataIssue[] {
  const issues: DataIssue[] = [];
  const groups = new Map<string, number[]>();
  agreements.forEach((a, index) => {
    const key = `${a.authority}\u0000${a.service}`;
    groups.set(key, [...(groups.get(key) ?? []), index]);
  });
  for (const indexes of groups.values()) {
    const sorted = [...indexes].sort((i, j) => agreements[i]!.start.localeCompare(agreements[j]!.start) || i - j);
    sorted.forEach((later, position) => {
      const b = agreements[later]!;
      for (const earlier of sorted.slice(0, position)) {
        const a = agreements[earlier]!;
        // ISO dates compare as strings; a is known to start no later than b.
        if (a.end === null || a.end >= b.start) {
          issues.push({
            file,
            entry: `agreements[${later}] (id "${b.id}")`,
            field: 'start',
            message:
              `periode ${b.start} tot ${b.end ?? 'open'} overlapt met agreements[${earlier}] (id "${a.id}", ` +
              `${a.start} tot ${a.end ?? 'open'}) voor hetzelfde bestuur "${b.authority}" en dezelfde dienst "${b.service}"`,
          });
          break;
        }
      }
    });
  }
  return issues;
}

/**
 * Validates the three files and their references. Returns the data set, or throws DataValidationError
 * listing every issue found (not only the first), each with file, entry and field.
 */
export function validateDataset(raw: RawDataFiles, serviceIds: readonly string[]): Dataset {
  const issues: DataIssue[] = [];
  const { paths } = raw;
  const roots = {
    municipalities: parseJson(raw.texts.municipalities, paths.municipalities, issues),
    authorities: parseJson(raw.texts.authorities, paths.authorities, issues),
    agreements: parseJson(raw.texts.agreements, paths.agreements, issues),
  };
  const municipalitiesFile =
    roots.municipalities !== undefined
      ? parseWith(municipalitiesFileSchema, roots.municipalities, paths.municipalities, issues)
      : undefined;
  const authoritiesFile =
    roots.authorities !== undefined
      ? parseWith(authoritiesFileSchema, roots.authorities, paths.authorities, issues)
      : undefined;
  const agreementsFile =
    roots.agreements !== undefined
      ? parseWith(agreementsFileSchema, roots.agreements, paths.agreements, issues)
      : undefined;

  if (municipalitiesFile) {
    issues.push(
      ...duplicateIssues(
        paths.municipalities,
        'municipalities',
        municipalitiesFile.municipalities,
        'nis',
        (m) => m.nis,
        'dubbele NIS-code',
      ),
    );
  }
  if (authoritiesFile) {
    issues.push(
      ...duplicateIssues(
        paths.authorities,
        'authorities',
        authoritiesFile.authorities,
        'id',
        (a) => a.id,
        'dubbele id',
      ),
    );
    if (municipalitiesFile) {
      const known = new Set(municipalitiesFile.municipalities.map((m) => m.nis));
      authoritiesFile.authorities.forEach((authority, index) => {
        authority.municipalities.forEach((nis, position) => {
          if (!known.has(nis)) {
            issues.push({
              file: paths.authorities,
              entry: `authorities[${index}] (id "${authority.id}")`,
              field: `municipalities.${position}`,
              message: `onbekende NIS-code "${nis}": staat niet in ${paths.municipalities}`,
            });
          }
        });
      });
    }
  }
  if (agreementsFile) {
    issues.push(
      ...duplicateIssues(paths.agreements, 'agreements', agreementsFile.agreements, 'id', (a) => a.id, 'dubbele id'),
    );
    const authorityIds = new Set(authoritiesFile?.authorities.map((a) => a.id));
    const services = new Set(serviceIds);
    agreementsFile.agreements.forEach((agreement, index) => {
      const entry = `agreements[${index}] (id "${agreement.id}")`;
      if (authoritiesFile && !authorityIds.has(agreement.authority)) {
        issues.push({
          file: paths.agreements,
          entry,
          field: 'authority',
          message: `onbekend bestuur "${agreement.authority}": staat niet in ${paths.authorities}`,
        });
      }
      if (!services.has(agreement.service)) {
        issues.push({
          file: paths.agreements,
          entry,
          field: 'service',
          message: `onbekende dienst "${agreement.service}": kies uit ${[...services].join(', ')}`,
        });
      }
      if (agreement.end !== null && agreement.end < agreement.start) {
        issues.push({
          file: paths.agreements,
          entry,
          field: 'end',
          message: `einddatum ${agreement.end} ligt vóór de begindatum ${agreement.start}`,
        });
      }
    });
    issues.push(...findOverlaps(agreementsFile.agreements, paths.agreements));
  }

  if (issues.length > 0 || !municipalitiesFile || !authoritiesFile || !agreementsFile) {
    throw new DataValidationError(issues);
  }
  return {
    sample: agreementsFile.sample,
    asOf: agreementsFile.asOf,
    municipalities: municipalitiesFile.municipalities,
    authorities: authoritiesFile.authorities,
    agreements: agreementsFile.agreements,
  };
}
