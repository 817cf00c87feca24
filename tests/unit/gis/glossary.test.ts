import { describe, expect, it } from 'vitest';
import { glossaryTermSchema } from '../../../src/schemas/glossary.ts';
import { groupByInitial, initialOf, jumpList, relatedTerms, sortTerms } from '../../../src/lib/gis/glossary.ts';

const term = (id: string, name: string, related: string[] = []) => ({ id, term: name, definition: 'Uitleg.', related });

describe('sortTerms', () => {
  it('sorts as a reader expects: case and accents ignored, numbers by value', () => {
    const sorted = sortTerms([
      term('wms', 'WMS'),
      term('attribuut', 'attribuut'),
      term('epsg-31370', 'EPSG:31370'),
      term('epsg-3812', 'EPSG:3812'),
      term('etrs89', 'ETRS89'),
      term('ecart', 'Écart'),
    ]);
    expect(sorted.map((t) => t.id)).toEqual(['attribuut', 'ecart', 'epsg-3812', 'epsg-31370', 'etrs89', 'wms']);
  });
});

describe('letter groups and the jump list', () => {
  const groups = groupByInitial([term('wms', 'WMS'), term('grb', 'GRB'), term('3d', '3D-model'), term('gml', 'GML')]);
  it('groups by first letter, accents folded, digits last', () => {
    expect(initialOf('Écart')).toBe('E');
    expect(groups.map((g) => [g.letter, g.terms.map((t) => t.id)])).toEqual([
      ['G', ['gml', 'grb']],
      ['W', ['wms']],
      ['#', ['3d']],
    ]);
    expect(groups.map((g) => g.id)).toEqual(['letter-g', 'letter-w', 'letter-overige']);
  });
  it('lists every letter and links only the letters with terms', () => {
    const list = jumpList(groups);
    expect(list.map((l) => l.letter).join('')).toBe('ABCDEFGHIJKLMNOPQRSTUVWXYZ#');
    expect(list.filter((l) => l.href).map((l) => l.href)).toEqual(['#letter-g', '#letter-w', '#letter-overige']);
  });
});

describe('relatedTerms', () => {
  const all = [term('grb', 'GRB', ['crab']), term('crab', 'CRAB'), term('wms', 'WMS', ['nope'])];
  it('resolves related ids to terms in file order', () => {
    expect(relatedTerms(all[0]!, all).map((t) => t.term)).toEqual(['CRAB']);
  });
  it('fails naming the term and the missing id', () => {
    expect(() => relatedTerms(all[2]!, all)).toThrow(/"wms".*"nope"/);
  });
});

describe('glossaryTermSchema', () => {
  const valid = { id: 'grb-3d', term: '3D GRB', definition: 'Uitleg.' };
  it('accepts an id that starts with a letter, with no former ids by default', () => {
    expect(glossaryTermSchema.parse(valid)).toMatchObject({ id: 'grb-3d', related: [], formerIds: [] });
  });
  it('rejects an id that starts with a digit, saying why', () => {
    const result = glossaryTermSchema.safeParse({ ...valid, id: '3d-grb' });
    expect(result.success).toBe(false);
    expect(result.error!.issues).toEqual([
      expect.objectContaining({ path: ['id'], message: expect.stringMatching(/moet met een letter beginnen/) }),
    ]);
  });
  it('holds former ids to the same rule', () => {
    const result = glossaryTermSchema.safeParse({ ...valid, formerIds: ['stratenregister', '3d-grb'] });
    expect(result.error!.issues).toEqual([
      expect.objectContaining({
        path: ['formerIds', 1],
        message: expect.stringMatching(/moet met een letter beginnen/),
      }),
    ]);
  });
});
