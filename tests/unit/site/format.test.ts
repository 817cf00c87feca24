import { describe, expect, it } from 'vitest';
import { format, formatCount, pluralForm } from '../../../src/lib/site/format.ts';
import { t, tCount, ui } from '../../../src/i18n/ui.ts';

describe('format', () => {
  it('fills known placeholders and leaves unknown ones visible', () => {
    expect(format('{done} van {total} {x}', { done: 1, total: 2 })).toBe('1 van 2 {x}');
  });
});

describe('pluralForm and formatCount', () => {
  const text = { one: '{count} maatregel', other: '{count} maatregelen' };

  it('picks the Dutch singular only for one', () => {
    expect([0, 1, 2, 21].map((n) => pluralForm(n, text))).toEqual([text.other, text.one, text.other, text.other]);
  });

  it('uses the zero wording for nothing when there is one', () => {
    const withZero = { ...text, zero: 'Geen maatregelen' };
    expect([0, 1, 3].map((n) => formatCount(withZero, n))).toEqual([
      'Geen maatregelen',
      '1 maatregel',
      '3 maatregelen',
    ]);
  });

  it('fills the count and the other placeholders', () => {
    expect(formatCount({ one: '{count} van {total}', other: '{count} van de {total}' }, 4, { total: 9 })).toBe(
      '4 van de 9',
    );
  });
});

describe('ui strings', () => {
  it('t() fills from the dictionary', () => {
    expect(t('search.count', { count: 7, query: 'mfa' })).toBe(format(ui['search.count'], { count: 7, query: 'mfa' }));
  });

  it('tCount() takes the .none and .one variants where the dictionary has them', () => {
    expect(tCount('search.count', 0, { query: 'x' })).toBe(format(ui['search.count.none'], { query: 'x' }));
    expect(tCount('search.count', 1, { query: 'x' })).toBe(format(ui['search.count.one'], { count: 1, query: 'x' }));
    expect(tCount('search.count', 5, { query: 'x' })).toBe(format(ui['search.count'], { count: 5, query: 'x' }));
  });
});
