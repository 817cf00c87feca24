import { describe, expect, it } from 'vitest';
import { compoundIndexText, DOMAIN_PARTS, findCompounds, splitCompound, words } from '../../src/lib/compounds.ts';

describe('splitCompound', () => {
  it('splits chains of known parts, dropping the linking s', () => {
    expect(splitCompound('informatieveiligheidsconsulent')).toEqual(['informatie', 'veiligheid', 'consulent']);
    expect(splitCompound('informatieveiligheid')).toEqual(['informatie', 'veiligheid']);
    expect(splitCompound('adressenregister')).toEqual(['adressen', 'register']);
    expect(splitCompound('gebouwenregister')).toEqual(['gebouwen', 'register']);
    expect(splitCompound('samenwerkingsovereenkomst')).toEqual(['samenwerking', 'overeenkomst']);
    expect(splitCompound('persoonsgegevens')).toEqual(['persoon', 'gegevens']);
  });

  it('reads inflected compounds', () => {
    expect(splitCompound('informatieveiligheidsconsulenten')).toEqual(['informatie', 'veiligheid', 'consulent']);
    expect(splitCompound('verwerkersovereenkomsten')).toEqual(['verwerker', 'overeenkomst']);
    expect(splitCompound('basisregisters')).toEqual(['basis', 'register']);
  });

  it('accepts one unknown word at the start or the end', () => {
    expect(splitCompound('bevolkingsregister')).toEqual(['bevolking', 'register']);
    expect(splitCompound('wachtwoordbeheerder')).toEqual(['wachtwoord', 'beheerder']);
    expect(splitCompound('cyberveiligheid')).toEqual(['cyber', 'veiligheid']);
  });

  it('prefers known parts over unknown pieces', () => {
    // "adres" + unknown "senregister" would also cover the word.
    expect(splitCompound('adressenregister')).toEqual(['adressen', 'register']);
  });

  it('leaves single words, plurals and derived words alone', () => {
    for (const word of ['wachtwoord', 'wachtwoorden', 'datalekken', 'registers', 'veiligheid', 'overeenkomsten']) {
      expect(splitCompound(word), word).toBeNull();
    }
    for (const word of ['gemeentelijke', 'planning', 'registratie', 'toegankelijkheid', 'bewustmaking']) {
      expect(splitCompound(word), word).toBeNull();
    }
  });

  it('needs at least one known part', () => {
    expect(splitCompound('vergunningsdossiers', new Set(['register']))).toBeNull();
    expect(splitCompound('toezichtcommissie', new Set(['toezicht', 'commissie']))).toEqual(['toezicht', 'commissie']);
  });

  it('keeps the word list lowercase and free of duplicates', () => {
    expect(DOMAIN_PARTS.every((part) => part === part.toLowerCase() && part.length >= 4)).toBe(true);
    expect(new Set(DOMAIN_PARTS).size).toBe(DOMAIN_PARTS.length);
  });
});

describe('words', () => {
  it('lowercases and splits on everything that is not a letter, keeping diacritics', () => {
    expect(words('Het GIS-coördinatenstelsel, 2026: klaar!')).toEqual(['het', 'gis', 'coördinatenstelsel', 'klaar']);
  });
});

describe('findCompounds', () => {
  it('lists each compound once, in order of appearance', () => {
    const text = 'Het Adressenregister en het gebouwenregister. Opnieuw het adressenregister.';
    expect(findCompounds(text)).toEqual([
      { word: 'adressenregister', parts: ['adressen', 'register'] },
      { word: 'gebouwenregister', parts: ['gebouwen', 'register'] },
    ]);
  });
});

describe('compoundIndexText', () => {
  it('names each compound with the parts the page lacks as words of their own', () => {
    const text = 'De informatieveiligheidsconsulent helpt met informatie. Zie het adressenregister.';
    expect(compoundIndexText(text)).toBe(
      'informatieveiligheidsconsulent (veiligheid consulent), adressenregister (adressen register)',
    );
  });

  it('adds nothing when every part is already on the page', () => {
    expect(compoundIndexText('Een register van adressen: het adressenregister.')).toBe('');
    expect(compoundIndexText('Geen samenstellingen hier.')).toBe('');
  });
});
