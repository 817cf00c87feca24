/**
 * `npm run import:boundaries -- <file> [--out <path>] [--tolerance <metres>]`: reads the official municipal
 * boundaries of Flanders (Voorlopig Referentiebestand Gemeentegrenzen, GeoJSON in Lambert 72 / EPSG:31370), keeps
 * the municipalities of East Flanders, simplifies them, reprojects them to WGS84 and writes
 * content/data/boundaries.geojson keyed by NIS code. With that file the member map shades municipalities.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { BoundaryImportError, importBoundaries } from '../src/lib/boundaries.ts';
import { contentDir, readRawDataFiles } from '../src/lib/dataset-files.ts';
import { lambert72ToWgs84 } from '../src/lib/lambert72.ts';
import { municipalitiesFileSchema } from '../src/schemas/municipality.ts';

const USAGE = 'Gebruik: npm run import:boundaries -- <bestand.geojson> [--out <pad>] [--tolerance <meter>]';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string' }, tolerance: { type: 'string', default: '20' } },
});
const input = positionals[0];
const tolerance = Number(values.tolerance);
if (!input || !Number.isFinite(tolerance) || tolerance < 0) {
  console.error(USAGE);
  process.exit(2);
}
const out = values.out ?? join(contentDir(), 'data', 'boundaries.geojson');

try {
  const municipalities = municipalitiesFileSchema.parse(JSON.parse(readRawDataFiles().texts.municipalities)).municipalities;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(input, 'utf8'));
  } catch (error) {
    throw new BoundaryImportError(`kan ${input} niet lezen als JSON (${(error as Error).message})`);
  }
  const result = importBoundaries(json, {
    known: new Map(municipalities.map((m) => [m.nis, m.name])),
    toleranceMetres: tolerance,
    project: lambert72ToWgs84,
  });
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(result.collection)}\n`);
  console.log(
    `${result.collection.features.length} gemeenten geschreven naar ${out}; ${result.skipped} buiten Oost-Vlaanderen overgeslagen.`,
  );
  if (result.missing.length > 0) {
    console.warn(`Let op: geen grens gevonden voor ${result.missing.length} gemeenten: ${result.missing.join(', ')}`);
  }
} catch (error) {
  if (error instanceof BoundaryImportError) {
    console.error(`${input}: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
