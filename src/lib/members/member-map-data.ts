/** Builds /leden/kaart.json: the data set joined for the member map, plus outline and (optional) boundaries. */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { t } from '../../i18n/ui.ts';
import { AUTHORITY_TYPES } from '../../schemas/authority.ts';
import { PILLARS } from '../../schemas/common.ts';
import { parseBoundaries, provinceOutline } from '../geo/boundaries.ts';
import type { BoundariesFile } from '../../schemas/boundary.ts';
import { contentDir } from './dataset-files.ts';
import type { Dataset } from './dataset.ts';
import { firstAgreementYear, memberAuthorities, type BoundaryCollection, type MemberMapData, type MemberService } from './members.ts';

const display = (path: string): string => relative(process.cwd(), path) || path;

/** The province outline: the union of the municipal boundaries, so it can never disagree with them. */
export function readProvinceOutline(data: Dataset, dataDir = join(contentDir(), 'data')): FeatureCollection {
  const boundaries = readBoundaries(data, dataDir);
  if (!boundaries) {
    throw new Error(`${display(join(dataDir, 'boundaries.geojson'))}: ontbreekt; maak het met npm run import:boundaries`);
  }
  return provinceOutline(boundaries as BoundariesFile);
}

/** content/data/boundaries.geojson when it exists (validated), else null: the map then shows markers only. */
export function readBoundaries(data: Dataset, dataDir = join(contentDir(), 'data')): BoundaryCollection | null {
  const path = join(dataDir, 'boundaries.geojson');
  if (!existsSync(path)) return null;
  const known = new Set(data.municipalities.map((m) => m.nis));
  return parseBoundaries(readFileSync(path, 'utf8'), display(path), known) as BoundaryCollection;
}

/** Words the island shows, looked up here so the browser bundle carries no dictionary. */
function mapLabels(): Record<string, string> {
  return {
    status: t('members.status'),
    statusOne: t('members.status.one'),
    statusNone: t('members.status.none'),
    since: t('members.since'),
    page: t('members.popup.page'),
    covers: t('members.popup.covers'),
    close: t('members.popup.close'),
    zoomIn: t('members.map.zoomIn'),
    zoomOut: t('members.map.zoomOut'),
    marker: t('members.map.marker'),
    sortBy: t('members.table.sortBy'),
  };
}

export function memberMapData(data: Dataset, services: MemberService[], dataDir = join(contentDir(), 'data')): MemberMapData {
  return {
    asOf: data.asOf,
    firstYear: firstAgreementYear(data),
    pillars: PILLARS.map((id) => ({ id, label: t(`pillar.${id}`) })),
    services,
    typeLabels: Object.fromEntries(AUTHORITY_TYPES.map((type) => [type, t(`authorityType.${type}`)])) as MemberMapData['typeLabels'],
    labels: mapLabels(),
    municipalities: data.municipalities,
    authorities: memberAuthorities(data),
    outline: readProvinceOutline(data, dataDir),
    boundaries: readBoundaries(data, dataDir),
  };
}

/** The services catalogue entries as the map and table need them. */
export function memberServices(entries: readonly { id: string; data: { title: string; pillar: MemberService['pillar'] } }[]): MemberService[] {
  return entries.map((entry) => ({ id: entry.id, title: entry.data.title, pillar: entry.data.pillar }));
}
