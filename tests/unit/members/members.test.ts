import { describe, expect, it } from 'vitest';
import {
  authorityCentres,
  dateForYear,
  filterMembers,
  memberAuthorities,
  memberQueryString,
  parseMemberQuery,
  sortMembers,
} from '../../../src/lib/members/members.ts';
import { validDataset } from '../fixtures.ts';

const data = validDataset();
const authorities = memberAuthorities(data);
const ids = (rows: { authority: { id: string } }[]) => rows.map((r) => r.authority.id);

describe('authority positions (the points of besturen.geojson)', () => {
  it('puts an authority that covers several municipalities at their centre', () => {
    expect(authorityCentres(data).get('pz-berlare-zele')).toEqual({ lat: 51.048, lon: 4.005 });
  });

  it('puts an authority of one municipality on it', () => {
    expect(authorityCentres(data).get('gent')).toEqual({ lat: 51.07, lon: 3.72 });
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
    expect(ids(filterMembers(authorities, { service: null, type: null, year: 2010 }, data.asOf))).toEqual([
      'zele',
      'gent',
    ]);
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
  });

  it('uses 31 December for past years and the as-of date for the current one', () => {
    expect(dateForYear(2010, '2026-11-01')).toBe('2010-12-31');
    expect(dateForYear(2026, '2026-11-01')).toBe('2026-11-01');
    // The GRB project starts in September 2026: counted in 2026, not in 2025.
    const in2025 = filterMembers(authorities, { service: 'grb-omzetting', type: null, year: 2025 }, data.asOf);
    expect(in2025).toEqual([]);
  });
});

describe('sortMembers', () => {
  const rows = filterMembers(authorities, { service: null, type: null, year: 2026 }, data.asOf);
  it('sorts by name, type or first year, either way, with the name breaking ties', () => {
    expect(ids(sortMembers(rows, 'name', 'descending'))).toEqual(['pz-berlare-zele', 'ocmw-zele', 'zele']);
    expect(ids(sortMembers(rows, 'since', 'ascending'))).toEqual(['zele', 'ocmw-zele', 'pz-berlare-zele']);
    const labels = {
      gemeente: 'Gemeente',
      ocmw: 'OCMW',
      politiezone: 'Politiezone',
      hulpverleningszone: 'H',
      andere: 'A',
    };
    expect(ids(sortMembers(rows, 'type', 'descending', (t) => labels[t]))).toEqual([
      'pz-berlare-zele',
      'ocmw-zele',
      'zele',
    ]);
  });
});

describe('the filter in the URL', () => {
  const options = {
    services: ['ict-deskundige', 'gis-coordinator'],
    types: ['gemeente', 'ocmw'] as const,
    firstYear: 2006,
    asOf: '2026-11-01',
  };

  it('reads service, type and year', () => {
    expect(
      parseMemberQuery('?dienst=gis-coordinator&type=ocmw&jaar=2010', { ...options, types: [...options.types] }),
    ).toEqual({
      service: 'gis-coordinator',
      type: 'ocmw',
      year: 2010,
    });
  });

  it('ignores unknown values and years out of range, showing today instead', () => {
    expect(
      parseMemberQuery('?dienst=onbekend&type=koning&jaar=1999', { ...options, types: [...options.types] }),
    ).toEqual({
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
