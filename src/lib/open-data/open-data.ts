/**
 * The open-data sets under /open-data/, built from the same validated data as the pages. Field names are Dutch,
 * like the site; /open-data/ describes each field.
 */
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { AgreementKind } from '../../schemas/agreement.ts';
import type { AuthorityType } from '../../schemas/authority.ts';
import { recordsToCsv } from './csv.ts';
import type { Dataset } from '../members/dataset.ts';
import { featureCollection, pointFeature } from '../geo/geojson.ts';
import { authorityCentres } from '../members/members.ts';
import { isActiveOn } from '../members/participation.ts';
import { routes } from '../site/routes.ts';

/** Columns of overeenkomsten.json / .csv, in order. */
export const AGREEMENT_FIELDS = [
  'id',
  'bestuur',
  'bestuursnaam',
  'bestuurstype',
  'dienst',
  'soort',
  'begin',
  'einde',
  'volume',
  'actief',
] as const;

export interface AgreementRecord {
  id: string;
  bestuur: string;
  bestuursnaam: string;
  bestuurstype: AuthorityType;
  dienst: string;
  soort: AgreementKind;
  begin: string;
  einde: string | null;
  volume: string | null;
  /** Active on the data's as-of date. */
  actief: boolean;
}

/** Properties of each feature in besturen.geojson. */
export const AUTHORITY_FEATURE_FIELDS = ['id', 'naam', 'type', 'gemeenten', 'diensten', 'pagina'] as const;

export interface AuthorityFeatureProperties {
  id: string;
  naam: string;
  type: AuthorityType;
  /** NIS codes of the municipalities it covers. */
  gemeenten: string[];
  /** Ids of the services with an active agreement on the as-of date. */
  diensten: string[];
  pagina: string;
}

/** One record per agreement, joined with the authority's name and type, in the order of agreements.json. */
export function agreementRecords(data: Dataset): AgreementRecord[] {
  const authorities = new Map(data.authorities.map((a) => [a.id, a]));
  return data.agreements.map((agreement) => {
    const authority = authorities.get(agreement.authority)!;
    return {
      id: agreement.id,
      bestuur: authority.id,
      bestuursnaam: authority.name,
      bestuurstype: authority.type,
      dienst: agreement.service,
      soort: agreement.kind,
      begin: agreement.start,
      einde: agreement.end,
      volume: agreement.volume ?? null,
      actief: isActiveOn(agreement, data.asOf),
    };
  });
}

export function agreementsJson(data: Dataset): string {
  const document = { peildatum: data.asOf, voorbeeldgegevens: data.sample, overeenkomsten: agreementRecords(data) };
  return `${JSON.stringify(document, null, 2)}\n`;
}

export function agreementsCsv(data: Dataset): string {
  return recordsToCsv(AGREEMENT_FIELDS, agreementRecords(data));
}

/**
 * One Point per authority at the centre of its municipalities, with its active services; `site` makes page links
 * absolute.
 */
export function authoritiesGeoJson(
  data: Dataset,
  site: URL | string,
): FeatureCollection<Point, AuthorityFeatureProperties> {
  const centres = authorityCentres(data);
  const features: Feature<Point, AuthorityFeatureProperties>[] = data.authorities.map((authority) =>
    pointFeature(
      centres.get(authority.id)!,
      {
        id: authority.id,
        naam: authority.name,
        type: authority.type,
        gemeenten: authority.municipalities,
        diensten: [
          ...new Set(
            data.agreements
              .filter((a) => a.authority === authority.id && isActiveOn(a, data.asOf))
              .map((a) => a.service),
          ),
        ].sort(),
        pagina: new URL(routes.authority(authority.id), site).href,
      },
      authority.id,
    ),
  );
  return featureCollection(features);
}

/** Properties of each feature in gemeenten.geojson. */
export const MUNICIPALITY_FEATURE_FIELDS = ['nis', 'naam', 'diensten'] as const;

export interface MunicipalityFeatureProperties {
  nis: string;
  naam: string;
  /** Service id → whether an active agreement of that service covers the municipality on asOf. */
  diensten: Record<string, boolean>;
}

/** gemeenten.geojson: each municipality's border and, per service, whether it is covered on asOf. */
export function municipalitiesGeoJson(
  data: Dataset,
  boundaries: { features: readonly { id: string; geometry: Polygon | MultiPolygon }[] },
  serviceIds: readonly string[],
): FeatureCollection<Polygon | MultiPolygon, MunicipalityFeatureProperties> {
  const places = new Map(data.authorities.map((a) => [a.id, a.municipalities]));
  const covered = new Map<string, Set<string>>();
  for (const agreement of data.agreements) {
    if (!isActiveOn(agreement, data.asOf)) continue;
    for (const nis of places.get(agreement.authority) ?? []) {
      covered.set(nis, (covered.get(nis) ?? new Set()).add(agreement.service));
    }
  }
  const names = new Map(data.municipalities.map((m) => [m.nis, m.name]));
  const services = [...serviceIds].sort();
  return {
    type: 'FeatureCollection',
    features: boundaries.features.map((f): Feature<Polygon | MultiPolygon, MunicipalityFeatureProperties> => ({
      type: 'Feature',
      id: f.id,
      properties: {
        nis: f.id,
        naam: names.get(f.id)!,
        diensten: Object.fromEntries(services.map((s) => [s, covered.get(f.id)?.has(s) ?? false])),
      },
      geometry: f.geometry,
    })),
  };
}
