/**
 * Builds /leden/kaart.json, the data the member map island filters and draws: authorities with their municipalities
 * and agreements, service titles, municipality names and the borders as a compact topology. No interface words
 * (IslandStrings.astro carries those). Also reads the boundaries file for the static maps.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { encodeBorders, type BorderTopology } from '../geo/border-topology.ts';
import { parseBoundaries, provinceOutline } from '../geo/boundaries.ts';
import type { BoundariesFile } from '../../schemas/boundary.ts';
import { contentDir } from './dataset-files.ts';
import type { Dataset } from './dataset.ts';
import {
  firstAgreementYear,
  memberAuthorities,
  type BoundaryCollection,
  type MemberMapData,
  type MemberService,
} from './members.ts';

const display = (path: string): string => relative(process.cwd(), path) || path;

/** The province outline: the union of the municipal boundaries, so it can never disagree with them. */
export function readProvinceOutline(data: Dataset, dataDir = join(contentDir(), 'data')): FeatureCollection {
  const boundaries = readBoundaries(data, dataDir);
  if (!boundaries) {
    throw new Error(
      `${display(join(dataDir, 'boundaries.geojson'))}: ontbreekt; maak het met npm run import:boundaries`,
    );
  }
  return provinceOutline(boundaries as BoundariesFile);
}

/** content/data/boundaries.geojson when it exists (validated), else null. */
export function readBoundaries(data: Dataset, dataDir = join(contentDir(), 'data')): BoundaryCollection | null {
  const path = join(dataDir, 'boundaries.geojson');
  if (!existsSync(path)) return null;
  const known = new Set(data.municipalities.map((m) => m.nis));
  return parseBoundaries(readFileSync(path, 'utf8'), display(path), known) as BoundaryCollection;
}

export function memberMapData(
  data: Dataset,
  services: readonly MemberService[],
  borders: BorderTopology,
): MemberMapData {
  return {
    asOf: data.asOf,
    borders,
    firstYear: firstAgreementYear(data),
    services: services.map(({ id, title }) => ({ id, title })),
    municipalities: data.municipalities.map(({ nis, name }) => ({ nis, name })),
    authorities: memberAuthorities(data),
  };
}

/** The services catalogue entries as the map and table need them. */
export function memberServices(
  entries: readonly { id: string; data: { title: string; pillar: MemberService['pillar'] } }[],
): MemberService[] {
  return entries.map((entry) => ({ id: entry.id, title: entry.data.title, pillar: entry.data.pillar }));
}

/** The borders for the island, encoded from the validated boundaries file. */
export function readBorderTopology(data: Dataset, dataDir = join(contentDir(), 'data')): BorderTopology {
  const boundaries = readBoundaries(data, dataDir);
  if (!boundaries) {
    throw new Error(
      `${display(join(dataDir, 'boundaries.geojson'))}: ontbreekt; maak het met npm run import:boundaries`,
    );
  }
  return encodeBorders(boundaries as BoundariesFile);
}
