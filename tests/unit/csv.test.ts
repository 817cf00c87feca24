import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../src/lib/csv.ts';

describe('toCsv', () => {
  it('separates fields with commas and ends every record with CRLF', () => {
    expect(toCsv([['a', 'b'], ['c', 'd']])).toBe('a,b\r\nc,d\r\n');
  });

  it('quotes fields with a comma, a quote or a line break and doubles inner quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('zeg "ja"')).toBe('"zeg ""ja"""');
    expect(csvField('regel 1\nregel 2')).toBe('"regel 1\nregel 2"');
  });

  it('leaves plain text, accents and empty fields as they are', () => {
    expect(toCsv([['één', '', 'gewoon']])).toBe('één,,gewoon\r\n');
  });

  it('neutralises fields a spreadsheet would run as a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t']) {
      expect(csvField(`${start}SUM(A1)`).replace(/^"/, '')).toMatch(/^'/);
    }
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
  });

  it('does not neutralise a formula character later in the field', () => {
    expect(csvField('a=b')).toBe('a=b');
  });
});
