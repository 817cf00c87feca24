import { describe, expect, it } from 'vitest';
import {
  AGREEMENT_FIELDS,
  agreementRecords,
  agreementsCsv,
  agreementsJson,
  authoritiesGeoJson,
} from '../../../src/lib/open-data/open-data.ts';
import { validDataset } from '../fixtures.ts';

const data = validDataset();

describe('agreement records', () => {
  it('has one record per agreement, joined with the authority name and type', () => {
    const records = agreementRecords(data);
    expect(records).toHaveLength(data.agreements.length);
    expect(records[0]).toEqual({
      id: 'ict-zele-2006',
      bestuur: 'zele',
      bestuursnaam: 'Gemeente Zele',
      bestuurstype: 'gemeente',
      dienst: 'ict-deskundige',
      soort: 'samenwerkingsovereenkomst',
      begin: '2006-03-01',
      einde: null,
      volume: '1 dag per week',
      actief: true,
    });
    expect(records.find((r) => r.id === 'ict-gent-2008')).toMatchObject({
      einde: '2015-12-31',
      volume: null,
      actief: false,
    });
  });

  it('writes the same records as JSON and CSV', () => {
    const json = JSON.parse(agreementsJson(data));
    expect(json).toMatchObject({ peildatum: '2026-11-01', voorbeeldgegevens: true });
    expect(json.overeenkomsten).toEqual(agreementRecords(data));
    const lines = agreementsCsv(data).split('\r\n');
    expect(lines[0]).toBe(AGREEMENT_FIELDS.join(','));
    expect(lines[1]).toBe(
      'ict-zele-2006,zele,Gemeente Zele,gemeente,ict-deskundige,samenwerkingsovereenkomst,2006-03-01,,1 dag per week,true',
    );
    expect(lines).toHaveLength(data.agreements.length + 2); // header, records, and the empty string after the last CRLF
  });
});

describe('authorities as GeoJSON', () => {
  const geojson = authoritiesGeoJson(data, 'https://example.org');

  it('has one Point per authority in [lon, lat] order, at the centre of its municipalities', () => {
    expect(geojson.features).toHaveLength(data.authorities.length);
    const zele = geojson.features.find((f) => f.id === 'zele')!;
    expect(zele.geometry).toEqual({ type: 'Point', coordinates: [4.04, 51.066] });
    // The police zone covers Berlare (51.03, 3.97) and Zele (51.066, 4.04).
    const zone = geojson.features.find((f) => f.id === 'pz-berlare-zele')!;
    expect(zone.geometry.coordinates[0]).toBeCloseTo(4.005, 5);
    expect(zone.geometry.coordinates[1]).toBeCloseTo(51.048, 5);
  });

  it('lists the services active on the as-of date and links the page', () => {
    const zele = geojson.features.find((f) => f.id === 'zele')!;
    expect(zele.properties).toEqual({
      id: 'zele',
      naam: 'Gemeente Zele',
      type: 'gemeente',
      gemeenten: ['42028'],
      diensten: ['grb-omzetting', 'ict-deskundige', 'informatieveiligheidsconsulent'],
      pagina: 'https://example.org/leden/zele/',
    });
    expect(geojson.features.find((f) => f.id === 'gent')!.properties.diensten).toEqual([]);
  });
});
