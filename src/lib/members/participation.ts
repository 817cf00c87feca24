/** Who takes part in what, and when. Dates are ISO strings (YYYY-MM-DD), which compare correctly as text. */
import type { Agreement } from '../../schemas/agreement.ts';
import type { Authority } from '../../schemas/authority.ts';
import type { Dataset } from './dataset.ts';

/** Active on a date: start ≤ date and (no end, or date ≤ end). */
export function isActiveOn(agreement: Pick<Agreement, 'start' | 'end'>, date: string): boolean {
  return agreement.start <= date && (agreement.end === null || date <= agreement.end);
}

function activeAgreements(agreements: Agreement[], date: string): Agreement[] {
  return agreements.filter((agreement) => isActiveOn(agreement, date));
}

/** Distinct authority ids with at least one active agreement on the date, optionally for some services only. */
export function activeAuthorityIds(agreements: Agreement[], date: string, services?: readonly string[]): Set<string> {
  return new Set(
    activeAgreements(agreements, date)
      .filter((agreement) => !services || services.includes(agreement.service))
      .map((agreement) => agreement.authority),
  );
}

export interface Participant {
  authority: Authority;
  /** Year of the earliest agreement for the service that is still active. */
  since: number;
  agreements: Agreement[];
}

/** Authorities with an active agreement for the service on the date, sorted by name. */
export function participantsOf(data: Dataset, serviceId: string, date = data.asOf): Participant[] {
  const byAuthority = new Map<string, Agreement[]>();
  for (const agreement of activeAgreements(data.agreements, date)) {
    if (agreement.service !== serviceId) continue;
    byAuthority.set(agreement.authority, [...(byAuthority.get(agreement.authority) ?? []), agreement]);
  }
  const authorities = new Map(data.authorities.map((a) => [a.id, a]));
  return [...byAuthority]
    .map(([id, agreements]) => ({
      authority: authorities.get(id)!,
      since: Math.min(...agreements.map((a) => Number(a.start.slice(0, 4)))),
      agreements,
    }))
    .sort((a, b) => a.authority.name.localeCompare(b.authority.name, 'nl-BE'));
}

/**
 * Number of distinct participating authorities at the end of each year (31 December, or the as-of date for the
 * current year), from the first year up to the as-of year.
 */
export function participationPerYear(
  agreements: Agreement[],
  asOf: string,
  fromYear: number,
  services?: readonly string[],
): { year: number; count: number }[] {
  const lastYear = Number(asOf.slice(0, 4));
  const rows: { year: number; count: number }[] = [];
  for (let year = fromYear; year <= lastYear; year++) {
    const date = year === lastYear ? asOf : `${year}-12-31`;
    rows.push({ year, count: activeAuthorityIds(agreements, date, services).size });
  }
  return rows;
}

export interface KeyFigures {
  /** Distinct authorities with any active agreement on the as-of date. */
  authoritiesServed: number;
  /** Active authorities per service id. */
  perService: Record<string, number>;
  /** Completed years of service since the first agreement (2006). */
  yearsOfService: number;
  firstYear: number;
  activeAgreements: number;
}

export function keyFigures(data: Dataset, serviceIds: readonly string[]): KeyFigures {
  const firstYear = Math.min(...data.agreements.map((a) => Number(a.start.slice(0, 4))));
  const perService = Object.fromEntries(
    serviceIds.map((id) => [id, activeAuthorityIds(data.agreements, data.asOf, [id]).size]),
  );
  return {
    authoritiesServed: activeAuthorityIds(data.agreements, data.asOf).size,
    perService,
    yearsOfService: Number(data.asOf.slice(0, 4)) - firstYear,
    firstYear,
    activeAgreements: activeAgreements(data.agreements, data.asOf).length,
  };
}
