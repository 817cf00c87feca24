/**
 * The search page's state and the decisions about its results that are plain logic: the URL (query and filters), the
 * filters passed to Pagefind and where filter counts come from, the excerpt's highlighting, which results are only
 * Pagefind's prefix fallback, and the title match that goes first. Runs in the browser and in Node; no DOM here.
 */

/** What a search is: the words and the chosen filter values (Pagefind's filter values, as in the index). */
export interface SearchState {
  query: string;
  type?: string;
  pillar?: string;
}
export type FilterKey = 'type' | 'pillar';

/** URL parameter of each part of the state: /zoeken/?q=…&type=…&pijler=… */
const PARAMS = { query: 'q', type: 'type', pillar: 'pijler' } as const;

export function parseSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const state: SearchState = { query: (params.get(PARAMS.query) ?? '').trim() };
  const type = params.get(PARAMS.type)?.trim();
  const pillar = params.get(PARAMS.pillar)?.trim();
  if (type) state.type = type;
  if (pillar) state.pillar = pillar;
  return state;
}

/** The URL search string for a state ("" when empty), with parameters always in the same order. */
export function searchStateToUrl(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set(PARAMS.query, state.query);
  if (state.type) params.set(PARAMS.type, state.type);
  if (state.pillar) params.set(PARAMS.pillar, state.pillar);
  const search = params.toString();
  return search ? `?${search}` : '';
}

/** Pagefind's `filters` option for a state, optionally without one of the filters. */
export function pagefindFilters(state: SearchState, without?: FilterKey): Record<string, string> {
  const filters: Record<string, string> = {};
  for (const key of ['type', 'pillar'] as const) {
    const value = state[key];
    if (value && key !== without) filters[key] = value;
  }
  return filters;
}

/**
 * Where the counts next to one filter's values come from. They must not depend on that filter's own choice (else
 * every other value would show 0), only on the query and the other filter. Pagefind's response has `filters`
 * (counts given the query and the search's filters) and `totalFilters` (counts given the query alone); when the
 * other filter is chosen as well, an extra search with only that filter gives them.
 */
export type CountPlan =
  { from: 'filters' } | { from: 'totalFilters' } | { from: 'extra'; filters: Record<string, string> };

export function countPlan(state: SearchState, key: FilterKey): CountPlan {
  if (!state[key]) return { from: 'filters' };
  const others = pagefindFilters(state, key);
  return Object.keys(others).length === 0 ? { from: 'totalFilters' } : { from: 'extra', filters: others };
}

/**
 * Results behind a filter's "Alle" option: the query with only the other filter. Every page has exactly one type,
 * so for the type it is the sum of the type counts; the pillar's comes from the counts for the query alone.
 */
export function allCount(
  key: FilterKey,
  state: SearchState,
  counts: Record<string, number>,
  response: { unfilteredResultCount: number; totalFilters: Record<string, Record<string, number>> },
): number {
  if (key === 'type') return Object.values(counts).reduce((sum, n) => sum + n, 0);
  return state.type ? (response.totalFilters.type?.[state.type] ?? 0) : response.unfilteredResultCount;
}

/** Filter values to offer: those with results, in the given order, and the chosen one even without results. */
export function filterOptions(
  counts: Record<string, number>,
  order: readonly string[],
  chosen?: string,
): { value: string; count: number }[] {
  const values = [
    ...order,
    ...Object.keys(counts)
      .filter((v) => !order.includes(v))
      .sort(),
  ];
  return values
    .map((value) => ({ value, count: counts[value] ?? 0 }))
    .filter(({ value, count }) => count > 0 || value === chosen);
}

export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/**
 * Splits a Pagefind excerpt into plain and highlighted text. Pagefind escapes only "<" and ">" in page text and
 * then wraps matches in <mark>; we undo the escaping and keep the text as text, so nothing in it becomes markup.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of excerpt.split(/(<mark>|<\/mark>)/)) {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else if (piece) parts.push({ text: piece.replace(/&lt;/g, '<').replace(/&gt;/g, '>'), marked });
  }
  return parts;
}

/** Lowercase letters and digits only, accents removed: how words are compared below. */
function normalise(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** The query's words as compared below; none for a query of punctuation only. */
export function queryTerms(query: string): string[] {
  return query.split(/\s+/).map(normalise).filter(Boolean);
}

/**
 * True when a result really matches the query's words (`terms`, from queryTerms). Pagefind falls back to ever shorter
 * beginnings of a word it does not know, down to one letter: "qxzvbnm" finds the glossary's letter heading "Q". A
 * result matches when a highlighted word shares at least its first three letters (or the whole query word, if
 * shorter) with a query word; a result without highlights is given the benefit of the doubt.
 */
export function isRealMatch(terms: string[], excerpt: string): boolean {
  if (terms.length === 0) return true;
  const marked = excerptParts(excerpt)
    .filter((p) => p.marked)
    .map((p) => normalise(p.text));
  if (marked.length === 0) return true;
  return marked.some((word) =>
    terms.some((term) => {
      const needed = Math.min(3, term.length);
      return word.length >= needed && word.slice(0, needed) === term.slice(0, needed);
    }),
  );
}

/** True when none of the shown results really matches the query (see isRealMatch). */
export function onlyFallbackMatches(query: string, excerpts: string[]): boolean {
  const terms = queryTerms(query);
  if (terms.length === 0 || excerpts.length === 0) return false;
  return !excerpts.some((excerpt) => isRealMatch(terms, excerpt));
}

/** Index of the first result whose title is the query (ignoring case, accents and punctuation), or -1. */
export function titleMatchIndex(query: string, titles: readonly (string | undefined)[]): number {
  const wanted = normalise(query);
  return wanted ? titles.findIndex((title) => normalise(title ?? '') === wanted) : -1;
}

/**
 * Puts the result whose title is the query first: a query equal to a page's title means that page, even when
 * another page uses the same words more often.
 */
export function titleMatchFirst<T extends { meta: { title?: string } }>(query: string, results: T[]): T[] {
  const index = titleMatchIndex(
    query,
    results.map((r) => r.meta.title),
  );
  return index > 0 ? [results[index]!, ...results.slice(0, index), ...results.slice(index + 1)] : results;
}

/**
 * Pagefind's ranking, shared by the search page and the relevance suite. Pagefind's default pageLength (0.75)
 * lets a short news item that mentions a term once beat the guide about it; 0.3 scored best on the suite.
 */
export const PAGEFIND_RANKING = { pageLength: 0.3 } as const;
