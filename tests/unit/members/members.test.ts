import { describe, expect, it } from 'vitest';
import {
  authorityCentres,
  coverageByMunicipality,
  dateForYear,
  filterMembers,
  memberAuthorities,
  memberQueryString,
  parseMemberQuery,
  pillarsOf,
  sortMembers,
  type MemberService,
} from '../../../src/lib/members/members.ts';
import { validDataset } from '../fixtures.ts';

const data = validDataset();
const authorities = memberAuthorities(data);
const ids = (rows: { authority: { id: string } }[]) => rows.map((r) => r.authority.id);
const services: MemberService[] = [
  { id: 'ict-deskundige', title: 'ICT', pillar: 'ict' },
  { id: 'informatieveiligheidsconsulent', title: 'IV', pillar: 'informatieveiligheid' },
  { id: 'grb-omzetting', title: 'GRB', pillar: 'gis' },
  { id: 'gis-scan', title: 'Scan', pillar: 'gis' },
];

describe('marker positions', () => {
  it('puts an authority that covers several municipalities at their centre', () => {
    expect(authorityCentres(data).get('pz-berlare-zele')).toEqual({ lat: 51.048, lon: 4.005 });
  });

  it('sets authorities that share a municipality apart, so both markers show', () => {
    const zele = authorities.find((a) => a.id === 'zele')!;
    const ocmw = authorities.find((a) => a.id === 'ocmw-zele')!;
    expect([zele.lat, zele.lon]).not.toEqual([ocmw.lat, ocmw.lon]);
    // Still within about two kilometres of Zele.
    for (const a of [zele, ocmw]) {
      expect(Math.abs(a.lat - 51.066)).toBeLessThan(0.02);
      expect(Math.abs(a.lon - 4.04)).toBeLessThan(0.03);
    }
    const gent = authorities.find((a) => a.id === 'gent')!;
    expect([gent.lat, gent.lon]).toEqual([51.07, 3.72]);
  });
});

describe('filterMembers', () => {
  it('lists the authorities with an active agreement on the date of the year, sorted by name', () => {
    expect(ids(filterMembers(authorities, { service: null, type: null, year: 2026 }, data.asOf))).toEqual([
      'zele',
      'ocmw-zele',
      'pz-berlare-zele',
    ]);
    // At the end of 2010 Gent's ICT agreement still ran.
    expect(ids(filterMembers(authorities, { service: null, type: null, year: 2010 }, data.asOf))).toEqual(['zele', 'gent']);
  });

  it('filters by service and by type together', () => {
    const filter = { service: 'informatieveiligheidsconsulent', type: 'gemeente' as const, year: 2026 };
    expect(ids(filterMembers(authorities, filter, data.asOf))).toEqual(['zele']);
    expect(ids(filterMembers(authorities, { ...filter, type: 'ocmw' }, data.asOf))).toEqual(['ocmw-zele']);
    expect(filterMembers(authorities, { ...filter, service: 'gis-scan' }, data.asOf)).toEqual([]);
  });

  it('gives each authority its active services with their start year, and its first year', () => {
    const zele = filterMembers(authorities, { service: null, type: null, year: 2026 }, data.asOf)[0]!;
    expect(zele.services).toEqual([
      { service: 'ict-deskundige', since: 2006 },
      { service: 'informatieveiligheidsconsulent', since: 2014 },
      { service: 'grb-omzetting', since: 2026 },
    ]);
    expect(zele.since).toBe(2006);
    expect(pillarsOf(zele, services, ['ict', 'gis', 'informatieveiligheid'])).toEqual(['ict', 'gis', 'informatieveiligheid']);
  });

  it('uses 31 December for past years and the as-of date for the current one', () => {
    expect(dateForYear(2010, '2026-11-01')).toBe('2010-12-31');
    expect(dateForYear(2026, '2026-11-01')).toBe('2026-11-01');
    // The GRB project starts in September 2026: counted in 2026, not in 2025.
    const in2025 = filterMembers(authorities, { service: 'grb-omzetting', type: null, year: 2025 }, data.asOf);
    expect(in2025).toEqual([]);
  });

  it('counts how many listed authorities cover each municipality', () => {
    const rows = filterMembers(authorities, { service: null, type: null, year: 2026 }, data.asOf);
    expect(coverageByMunicipality(rows)).toEqual(new Map([['42028', 3], ['42004', 1]]));
  });
});

describe('sortMembers', () => {
  const rows = filterMembers(authorities, { service: null, type: null, year: 2026 }, data.asOf);
  it('sorts by name, type or first year, either way, with the name breaking ties', () => {
    expect(ids(sortMembers(rows, 'name', 'descending'))).toEqual(['pz-berlare-zele', 'ocmw-zele', 'zele']);
    expect(ids(sortMembers(rows, 'since', 'ascending'))).toEqual(['zele', 'ocmw-zele', 'pz-berlare-zele']);
    const labels = { gemeente: 'Gemeente', ocmw: 'OCMW', politiezone: 'Politiezone', hulpverleningszone: 'H', andere: 'A' };
    expect(ids(sortMembers(rows, 'type', 'descending', (t) => labels[t]))).toEqual(['pz-berlare-zele', 'ocmw-zele', 'zele']);
  });
});

describe('the filter in the URL', () => {
  const options = { services: ['ict-deskundige', 'gis-coordinator'], types: ['gemeente', 'ocmw'] as const, firstYear: 2006, asOf: '2026-11-01' };

  it('reads service, type and year', () => {
    expect(parseMemberQuery('?dienst=gis-coordinator&type=ocmw&jaar=2010', { ...options, types: [...options.types] })).toEqual({
      service: 'gis-coordinator',
      type: 'ocmw',
      year: 2010,
    });
  });

  it('ignores unknown values and years out of range, showing today instead', () => {
    expect(parseMemberQuery('?dienst=onbekend&type=koning&jaar=1999', { ...options, types: [...options.types] })).toEqual({
      service: null,
      type: null,
      year: 2026,
    });
    expect(parseMemberQuery('?jaar=2010.5', { ...options, types: [...options.types] }).year).toBe(2026);
  });

  it('writes only what differs from the default view, and reads back the same filter', () => {
    expect(memberQueryString({ service: null, type: null, year: 2026 }, '2026-11-01')).toBe('');
    const filter = { service: 'gis-coordinator', type: 'ocmw' as const, year: 2010 };
    const query = memberQueryString(filter, '2026-11-01');
    expect(query).toBe('?dienst=gis-coordinator&type=ocmw&jaar=2010');
    expect(parseMemberQuery(query, { ...options, types: [...options.types] })).toEqual(filter);
  });
});
