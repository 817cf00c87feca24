/**
 * How the member map shades a municipality: one rule for the static SVG (built on the server) and the /leden/ island
 * (in the browser), so both always agree. Browser-safe: no value imports from node or zod.
 *
 * Classes, each drawn with its own pattern as well as its colour (WCAG 1.4.1):
 * - all services: `none` (no service runs there), `one` (one service), `several` (two or more services);
 * - one chosen service: `covered` (the service runs there) or `none`.
 */
import type { MemberRow } from './members.ts';

export const SHADES = ['none', 'one', 'several', 'covered'] as const;
export type Shade = (typeof SHADES)[number];

/** The classes a map view uses, in legend order. */
export function legendShades(service: string | null): Shade[] {
  return service ? ['covered', 'none'] : ['several', 'one', 'none'];
}

/** The SVG pattern that draws a class; `none` is a plain fill. */
export function shadePattern(shade: Shade): 'hatch' | 'cross' | null {
  if (shade === 'several') return 'cross';
  return shade === 'none' ? null : 'hatch';
}

export interface MunicipalityCoverage {
  /** Ids of the listed authorities that work for the municipality, in the order of `rows`. */
  authorities: string[];
  /** Distinct services those authorities run, in order of first appearance. */
  services: string[];
}

/** Who works for each municipality, and with which services, among the rows of a filtered view (filterMembers). */
export function coverageOf(rows: readonly MemberRow[]): Map<string, MunicipalityCoverage> {
  const coverage = new Map<string, MunicipalityCoverage>();
  for (const row of rows) {
    for (const nis of row.authority.municipalities) {
      const entry = coverage.get(nis) ?? { authorities: [], services: [] };
      entry.authorities.push(row.authority.id);
      for (const { service } of row.services) if (!entry.services.includes(service)) entry.services.push(service);
      coverage.set(nis, entry);
    }
  }
  return coverage;
}

/**
 * The class of one municipality. With a chosen service, the rows are already limited to authorities that run it,
 * so any authority working there means `covered`.
 */
export function shadeOf(coverage: MunicipalityCoverage | undefined, service: string | null): Shade {
  if (!coverage || coverage.authorities.length === 0) return 'none';
  if (service) return 'covered';
  return coverage.services.length === 1 ? 'one' : 'several';
}

/** The class of every municipality in `nisCodes` for a filtered view. */
export function municipalityShades(
  rows: readonly MemberRow[],
  nisCodes: readonly string[],
  service: string | null,
): Map<string, Shade> {
  const coverage = coverageOf(rows);
  return new Map(nisCodes.map((nis) => [nis, shadeOf(coverage.get(nis), service)]));
}
