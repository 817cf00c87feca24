import { describe, expect, it } from 'vitest';
import { authorityDetails } from '../../../src/lib/members/authority-page.ts';
import { validDataset } from '../fixtures.ts';

describe('authorityDetails', () => {
  const data = validDataset();
  const byId = (id: string) => data.authorities.find((a) => a.id === id)!;

  it('lists its municipalities and all its agreements, oldest first', () => {
    const details = authorityDetails(data, byId('zele'));
    expect(details.municipalities.map((m) => m.name)).toEqual(['Zele']);
    expect(details.agreements.map((a) => a.id)).toEqual(['ict-zele-2006', 'isc-zele-2014', 'grb-zele-2026']);
    expect(details.active).toBe(true);
  });

  it('keeps ended agreements and says when none is active', () => {
    const gent = authorityDetails(data, byId('gent'));
    expect(gent.agreements.map((a) => a.id)).toEqual(['ict-gent-2008', 'scan-gent-2013']);
    expect(gent.active).toBe(false);
    expect(authorityDetails(data, byId('pz-berlare-zele')).municipalities.map((m) => m.nis)).toEqual([
      '42004',
      '42028',
    ]);
  });
});
