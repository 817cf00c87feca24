import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../../src/lib/members/dataset.ts';
import { SERVICE_IDS } from '../../../src/schemas/common.ts';
import { rawWith, rejectionMessages as messages, validRaw } from '../fixtures.ts';

describe('validateDataset', () => {
  it('accepts the valid fixture and keeps every record', () => {
    const data = validateDataset(validRaw(), SERVICE_IDS);
    expect(data.authorities).toHaveLength(4);
    expect(data.agreements).toHaveLength(7);
    expect(data.asOf).toBe('2026-11-01');
    expect(data.sample).toBe(true);
  });

  it('reports malformed JSON with the file name', () => {
    const raw = validRaw();
    raw.texts.agreements = '{ "sample": true, "agreements": [ }';
    const [message] = messages(raw);
    expect(message).toMatch(/^content\/data\/agreements\.json: geen geldige JSON/);
  });

  it('reports a missing field with entry and field', () => {
    const out = messages(rawWith('agreements', (j) => delete j.agreements[1].start));
    expect(out).toEqual([expect.stringContaining('agreements[1] (id "ict-gent-2008"), veld "start"')]);
    expect(out[0]).toMatch(/^content\/data\/agreements\.json: /);
  });

  it('reports a mistyped field', () => {
    const out = messages(rawWith('municipalities', (j) => (j.municipalities[0].lat = '51.0')));
    expect(out[0]).toContain('municipalities[0] (nis "42028"), veld "lat"');
  });

  it('reports an unknown field by name', () => {
    const out = messages(rawWith('authorities', (j) => (j.authorities[1].emial = 'x')));
    expect(out[0]).toContain('authorities[1] (id "ocmw-zele")');
    expect(out[0]).toContain('onbekend veld: emial');
  });

  it('reports an unknown authority type', () => {
    const out = messages(rawWith('authorities', (j) => (j.authorities[0].type = 'provincie')));
    expect(out[0]).toContain('authorities[0] (id "zele"), veld "type"');
  });

  it('reports a duplicate authority id', () => {
    const out = messages(rawWith('authorities', (j) => (j.authorities[3].id = 'zele')));
    expect(out).toContain(
      'content/data/authorities.json: authorities[3] (id "zele"), veld "id": dubbele id, ook gebruikt in authorities[0]',
    );
  });

  it('reports a duplicate agreement id', () => {
    const out = messages(rawWith('agreements', (j) => (j.agreements[2].id = 'ict-zele-2006')));
    expect(out[0]).toContain('agreements[2] (id "ict-zele-2006"), veld "id": dubbele id');
  });

  it('reports a duplicate NIS code', () => {
    const out = messages(rawWith('municipalities', (j) => (j.municipalities[2].nis = '42028')));
    expect(out[0]).toContain('municipalities[2] (nis "42028"), veld "nis": dubbele NIS-code');
  });

  it('reports an agreement with an authority that does not exist', () => {
    const out = messages(rawWith('agreements', (j) => (j.agreements[0].authority = 'zelle')));
    expect(out[0]).toBe(
      'content/data/agreements.json: agreements[0] (id "ict-zele-2006"), veld "authority": onbekend bestuur "zelle": staat niet in content/data/authorities.json',
    );
  });

  it('reports an agreement with a service that does not exist', () => {
    const out = messages(rawWith('agreements', (j) => (j.agreements[0].service = 'ict-expert')));
    expect(out[0]).toContain('veld "service": onbekende dienst "ict-expert"');
  });

  it('reports an authority whose municipality does not exist', () => {
    const out = messages(rawWith('authorities', (j) => (j.authorities[2].municipalities = ['42004', '44012'])));
    expect(out[0]).toContain(
      'authorities[2] (id "pz-berlare-zele"), veld "municipalities.1": onbekende NIS-code "44012"',
    );
  });

  it('reports a date that is not a real calendar date', () => {
    const out = messages(rawWith('agreements', (j) => (j.agreements[1].end = '2015-02-30')));
    expect(out[0]).toContain('agreements[1] (id "ict-gent-2008"), veld "end": is geen bestaande kalenderdatum');
  });

  it('reports a date in the wrong format', () => {
    const out = messages(rawWith('agreements', (j) => (j.asOf = '01/11/2026')));
    expect(out[0]).toContain('veld "asOf": moet een datum zijn in de vorm JJJJ-MM-DD');
  });

  it('reports an end before its start', () => {
    const out = messages(rawWith('agreements', (j) => (j.agreements[1].end = '2007-12-31')));
    expect(out[0]).toContain('veld "end": einddatum 2007-12-31 ligt vóór de begindatum 2008-01-01');
  });

  it('reports coordinates outside East Flanders', () => {
    const out = messages(rawWith('municipalities', (j) => (j.municipalities[1].lon = 5.57)));
    expect(out[0]).toContain('municipalities[1] (nis "42004"), veld "lon": ligt ten oosten van Oost-Vlaanderen');
  });

  it('reports a website that is not https', () => {
    const out = messages(rawWith('authorities', (j) => (j.authorities[0].website = 'http://www.zele.be')));
    expect(out[0]).toContain('authorities[0] (id "zele"), veld "website": moet een https-URL zijn');
  });

  it('reports HTML in a name', () => {
    const out = messages(rawWith('authorities', (j) => (j.authorities[0].name = '<img src=x onerror=alert(1)>')));
    expect(out[0]).toContain('veld "name": mag geen HTML');
  });

  it('lists every problem at once, not only the first', () => {
    const raw = rawWith('agreements', (j) => {
      j.agreements[0].authority = 'nobody';
      j.agreements[1].end = '2000-01-01';
    });
    expect(messages(raw)).toHaveLength(2);
  });
});
