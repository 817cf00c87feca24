/** Loads the small valid data set under tests/fixtures/data/valid and lets a test break one file on purpose. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SERVICE_IDS } from '../../src/schemas/common.ts';
import { expect } from 'vitest';
import {
  DATA_FILES,
  DataValidationError,
  formatIssue,
  type DataFileKey,
  type Dataset,
  type RawDataFiles,
  validateDataset,
} from '../../src/lib/members/dataset.ts';

const dir = join(import.meta.dirname, '..', 'fixtures', 'data', 'valid');

export function validRaw(): RawDataFiles {
  const texts = {} as Record<DataFileKey, string>;
  const paths = {} as Record<DataFileKey, string>;
  for (const [key, name] of Object.entries(DATA_FILES) as [DataFileKey, string][]) {
    texts[key] = readFileSync(join(dir, name), 'utf8');
    paths[key] = `content/data/${name}`;
  }
  return { texts, paths };
}

/** A copy of the valid files with one file's parsed JSON changed by `mutate`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each test reaches into the JSON to break one field.
export function rawWith(key: DataFileKey, mutate: (json: any) => void): RawDataFiles {
  const raw = validRaw();
  const json = JSON.parse(raw.texts[key]);
  mutate(json);
  raw.texts[key] = JSON.stringify(json);
  return raw;
}

export function validDataset(): Dataset {
  return validateDataset(validRaw(), SERVICE_IDS);
}

/** Validates and returns the formatted messages; fails the test when the data is accepted. */
export function rejectionMessages(raw: RawDataFiles): string[] {
  try {
    validateDataset(raw, SERVICE_IDS);
  } catch (error) {
    expect(error).toBeInstanceOf(DataValidationError);
    return (error as DataValidationError).issues.map(formatIssue);
  }
  throw new Error('expected the data to be rejected');
}
