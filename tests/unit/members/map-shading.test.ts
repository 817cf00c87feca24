import { describe, expect, it } from 'vitest';
import {
  coverageOf,
  legendShades,
  municipalityShades,
  shadeOf,
  shadePattern,
  SHADES,
} from '../../../src/lib/members/map-shading.ts';
import { filterMembers, memberAuthorities, type MemberFilter } from '../../../src/lib/members/members.ts';
import { validDataset } from '../fixtures.ts';

const data = validDataset();
const authorities = memberAuthorities(data);
const ZELE = '42028';
const BERLARE = '42004';
const GENT = '44021';
const all = [ZELE, BERLARE, GENT];
const shadesFor = (filter: Partial<MemberFilter>) => {
  const full = { service: null, type: null, year: 2026, ...filter };
  return Object.fromEntries(municipalityShades(filterMembers(authorities, full, data.asOf), all, full.service));
};

describe('map shading', () => {
  it('counts the distinct services of every listed authority working for a municipality', () => {
    const coverage = coverageOf(filterMembers(authorities, { service: null, type: null, year: 2026 }, data.asOf));
    // Zele: the municipality (ICT, security, GRB), its OCMW and the police zone (security): three services, not five.
    expect(coverage.get(ZELE)!.services.sort()).toEqual([
      'grb-omzetting',
      'ict-deskundige',
      'informatieveiligheidsconsulent',
    ]);
    expect(coverage.get(ZELE)!.authorities.sort()).toEqual(['ocmw-zele', 'pz-berlare-zele', 'zele']);
    // Berlare only through the police zone that also covers Zele.
    expect(coverage.get(BERLARE)).toEqual({
      authorities: ['pz-berlare-zele'],
      services: ['informatieveiligheidsconsulent'],
    });
    expect(coverage.has(GENT)).toBe(false);
  });

  it('has three classes for all services: none, one, several', () => {
    expect(shadesFor({})).toEqual({ [ZELE]: 'several', [BERLARE]: 'one', [GENT]: 'none' });
  });

  it('follows the date: at the end of 2010 Zele and Gent each had one service, Berlare none', () => {
    expect(shadesFor({ year: 2010 })).toEqual({ [ZELE]: 'one', [BERLARE]: 'none', [GENT]: 'one' });
  });

  it('has two classes for one service: covered where an authority runs it, none elsewhere', () => {
    expect(shadesFor({ service: 'informatieveiligheidsconsulent' })).toEqual({
      [ZELE]: 'covered',
      [BERLARE]: 'covered',
      [GENT]: 'none',
    });
    expect(shadesFor({ service: 'gis-scan' })).toEqual({ [ZELE]: 'none', [BERLARE]: 'none', [GENT]: 'none' });
  });

  it('follows the type of authority: only the municipalities themselves', () => {
    expect(shadesFor({ type: 'gemeente' })).toEqual({ [ZELE]: 'several', [BERLARE]: 'none', [GENT]: 'none' });
  });

  it('treats a municipality without coverage as none, whatever the service', () => {
    expect(shadeOf(undefined, null)).toBe('none');
    expect(shadeOf({ authorities: [], services: [] }, 'ict-deskundige')).toBe('none');
  });

  it('draws every class but none with a pattern, one pattern per kind of class', () => {
    expect(SHADES.map(shadePattern)).toEqual([null, 'hatch', 'cross', 'hatch']);
    expect(legendShades(null)).toEqual(['several', 'one', 'none']);
    expect(legendShades('ict-deskundige')).toEqual(['covered', 'none']);
  });
});
