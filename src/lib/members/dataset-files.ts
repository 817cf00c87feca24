/** Reads the data set from disk. Kept apart from dataset.ts so the validation itself stays pure. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DATA_FILES, type DataFileKey, type Dataset, type RawDataFiles, validateDataset } from './dataset.ts';

/** The data folder; PIVA_CONTENT_DIR lets the benchmark and the validation tests point at another tree. */
export function contentDir(): string {
  return process.env.PIVA_CONTENT_DIR ?? join(process.cwd(), 'content');
}

export function readRawDataFiles(dataDir = join(contentDir(), 'data')): RawDataFiles {
  const texts = {} as Record<DataFileKey, string>;
  const paths = {} as Record<DataFileKey, string>;
  for (const [key, name] of Object.entries(DATA_FILES) as [DataFileKey, string][]) {
    const path = join(dataDir, name);
    paths[key] = relative(process.cwd(), path) || path;
    try {
      texts[key] = readFileSync(path, 'utf8');
    } catch {
      texts[key] = '';
      paths[key] = `${paths[key]} (ontbreekt)`;
    }
  }
  return { texts, paths };
}

/** Service ids are the file names of content/services/*.mdx. */
export function readServiceIds(servicesDir = join(contentDir(), 'services')): string[] {
  return readdirSync(servicesDir)
    .filter((name) => name.endsWith('.mdx') && !name.startsWith('_'))
    .map((name) => name.replace(/\.mdx$/, ''))
    .sort();
}

let cached: Dataset | undefined;

/** The validated data set for this build; throws DataValidationError on bad data. */
export function loadDataset(): Dataset {
  cached ??= validateDataset(readRawDataFiles(), readServiceIds());
  return cached;
}
