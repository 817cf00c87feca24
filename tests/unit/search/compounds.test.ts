import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  compoundIndexText,
  compoundKeys,
  splitCompound,
  syllableBoundaries,
} from '../../../src/lib/search/compounds.ts';
import { decompound } from '../../../src/lib/search/decompound.ts';
import { OVERRIDES_FILE, parseOverrides } from '../../../src/lib/search/decompound-overrides.ts';
import { parseDic } from '../../../src/lib/search/lexicon.ts';

describe('splitCompound (OpenTaal lexicon, site overrides, syllable boundaries)', () => {
  it('splits compounds from the content that no code names', () => {
    expect(splitCompound('informatieveiligheidsconsulent')).toEqual(['informatie', 'veiligheid', 'consulent']);
    expect(splitCompound('leidinginformatieportaal')).toEqual(['leiding', 'informatie', 'portaal']);
    expect(splitCompound('referentiebestand')).toEqual(['referentie', 'bestand']);
    expect(splitCompound('toezichtcommissie')).toEqual(['toezicht', 'commissie']);
    expect(splitCompound('kabelinformatie')).toEqual(['kabel', 'informatie']);
    expect(splitCompound('cyberveiligheid')).toEqual(['cyber', 'veiligheid']);
  });

  it('drops the linking -s-, -e- and -en- and inflected endings', () => {
    expect(splitCompound('bevolkingsregister')).toEqual(['bevolking', 'register']);
    expect(splitCompound('vergunningsdossiers')).toEqual(['vergunning', 'dossier']);
    expect(splitCompound('basisregisters')).toEqual(['basis', 'register']);
    expect(splitCompound('gebouwenregister')).toEqual(['gebouw', 'register']);
    expect(splitCompound('tweestapsverificatie')).toEqual(['twee', 'stap', 'verificatie']);
  });

  it('leaves single and derived words alone', () => {
    for (const word of [
      'veiligheid',
      'gemeentelijke',
      'registratie',
      'bewustmaking',
      'toegankelijkheid',
      'overeenkomsten',
    ]) {
      expect(splitCompound(word), word).toBeNull();
    }
  });

  it('follows the overrides file', () => {
    expect(splitCompound('wachtwoordbeheerder')).toEqual(['wachtwoord', 'beheerder']);
    expect(splitCompound('persoonsgegevens')).toEqual(['persoon', 'gegevens']);
    expect(splitCompound('overeenkomst')).toBeNull();
  });
});

describe('decompound rules', () => {
  const lexicon = new Set([
    'stad',
    'huis',
    'kaart',
    'lezer',
    'boek',
    'winkel',
    'heid',
    'gemeente',
    'gemeen',
    'tehuis',
    'over',
    'leven',
  ]);

  it('prefers the fewest parts, then the fewest linking letters, then the longest first part', () => {
    expect(decompound('stadhuiskaart', { lexicon })).toEqual(['stad', 'huis', 'kaart']);
    expect(decompound('kaartlezers', { lexicon })).toEqual(['kaart', 'lezer']);
    expect(decompound('boekenwinkel', { lexicon })).toEqual(['boek', 'winkel']);
    expect(decompound('gemeentehuis', { lexicon })).toEqual(['gemeente', 'huis']);
  });

  it('does not read a prefixed word as a compound', () => {
    expect(decompound('overleven', { lexicon })).toBeNull();
  });

  it('needs every part in the lexicon and at least two parts', () => {
    expect(decompound('stadxyzkaart', { lexicon })).toBeNull();
    expect(decompound('winkelen', { lexicon })).toBeNull();
  });

  it('only splits on syllable boundaries when asked to', () => {
    expect(syllableBoundaries('adressenregister').has(8)).toBe(true);
    expect(decompound('boekenwinkel', { lexicon, boundaries: () => new Set([2]) })).toBeNull();
    expect(decompound('boekenwinkel', { lexicon, boundaries: () => new Set([5]) })).toEqual(['boek', 'winkel']);
  });

  it('names the keys a compound is found by, leaving out the first part', () => {
    expect(compoundKeys('informatieveiligheidsconsulent', ['informatie', 'veiligheid', 'consulent'])).toEqual([
      'veiligheid',
      'veiligheidsconsulent',
      'consulent',
    ]);
    expect(compoundIndexText('Het adressenregister en het register.')).toBe('');
    expect(compoundIndexText('Het adressenregister.')).toBe('adressenregister (register)');
  });
});

describe('lexicon and overrides', () => {
  it('reads lowercase stems from Hunspell .dic text, without names and abbreviations', () => {
    expect([...parseDic('4\nkaart/Ab\nGent/X\nAVG\nlezer\n')]).toEqual(['kaart', 'lezer']);
  });

  it('accepts the site file', () => {
    const overrides = parseOverrides(JSON.parse(readFileSync(OVERRIDES_FILE, 'utf8')));
    expect(overrides.neverSplit.has('overeenkomst')).toBe(true);
  });

  it('rejects bad entries, naming the file and the entry', () => {
    expect(() => parseOverrides({ neverSplit: ['Kaart'], splits: {} })).toThrow(
      /decompounding\.json.*\n.*neverSplit\.0/,
    );
    expect(() => parseOverrides({ neverSplit: [], splits: { kaartlezer: ['kaart'] } })).toThrow(/splits\.kaartlezer/);
    expect(() => parseOverrides({ neverSplit: ['kaart', 'kaart'], splits: {} })).toThrow(/neverSplit\[1\] "kaart"/);
    expect(() => parseOverrides({ neverSplit: ['kaartlezer'], splits: { kaartlezer: ['kaart', 'lezer'] } })).toThrow(
      /splits\.kaartlezer: "kaartlezer" staat ook in neverSplit/,
    );
    expect(() => parseOverrides({ neverSplit: [], splits: { kaartlezer: ['boek', 'lezer'] } })).toThrow(
      /komen niet uit het woord/,
    );
  });
});
