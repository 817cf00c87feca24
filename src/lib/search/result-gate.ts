/**
 * Decides, as the fragments of one page of results arrive in any order, which results may be shown. The page shows
 * each result as soon as its data is there, except while every result seen so far is only Pagefind's prefix fallback
 * (search-state's isRealMatch): those wait until one real match arrives, and if none does, the search found
 * nothing. Once all have arrived, the result whose title is the query moves to the top. Browser-safe; no DOM.
 */
import { isRealMatch, queryTerms, titleMatchIndex } from './search-state.ts';

export interface GateStep {
  /** Positions (in Pagefind's order) to show now, ascending. */
  show: number[];
  /** True once every result has arrived. */
  complete: boolean;
  /** Set when complete: no result really matched, so the page must say "no results". */
  fallbackOnly: boolean;
  /** Set when complete: the position to move to the top (a title equal to the query), or -1. */
  moveToTop: number;
}

export class ResultGate<T extends { excerpt: string; meta: { title?: string } }> {
  readonly #terms: string[];
  readonly #query: string;
  readonly #arrived: (T | undefined)[];
  readonly #shown = new Set<number>();
  #count = 0;
  #confirmed = false;

  constructor(query: string, size: number) {
    this.#query = query;
    this.#terms = queryTerms(query);
    this.#arrived = Array.from({ length: size });
  }

  get confirmed(): boolean {
    return this.#confirmed;
  }

  arrive(index: number, data: T): GateStep {
    if (index < 0 || index >= this.#arrived.length || this.#arrived[index]) {
      throw new Error(`ResultGate: position ${index} is out of range or arrived twice`);
    }
    this.#arrived[index] = data;
    this.#count++;
    if (!this.#confirmed && isRealMatch(this.#terms, data.excerpt)) this.#confirmed = true;
    const show: number[] = [];
    if (this.#confirmed) {
      this.#arrived.forEach((item, i) => {
        if (item && !this.#shown.has(i)) {
          this.#shown.add(i);
          show.push(i);
        }
      });
    }
    const complete = this.#count === this.#arrived.length;
    return {
      show,
      complete,
      fallbackOnly: complete && !this.#confirmed,
      moveToTop:
        complete && this.#confirmed
          ? titleMatchIndex(
              this.#query,
              this.#arrived.map((d) => d?.meta.title),
            )
          : -1,
    };
  }
}
