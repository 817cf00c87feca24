/**
 * One search, from the query to the complete page, in the order a visitor needs it: Pagefind's search; one slot per
 * visible result; the fragments of those results only, fetched in parallel and each shown as it arrives; then the
 * status line, the filter counts and, for a query that finds little, "Bedoelde u …?". Each step sets a performance
 * mark (`site-search:<step>`, detail { query }) that scripts/search-timing.ts reads. Runs in the browser.
 */
import { filterCounts, loadVocabulary, search, type PagefindResult } from './pagefind-client.ts';
import { ResultGate } from './result-gate.ts';
import type { SearchRender } from './search-render.ts';
import type { SearchState } from './search-state.ts';
import {
  filterOptionViews,
  resultView,
  statusText,
  suggestionParts,
  type ResultData,
  type SearchStrings,
} from './search-view.ts';
import { suggestQueries } from './suggest.ts';

const PAGE_SIZE = 10;
/** Fewer results than this and the page offers corrections. */
const SUGGEST_BELOW = 3;

type SearchStep = 'start' | 'searched' | 'first-fragment' | 'first-result' | 'results' | 'filters';

function mark(step: SearchStep, query: string): void {
  performance.mark(`site-search:${step}`, { detail: { query } });
}

export class SearchRun {
  readonly #view: SearchRender;
  readonly #strings: SearchStrings;
  readonly #host: HTMLElement;
  /** Each search gets a number; a slower earlier search never overwrites a later one. */
  #run = 0;
  #pending: PagefindResult[] = [];

  constructor(host: HTMLElement, view: SearchRender, strings: SearchStrings) {
    this.#host = host;
    this.#view = view;
    this.#strings = strings;
  }

  async start(state: SearchState): Promise<void> {
    const run = ++this.#run;
    const current = () => run === this.#run;
    const { query } = state;
    this.#pending = [];
    if (!query) {
      this.#view.clear();
      this.#rendered(query, 0);
      return;
    }
    mark('start', query);
    this.#view.busy();
    try {
      const response = await search(state);
      if (!current()) return;
      mark('searched', query);
      const visible = response.results.slice(0, PAGE_SIZE);
      const matched = await this.#showFirstPage(query, visible, response.results.length, current);
      if (matched === undefined) return;
      // Only Pagefind's prefix fallback matched: the page says nothing was found, and counts nothing.
      const fallbackOnly = matched === 0 && visible.length > 0;
      const found = fallbackOnly ? 0 : response.results.length;
      this.#pending = fallbackOnly ? [] : response.results.slice(PAGE_SIZE);
      this.#view.status(statusText(this.#strings, found, query));
      this.#view.done(found, this.#pending.length > 0);
      mark('results', query);

      const counts = fallbackOnly
        ? { counts: { type: {}, pillar: {} }, all: { type: 0, pillar: 0 } }
        : await filterCounts(state, response);
      if (!current()) return;
      this.#view.showFilters(
        {
          type: filterOptionViews('type', state, counts.counts.type, counts.all.type, this.#strings),
          pillar: filterOptionViews('pillar', state, counts.counts.pillar, counts.all.pillar, this.#strings),
        },
        found > 0 || Boolean(state.type || state.pillar),
      );
      mark('filters', query);
      this.#rendered(query, found);
      if (found < SUGGEST_BELOW) await this.#suggest(query, current);
    } catch (error) {
      if (!current()) return;
      console.warn('Pagefind', error);
      this.#view.failed(this.#strings.error);
    }
  }

  /**
   * Shows the visible results as their fragments arrive and announces `total` once the first is on screen; resolves
   * to how many are shown (0 when all are only Pagefind's prefix fallback), or undefined when a newer search took
   * over.
   */
  async #showFirstPage(
    query: string,
    visible: PagefindResult[],
    total: number,
    current: () => boolean,
  ): Promise<number | undefined> {
    if (visible.length === 0) return 0;
    const slots = this.#view.slots(visible.length);
    const gate = new ResultGate<ResultData>(query, visible.length);
    const arrived: ResultData[] = [];
    let anyArrived = false;
    let anyShown = false;
    let outcome = 0;
    await Promise.all(
      visible.map(async (result, index) => {
        const data = await result.data();
        if (!current()) return;
        if (!anyArrived) mark('first-fragment', query);
        anyArrived = true;
        arrived[index] = data;
        const step = gate.arrive(index, data);
        for (const shown of step.show) this.#view.fill(slots[shown]!, resultView(arrived[shown]!, this.#strings));
        if (step.show.length > 0 && !anyShown) {
          mark('first-result', query);
          // A real match is on screen, so Pagefind's count stands: announce it now, not after the last fragment.
          this.#view.status(statusText(this.#strings, total, query));
        }
        anyShown ||= step.show.length > 0;
        if (step.complete) {
          if (step.moveToTop > 0) this.#view.moveToTop(slots[step.moveToTop]!);
          outcome = step.fallbackOnly ? 0 : visible.length;
        }
      }),
    );
    return current() ? outcome : undefined;
  }

  #rendered(query: string, total: number): void {
    this.#host.dispatchEvent(new CustomEvent('site-search:rendered', { bubbles: true, detail: { query, total } }));
  }

  /** "Bedoelde u …?" for a query that finds little; the word list loads only then, once. */
  async #suggest(query: string, current: () => boolean): Promise<void> {
    try {
      const suggestions = suggestQueries(query, await loadVocabulary());
      if (!current() || suggestions.length === 0) return;
      this.#view.showSuggestions(suggestionParts(suggestions, this.#strings.suggestOr));
    } catch (error) {
      // Without the word list the results stand as they are; the suggestion is a help, not the search.
      console.warn('Woordenlijst', error);
    }
  }

  /** The next page of results below the shown ones; focus moves to the first new result. */
  async showMore(): Promise<void> {
    const run = this.#run;
    const next = this.#pending.slice(0, PAGE_SIZE);
    this.#pending = this.#pending.slice(PAGE_SIZE);
    const data = await Promise.all(next.map((result) => result.data()));
    if (run !== this.#run) return;
    const items = this.#view.append(data.map((d) => resultView(d, this.#strings)));
    this.#view.more.hidden = this.#pending.length === 0;
    items[0]?.querySelector('a')?.focus();
  }
}
