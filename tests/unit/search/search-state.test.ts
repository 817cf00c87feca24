import { describe, expect, it } from 'vitest';
import {
  allCount,
  countPlan,
  excerptParts,
  filterOptions,
  onlyFallbackMatches,
  titleMatchFirst,
  titleMatchIndex,
  isRealMatch,
  queryTerms,
  pagefindFilters,
  parseSearchState,
  searchStateToUrl,
} from '../../../src/lib/search/search-state.ts';

describe('search URL', () => {
  it('reads query and filters from the URL', () => {
    expect(parseSearchState('?q=phishing&type=gids&pijler=Informatieveiligheid')).toEqual({
      query: 'phishing',
      type: 'gids',
      pillar: 'Informatieveiligheid',
    });
    expect(parseSearchState('')).toEqual({ query: '' });
    expect(parseSearchState('?q=+grb+&type=')).toEqual({ query: 'grb' });
  });

  it('writes a state back that reads the same', () => {
    const state = { query: 'wachtwoord & mfa', type: 'gids', pillar: 'ICT' };
    expect(searchStateToUrl(state)).toBe('?q=wachtwoord+%26+mfa&type=gids&pijler=ICT');
    expect(parseSearchState(searchStateToUrl(state))).toEqual(state);
    expect(searchStateToUrl({ query: '' })).toBe('');
  });
});

describe('filters and counts', () => {
  it('passes the chosen filters to Pagefind, optionally leaving one out', () => {
    const state = { query: 'x', type: 'gids', pillar: 'GIS' };
    expect(pagefindFilters(state)).toEqual({ type: 'gids', pillar: 'GIS' });
    expect(pagefindFilters(state, 'type')).toEqual({ pillar: 'GIS' });
    expect(pagefindFilters({ query: 'x' })).toEqual({});
  });

  it('takes counts of an unchosen filter from the main search', () => {
    expect(countPlan({ query: 'x' }, 'type')).toEqual({ from: 'filters' });
    expect(countPlan({ query: 'x', pillar: 'GIS' }, 'type')).toEqual({ from: 'filters' });
  });

  it('takes counts of a chosen filter from the query alone, or from a search with only the other filter', () => {
    expect(countPlan({ query: 'x', type: 'gids' }, 'type')).toEqual({ from: 'totalFilters' });
    expect(countPlan({ query: 'x', type: 'gids', pillar: 'GIS' }, 'type')).toEqual({
      from: 'extra',
      filters: { pillar: 'GIS' },
    });
  });

  it('counts the results behind "Alle" from the other filter only', () => {
    const response = { unfilteredResultCount: 9, totalFilters: { type: { gids: 4, dienst: 5 } } };
    expect(allCount('type', { query: 'x', pillar: 'GIS' }, { gids: 1, dienst: 2 }, response)).toBe(3);
    expect(allCount('pillar', { query: 'x' }, { GIS: 2 }, response)).toBe(9);
    expect(allCount('pillar', { query: 'x', type: 'gids' }, { GIS: 2 }, response)).toBe(4);
  });

  it('offers values with results in a fixed order, plus the chosen one', () => {
    const counts = { nieuws: 2, gids: 5, dienst: 0, onbekend: 1 };
    expect(filterOptions(counts, ['dienst', 'gids', 'nieuws'])).toEqual([
      { value: 'gids', count: 5 },
      { value: 'nieuws', count: 2 },
      { value: 'onbekend', count: 1 },
    ]);
    expect(filterOptions(counts, ['dienst', 'gids'], 'dienst')[0]).toEqual({ value: 'dienst', count: 0 });
  });
});

describe('excerptParts', () => {
  it('splits an excerpt into plain and highlighted text', () => {
    expect(excerptParts('Sterke <mark>wachtwoorden.</mark> Gebruik een <mark>wachtwoord</mark>beheerder.')).toEqual([
      { text: 'Sterke ', marked: false },
      { text: 'wachtwoorden.', marked: true },
      { text: ' Gebruik een ', marked: false },
      { text: 'wachtwoord', marked: true },
      { text: 'beheerder.', marked: false },
    ]);
  });

  it('keeps markup in page text as text', () => {
    expect(excerptParts('Tom & Jerry &lt;img src=x onerror=alert(1)&gt; <mark>code</mark>')).toEqual([
      { text: 'Tom & Jerry <img src=x onerror=alert(1)> ', marked: false },
      { text: 'code', marked: true },
    ]);
  });
});

describe('onlyFallbackMatches', () => {
  it('recognises results that only match a short beginning of an unknown word', () => {
    expect(onlyFallbackMatches('qxzvbnmkjh', ['Topologie. <mark>Q.</mark> QGIS is een programma'])).toBe(true);
    expect(onlyFallbackMatches('illustratieve', ['bijlage <mark>I</mark> of II', 'met <mark>il</mark> en'])).toBe(true);
  });

  it('keeps real matches: whole words, stems, compounds and near misses', () => {
    expect(onlyFallbackMatches('wachtwoorden', ['een sterk <mark>wachtwoord</mark> kiezen'])).toBe(false);
    expect(onlyFallbackMatches('wachtwrd', ['<mark>wachtwoordbeheerder</mark>'])).toBe(false);
    expect(onlyFallbackMatches('GRB', ['Het <mark>GRB,</mark> de basiskaart'])).toBe(false);
    expect(onlyFallbackMatches('coordinaten', ['het <mark>Coördinatenstelsel</mark>'])).toBe(false);
    expect(onlyFallbackMatches('qxz phishing', ['<mark>Q</mark>', 'over <mark>phishing</mark>'])).toBe(false);
  });

  it('gives results without highlights the benefit of the doubt', () => {
    expect(onlyFallbackMatches('xyzzy', ['geen markering hier'])).toBe(false);
    expect(onlyFallbackMatches('xyzzy', [])).toBe(false);
  });
});

describe('titleMatchFirst', () => {
  const results = [
    { meta: { title: 'De NIS2-wet is in werking' }, url: '/nieuws/nis2/' },
    { meta: { title: 'NIS2 en lokale besturen' }, url: '/informatieveiligheid/nis2/' },
    { meta: {}, url: '/x/' },
  ];

  it('moves the page whose title is the query to the front, keeping the others in order', () => {
    expect(titleMatchFirst('nis2 en  lokale besturen', results).map((r) => r.url)).toEqual([
      '/informatieveiligheid/nis2/',
      '/nieuws/nis2/',
      '/x/',
    ]);
  });

  it('leaves the order alone when no title equals the query', () => {
    expect(titleMatchFirst('nis2', results)).toBe(results);
  });
});

describe('isRealMatch', () => {
  it('judges one excerpt against the query words, as onlyFallbackMatches does for all', () => {
    const terms = queryTerms('Qxzvbnm phishing');
    expect(terms).toEqual(['qxzvbnm', 'phishing']);
    expect(isRealMatch(terms, 'Topologie. <mark>Q.</mark> QGIS')).toBe(false);
    expect(isRealMatch(terms, 'over <mark>phishing</mark>')).toBe(true);
    expect(isRealMatch([], '<mark>Q</mark>')).toBe(true);
  });
});

describe('titleMatchIndex', () => {
  it('finds the first title equal to the query, ignoring case, accents and punctuation', () => {
    expect(
      titleMatchIndex('coordinaten: uitleg', [undefined, 'Iets anders', 'Coördinaten, uitleg', 'coordinaten uitleg']),
    ).toBe(2);
    expect(titleMatchIndex('grb', ['GRB-viewer'])).toBe(-1);
    expect(titleMatchIndex('  ', ['', 'x'])).toBe(-1);
  });
});
