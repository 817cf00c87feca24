import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/lib/members/dataset.ts';
import { validateTimeline } from '../../src/lib/members/timeline.ts';
import { SERVICE_IDS } from '../../src/schemas/common.ts';
import { rawWith, rejectionMessages as messages } from './fixtures.ts';

const AGREEMENTS = 'content/data/agreements.json';

describe('agreement periods of one authority and service', () => {
  const second = (change: Record<string, unknown>) =>
    rawWith('agreements', (j) => j.agreements.push({ ...j.agreements[1], id: 'ict-gent-2015', ...change }));

  it('refuses a period that starts on the last day of the previous one (inclusive ends)', () => {
    expect(messages(second({ start: '2015-12-31', end: null }))).toEqual([
      `${AGREEMENTS}: agreements[7] (id "ict-gent-2015"), veld "start": periode 2015-12-31 tot open overlapt met ` +
        'agreements[1] (id "ict-gent-2008", 2008-01-01 tot 2015-12-31) voor hetzelfde bestuur "gent" en dezelfde dienst "ict-deskundige"',
    ]);
  });

  it('refuses any period after an open-ended one', () => {
    const out = messages(
      rawWith('agreements', (j) =>
        j.agreements.push({ ...j.agreements[0], id: 'ict-zele-2020', start: '2020-01-01', end: '2021-01-01' }),
      ),
    );
    expect(out).toEqual([
      expect.stringContaining(
        'agreements[7] (id "ict-zele-2020"), veld "start": periode 2020-01-01 tot 2021-01-01 overlapt met agreements[0] (id "ict-zele-2006"',
      ),
    ]);
  });

  it('accepts a period that starts the day after the previous one ends', () => {
    expect(() => validateDataset(second({ start: '2016-01-01', end: null }), SERVICE_IDS)).not.toThrow();
  });

  it('accepts overlapping periods for another service or another authority', () => {
    const raw = rawWith('agreements', (j) =>
      j.agreements.push({ ...j.agreements[1], id: 'gis-gent-2009', service: 'gis-coordinator', start: '2009-01-01' }),
    );
    expect(() => validateDataset(raw, SERVICE_IDS)).not.toThrow();
  });
});

describe('characters in names and texts', () => {
  it.each([
    ['a tab', 'Zele\tCentrum', 'U+0009'],
    ['a newline at the end (not trimmed away)', 'Zele\n', 'U+000A'],
    ['a C1 control', 'Zele\u0085', 'U+0085'],
  ])('refuses %s in a name', (_label, name, code) => {
    const out = messages(rawWith('authorities', (j) => (j.authorities[0].name = name)));
    expect(out).toEqual([
      `content/data/authorities.json: authorities[0] (id "zele"), veld "name": bevat een stuurteken (${code})`,
    ]);
  });

  it.each([
    ['a right-to-left override', '\u202EeleZ', 'U+202E'],
    ['a first-strong isolate', 'Zele\u2068', 'U+2068'],
    ['a right-to-left mark', 'Ze\u200Fle', 'U+200F'],
  ])('refuses %s in a municipality name', (_label, name, code) => {
    const out = messages(rawWith('municipalities', (j) => (j.municipalities[0].name = name)));
    expect(out).toEqual([
      `content/data/municipalities.json: municipalities[0] (nis "42028"), veld "name": bevat een teken dat de schrijfrichting verandert (${code})`,
    ]);
  });

  it('refuses a control character in an agreement text', () => {
    const out = messages(rawWith('agreements', (j) => (j.agreements[0].volume = '1 dag\u0000per week')));
    expect(out).toEqual([
      `${AGREEMENTS}: agreements[0] (id "ict-zele-2006"), veld "volume": bevat een stuurteken (U+0000)`,
    ]);
  });

  it('refuses a bidi override in a timeline text', () => {
    const text = JSON.stringify({ milestones: [{ year: 2006, title: 'Start', text: 'Vijf \u202Dgemeenten' }] });
    expect(() => validateTimeline(text, 'content/data/timeline.json')).toThrow(
      'content/data/timeline.json: milestones[0], veld "text": bevat een teken dat de schrijfrichting verandert (U+202D)',
    );
  });

  it('keeps accents, apostrophes and dashes', () => {
    const raw = rawWith(
      'authorities',
      (j) => (j.authorities[0].name = "Hulpverleningszone Zuid-Oost – Sint-Martens-Latem's OCMW é"),
    );
    expect(() => validateDataset(raw, SERVICE_IDS)).not.toThrow();
  });
});

describe('name length', () => {
  it('accepts a name of 120 characters and refuses one of 121', () => {
    expect(() =>
      validateDataset(
        rawWith('authorities', (j) => (j.authorities[0].name = 'a'.repeat(120))),
        SERVICE_IDS,
      ),
    ).not.toThrow();
    expect(messages(rawWith('authorities', (j) => (j.authorities[0].name = 'a'.repeat(121))))).toEqual([
      'content/data/authorities.json: authorities[0] (id "zele"), veld "name": mag hoogstens 120 tekens lang zijn',
    ]);
  });
});
