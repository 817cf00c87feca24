/**
 * The network side of the search page: Pagefind's browser bundle (written by the build to /pagefind/, loaded at run
 * time, never bundled), its searches and filter counts, and the word list for "Bedoelde u …?". Runs in the browser.
 */
import { routes } from '../site/routes.ts';
import {
  allCount,
  countPlan,
  pagefindFilters,
  PAGEFIND_RANKING,
  type FilterKey,
  type SearchState,
} from './search-state.ts';
import type { Vocabulary } from './suggest.ts';
import type { ResultData } from './search-view.ts';

/** The parts of Pagefind's browser API (pagefind.js, 1.6) this page uses. */
export interface PagefindResult {
  id: string;
  data: () => Promise<ResultData>;
}
export interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}
interface PagefindModule {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (query: string, options?: { filters?: Record<string, string> }) => Promise<PagefindResponse>;
}

/** Pagefind's bundle: a build output next to the site, not a page, so it has no entry in routes.ts. */
const PAGEFIND_URL = '/pagefind/pagefind.js';

let loaded: Promise<PagefindModule> | undefined;

/**
 * Loads the bundle once and initialises it. It also loads every filter's index: Pagefind counts results per filter
 * value only for filters whose index it has, and a search loads only those it filters on.
 */
function loadPagefind(): Promise<PagefindModule> {
  loaded ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ PAGEFIND_URL)) as PagefindModule;
    await pagefind.options({ ranking: PAGEFIND_RANKING });
    await pagefind.init();
    await pagefind.filters();
    return pagefind;
  })();
  loaded.catch(() => {
    // A failed load (offline, a deploy in between) may succeed on the next search.
    loaded = undefined;
  });
  return loaded;
}

export async function search(state: SearchState): Promise<PagefindResponse> {
  const pagefind = await loadPagefind();
  return pagefind.search(state.query, { filters: pagefindFilters(state) });
}

export interface FilterCounts {
  counts: Record<FilterKey, Record<string, number>>;
  all: Record<FilterKey, number>;
}

/**
 * The counts beside each filter's values, for the query and the other filter (see countPlan). Mostly they are in
 * the search's own response; with both filters chosen, one more search per filter gives them.
 */
export async function filterCounts(state: SearchState, response: PagefindResponse): Promise<FilterCounts> {
  const countsFor = async (key: FilterKey): Promise<Record<string, number>> => {
    const plan = countPlan(state, key);
    if (plan.from !== 'extra') return response[plan.from][key] ?? {};
    const pagefind = await loadPagefind();
    return (await pagefind.search(state.query, { filters: plan.filters })).filters[key] ?? {};
  };
  const [type, pillar] = await Promise.all([countsFor('type'), countsFor('pillar')]);
  return {
    counts: { type, pillar },
    all: { type: allCount('type', state, type, response), pillar: allCount('pillar', state, pillar, response) },
  };
}

let vocabulary: Promise<Vocabulary> | undefined;

/** The site's word list, fetched the first time a query finds little. */
export function loadVocabulary(): Promise<Vocabulary> {
  vocabulary ??= fetch(routes.searchVocabulary()).then((response) => {
    if (!response.ok) throw new Error(`${routes.searchVocabulary()}: HTTP ${response.status}`);
    return response.json() as Promise<Vocabulary>;
  });
  vocabulary.catch(() => {
    vocabulary = undefined;
  });
  return vocabulary;
}
