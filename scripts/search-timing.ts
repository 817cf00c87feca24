/**
 * Times the search page in headless Chromium against a running site:
 * (a) the first query, from typing to its first result on screen, while Pagefind and its index are not yet loaded;
 * (b) at least 20 further queries once the index is loaded: from the query to the first result rendered (median and
 *     maximum), and where the time goes, read from the performance marks the page's search sets
 *     (src/lib/search/search-run.ts): Pagefind's search call, the first fragment, the first render, the rest of the
 *     first page and the filter counts. The page has no debounce, so nothing here waits for one.
 *
 * Usage: node scripts/search-timing.ts http://localhost:4321 [rounds]   (the site must be built and served, e.g.
 * npm start; each round is a fresh browser). `npm run bench` imports measureSearchTiming().
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, INSTALL_HINT } from './find-browser.ts';
import { routes } from '../src/lib/site/routes.ts';

/** The first query, typed on a freshly opened page. */
export const FIRST_QUERY = 'wachtwoord';
/** Further queries: words and word pairs the site's content has, all different from each other and from the first. */
export const FURTHER_QUERIES = [
  'GRB',
  'phishing',
  'datalek',
  'consulent',
  'register',
  'back-up',
  'QGIS',
  'NIS2',
  'samenwerking',
  'risicoanalyse',
  'wachtwoorden',
  'ransomware',
  'adressenregister',
  'kaart',
  'geodata',
  'privacy',
  'incident',
  'overeenkomst',
  'beleid',
  'toegang',
  'logging',
  'leverancier',
  'percelen',
  'luchtfoto',
  'datalek melden',
  'sterk wachtwoord',
];

/** Milliseconds from the query (the `input` event) to each step of the search run; absent when a step did not happen. */
export interface QueryTiming {
  query: string;
  results: number;
  /** Pagefind's search call returned. */
  searched?: number;
  /** The first result's fragment (result.data()) arrived. */
  firstFragment?: number;
  /** The first result is on screen: the figure the target is about. */
  firstResult?: number;
  /** The whole first page (up to ten results) is on screen. */
  page?: number;
  /** The filter counts are on screen: the run is complete. */
  filters: number;
}

export interface SearchTiming {
  first: QueryTiming;
  further: QueryTiming[];
}

export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Runs inside the page: sets the field's value and fires `input` (what typing does), waits for the `site-search`
 * element's `site-search:rendered` event for that query (sent once the filter counts are drawn), then reads the
 * marks of that run, relative to the moment before the `input` event.
 */
function typeAndTime(query: string): Promise<Omit<QueryTiming, 'query'>> {
  return new Promise((resolve, reject) => {
    const element = document.querySelector('site-search');
    const input = element?.querySelector<HTMLInputElement>('input[name="q"]');
    if (!element || !input) {
      reject(new Error('no site-search element with a q field on this page'));
      return;
    }
    const timeout = setTimeout(() => reject(new Error(`no results rendered for "${query}" within 20 s`)), 20_000);
    performance.clearMarks();
    const start = performance.now();
    const done = (event: Event) => {
      const detail = (event as CustomEvent<{ query: string; total: number }>).detail;
      if (detail.query !== query) return;
      const end = performance.now();
      element.removeEventListener('site-search:rendered', done);
      clearTimeout(timeout);
      const at = (step: string): number | undefined => {
        const marks = performance
          .getEntriesByName(`site-search:${step}`, 'mark')
          .filter((m) => (m as PerformanceMark).detail?.query === query);
        const last = marks.at(-1);
        return last ? last.startTime - start : undefined;
      };
      resolve({
        results: detail.total,
        searched: at('searched'),
        firstFragment: at('first-fragment'),
        firstResult: at('first-result'),
        page: at('results'),
        filters: at('filters') ?? end - start,
      });
    };
    element.addEventListener('site-search:rendered', done);
    input.value = query;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export async function measureSearchTiming(
  baseUrl: string,
  queries: { first?: string; further?: string[] } = {},
): Promise<SearchTiming> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(INSTALL_HINT);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    // A new context has an empty cache: the first query really downloads Pagefind and its index.
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(new URL(routes.search(), baseUrl).href, { waitUntil: 'load' });
    await page.waitForFunction(() => customElements.get('site-search') !== undefined);
    const firstQuery = queries.first ?? FIRST_QUERY;
    const first = { query: firstQuery, ...(await page.evaluate(typeAndTime, firstQuery)) };
    const further: QueryTiming[] = [];
    for (const query of queries.further ?? FURTHER_QUERIES) {
      further.push({ query, ...(await page.evaluate(typeAndTime, query)) });
    }
    const missing = further.filter((t) => t.firstResult === undefined).map((t) => t.query);
    if (missing.length > 0)
      throw new Error(`no result rendered for: ${missing.join(', ')} (pick queries the site has)`);
    return { first, further };
  } finally {
    await browser.close();
  }
}

/** The first result's time of each query, then the median and maximum of each step. */
export function summarizeSearchTiming(timing: SearchTiming): {
  medianMs: number;
  maxMs: number;
  steps: { step: string; median: number; max: number }[];
} {
  const times = timing.further.map((t) => t.firstResult!);
  const gap = (t: QueryTiming, from: keyof QueryTiming, to: keyof QueryTiming) =>
    (t[to] as number) - ((t[from] as number | undefined) ?? 0);
  const steps: [string, (t: QueryTiming) => number][] = [
    ['Pagefind search call', (t) => t.searched!],
    ['search → first fragment', (t) => gap(t, 'searched', 'firstFragment')],
    ['first fragment → first result on screen', (t) => gap(t, 'firstFragment', 'firstResult')],
    ['first result → whole first page', (t) => gap(t, 'firstResult', 'page')],
    ['first page → filter counts on screen', (t) => gap(t, 'page', 'filters')],
  ];
  return {
    medianMs: median(times),
    maxMs: Math.max(...times),
    steps: steps.map(([step, of]) => {
      const values = timing.further.map(of);
      return { step, median: median(values), max: Math.max(...values) };
    }),
  };
}

export function formatSearchTiming(timing: SearchTiming): string {
  const ms = (n: number | undefined) => (n === undefined ? '–' : `${n.toFixed(1)} ms`);
  const { medianMs, maxMs, steps } = summarizeSearchTiming(timing);
  return [
    `first query, index not loaded ("${timing.first.query}", ${timing.first.results} results): first result ${ms(timing.first.firstResult)}, complete ${ms(timing.first.filters)}`,
    `query → first result rendered, ${timing.further.length} further queries, index loaded, no debounce: median ${ms(medianMs)}, max ${ms(maxMs)}`,
    'where the time goes (median / max):',
    ...steps.map((s) => `  - ${s.step}: ${ms(s.median)} / ${ms(s.max)}`),
    'per query (search call, first fragment, first result, first page, filter counts; from the query):',
    ...timing.further.map(
      (t) =>
        `  - "${t.query}" (${t.results} results): ${ms(t.searched)}, ${ms(t.firstFragment)}, ${ms(t.firstResult)}, ${ms(t.page)}, ${ms(t.filters)}`,
    ),
  ].join('\n');
}

if (import.meta.main) {
  const baseUrl = process.argv[2] ?? 'http://localhost:4321';
  const rounds = Number(process.argv[3] ?? 1);
  (async () => {
    for (let round = 1; round <= rounds; round++) {
      const timing = await measureSearchTiming(baseUrl);
      console.log(
        `Search timing on ${baseUrl}${rounds > 1 ? `, round ${round} of ${rounds}` : ''}\n${formatSearchTiming(timing)}\n`,
      );
    }
  })().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
