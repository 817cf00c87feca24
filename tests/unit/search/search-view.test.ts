import { describe, expect, it } from 'vitest';
import { countedText, t } from '../../../src/i18n/ui.ts';
import {
  filterOptionViews,
  resultView,
  statusText,
  suggestionParts,
  type SearchStrings,
} from '../../../src/lib/search/search-view.ts';

// The strings the page hands the island, from the real dictionary, so a reworded string is tested as it reads.
const strings: SearchStrings = {
  count: countedText('search.count'),
  error: t('search.error'),
  filterOption: t('search.filter.option'),
  filterAll: t('search.filter.all'),
  suggestOr: t('search.suggest.or'),
  types: { gids: t('search.type.gids'), dienst: t('search.type.dienst') },
  typeOrder: ['dienst', 'gids', 'nieuws'],
  pillarOrder: ['ICT', 'GIS', 'Informatieveiligheid'],
};

describe('statusText', () => {
  it('counts with the Dutch plural rules and says when nothing was found', () => {
    expect(statusText(strings, 0, 'xyz')).toBe('Geen resultaten voor "xyz"');
    expect(statusText(strings, 1, 'grb')).toBe('1 resultaat voor "grb"');
    expect(statusText(strings, 12, 'grb')).toBe('12 resultaten voor "grb"');
  });
});

describe('resultView', () => {
  it('gives the link, the type label with the pillar, and the excerpt in parts', () => {
    const view = resultView(
      {
        url: '/informatieveiligheid/wachtwoorden-en-mfa/',
        excerpt: 'een sterk <mark>wachtwoord</mark>',
        meta: { title: 'Wachtwoorden en MFA' },
        filters: { type: ['gids'], pillar: ['Informatieveiligheid'] },
      },
      strings,
    );
    expect(view).toEqual({
      href: '/informatieveiligheid/wachtwoorden-en-mfa/',
      title: 'Wachtwoorden en MFA',
      meta: 'Gids · Informatieveiligheid',
      excerpt: [
        { text: 'een sterk ', marked: false },
        { text: 'wachtwoord', marked: true },
      ],
    });
  });

  it('falls back to the URL without a title and leaves out what the page lacks', () => {
    const view = resultView({ url: '/over/', excerpt: 'tekst', meta: {}, filters: { type: ['pagina'] } }, strings);
    expect(view.title).toBe('/over/');
    expect(view.meta).toBe('pagina');
  });
});

describe('filterOptionViews', () => {
  it('offers "Alle" first, then the values with results in the page order, with counts and the choice checked', () => {
    const views = filterOptionViews(
      'type',
      { query: 'x', type: 'gids' },
      { nieuws: 2, gids: 5, dienst: 0 },
      7,
      strings,
    );
    expect(views.map((v) => [v.value, v.text, v.checked])).toEqual([
      ['', 'Alle (7)', false],
      ['gids', 'Gids (5)', true],
      ['nieuws', 'nieuws (2)', false],
    ]);
    expect(views.every((v) => v.name === 'type')).toBe(true);
    expect(new Set(views.map((v) => v.id)).size).toBe(views.length);
  });

  it('names the pillar group after its URL parameter and makes ids safe from the values', () => {
    const views = filterOptionViews('pillar', { query: 'x' }, { Informatieveiligheid: 3 }, 3, strings);
    expect(views.map((v) => [v.id, v.name, v.checked])).toEqual([
      ['filter-pillar-alle', 'pijler', true],
      ['filter-pillar-Informatieveiligheid', 'pijler', false],
    ]);
  });
});

describe('suggestionParts', () => {
  it('lists one, two or three suggestions the Dutch way', () => {
    const text = (parts: ReturnType<typeof suggestionParts>) =>
      parts.map((p) => ('text' in p ? p.text : `[${p.suggestion}]`)).join('');
    expect(text(suggestionParts(['ransomware'], strings.suggestOr))).toBe('[ransomware]');
    expect(text(suggestionParts(['a', 'b'], strings.suggestOr))).toBe('[a] of [b]');
    expect(text(suggestionParts(['a', 'b', 'c'], strings.suggestOr))).toBe('[a], [b] of [c]');
  });
});
