/**
 * The member overview: who takes part in what on a date, as rows for the table on /leden/ and as the data the
 * member map reads from /leden/kaart.json. Imported by the map's browser script too, so it holds no value imports
 * from node or zod (types only).
 */
import type { BorderTopology } from '../geo/border-topology.ts';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { AuthorityType } from '../../schemas/authority.ts';
import type { Pillar } from '../../schemas/common.ts';
import type { Dataset } from './dataset.ts';
import { isActiveOn } from './participation.ts';

/** A service as the map and table need it. */
export interface MemberService {
  id: string;
  title: string;
  pillar: Pillar;
}

interface MemberAgreement {
  service: string;
  start: string;
  end: string | null;
}

export interface MemberAuthority {
  id: string;
  name: string;
  type: AuthorityType;
  /** NIS codes of the municipalities it covers. */
  municipalities: string[];
  agreements: MemberAgreement[];
}

interface MemberMunicipality {
  nis: string;
  name: string;
}

/** Municipal boundaries keyed by NIS code (content/data/boundaries.geojson), when the repository has them. */
export type BoundaryCollection = FeatureCollection<Polygon | MultiPolygon, { nis: string; name: string }>;

/**
 * The data the map island needs, written to /leden/kaart.json at build time: data and the municipal borders as a
 * quantized topology (src/lib/geo/border-topology.ts) for the Leaflet map. The interface words reach the island
 * through IslandStrings.astro.
 */
export interface MemberMapData {
  asOf: string;
  borders: BorderTopology;
  firstYear: number;
  services: Pick<MemberService, 'id' | 'title'>[];
  municipalities: MemberMunicipality[];
  authorities: MemberAuthority[];
}

/** Filter state of /leden/, kept in the URL as ?dienst=…&type=…&jaar=…. */
export interface MemberFilter {
  service: string | null;
  type: AuthorityType | null;
  year: number;
}

interface MemberRowService {
  service: string;
  /** Year of the earliest active agreement for the service. */
  since: number;
}

export interface MemberRow {
  authority: MemberAuthority;
  services: MemberRowService[];
  /** Year of the earliest active agreement. */
  since: number;
}

export type SortKey = 'name' | 'type' | 'since';
export type SortDirection = 'ascending' | 'descending';

const yearOf = (date: string): number => Number(date.slice(0, 4));

/** Centre of each authority's municipalities (its own municipality when it covers one), by authority id: the point of
 * each authority in /open-data/besturen.geojson. */
export function authorityCentres(
  data: Pick<Dataset, 'authorities' | 'municipalities'>,
): Map<string, { lat: number; lon: number }> {
  const places = new Map(data.municipalities.map((m) => [m.nis, m]));
  return new Map(
    data.authorities.map((authority) => {
      const points = authority.municipalities.map((nis) => places.get(nis)!);
      const lat = round(points.reduce((sum, p) => sum + p.lat, 0) / points.length);
      const lon = round(points.reduce((sum, p) => sum + p.lon, 0) / points.length);
      return [authority.id, { lat, lon }];
    }),
  );
}

/** One entry per authority with the municipalities it covers and its agreements. */
export function memberAuthorities(data: Dataset): MemberAuthority[] {
  return data.authorities.map((authority) => ({
    id: authority.id,
    name: authority.name,
    type: authority.type,
    municipalities: authority.municipalities,
    agreements: data.agreements
      .filter((agreement) => agreement.authority === authority.id)
      .map(({ service, start, end }) => ({ service, start, end })),
  }));
}

function round(value: number): number {
  return Math.round(value * 1e5) / 1e5;
}

/** The date a year stands for: 31 December, or the as-of date for the current year (as participationPerYear). */
export function dateForYear(year: number, asOf: string): string {
  return year >= yearOf(asOf) ? asOf : `${year}-12-31`;
}

/** Authorities with an active agreement on the filter's date (for its service and type), with their services. */
export function filterMembers(
  authorities: readonly MemberAuthority[],
  filter: MemberFilter,
  asOf: string,
): MemberRow[] {
  const date = dateForYear(filter.year, asOf);
  const rows: MemberRow[] = [];
  for (const authority of authorities) {
    if (filter.type && authority.type !== filter.type) continue;
    const active = authority.agreements.filter((agreement) => isActiveOn(agreement, date));
    if (active.length === 0) continue;
    if (filter.service && !active.some((agreement) => agreement.service === filter.service)) continue;
    const since = new Map<string, number>();
    for (const agreement of active) {
      since.set(agreement.service, Math.min(since.get(agreement.service) ?? Infinity, yearOf(agreement.start)));
    }
    const services = [...since].map(([service, year]) => ({ service, since: year }));
    services.sort((a, b) => a.since - b.since || a.service.localeCompare(b.service));
    rows.push({ authority, services, since: Math.min(...services.map((s) => s.since)) });
  }
  return sortMembers(rows, 'name', 'ascending');
}

/** Sorts rows by a column; ties fall back to the name so the order is stable and predictable. */
export function sortMembers(
  rows: readonly MemberRow[],
  key: SortKey,
  direction: SortDirection,
  typeLabel: (type: AuthorityType) => string = (type) => type,
): MemberRow[] {
  const byName = (a: MemberRow, b: MemberRow) => a.authority.name.localeCompare(b.authority.name, 'nl-BE');
  const compare = (a: MemberRow, b: MemberRow): number => {
    if (key === 'type') return typeLabel(a.authority.type).localeCompare(typeLabel(b.authority.type), 'nl-BE');
    if (key === 'since') return a.since - b.since;
    return byName(a, b);
  };
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => sign * compare(a, b) || byName(a, b));
}

/**
 * Reads the filter from a query string. Unknown services or types and years out of range are ignored, so a
 * mistyped shared link still shows the page rather than nothing.
 */
export function parseMemberQuery(
  search: string,
  options: { services: readonly string[]; types: readonly AuthorityType[]; firstYear: number; asOf: string },
): MemberFilter {
  const params = new URLSearchParams(search);
  const service = params.get('dienst');
  const type = params.get('type') as AuthorityType | null;
  const lastYear = yearOf(options.asOf);
  const year = Number(params.get('jaar'));
  return {
    service: service && options.services.includes(service) ? service : null,
    type: type && options.types.includes(type) ? type : null,
    year: Number.isInteger(year) && year >= options.firstYear && year <= lastYear ? year : lastYear,
  };
}

/** The query string for a filter ('' for the default view); the current year is left out. */
export function memberQueryString(filter: MemberFilter, asOf: string): string {
  const params = new URLSearchParams();
  if (filter.service) params.set('dienst', filter.service);
  if (filter.type) params.set('type', filter.type);
  if (filter.year !== yearOf(asOf)) params.set('jaar', String(filter.year));
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** First year of any agreement: the start of the date control and of the growth chart. */
export function firstAgreementYear(data: Pick<Dataset, 'agreements' | 'asOf'>): number {
  return data.agreements.length > 0 ? Math.min(...data.agreements.map((a) => yearOf(a.start))) : yearOf(data.asOf);
}
