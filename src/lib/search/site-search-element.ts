/**
 * The `site-search` custom element: wires the server-rendered search form to a search run. Typing, submitting,
 * choosing a filter, a "Bedoelde u …?" button and the browser's back and forward buttons change the state, which
 * lives in the URL (search-state.ts); search-run.ts does the searching and search-render.ts the drawing. Without
 * JavaScript the form still submits to /zoeken/?q=….
 */
import { readIslandStrings } from '../site/island-strings.ts';
import { parseSearchState, searchStateToUrl, type FilterKey, type SearchState } from './search-state.ts';
import { SearchRender } from './search-render.ts';
import { SearchRun } from './search-run.ts';
import type { SearchStrings } from './search-view.ts';

function isTypingTarget(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

class SiteSearchElement extends HTMLElement {
  #view!: SearchRender;
  #run!: SearchRun;
  #state: SearchState = { query: '' };
  #controller: AbortController | undefined;

  connectedCallback(): void {
    const strings = readIslandStrings<SearchStrings>(this);
    this.#view = new SearchRender(this);
    this.#run = new SearchRun(this, this.#view, strings);
    this.#controller = new AbortController();
    const { signal } = this.#controller;
    const { form, input, filters, more, suggestLine } = this.#view;

    input.addEventListener('input', () => this.#update({ ...this.#state, query: input.value.trim() }, 'replace'), {
      signal,
    });
    form.addEventListener(
      'submit',
      (event) => {
        event.preventDefault();
        this.#update({ ...this.#state, query: input.value.trim() }, 'push');
      },
      { signal },
    );
    filters.addEventListener(
      'change',
      (event) => {
        const radio = event.target as HTMLInputElement;
        const key = radio.dataset.filter as FilterKey;
        this.#update({ ...this.#state, [key]: radio.value || undefined }, 'push');
      },
      { signal },
    );
    suggestLine.addEventListener(
      'click',
      (event) => {
        const suggestion = (event.target as Element).closest<HTMLElement>('[data-suggestion]')?.dataset.suggestion;
        if (!suggestion) return;
        input.value = suggestion;
        this.#update({ ...this.#state, query: suggestion }, 'push');
      },
      { signal },
    );
    more.addEventListener('click', () => void this.#run.showMore(), { signal });
    window.addEventListener('popstate', () => this.#restore(), { signal });
    document.addEventListener(
      'keydown',
      (event) => {
        if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
        event.preventDefault();
        input.focus();
        input.select();
      },
      { signal },
    );
    this.#restore();
  }

  disconnectedCallback(): void {
    this.#controller?.abort();
  }

  #restore(): void {
    this.#state = parseSearchState(location.search);
    this.#view.input.value = this.#state.query;
    void this.#run.start(this.#state);
  }

  #update(next: SearchState, history: 'push' | 'replace'): void {
    const { type, pillar } = next;
    this.#state = { query: next.query, ...(type ? { type } : {}), ...(pillar ? { pillar } : {}) };
    const url = `${location.pathname}${searchStateToUrl(this.#state)}`;
    if (url !== `${location.pathname}${location.search}`) {
      if (history === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    }
    void this.#run.start(this.#state);
  }
}

customElements.define('site-search', SiteSearchElement);
