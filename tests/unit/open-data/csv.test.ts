import { describe, expect, it } from 'vitest';
import { csvField, neutraliseCell, recordsToCsv, toCsv } from '../../../src/lib/open-data/csv.ts';

describe('csvField', () => {
  it('leaves plain text alone', () => {
    expect(csvField('Gemeente Zele')).toBe('Gemeente Zele');
    expect(csvField(2014)).toBe('2014');
    expect(csvField(true)).toBe('true');
  });

  it('writes null and undefined as an empty field', () => {
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
  });

  it('quotes fields with a comma, a quote or a line break, doubling the quotes (RFC 4180)', () => {
    expect(csvField('Berlare, Zele')).toBe('"Berlare, Zele"');
    expect(csvField('de "GIS-man"')).toBe('"de ""GIS-man"""');
    expect(csvField('regel 1\nregel 2')).toBe('"regel 1\nregel 2"');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
  });

  it('neutralises cells that a spreadsheet would run as a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      expect(neutraliseCell(`${start}1+1`)).toBe(`'${start}1+1`);
    }
    expect(csvField('=HYPERLINK("http://x","klik")')).toBe(`"'=HYPERLINK(""http://x"",""klik"")"`);
    expect(csvField('-2 dagen')).toBe("'-2 dagen");
    expect(csvField('\rx')).toBe(`"'\rx"`);
  });

  it('does not touch those characters further in the text', () => {
    expect(neutraliseCell('1 + 1 = 2')).toBe('1 + 1 = 2');
    expect(neutraliseCell('info@zele.be')).toBe('info@zele.be');
  });
});

describe('recordsToCsv', () => {
  it('writes a header row and one CRLF-terminated line per record, in column order', () => {
    const csv = recordsToCsv(['naam', 'einde', 'volume'] as const, [
      { naam: 'OCMW Zele', einde: null, volume: '1 dag, per week' },
      { naam: '@risico', einde: '2015-12-31', volume: undefined },
    ]);
    expect(csv).toBe('naam,einde,volume\r\nOCMW Zele,,"1 dag, per week"\r\n\'@risico,2015-12-31,\r\n');
  });

  it('keeps UTF-8 text as it is', () => {
    expect(recordsToCsv(['naam'] as const, [{ naam: 'GIS-coördinator' }])).toBe('naam\r\nGIS-coördinator\r\n');
  });
});

describe('toCsv', () => {
  it('separates fields with commas and ends every record with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['c', 'd'],
      ]),
    ).toBe('a,b\r\nc,d\r\n');
  });

  it('leaves accents and empty fields as they are', () => {
    expect(toCsv([['één', '', 'gewoon']])).toBe('één,,gewoon\r\n');
  });
});
