import { describe, expect, it } from 'vitest';
import { buildVocabulary, correctWord, maxDistance, suggestQueries } from '../../../src/lib/search/suggest.ts';

const vocabulary = buildVocabulary([
  'Ransomware versleutelt bestanden. Back-ups beschermen tegen ransomware. Ransomware blijft een risico.',
  'Phishing herkennen: een phishingmail lijkt echt. Phishing blijft.',
  'Het register, de registers en het basisregister.',
]);

describe('buildVocabulary', () => {
  it('counts lowercase words of four letters or more, most frequent first', () => {
    expect(vocabulary.ransomware).toBe(3);
    expect(vocabulary.phishing).toBe(2);
    expect('een' in vocabulary).toBe(false);
    expect(Object.keys(vocabulary)[0]).toBe('ransomware');
  });
});

describe('correctWord', () => {
  it('finds a word one or two edits away, scaled by length', () => {
    expect(maxDistance(5)).toBe(1);
    expect(maxDistance(10)).toBe(2);
    expect(correctWord('ransomwaer', vocabulary)[0]).toMatchObject({ word: 'ransomware', distance: 2 });
    expect(correctWord('regster', vocabulary).map((c) => c.word)).toEqual(['register']);
  });

  it('ranks by distance, then by frequency', () => {
    // Distance first: "register" (one edit, rare) before "registers" (two edits, frequent).
    expect(correctWord('regiister', { registers: 50, register: 1 }).map((c) => c.word)).toEqual([
      'register',
      'registers',
    ]);
    // Same distance: the more frequent word first; at most three.
    expect(correctWord('kaarx', { kaar: 1, kaart: 2, kaars: 9, kaarsen: 20, kaarde: 3 }).map((c) => c.word)).toEqual([
      'kaars',
      'kaart',
      'kaar',
    ]);
  });

  it('offers nothing for short words or words too far from any', () => {
    expect(correctWord('rsk', vocabulary)).toEqual([]);
    expect(correctWord('qxzvbnmlkj', vocabulary)).toEqual([]);
  });
});

describe('suggestQueries', () => {
  it('corrects the unknown word and keeps the rest, at most three', () => {
    expect(suggestQueries('phising herkennen', vocabulary)).toEqual(['phishing herkennen']);
    expect(suggestQueries('de kaarx', { kaar: 1, kaart: 2, kaars: 9, kaard: 4 })).toEqual([
      'de kaars',
      'de kaard',
      'de kaart',
    ]);
    expect(suggestQueries('ransomware', vocabulary)).toEqual([]);
  });
});
