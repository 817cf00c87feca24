import { describe, expect, it } from 'vitest';
import {
  activeAuthorityIds,
  isActiveOn,
  keyFigures,
  participantsOf,
  participationPerYear,
} from '../../../src/lib/members/participation.ts';
import { SERVICE_IDS } from '../../../src/schemas/common.ts';
import { validDataset } from '../fixtures.ts';

describe('isActiveOn', () => {
  const agreement = { start: '2014-07-01', end: '2015-06-30' };
  it('is active from the start date to the end date, both included', () => {
    expect(isActiveOn(agreement, '2014-07-01')).toBe(true);
    expect(isActiveOn(agreement, '2015-06-30')).toBe(true);
  });
  it('is not active the day before the start or the day after the end', () => {
    expect(isActiveOn(agreement, '2014-06-30')).toBe(false);
    expect(isActiveOn(agreement, '2015-07-01')).toBe(false);
  });
  it('has no end when end is null', () => {
    expect(isActiveOn({ start: '2006-01-01', end: null }, '2099-12-31')).toBe(true);
  });
});

describe('counting participants', () => {
  const data = validDataset();

  it('leaves out ended agreements', () => {
    // Gent's ICT agreement ended in 2015; only Zele remains.
    expect(participantsOf(data, 'ict-deskundige').map((p) => p.authority.id)).toEqual(['zele']);
    expect(participantsOf(data, 'ict-deskundige', '2010-01-01').map((p) => p.authority.id)).toEqual(['zele', 'gent']);
  });

  it('counts a project only while it runs', () => {
    expect(activeAuthorityIds(data.agreements, '2013-06-01', ['gis-scan']).size).toBe(1);
    expect(activeAuthorityIds(data.agreements, '2013-10-01', ['gis-scan']).size).toBe(0);
    expect(activeAuthorityIds(data.agreements, data.asOf, ['grb-omzetting'])).toEqual(new Set(['zele']));
  });

  it('counts an authority with two agreements once', () => {
    // Zele has ICT, security and a running GRB project; OCMW Zele and the police zone have security.
    expect(activeAuthorityIds(data.agreements, data.asOf).size).toBe(3);
  });

  it('gives the start year of the agreement for the service', () => {
    const security = participantsOf(data, 'informatieveiligheidsconsulent');
    expect(security.map((p) => [p.authority.name, p.since])).toEqual([
      ['Gemeente Zele', 2014],
      ['OCMW Zele', 2014],
      ['Politiezone Berlare/Zele', 2015],
    ]);
  });

  it('computes the key figures on the as-of date', () => {
    const figures = keyFigures(data, SERVICE_IDS);
    expect(figures.authoritiesServed).toBe(3);
    expect(figures.perService['ict-deskundige']).toBe(1);
    expect(figures.perService['informatieveiligheidsconsulent']).toBe(3);
    expect(figures.perService['gis-scan']).toBe(0);
    expect(figures.firstYear).toBe(2006);
    expect(figures.yearsOfService).toBe(20);
  });

  it('counts participation per year at the end of each year', () => {
    const rows = participationPerYear(data.agreements, data.asOf, 2012, ['informatieveiligheidsconsulent']);
    expect(rows.slice(0, 4)).toEqual([
      { year: 2012, count: 0 },
      { year: 2013, count: 0 },
      { year: 2014, count: 2 },
      { year: 2015, count: 3 },
    ]);
    expect(rows.at(-1)).toEqual({ year: 2026, count: 3 });
  });
});
