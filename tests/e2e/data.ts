/**
 * Independent reading of the agreement data for assertions: plain JSON and a direct filter, deliberately not the
 * site's own src/lib code, so a bug there cannot hide in the expected values.
 */
import { readFileSync } from 'node:fs';

interface RawAgreement {
  authority: string;
  service: string;
  start: string;
  end: string | null;
}

const agreementsFile = JSON.parse(readFileSync('content/data/agreements.json', 'utf8')) as {
  sample: boolean;
  asOf: string;
  agreements: RawAgreement[];
};
const authoritiesFile = JSON.parse(readFileSync('content/data/authorities.json', 'utf8')) as {
  authorities: { id: string; name: string; type: string; municipalities: string[] }[];
};

export const asOf = agreementsFile.asOf;
export const isSample = agreementsFile.sample;
export const authorities = authoritiesFile.authorities;

export function activeAuthorities(service?: string, date = asOf): Set<string> {
  return new Set(
    agreementsFile.agreements
      .filter((a) => (!service || a.service === service) && a.start <= date && (a.end === null || a.end >= date))
      .map((a) => a.authority),
  );
}

export function authorityName(id: string): string {
  return authorities.find((a) => a.id === id)!.name;
}
