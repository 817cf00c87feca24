/**
 * Puts the search page's views (search-view.ts) on screen: clones the <template>s SiteSearch.astro renders on the
 * server and fills them with textContent only, so no text from the index or the URL ever becomes markup. Runs in
 * the browser.
 */
import type { FilterKey } from './search-state.ts';
import type { FilterOptionView, ResultView } from './search-view.ts';

function required<T extends Element>(host: Element, selector: string): T {
  const element = host.querySelector<T>(selector);
  if (!element) throw new Error(`<${host.localName}>: ${selector} ontbreekt`);
  return element;
}

function template(host: Element, name: string): DocumentFragment {
  return required<HTMLTemplateElement>(host, `template[data-template="${name}"]`).content;
}

function clone<T extends Element>(content: DocumentFragment): T {
  return content.firstElementChild!.cloneNode(true) as T;
}

export class SearchRender {
  readonly form: HTMLFormElement;
  readonly input: HTMLInputElement;
  readonly filters: HTMLElement;
  readonly more: HTMLButtonElement;
  readonly suggestLine: HTMLElement;
  readonly #status: HTMLElement;
  readonly #results: HTMLOListElement;
  readonly #empty: HTMLElement;
  readonly #suggestions: HTMLElement;
  readonly #result: DocumentFragment;
  readonly #fieldsets: Record<FilterKey, DocumentFragment>;
  readonly #option: DocumentFragment;
  readonly #suggestion: DocumentFragment;

  constructor(host: Element) {
    this.form = required(host, 'form');
    this.input = required(host, 'input[name="q"]');
    this.filters = required(host, '[data-filters]');
    this.more = required(host, '[data-more]');
    this.suggestLine = required(host, '[data-suggest]');
    this.#status = required(host, '[data-status]');
    this.#results = required(host, '[data-results]');
    this.#empty = required(host, '[data-empty]');
    this.#suggestions = required(this.suggestLine, '[data-suggestions]');
    this.#result = template(host, 'result');
    this.#fieldsets = { type: template(host, 'filter-type'), pillar: template(host, 'filter-pillar') };
    this.#option = template(host, 'filter-option');
    this.#suggestion = template(host, 'suggestion');
  }

  /** A search has started: the list says so to assistive technology; what is on screen stays until replaced. */
  busy(): void {
    this.#results.setAttribute('aria-busy', 'true');
  }

  /** Nothing to search for: an empty page. */
  clear(): void {
    this.#results.replaceChildren();
    this.#results.hidden = true;
    this.#results.removeAttribute('aria-busy');
    this.more.hidden = true;
    this.#empty.hidden = true;
    this.filters.hidden = true;
    this.filters.replaceChildren();
    this.#status.textContent = '';
    this.hideSuggestions();
  }

  /** One hidden slot per result, in Pagefind's order, so results appear in their place whatever order they arrive in. */
  slots(count: number): HTMLLIElement[] {
    const slots = Array.from({ length: count }, () => {
      const item = clone<HTMLLIElement>(this.#result);
      item.hidden = true;
      return item;
    });
    this.#results.replaceChildren(...slots);
    this.hideSuggestions();
    return slots;
  }

  fill(item: HTMLLIElement, view: ResultView): void {
    const link = required<HTMLAnchorElement>(item, '[data-slot="link"]');
    link.href = view.href;
    link.textContent = view.title;
    required(item, '[data-slot="meta"]').textContent = view.meta;
    const excerpt = required(item, '[data-slot="excerpt"]');
    excerpt.replaceChildren(
      ...view.excerpt.map((part) => {
        if (!part.marked) return document.createTextNode(part.text);
        const mark = document.createElement('mark');
        mark.textContent = part.text;
        return mark;
      }),
    );
    item.hidden = false;
    this.#results.hidden = false;
    this.#empty.hidden = true;
  }

  /** Further results below the ones shown ("Meer resultaten tonen"). */
  append(views: ResultView[]): HTMLLIElement[] {
    const items = views.map((view) => {
      const item = clone<HTMLLIElement>(this.#result);
      this.fill(item, view);
      return item;
    });
    this.#results.append(...items);
    return items;
  }

  moveToTop(item: HTMLLIElement): void {
    this.#results.prepend(item);
  }

  /** The live region's text; the same text is not written again, so it is announced once. */
  status(text: string): void {
    if (this.#status.textContent !== text) this.#status.textContent = text;
  }

  /** The first page of results is complete (or there are none). */
  done(total: number, more: boolean): void {
    this.#results.removeAttribute('aria-busy');
    if (total === 0) this.#results.replaceChildren();
    this.#results.hidden = total === 0;
    this.#empty.hidden = total > 0;
    this.more.hidden = !more;
  }

  failed(text: string): void {
    this.#results.removeAttribute('aria-busy');
    this.#status.textContent = text;
  }

  /** Both filters' radio groups; hidden when the query finds nothing and no filter is chosen. */
  showFilters(groups: Record<FilterKey, FilterOptionView[]>, visible: boolean): void {
    this.filters.replaceChildren(...(['type', 'pillar'] as const).map((key) => this.#fieldset(key, groups[key])));
    this.filters.hidden = !visible;
  }

  #fieldset(key: FilterKey, options: FilterOptionView[]): HTMLFieldSetElement {
    const fieldset = clone<HTMLFieldSetElement>(this.#fieldsets[key]);
    for (const option of options) {
      const wrapper = clone<HTMLElement>(this.#option);
      const input = required<HTMLInputElement>(wrapper, 'input');
      input.id = option.id;
      input.name = option.name;
      input.value = option.value;
      input.dataset.filter = key;
      input.checked = option.checked;
      const label = required<HTMLLabelElement>(wrapper, 'label');
      label.htmlFor = option.id;
      label.textContent = option.text;
      fieldset.append(wrapper);
    }
    return fieldset;
  }

  /** The "Bedoelde u …?" line; each suggestion is a button carrying its query in data-suggestion. */
  showSuggestions(parts: ({ suggestion: string } | { text: string })[]): void {
    this.#suggestions.replaceChildren(
      ...parts.map((part) => {
        if ('text' in part) return document.createTextNode(part.text);
        const button = clone<HTMLButtonElement>(this.#suggestion);
        button.textContent = part.suggestion;
        button.dataset.suggestion = part.suggestion;
        return button;
      }),
    );
    this.suggestLine.hidden = false;
  }

  hideSuggestions(): void {
    this.suggestLine.hidden = true;
  }
}
