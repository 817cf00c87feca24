/**
 * `npm run import:boundaries -- [file] [--out <path>] [--weight <deg²>]`: reads municipal boundaries (GeoJSON in
 * WGS 84 or Lambert 72), validates them against municipalities.json, simplifies them as one topology and writes
 * content/data/boundaries.geojson keyed by NIS code. Without a file it rereads the copy kept in
 * content/data/sources/boundaries/, so the import can be rerun and gives the same bytes.
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { BoundaryImportError, importBoundaries, serializeBoundaries } from '../src/lib/geo/boundaries.ts';
import { contentDir, readRawDataFiles } from '../src/lib/members/dataset-files.ts';
import { lambert72ToWgs84 } from '../src/lib/geo/lambert72.ts';
import { municipalitiesFileSchema } from '../src/schemas/municipality.ts';

const USAGE = 'Gebruik: npm run import:boundaries -- [bestand.geojson] [--out <pad>] [--weight <graden²>]';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string' }, weight: { type: 'string' } },
});
const input =
  positionals[0] ?? join(contentDir(), 'data', 'sources', 'boundaries', 'oost-vlaanderen-gemeenten-2025.geojson');
const weight = values.weight === undefined ? undefined : Number(values.weight);
if (weight !== undefined && !(Number.isFinite(weight) && weight >= 0)) {
  console.error(USAGE);
  process.exit(2);
}
const out = values.out ?? join(contentDir(), 'data', 'boundaries.geojson');

try {
  const municipalities = municipalitiesFileSchema.parse(
    JSON.parse(readRawDataFiles().texts.municipalities),
  ).municipalities;
  let text: string;
  try {
    text = readFileSync(input, 'utf8');
  } catch (error) {
    throw new BoundaryImportError(`${input}: kan het bestand niet lezen (${(error as Error).message})`);
  }
  if (text.trim() === '') throw new BoundaryImportError(`${input}: het bestand is leeg`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new BoundaryImportError(
      `${input}: geen geldige JSON, afgebroken of beschadigd? (${(error as Error).message})`,
    );
  }
  const result = importBoundaries(json, {
    file: input,
    known: new Map(municipalities.map((m) => [m.nis, m.name])),
    project: lambert72ToWgs84,
    ...(weight === undefined ? {} : { weight }),
  });
  // Write next to the target and rename, so a failure never leaves a half-written web file.
  const temp = `${out}.tmp-${process.pid}`;
  try {
    writeFileSync(temp, serializeBoundaries(result.collection));
    renameSync(temp, out);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  console.log(
    `${input}: ${result.crs} (bepaald via ${result.crsBy === 'crs' ? 'het crs-lid' : 'het bereik van de coördinaten'}); ` +
      `${result.collection.features.length} gemeenten, ${result.vertices.before} → ${result.vertices.after} punten; geschreven naar ${out}.`,
  );
} catch (error) {
  if (error instanceof BoundaryImportError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
