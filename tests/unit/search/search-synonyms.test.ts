import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSynonyms, SYNONYMS_FILE, synonymIndexText } from '../../../src/lib/search/synonyms.ts';

describe('synonym file', () => {
  it('has at least 40 valid groups', () => {
    expect(parseSynonyms(JSON.parse(readFileSync(SYNONYMS_FILE, 'utf8'))).length).toBeGreaterThanOrEqual(40);
  });

  it('rejects an empty or one-term group, naming the file and the group', () => {
    expect(() => parseSynonyms({ groups: [['a', 'b'], []] })).toThrow(
      /synoniemen\.json: groep 1 heeft minstens twee termen/,
    );
    expect(() => parseSynonyms({ groups: [['crab']] })).toThrow(/groep 0/);
    expect(() => parseSynonyms({ groups: [['crab', '  ']] })).toThrow(/groep 0, term 1 is leeg/);
  });

  it('rejects a term in two groups, whatever its case, naming both groups and the term', () => {
    expect(() =>
      parseSynonyms({
        groups: [
          ['CRAB', 'adressenregister'],
          ['GRB', 'referentiebestand'],
          ['Crab', 'krab'],
        ],
      }),
    ).toThrow('synoniemen.json: groep 2: term "Crab" staat ook in groep 0');
  });

  it('rejects a file of the wrong shape', () => {
    expect(() => parseSynonyms({ groups: [['a', 1]] })).toThrow(/synoniemen\.json: ongeldige inhoud\n.*groups\.0\.1/);
  });
});

describe('synonymIndexText', () => {
  const groups = parseSynonyms({
    groups: [
      ['CRAB', 'adressenregister'],
      ['GIS', 'geografisch informatiesysteem'],
      ['datalek', 'gegevenslek'],
    ],
  });

  it('adds the other members of each group a page mentions', () => {
    expect(synonymIndexText('Het CRAB is vervangen.', groups)).toBe('adressenregister');
    expect(synonymIndexText('Twee  datalekken gemeld.', groups)).toBe('gegevenslek');
    expect(synonymIndexText('Een geografisch\ninformatiesysteem.', groups)).toBe('gis');
  });

  it('adds nothing when the page has every member or none, and does not read short terms inside words', () => {
    expect(synonymIndexText('CRAB, het adressenregister.', groups)).toBe('');
    expect(synonymIndexText('Gisteren was het stil.', groups)).toBe('');
  });
});
