/**
 * What the search page shows, as plain data: the status line, one result, the options of a filter and the parts of
 * the "Bedoelde u …?" line. search-render.ts puts these into clones of the page's <template>s; keeping the wording
 * and the choices here lets them be tested without a browser. Browser-safe; no DOM.
 */
import { format, formatCount, type CountedText } from '../site/format.ts';
import { excerptParts, filterOptions, type ExcerptPart, type FilterKey, type SearchState } from './search-state.ts';

/** The UI strings the search island receives (IslandStrings), all from src/i18n/ui.ts. */
export interface SearchStrings {
  /** "{count} resultaten voor "{query}"", with its singular and its wording for none. */
  count: CountedText;
  error: string;
  /** "{label} ({count})" */
  filterOption: string;
  filterAll: string;
  suggestOr: string;
  /** Label of each type value, e.g. gids → Gids. */
  types: Record<string, string>;
  typeOrder: string[];
  pillarOrder: string[];
}

/** The fields of Pagefind's result data the page uses. */
export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

export function statusText(strings: SearchStrings, total: number, query: string): string {
  return formatCount(strings.count, total, { query });
}

export interface ResultView {
  href: string;
  title: string;
  /** "Gids · Informatieveiligheid": the type's label and the pillar, where the page has them. */
  meta: string;
  excerpt: ExcerptPart[];
}

export function resultView(data: ResultData, strings: SearchStrings): ResultView {
  const type = data.filters.type?.[0];
  const pillar = data.filters.pillar?.[0];
  return {
    href: data.url,
    title: data.meta.title ?? data.url,
    meta: [type ? (strings.types[type] ?? type) : undefined, pillar].filter(Boolean).join(' · '),
    excerpt: excerptParts(data.excerpt),
  };
}

/** URL parameter (and radio group name) of each filter, as in search-state's PARAMS. */
const FILTER_PARAMS: Record<FilterKey, string> = { type: 'type', pillar: 'pijler' };

export interface FilterOptionView {
  id: string;
  name: string;
  /** The filter value; "" for "Alle". */
  value: string;
  text: string;
  checked: boolean;
}

/**
 * The radio buttons of one filter: "Alle (n)" first, then the values with results in the page's order (and the
 * chosen value even without results), each with its count.
 */
export function filterOptionViews(
  key: FilterKey,
  state: SearchState,
  counts: Record<string, number>,
  all: number,
  strings: SearchStrings,
): FilterOptionView[] {
  const chosen = state[key];
  const order = key === 'type' ? strings.typeOrder : strings.pillarOrder;
  const label = (value: string) => (key === 'type' ? (strings.types[value] ?? value) : value);
  const options = [
    { value: '', text: format(strings.filterOption, { label: strings.filterAll, count: all }) },
    ...filterOptions(counts, order, chosen).map(({ value, count }) => ({
      value,
      text: format(strings.filterOption, { label: label(value), count }),
    })),
  ];
  return options.map((option) => ({
    ...option,
    id: `filter-${key}-${option.value || 'alle'}`.replace(/[^\w-]/g, '-'),
    name: FILTER_PARAMS[key],
    checked: (chosen ?? '') === option.value,
  }));
}

/** The suggestions with what goes between them: "a", ", ", "b", " of ", "c". */
export function suggestionParts(
  suggestions: readonly string[],
  or: string,
): ({ suggestion: string } | { text: string })[] {
  const parts: ({ suggestion: string } | { text: string })[] = [];
  suggestions.forEach((suggestion, index) => {
    if (index > 0) parts.push({ text: index === suggestions.length - 1 ? ` ${or} ` : ', ' });
    parts.push({ suggestion });
  });
  return parts;
}
